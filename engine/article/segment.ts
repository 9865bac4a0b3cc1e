import type { Cleaning, Range } from './clean.ts';
import type { Span } from '../schema.ts';
import { parse, type Token } from '../nlp.ts';
import { pairQuotes, type QuoteRange } from './quotes.ts';
import { ABBREVIATED_TITLES } from '../titles.ts';

/** A claim-sized piece of an article: usually one sentence, with its quotes and tokens. */
export interface Segment {
  start: number;
  end: number;
  /** Index of the paragraph (line) the segment is in, counted over the whole text. */
  paragraph: number;
  /** The quoted text inside the segment (marks excluded), clipped to the segment. */
  quotes: Span[];
  /** The segment's tokens, offsets into the plain text; later stages never re-parse. */
  tokens: Token[];
  /** The article's quotes this segment's quotes belong to (for quotes running over sentences). */
  quoteIds: number[];
}

export interface SegmentOptions {
  /**
   * Lemmas of speech verbs: a sentence with two attribution clauses joined by ", and" or ";"
   * is cut in two when each clause ends with "…, <source> <verb>".
   */
  cueVerbs?: readonly string[];
}

const DEFAULT_CUES = ['say', 'add', 'state', 'tell', 'report', 'note', 'write'];

/** Paragraphs: every line break separates paragraphs in scraped text. Linear scan. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r') {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '„', '«']);
const CLOSING = new Set(['”', '"', '’', "'", ')', ']', '»']);
/** A short capitalised abbreviation that wink-nlp may wrongly end a sentence on ("U.", "Co."). */
const isAbbreviation = (t: string): boolean => /^(?:[A-Z]\.|[A-Z][a-z]{0,2}\.|(?:[A-Z]\.){2,})$/.test(t);
const startsLower = (t: string): boolean => /^\p{Ll}/u.test(t);

/**
 * Cut `text` into claim segments. One wink-nlp parse for the whole text; sentences are cut at
 * line breaks, wrong splits after abbreviations are mended, skip ranges and headings of
 * `cleaning` are left out, and quotes are paired per paragraph.
 */
export function segment(text: string, cleaning: Cleaning, options: SegmentOptions = {}): Segment[] {
  const { tokens: all, sentences } = parse(text);
  // Whitespace and invisible format characters (zero-width spaces) are no tokens of a claim.
  const tokens = all.filter((t) => !/^[\s\p{Cf}]*$/u.test(t.text));
  const paras = paragraphs(text);
  const blocked = [...cleaning.skip, ...cleaning.headings].sort((a, b) => a.start - b.start);
  const cues = new Set(options.cueVerbs ?? DEFAULT_CUES);

  // Sentence boundaries from wink, as "a sentence starts at the token starting here".
  const startsAt = new Set<number>();
  for (const s of sentences) {
    let k = s.firstToken;
    while (k < s.endToken && /^[\s\p{Cf}]*$/u.test(all[k]!.text)) k++;
    if (k < s.endToken) startsAt.add(all[k]!.start);
  }

  const out: Segment[] = [];
  let quoteCount = 0;
  let ti = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    while (ti < tokens.length && tokens[ti]!.start < para.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.end <= para.end) ti++;
    const paraTokens = tokens.slice(first, ti);
    if (paraTokens.length === 0) continue;
    const quotes = pairQuotes(text, para.start, para.end);
    const quoteBase = quoteCount;
    quoteCount += quotes.length;
    const closes = new Set(quotes.filter((q) => q.closed).map((q) => q.close));
    const sentenceGroups = splitSentences(paraTokens, startsAt, closes);
    const cursor = { q: 0 };
    const quoted = (t: Token): boolean => insideQuote(quotes, t);
    for (const group of sentenceGroups) {
      for (const pieceTokens of splitDoubleAttribution(group, cues, quoted)) {
        for (const kept of outside(pieceTokens, blocked)) {
          out.push(makeSegment(text, kept, p, quotes, quoteBase, cursor));
        }
      }
    }
  }
  return out.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

/** Whether a token lies inside one of a paragraph's quotes (marks included); quotes are in order, so a binary search. */
function insideQuote(quotes: QuoteRange[], t: Token): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open <= t.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && t.end <= quotes[lo - 1]!.close;
}

/** Group a paragraph's tokens into sentences, mending wink-nlp's wrong splits. */
function splitSentences(tokens: Token[], startsAt: Set<number>, closes: Set<number>): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (current.length > 0 && startsAt.has(t.start) && !badSplit(current, tokens, i, closes)) {
      groups.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Do the tokens end on an abbreviated title, "Cpl." or "Cpl" "." (wink-nlp splits some)? */
function titleAbbreviation(before: Token[]): boolean {
  const last = before[before.length - 1]!;
  const prev = before[before.length - 2];
  const word = last.text === '.' && prev !== undefined && prev.end === last.start ? prev.text : last.text.endsWith('.') ? last.text.slice(0, -1) : '';
  return ABBREVIATED_TITLES.has(word.toLowerCase());
}

/** Whether wink-nlp's sentence start at `tokens[i]` is a wrong split. */
function badSplit(before: Token[], tokens: Token[], i: number, closes: Set<number>): boolean {
  const last = before[before.length - 1]!;
  const next = tokens[i]!;
  // "Chinese-U." | "S. cooperation", "Co." | "Ltd.": an abbreviation followed by another.
  if (isAbbreviation(last.text) && (isAbbreviation(next.text) || /^[A-Z]\.$/.test(last.text))) return true;
  if (titleAbbreviation(before) && /^\p{Lu}/u.test(next.text)) return true;
  // "U" "." | "S." (wink splits "U.S." into pieces).
  if (last.text === '.' && before.length >= 2 && /^[A-Z]$/.test(before[before.length - 2]!.text) && last.start === before[before.length - 2]!.end && /^[A-Z]\./.test(next.text) && next.start === last.end) return true;
  // A sentence cannot start with a closing mark or lowercase word ("…,” said Xi").
  if (CLOSING.has(next.text) && !OPENING.has(next.text)) return true;
  if (startsLower(next.text)) return true;
  // "who lost 16 lbs. | “and two belt loops”": a quote opening on a lowercase word goes on.
  const after = tokens[i + 1];
  if (OPENING.has(next.text) && after !== undefined && after.start === next.end && startsLower(after.text)) return true;
  if (/^[,;:)\]]/.test(next.text)) return true;
  // A straight quote that closes a quote open before it belongs to the sentence before.
  if (next.text === '"' || next.text === "'") {
    if (closes.has(next.end)) return true;
  }
  return false;
}

/** Conjunctions that join two attributed clauses: "…, and …", "… – but …", "…; whereas …". */
const CONJ = new Set(['and', 'but', 'while', 'whereas', 'yet']);
/** Subordinators that open a contrasting clause: "While critics say …, Smith says …". */
const CONTRAST = new Set(['while', 'whereas', 'although', 'though']);
const DASHES = new Set(['—', '–', '-']);
/** Words opening a comment on what was just reported: "…, X said, a move Y called …", "…, which Y described as …". */
const COMMENT = new Set(['a', 'an', 'which']);
/** Words between a subject and its speech verb: "has said", "also argued", "had previously told". */
const AUXILIARY = new Set(['has', 'have', 'had', 'also', 'will', 'would', 'previously', 'later', 'then', 'again', 'repeatedly', 'earlier', 'already', 'once']);
/** Parts of speech of a clause's subject ("the hereditary leaders", "Canada's foreign minister"). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** Pronouns that usually mean the speaker of the clause before: "…, and he said …" stays one claim. */
const ANAPHORS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * A sentence in which two sources speak becomes one piece per source: "…, the White House
 * said, and …, the ministry said", "TransCanada has said … – but the hereditary leaders say
 * …", "While some critics say …, Jagelewski says …". A piece ends at a joint (a comma or
 * dash before a conjunction, a semicolon, or the comma closing a leading "while" clause)
 * when both sides carry an attribution clause of their own; quoted words never split.
 */
function splitDoubleAttribution(tokens: Token[], cues: Set<string>, quoted: (t: Token) => boolean): Token[][] {
  const pieces: Token[][] = [];
  let start = 0;
  for (let i = start + 2; i < tokens.length - 3; i++) {
    const t = tokens[i]!;
    if (quoted(t)) continue;
    const next = tokens[i + 1]!.text.toLowerCase();
    // "…, Beijing said Monday, a move Ottawa called “troubling”": a comment on the report.
    const comment = t.text === ',' && COMMENT.has(next) && endsWithAttribution(tokens, start, i, cues);
    const contrast = t.text === ',' && CONTRAST.has(tokens[start]!.text.toLowerCase());
    const joint = t.text === ';' || ((t.text === ',' || (DASHES.has(t.text) && t.start > tokens[i - 1]!.end)) && CONJ.has(next)) || contrast || comment;
    if (!joint || !attributed(tokens, start, i + 1, cues, quoted, true) || !attributed(tokens, i + 1, tokens.length, cues, quoted, false)) continue;
    pieces.push(tokens.slice(start, i + 1));
    start = i + 1;
    i = start + 1;
  }
  pieces.push(start === 0 ? tokens : tokens.slice(start));
  return pieces;
}

/** Whether the piece tokens[from, to) of a sentence has its own attribution clause, at its end or its start. */
function attributed(tokens: Token[], from: number, to: number, cues: Set<string>, quoted: (t: Token) => boolean, anaphor: boolean): boolean {
  let end = to;
  while (end > from && tokens[end - 1]!.pos === 'PUNCT') end--;
  return endsWithAttribution(tokens, from, end, cues) || startsWithAttribution(tokens, from, to, cues, quoted, anaphor);
}

/** Words of when, after a speech verb: "said Monday", "told reporters on Tuesday", "said late last week". */
const WHEN = /^(?:on|late|early|last|this|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Whether tokens[from, end) end with ", <up to six words> <cue verb> [adverb or when]". */
function endsWithAttribution(tokens: Token[], from: number, end: number, cues: Set<string>): boolean {
  let v = end - 1;
  while (v >= from && end - v <= 3 && WHEN.test(tokens[v]!.text)) v--;
  if (v >= from && tokens[v]!.pos === 'ADV') v--;
  if (v < from + 1 || !cues.has(tokens[v]!.lemma) || tokens[v]!.pos === 'NOUN') return false;
  for (let k = v - 1; k >= from && k >= v - 7; k--) {
    const tk = tokens[k]!;
    if (tk.text === ',' || CLOSING.has(tk.text)) return k < v - 1;
    if (tk.pos === 'VERB' || tk.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * Whether tokens[from, to) open with "[conjunction] <subject of up to eight words> [has/also]
 * <cue verb> …" and the clause goes on after the verb (not "said by"): "but the hereditary
 * leaders say those agreements …". A lone pronoun counts only where `anaphor` allows it.
 */
function startsWithAttribution(tokens: Token[], from: number, to: number, cues: Set<string>, quoted: (t: Token) => boolean, anaphor: boolean): boolean {
  const lower = (k: number): string => tokens[k]!.text.toLowerCase();
  let k = from;
  while (k < to && k - from < 2 && (CONJ.has(lower(k)) || CONTRAST.has(lower(k)) || lower(k) === 'which')) k++;
  const subject = k;
  while (k < to && k - subject < 8 && SUBJECT_POS.has(tokens[k]!.pos) && !quoted(tokens[k]!)) k++;
  if (k === subject) return false;
  if (k - subject === 1 && ANAPHORS.has(lower(subject)) && !anaphor) return false;
  // "his supporters": a possessive opens a subject; any other pronoun is a subject alone.
  for (let p = subject + 1; p < k; p++) if (tokens[p]!.pos === 'PRON') return false;
  if (k - subject > 1 && tokens[subject]!.pos === 'PRON' && !POSSESSIVES.has(lower(subject))) return false;
  for (let n = 0; k < to && n < 3 && (AUXILIARY.has(lower(k)) || tokens[k]!.pos === 'ADV'); n++) k++;
  const verb = tokens[k];
  if (k >= to || verb === undefined || quoted(verb) || verb.pos === 'NOUN' || !cues.has(verb.lemma)) return false;
  const after = tokens[k + 1];
  return k + 1 < to && after !== undefined && (after.pos !== 'PUNCT' || OPENING.has(after.text)) && after.text.toLowerCase() !== 'by';
}

/** The parts of a token run that lie outside every blocked range (skip ranges and headings). */
function outside(tokens: Token[], blocked: Range[]): Token[][] {
  if (blocked.length === 0) return [tokens];
  const parts: Token[][] = [];
  let current: Token[] = [];
  // Find the first blocked range that could touch the run (binary search keeps this linear overall).
  let lo = 0;
  let hi = blocked.length;
  const from = tokens[0]!.start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocked[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  for (const t of tokens) {
    while (b < blocked.length && blocked[b]!.end <= t.start) b++;
    const hit = b < blocked.length && blocked[b]!.start < t.end;
    if (hit) {
      if (current.length > 0) parts.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function makeSegment(text: string, tokens: Token[], paragraph: number, quotes: QuoteRange[], quoteBase: number, cursor: { q: number }): Segment {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const spans: Span[] = [];
  const quoteIds: number[] = [];
  // Segments come in text order: quotes ending before this one are done with (linear overall).
  while (cursor.q < quotes.length && quotes[cursor.q]!.end <= start) cursor.q++;
  for (let k = cursor.q; k < quotes.length && quotes[k]!.start < end; k++) {
    const q = quotes[k]!;
    const s = Math.max(q.start, start);
    const e = Math.min(q.end, end);
    if (e > s && text.slice(s, e).trim() !== '') {
      spans.push({ text: text.slice(s, e), start: s, end: e });
      quoteIds.push(quoteBase + k);
    }
  }
  return { start, end, paragraph, quotes: spans, tokens, quoteIds };
}
