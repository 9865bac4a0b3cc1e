/**
 * Lines as cleaning sees them. Scraped text puts one paragraph, caption or link per line, so
 * the line is the unit of boilerplate. A line is joined with the next when it visibly runs
 * on: an unclosed parenthesis ("(More" / "President Biden stories.)") or a line cut before
 * its end ("For the best experience, open" / "on your mobile browser.").
 */

/** One logical line: its trimmed span in the text and how many physical lines it joins. */
export interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset just past the last non-blank character. */
  end: number;
  text: string;
  /** Index of the paragraph (run of non-blank lines between blank lines), counted from 0. */
  paragraph: number;
  /** Physical lines joined into this one. */
  physical: number;
}

interface Physical {
  start: number;
  end: number;
  paragraph: number;
}

/** Characters that end a sentence, in Latin and CJK text. */
export const FINAL = /[.!?…。！？]/u;
/** Closing marks that may follow the final punctuation. */
export const CLOSERS = /["”’'»)\]）」』]/u;

/** Whether the (trimmed) text ends like a sentence: final punctuation, perhaps inside closing marks. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.test(text[i]!)) i--;
  return i >= 0 && FINAL.test(text[i]!);
}

/** Number of words (runs of letters or digits) in `text`. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Parenthesis depth after `text`, starting from `depth`. */
function parenthesisDepth(text: string, depth: number): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth;
}

/** Physical, non-blank lines with their trimmed spans and paragraph numbers. Linear. */
function physicalLines(text: string): Physical[] {
  const out: Physical[] = [];
  let paragraph = 0;
  let blankBefore = false;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i < text.length && ch !== '\n' && ch !== '\r' && ch !== '\u2028' && ch !== '\u2029') continue;
    let s = lineStart;
    let e = i;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (s < e) {
      if (blankBefore && out.length > 0) paragraph++;
      out.push({ start: s, end: e, paragraph });
      blankBefore = false;
    } else if (i < text.length) {
      blankBefore = true;
    }
    // CRLF is one line end; a lone CR (old Mac files) is one too.
    if (ch === '\r' && text[i + 1] === '\n') i++;
    lineStart = i + 1;
  }
  return out;
}

/**
 * Logical lines of `text`: physical lines, joined within a paragraph where one visibly runs on
 * into the next (an open parenthesis, or no final punctuation and a lower-case continuation,
 * as in hard-wrapped text). Linear.
 */
export function logicalLines(text: string): Line[] {
  const physical = physicalLines(text);
  const out: Line[] = [];
  let i = 0;
  while (i < physical.length) {
    const first = physical[i]!;
    let last = first;
    let count = 1;
    let lastText = text.slice(first.start, first.end);
    let depth = parenthesisDepth(lastText, 0);
    while (i + count < physical.length) {
      const next = physical[i + count]!;
      if (next.paragraph !== first.paragraph) break;
      const nextText = text.slice(next.start, next.end);
      // A short line cut before its end ("For the best experience, open" / "on your mobile
      // browser."); longer lines stay apart, so hard-wrapped prose is judged line by line.
      const runsOn = !endsSentence(lastText) && /^\p{Ll}/u.test(nextText) && count === 1 && countWords(lastText) <= 8;
      // An open parenthesis carries over a line or two ("(More" / "… stories.)"), not a whole paragraph.
      if (!(depth > 0 && count < 3) && !runsOn) break;
      depth = parenthesisDepth(nextText, depth);
      lastText = nextText;
      last = next;
      count++;
    }
    out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), paragraph: first.paragraph, physical: count });
    i += count;
  }
  return out;
}
