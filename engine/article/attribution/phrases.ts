/**
 * A segment as the sieves read it: its tokens with the quotes marked, noun phrases to the left
 * and right of a word, the sentence's subject and its opening. Positions only: nothing here
 * resolves a mention or knows a cue.
 */
import type { Token } from '../../nlp.ts';
import type { Segment } from '../segment.ts';
import { norm } from './mentions.ts';

const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'", '„', '«', '»']);
export const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'my', 'our']);
export const SUBORDINATORS = new Set(['after', 'before', 'as', 'since', 'until', 'once', 'because', 'while', 'when', 'although', 'though', 'whereas', 'if', 'unless']);

/** The segment's tokens with a flag for those inside quotes, and quote boundaries. */
export interface View {
  seg: Segment;
  text: string;
  toks: Token[];
  inQuote: boolean[];
  lower: string[];
  /** The sentence subject's token range, computed once (see sentenceSubject). */
  subject?: [number, number] | null;
}

export function view(seg: Segment, text: string): View {
  const toks = seg.tokens;
  // One sweep over tokens and quotes, both in text order.
  const inQuote: boolean[] = [];
  let q = 0;
  for (const t of toks) {
    while (q < seg.quotes.length && seg.quotes[q]!.end < t.end) q++;
    const quote = seg.quotes[q];
    inQuote.push(quote !== undefined && t.start >= quote.start && t.end <= quote.end);
  }
  return { seg, text, toks, inQuote, lower: toks.map((t) => norm(t.text)) };
}

const SINGLE_MARKS = new Set(['‘', '’', "'"]);
/** A quote's mark; a single one only where a quote opens or closes ("The nurses’ union" has an apostrophe). */
export const isMark = (v: View, i: number): boolean => {
  const t = v.toks[i];
  if (t === undefined || !QUOTE_MARKS.has(t.text) || v.inQuote[i]) return false;
  // A mark may be doubled ("’’" typed for "”"): within two characters of the quote's edge.
  return !SINGLE_MARKS.has(t.text) || v.seg.quotes.some((q) => (t.start < q.start && t.start >= q.start - 2) || (t.start >= q.end && t.start < q.end + 2));
};
export const isPunct = (v: View, i: number): boolean => v.toks[i]?.pos === 'PUNCT' || v.toks[i]?.pos === 'SYM';

/** Can this token be part of a noun phrase naming a source? */
function npToken(v: View, i: number, first: boolean): boolean {
  const t = v.toks[i]!;
  if (v.inQuote[i]) return false;
  // Words glued by hyphens form one word ("bow-tied", "39-year-old", "self-taught").
  const prev = v.toks[i - 1];
  const next = v.toks[i + 1];
  // Not a hyphenated phrasal verb after the subject ("Cheney doubled-down on …"; but "the laid-back resident").
  if (t.pos === 'VERB' && next?.text === '-' && next.start === t.end && ['ADP', 'ADV'].includes(v.toks[i + 2]?.pos ?? '') && ['PROPN', 'NOUN'].includes(prev?.pos ?? '')) return false;
  if ((prev?.text === '-' && prev.end === t.start) || (next?.text === '-' && next.start === t.end)) return t.pos !== 'PUNCT' || t.text === '-';
  // wink-nlp tags some names as verbs ("Ford said", "the Kenya Red Cross said"), and some
  // acronyms as auxiliaries ("An SHA spokesperson").
  if (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && !/ing$/.test(t.text)) return true;
  if (t.pos === 'AUX' && /^\p{Lu}{2,}$/u.test(t.text)) return true;
  switch (t.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'X':
      return true;
    case 'DET':
      return v.lower[i] !== 'that' || !first;
    case 'PART':
      return v.lower[i] === "'s";
    case 'PUNCT':
      // "the lanky, bespectacled professor": a comma between adjectives.
      if (t.text === ',' && !first && prev?.pos === 'ADJ' && (next?.pos === 'ADJ' || (next?.pos === 'VERB' && /ed$/.test(next.text)))) return true;
      // A plural possessive inside a phrase ("the Ontario Nurses’ Association", "the nurses’ union").
      if (SINGLE_MARKS.has(t.text) && !first && !isMark(v, i) && prev !== undefined && prev.end === t.start && /s$/i.test(prev.text) && (next?.pos === 'NOUN' || next?.pos === 'PROPN')) return true;
      if (titleDot(v, i)) return true;
      // Hyphens and dots glued to words ("Ching-te", "U.S.").
      return (t.text === '-' || t.text === '.') && i > 0 && v.toks[i - 1]!.end === t.start && i + 1 < v.toks.length && v.toks[i + 1]!.start === t.end;
    case 'ADP':
      // "Secretary of State", "University of the Fraser Valley".
      return v.lower[i] === 'of' && i > 0 && /^\p{Lu}/u.test(v.toks[i - 1]!.text);
    case 'CCONJ':
      return v.lower[i] === 'and' && i > 0 && i + 1 < v.toks.length && (v.toks[i - 1]!.pos === 'NOUN' || v.toks[i - 1]!.pos === 'PROPN') && (v.toks[i + 1]!.pos === 'NOUN' || v.toks[i + 1]!.pos === 'PROPN');
    default:
      return false;
  }
}

/** An abbreviated title's dot before a name ("Coun. Diane Deans", "Det. Sgt. Kevin Bjornson"): wink-nlp splits some off. */
export function titleDot(v: View, i: number): boolean {
  const prev = v.toks[i - 1];
  const next = v.toks[i + 1];
  return v.toks[i]!.text === '.' && prev !== undefined && prev.end === v.toks[i]!.start && /^\p{Lu}\p{Ll}{0,4}$/u.test(prev.text) && next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
}

/** The noun phrase ending at token `end - 1`, walking left. */
export function npLeft(v: View, end: number): [number, number] {
  let i = end - 1;
  if (i >= 0 && v.toks[i]!.pos === 'PRON' && !v.inQuote[i]) return [i, end];
  while (i >= 0 && end - i <= 14) {
    // A possessive pronoun opens the phrase like a determiner ("her statement").
    if (POSSESSIVE.has(v.lower[i]!) && i < end - 1 && !v.inQuote[i]) {
      i--;
      break;
    }
    if (!npToken(v, i, i === end - 1)) break;
    if (v.toks[i]!.pos === 'DET') {
      i--;
      break;
    }
    i--;
  }
  // Trailing determiner-less phrases must not start with a dangling "of"/"and".
  let from = i + 1;
  while (from < end && (v.toks[from]!.pos === 'ADP' || v.toks[from]!.pos === 'CCONJ' || v.toks[from]!.pos === 'PUNCT' || v.lower[from] === "'s")) from++;
  return [from, end];
}

/** Words opening a time before the subject ("Last Thursday,", "Earlier this month,"). */
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'early', 'late']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The noun phrase starting at token `start`, walking right. */
export function npRight(v: View, start: number): [number, number] {
  let i = start;
  // "says my two-year-old", "Her message now is simple": a possessive opens a phrase like a determiner.
  if (i < v.toks.length && v.toks[i]!.pos === 'PRON' && !(POSSESSIVE.has(v.lower[i]!) && i + 1 < v.toks.length && npToken(v, i + 1, false) && v.toks[i + 1]!.pos !== 'DET')) return [i, i + 1];
  if (POSSESSIVE.has(v.lower[i] ?? '') && v.toks[i]!.pos === 'PRON') i++;
  while (i < v.toks.length && npToken(v, i, i === start) && i - start < 14) {
    if (v.toks[i]!.pos === 'DET' && i > start) break;
    // "from UFCW Local 832 late Friday said": a time after the phrase is not part of it (but "a
    // Thursday statement" is one phrase).
    const day = WEEKDAYS.has(v.lower[i]!) && v.toks[i + 1]?.pos !== 'NOUN';
    if (i > start && (day || ((v.lower[i] === 'late' || v.lower[i] === 'early') && WEEKDAYS.has(v.lower[i + 1] ?? '')))) break;
    i++;
  }
  let to = i;
  while (to > start && (v.toks[to - 1]!.pos === 'ADP' || v.toks[to - 1]!.pos === 'CCONJ' || isPunct(v, to - 1))) to--;
  return [start, to];
}

/** Parts of speech inside a noun phrase and the modifiers after its head ("present during the attack"). */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART']);
/** "representing", "cited in": a participle opening a modifier (a past form only before a preposition, else it may be the clause's verb). */
function participle(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.text)) return false;
  return /ing$/.test(t.text) || (/ed$/.test(t.text) && v.toks[i + 1]?.pos === 'ADP');
}

/** The sentence's first "he" or "she" outside quotes, or -1. */
export function firstPronoun(v: View): number {
  return v.toks.findIndex((_, i) => !v.inQuote[i] && (v.lower[i] === 'he' || v.lower[i] === 'she'));
}

/** Words opening a sentence's topic or leading clause: "As for Bearspaw, she …", "When Moreau arrived, she …". */
const TOPIC_OPENERS = [['as', 'for'], ['when'], ['after'], ['while'], ['before'], ['once'], ['although'], ['though'], ['because'], ['since'], ['if'], ['by', 'the', 'time'], ['until']];

/**
 * Where the name the sentence's first "he" or "she" may mean ends: a name right after the
 * words that open the sentence's topic or leading clause, before the pronoun; 0 when there is
 * none ("Macharia and colleagues hid, he said" is someone else's account of Macharia).
 */
export function topicEnd(v: View): number {
  const pronoun = firstPronoun(v);
  const opener = TOPIC_OPENERS.find((words) => words.every((w, k) => v.lower[k] === w));
  if (pronoun < 0 || opener === undefined) return 0;
  let end = opener.length;
  // "Wilson-Raybould", "O'Toole": pieces glued to the name are part of it.
  const glued = (k: number): boolean => k > opener.length && v.toks[k]!.start === v.toks[k - 1]!.end && !["'s", ','].includes(v.lower[k]!);
  while (end < pronoun && !v.inQuote[end] && (v.toks[end]!.pos === 'PROPN' || glued(end))) end++;
  return end > opener.length && v.lower[end] !== "'s" ? end : 0;
}

/**
 * When the phrase starting at `from` follows a participle, a preposition or a relative clause's
 * verb ("representing officers", "during the attack", "who packed the meeting"), the noun
 * phrase that modifier hangs on: walk left over the
 * modifier chain to its first word, then take the phrase from there, without an adjective
 * that opens a modifier ("present" in "a professional present during …").
 */
export function modifiedHead(v: View, from: number): [number, number] | null {
  const k0 = from - 1;
  if (k0 < 1 || v.inQuote[k0]) return null;
  // "Residents who packed the meeting said": the phrase before the relative clause.
  if (v.toks[k0]!.pos === 'VERB' && (v.lower[k0 - 1] === 'who' || v.lower[k0 - 1] === 'that') && k0 >= 2) {
    const [hf, ht] = npLeft(v, k0 - 1);
    return ht > hf ? [hf, ht] : null;
  }
  // "of" binds its phrase to the head before it ("the head of the union"): handled as a whole.
  if (!participle(v, k0) && !(v.toks[k0]!.pos === 'ADP' && v.lower[k0] !== 'of' && !SUBORDINATORS.has(v.lower[k0]!))) return null;
  let k = k0;
  while (k > 0 && !v.inQuote[k - 1] && (MODIFIER_POS.has(v.toks[k - 1]!.pos) || participle(v, k - 1) || gluedHyphen(v, k - 1))) k--;
  const [hf, ht] = npRight(v, k);
  let end = ht;
  while (end > hf + 1 && v.toks[end - 1]!.pos === 'ADJ' && v.toks[end]?.pos === 'ADP') end--;
  return ht > hf && ht <= k0 ? [hf, end] : null;
}

/** A hyphen inside a word ("long-term", "39-year-old"): wink-nlp makes it a token of its own. */
function gluedHyphen(v: View, i: number): boolean {
  return v.toks[i]!.text === '-' && i > 0 && v.toks[i - 1]!.end === v.toks[i]!.start && v.toks[i + 1]?.start === v.toks[i]!.end;
}

/** From a comma (or dash) at `i` going left, skip an apposition or relative clause up to its opening comma. */
export function skipParenthetical(v: View, i: number): number | null {
  const mark = v.toks[i]!.text;
  const pair = mark === ',' ? [','] : ['–', '—', '-'];
  for (let k = i - 1; k >= 0 && k >= i - 30; k--) {
    // "Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says".
    if (v.inQuote[k] || isMark(v, k)) continue;
    if (pair.includes(v.toks[k]!.text)) return k - 1 >= 0 && k < i - 1 ? k : null;
    // One sentence: a period inside it ends an abbreviation ("16 lbs."), not a clause.
    if (v.toks[k]!.text === ';') return null;
  }
  return null;
}

/** The first noun phrase of the sentence (its subject, after an opening phrase). */
export function sentenceSubject(v: View): [number, number] | null {
  if (v.subject === undefined) v.subject = findSubject(v);
  return v.subject;
}

/**
 * A dateline is no subject: "WASHINGTON — Nancy Pelosi …", "PHOENIX (AP) — …", "VANCOUVER,
 * B.C. — …", "PARIS The …", "New Delhi: …": the token after one that starts at `i`, else `i`.
 */
function afterDateline(v: View, i: number): number {
  const text = (k: number): string => v.toks[k]?.text ?? '';
  const capital = (k: number): boolean => /^\p{Lu}/u.test(text(k));
  let k = i;
  // "New Delhi: Admitting that …": a place and a colon opening the article.
  if (v.seg.paragraph === 0) {
    while (k < i + 3 && /^\p{Lu}/u.test(text(k)) && v.toks[k]!.pos === 'PROPN') k++;
    if (k > i && text(k) === ':') return k + 1;
    k = i;
  }
  while (/^\p{Lu}[\p{Lu}.'-]*$/u.test(text(k)) && text(k).length > 1) k++;
  if (k === i) return i;
  // ", B.C.", ", Calif.": the region after the city.
  if (text(k) === ',' && capital(k + 1)) for (k += 1; capital(k) || text(k) === '.'; k++);
  // "(AP)", "(The Canadian Press)": the wire.
  if (text(k) === '(') {
    let close = k + 1;
    while (close < k + 5 && capital(close)) close++;
    if (text(close) === ')') k = close + 1;
  }
  if (['—', '–', '-', '--'].includes(text(k))) return k + 1;
  // "PARIS The UN climate panel …": a scraped page lost the dash; a determiner starts the sentence proper.
  return v.toks[k]?.pos === 'DET' && capital(k) ? k : i;
}

function findSubject(v: View): [number, number] | null {
  let i = 0;
  while (i < v.toks.length && (isPunct(v, i) || v.inQuote[i])) i++;
  i = afterDateline(v, i);
  // "But he shook his head and said no": a conjunction opening the sentence is no subject.
  if (v.toks[i]?.pos === 'CCONJ') i++;
  const first = v.toks[i];
  if (!first) return null;
  // "In the call, Xi …", "Addressing concerns …, President Xi …": start after the opening phrase.
  // "Early on, he …": an adjective opening a short phrase before a comma is an opener too.
  const shortOpener = first.pos === 'ADJ' && ['ADP', 'ADV'].includes(v.toks[i + 1]?.pos ?? '') && v.toks.slice(i + 1, i + 4).some((t, k) => t.text === ',' && !v.inQuote[i + 1 + k]);
  // "Last Thursday, the RCMP …", "Earlier this month, …": a time opening the sentence.
  const time = TIME_OPENERS.has(v.lower[i]!) && v.toks.slice(i + 1, i + 4).some((t, k) => t.text === ',' && !v.inQuote[i + 1 + k]) && v.lower.slice(i + 1, i + 4).some((w) => WEEKDAYS.has(w) || TIME_NOUNS.has(w));
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || shortOpener || time || (first.pos === 'VERB' && /ing$/.test(v.lower[i]!))) {
    const comma = v.toks.findIndex((t, k) => k > i && t.text === ',' && !v.inQuote[k]);
    if (comma < 0) return null;
    i = comma + 1;
  }
  const [from, to] = npRight(v, i);
  return to > from ? [from, to] : null;
}

/** The last comma before token `i` (outside quotes), or -1. */
export function lastComma(v: View, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (v.inQuote[k] || isMark(v, k)) return -1;
    if (v.toks[k]!.text === ',') return k;
  }
  return -1;
}

/** Index of the sentence's first token outside quotes and punctuation. */
export function firstWord(v: View): number {
  let i = 0;
  while (i < v.toks.length && (isPunct(v, i) || v.inQuote[i])) i++;
  return i;
}
