/**
 * Repetition inside one article: the headline printed again above the photo, a caption line
 * repeated below the caption's markup, a standfirst that repeats the first sentence of a
 * later paragraph. Lines are compared after normalisation (case, punctuation and markup
 * ignored), whole and in pieces, with hash maps: linear in the text.
 */
import type { Line } from './lines.ts';

/**
 * Longest line or piece compared, in characters: what gets repeated is a headline, a caption
 * or a standfirst, and comparing longer text would only cost time on huge inputs.
 */
const LONGEST_PIECE = 1000;

/** A letter or digit of any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower case, letters and digits only, single spaces: "Biden-Xi talk on phone?" → "biden xi talk on phone". */
export function normalise(text: string): string {
  const lower = text.replace(/<[^<>]*>/g, ' ').toLowerCase();
  // The runs of letters and digits, found by a scan that tests only non-ASCII characters
  // against the Unicode classes: a replace with the negated classes cost twice as much, and
  // every line and every piece of a line is normalised.
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isLowerLetterOrDigit(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs.join(' ');
}

/** Whether a code point of lower-case text is a letter or a digit. */
function isLowerLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/**
 * The pieces of a line another line may repeat: its sentences, the parts between markup tags
 * and separators (" --- ", " | "), and its quotes (a pull quote repeats one, without its speaker).
 */
export function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (const m of text.matchAll(/[“"]([^“”"]+)[”"]/g)) pieces.push(m[1]!);
  for (const part of text.split(/<[^<>]*>|\s(?:-{2,}|—|–|\|)\s/)) {
    let start = 0;
    for (let i = 0; i < part.length; i++) {
      const ch = part[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。' && ch !== '！' && ch !== '？') continue;
      let j = i + 1;
      while (j < part.length && /["”’')\]]/.test(part[j]!)) j++;
      if (j < part.length && !/\s/.test(part[j]!)) continue;
      // A sentence ends where the next word starts with a capital or an opening quote ("U.S. actions" goes on).
      let k = j;
      while (k < part.length && /\s/.test(part[k]!)) k++;
      if (k < part.length && !/["“‘'(\[\p{Lu}\p{N}]/u.test(part[k]!)) continue;
      pieces.push(part.slice(start, j));
      start = j;
      i = j;
    }
    pieces.push(part.slice(start));
  }
  return pieces.filter((p) => p.length <= LONGEST_PIECE).map(normalise).filter((p) => p !== '');
}


/** What repetition says about each line. */
export interface Repetition {
  /** Index of an earlier line with the same normalised text, or -1. */
  sameAs: number;
  /** Index of another, longer line of which this whole line is a piece, or -1. */
  partOf: number;
}

/** Find, for each line, an earlier identical line and a longer line containing it as a piece. */
export function findRepeats(lines: readonly Line[]): Repetition[] {
  const normal = lines.map((l) => (l.text.length <= LONGEST_PIECE ? normalise(l.text) : `\u0000${l.start}`));
  const firstWith = new Map<string, number>();
  const pieceOwners = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!firstWith.has(normal[i]!)) firstWith.set(normal[i]!, i);
    for (const piece of piecesOf(line.text)) {
      // Only pieces shorter than the line itself: a line is not "part of" its own copy.
      if (piece !== normal[i] && !pieceOwners.has(piece)) pieceOwners.set(piece, i);
    }
  });
  return normal.map((n, i) => {
    const first = firstWith.get(n)!;
    const owner = pieceOwners.get(n);
    return {
      sameAs: first < i && n !== '' ? first : -1,
      // Three words at least; counted last, for the few lines another one holds.
      partOf: owner !== undefined && owner !== i && n.split(' ').length >= 3 ? owner : -1,
    };
  });
}
