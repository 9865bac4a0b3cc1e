/**
 * The features of a pair of claims that the matcher's logistic regression combines. Each
 * claim is prepared once ({@link prepareFeatures}: normalised words, n-grams, content lemmas
 * with their WordNet synonym groups, numbers, proper nouns, quoted words, character n-grams,
 * all as integer hashes packed into one Int32Array, so that a claim costs a few kilobytes and
 * a handful of objects); {@link pairFeatures} then only merges sorted ranges and runs
 * bit-parallel word alignments, without allocating. Every feature is symmetric: MSRP and claim
 * pairs come in no meaningful order.
 */
import type { Token } from '../nlp.ts';
import { americanSpelling } from './spelling.ts';
import { synonymGroups, wordWeight } from './lexicon.ts';
import { ABBREVIATED_TITLES } from '../titles.ts';

/** What one claim contributes to every pair it is part of. */
export interface PreparedFeatures {
  /** Content-word lemmas as strings (American spelling), unique, ascending: what blocking indexes. */
  lemmas: string[];
  /** The normalised words (lower case, American spelling, plain digits) without spaces: string-similarity's input. */
  compact: string;
  /**
   * Every integer feature of the claim: a header of section offsets (section k is
   * data[data[k] .. data[k + 1])), then the sections (see the constants below).
   */
  data: Int32Array;
  /** Informativeness of each content lemma (same order as the content ids), and their sum. */
  weight: Float64Array;
  totalWeight: number;
  negated: boolean;
}

// Sections of PreparedFeatures.data. Sequences keep text order; the others are ascending.
const WORDS = 0; // hashes of the normalised words
const CORE = 1; // hashes of the content lemmas (names by their last word; time and plan words left out)
const UNI = 2; // multisets of word 1-4-grams, lemma bigrams, core bigrams
const BI = 3;
const TRI = 4;
const QUAD = 5;
const LEMMA_BI = 6;
const CORE_BI = 7;
const CHARS = 8; // character bigrams of `compact`, as string-similarity counts them
const CHARS4 = 9; // character 4-grams of the spaced normalised text
const NUMBERS = 10;
const NUMBER_CONTEXT = 11; // [number, previous word, next word] per number occurrence
const YEARS = 12;
const PROPER = 13;
const CONTENT = 14; // a lemma set: ids, synStart, syn, synAll, stem, stemAll (6 sections)
const QUOTED = 20; // the same for the content lemmas inside quotation marks
const WORD_BITS = 26; // symbols and position masks of WORDS (empty beyond MAX_BITS words)
const CORE_BITS = 28;
const QUOTE_SEQ = 30; // content lemmas inside quotation marks in text order, 0 between two quotations
const SECTIONS = 31;
// Offsets within a lemma set.
const IDS = 0;
const SYN_START = 1;
const SYN = 2;
const SYN_ALL = 3;
const STEM_OF = 4;
const STEM_ALL = 5;

/** Longest sequence aligned with bit vectors (one 32-bit integer); longer ones use the plain DP. */
const MAX_BITS = 31;
/** Lemmas sharing this many first letters count as related (economy/economic, acquire/acquisition). */
const STEM = 5;

/** The features, in the order of {@link pairFeatures}' output and of the weights file. */
export const FEATURE_NAMES = [
  'content_jaccard',
  'content_containment',
  'content_overlap_max',
  'synonym_f',
  'synonym_unmatched',
  'unigram_f',
  'unigram_containment',
  'bigram_f',
  'trigram_f',
  'fourgram_f',
  'lemma_bigram_f',
  'lcs_max',
  'lcs_min',
  'word_edit',
  'char_dice',
  'length_ratio',
  'length_diff',
  'number_mismatch',
  'number_disagree',
  'proper_unmatched',
  'proper_jaccard',
  'quote_both',
  'quote_mismatch',
  'negation_mismatch',
  'related_f',
  'related_unmatched_max',
  'related_unmatched_min',
  'weighted_f',
  'weighted_unmatched_max',
  'weighted_unmatched_min',
  'char4_dice',
  'bleu_min',
  'bleu_max',
  'core_lcs_max',
  'core_lcs_min',
  'core_edit',
  'core_bigram_f',
  'content_all_matched',
  'content_one_covered',
  'number_conflict',
  'year_conflict',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
/** Adverbs and verbs so common in news that they carry no content. */
const LIGHT = new Set(['also', 'just', 'even', 'still', 'then', 'so', 'very', 'too', 'now', 'already', 'yet', 'however', 'be', 'have', 'do', 'not', "n't", 'here', 'there', 'as', 'well', 'really']);
/** Time words that "later this week" and "in the coming days" share in meaning but not in words. */
const TIME = new Set(['day', 'week', 'month', 'today', 'tomorrow', 'yesterday', 'tonight', 'later', 'soon', 'coming', 'upcoming', 'recently', 'recent', 'earlier', 'ago', 'ahead', 'weekend', 'shortly']);
/** Verbs that only mark a plan before "to"/"on": "scheduled to", "set to", "expected to", "embark on". */
const PLAN = new Set(['schedule', 'set', 'expect', 'plan', 'slate', 'poise', 'due', 'embark', 'intend', 'aim', 'prepare', 'go']);
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot']);
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
  seventy: '70', eighty: '80', ninety: '90', hundred: '100',
};
const ALIASES: Record<string, string> = { usa: 'us', 'u.s': 'us', 'u.s.a': 'us', america: 'us', britain: 'uk', 'u.k': 'uk' };
/** Numbers read as years. */
const YEAR = /^(19|20)\d\d$/;
/** Opening quote → its closing quotes. Single quotes only open at a word start (not it's, Xi’s). */
const QUOTE_SPANS = /[“"]([^“”"]*)[”"]|(?:^|(?<=[\s(—–-]))[‘']([^‘’'\n]+)[’'](?![a-z])/g;
/** The marks a match of QUOTE_SPANS opens with. */
const QUOTE_OPENING = /[“"‘']/;

/** FNV-1a hash of a string, as a signed 32-bit integer. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Hash of an n-gram from its members' hashes (order matters). */
function combine(h: number, next: number): number {
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + next) | 0;
}

/** One word as the matcher compares it: lower case, straight apostrophes, American spelling, plain digits. */
function normalizeWord(token: Token): string {
  let word = straightApostrophes(token.text.toLowerCase());
  if (word === "n't") return 'not';
  if (word === '%') return 'percent';
  if (/\d/.test(word)) return word.replace(/,(?=\d{3})/g, '');
  if (word.includes('.') && /^[a-z.]+$/.test(word)) word = word.replace(/\.$/, '');
  const alias = ALIASES[word];
  if (alias) return alias;
  if (word.length > 1 && word.includes('.') && /^([a-z]\.)+[a-z]?$/.test(word)) word = word.replace(/\./g, '');
  if (token.pos === 'NUM') return NUMBER_WORDS[word] ?? word;
  return token.pos === 'PROPN' ? word : americanSpelling(word);
}

/** The lemma the matcher compares: wink-nlp's, with American spelling. */
function normalizeLemma(token: Token, word: string): string {
  if (token.pos === 'NUM' || token.pos === 'PROPN' || /\d/.test(word) || word === 'us' || word === 'uk') return word;
  return americanSpelling(straightApostrophes(token.lemma));
}

/** `text` with curly apostrophes made straight; most words have none, and skip the replace. */
function straightApostrophes(text: string): string {
  return text.includes('’') ? text.replace(/’/g, "'") : text;
}

/** What the matcher knows of one lemma: its hash, synonym groups, stem hash and weight. */
interface LemmaInfo {
  id: number;
  groups: readonly number[];
  stem: number;
  weight: number;
}

// Lemmas recur across claims: look each up once (bounded; the same answer either way).
const lemmaInfos = new Map<string, LemmaInfo>();
const LEMMA_CACHE_LIMIT = 100_000;

/** {@link LemmaInfo} of a lemma. */
function lemmaInfo(lemma: string): LemmaInfo {
  let info = lemmaInfos.get(lemma);
  if (info === undefined) {
    if (lemmaInfos.size >= LEMMA_CACHE_LIMIT) lemmaInfos.clear();
    const id = hash(lemma);
    info = { id, groups: synonymGroups(lemma), stem: lemma.length > STEM ? hash(lemma.slice(0, STEM)) : id, weight: wordWeight(lemma) };
    lemmaInfos.set(lemma, info);
  }
  return info;
}

// A claim's data is written section by section straight into this scratch, and one copy of
// the used length becomes its `data`: building each section as an array of its own and then
// packing them made dozens of short-lived arrays per claim and per clause part.
let built = new Int32Array(4096);
let builtLength = 0;
let builtSections = 0;

/** Start the data of a claim with `sections` sections: the header of their offsets comes first. */
function startData(sections: number): void {
  builtLength = 0;
  reserve(sections + 1);
  builtSections = sections;
  builtLength = sections + 1;
}

/** Room for `n` more elements. An array taken from `built` before keeps its contents. */
function reserve(n: number): void {
  if (builtLength + n <= built.length) return;
  const grown = new Int32Array(Math.max(2 * built.length, builtLength + n));
  grown.set(built.subarray(0, builtLength));
  built = grown;
}

/** Open section k (sections are opened in order), with room for `most` elements. */
function openSection(k: number, most: number): void {
  reserve(most);
  built[k] = builtLength;
}

/** Append to the open section (within the room {@link openSection} made). */
function push(x: number): void {
  built[builtLength++] = x;
}

/** Sort what the open section k holds. */
function sortSection(k: number): void {
  built.subarray(built[k]!, builtLength).sort();
}

/** The data built since {@link startData}: the header ends with the end of the last section. */
function finishData(): Int32Array {
  built[builtSections] = builtLength;
  return built.slice(0, builtLength);
}

/** Drop the repeats from the open section k, once sorted. */
function uniqueSection(k: number): void {
  const first = built[k]!;
  let end = first;
  for (let i = first; i < builtLength; i++) if (i === first || built[i] !== built[end - 1]) built[end++] = built[i]!;
  builtLength = end;
}

/** Section k: the hashes of `values`, ascending. */
function hashSection(k: number, values: ReadonlySet<string>): void {
  openSection(k, values.size);
  for (const x of values) push(hash(x));
  sortSection(k);
}

/** Section k: the sorted multiset of the n-gram hashes of src[s .. e) (src may be `built`). */
function ngramSection(k: number, src: Int32Array, s: number, e: number, n: number): void {
  openSection(k, Math.max(0, e - s - n + 1));
  for (let i = s; i + n <= e; i++) {
    let h = src[i]!;
    for (let j = 1; j < n; j++) h = combine(h, src[i + j]!);
    push(h);
  }
  sortSection(k);
}

/** Section k: the sorted multiset of the hashes of a string's character n-grams. */
function charGramSection(k: number, text: string, n: number): void {
  openSection(k, Math.max(0, text.length - n + 1));
  for (let i = 0; i + n <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
    push(h | 0);
  }
  sortSection(k);
}

/** Section k: character bigrams of a string without whitespace, as string-similarity's Dice takes them. */
function charBigramSection(k: number, compact: string): void {
  openSection(k, Math.max(0, compact.length - 1));
  for (let i = 0; i + 1 < compact.length; i++) push((compact.charCodeAt(i) << 16) | compact.charCodeAt(i + 1));
  sortSection(k);
}

/**
 * Sections k and k + 1: the symbols (ascending) of the sequence built[s .. s + n) and the
 * position mask of each, for bit-parallel alignment; both empty when it is too long.
 */
function bitTableSections(k: number, s: number, n: number): void {
  const symbols = n > MAX_BITS ? 0 : n;
  openSection(k, symbols);
  for (let i = 0; i < symbols; i++) push(built[s + i]!);
  sortSection(k);
  uniqueSection(k);
  openSection(k + 1, builtLength - built[k]!);
  for (let i = built[k]!; i < built[k + 1]!; i++) {
    let mask = 0;
    for (let j = 0; j < symbols; j++) if (built[s + j] === built[i]) mask |= 1 << j;
    push(mask);
  }
}

/**
 * The six sections of a lemma set from section k on (ids, synStart, syn, synAll, stem,
 * stemAll); returns the weight of each id, in the order of the ids.
 */
function lemmaSetSections(k: number, lemmas: readonly string[]): Float64Array {
  // One info per id, the last lemma's when two share an id, in ascending order of ids.
  const infos = lemmas.map(lemmaInfo).sort(byId);
  let n = 0;
  let groups = 0;
  for (let i = 0; i < infos.length; i++) {
    if (i + 1 < infos.length && infos[i + 1]!.id === infos[i]!.id) continue;
    infos[n++] = infos[i]!;
    groups += infos[i]!.groups.length;
  }
  infos.length = n;
  openSection(k + IDS, n);
  for (const info of infos) push(info.id);
  openSection(k + SYN_START, n + 1);
  let at = 0;
  for (const info of infos) {
    push(at);
    at += info.groups.length;
  }
  push(at);
  openSection(k + SYN, groups);
  for (const info of infos) for (const g of info.groups) push(g);
  openSection(k + SYN_ALL, groups);
  for (let i = built[k + SYN]!; i < built[k + SYN_ALL]!; i++) push(built[i]!);
  sortSection(k + SYN_ALL);
  uniqueSection(k + SYN_ALL);
  openSection(k + STEM_OF, n);
  for (const info of infos) push(info.stem);
  openSection(k + STEM_ALL, n);
  for (const info of infos) push(info.stem);
  sortSection(k + STEM_ALL);
  // A loop, not Float64Array.from: that goes through the iterator protocol, ten times slower on short arrays.
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) weight[i] = infos[i]!.weight;
  return weight;
}

function byId(a: LemmaInfo, b: LemmaInfo): number {
  return a.id - b.id;
}

/** Character ranges inside quotation marks. */
function quoteRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Most claims and parts hold no quotation mark: no need to set up a global match.
  if (!QUOTE_OPENING.test(text)) return ranges;
  for (const m of text.matchAll(QUOTE_SPANS)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Which of the quotation ranges holds the token, or -1. */
function quotationOf(quotes: ReadonlyArray<readonly [number, number]>, token: Token): number {
  for (let q = 0; q < quotes.length; q++) if (token.start >= quotes[q]![0] && token.end <= quotes[q]![1]) return q;
  return -1;
}

/** A claim's tokens with the word and lemma the matcher reads in each (undefined for punctuation), read once for the claim and all its parts. */
export interface ReadTokens {
  tokens: readonly Token[];
  words: ReadonlyArray<string | undefined>;
  lemmas: ReadonlyArray<string | undefined>;
}

/** Read every token of a claim (see {@link ReadTokens}). */
export function readTokens(tokens: readonly Token[]): ReadTokens {
  const words: Array<string | undefined> = [];
  const lemmas: Array<string | undefined> = [];
  for (const token of tokens) {
    const skipped = token.pos === 'PUNCT' || (token.pos === 'SYM' && token.text !== '%' && token.text !== '$');
    const word = skipped ? undefined : normalizeWord(token);
    words.push(word);
    lemmas.push(word === undefined ? undefined : normalizeLemma(token, word));
  }
  return { tokens, words, lemmas };
}

/**
 * Prepare one claim, or one part of it: the tokens `run` (indices, in text order) of `read`.
 * Token offsets may point into `text` or into the larger text the claim was cut from
 * (segmentation parses whole articles): quoted words are located relative to the first token.
 * Null when the run has fewer than `minLemmas` distinct content lemmas: such a part is not
 * compared, so its features are not built. Work done here is done once per claim.
 */
export function prepareFeatures(text: string, read: ReadTokens, run: readonly number[], minLemmas = 0): PreparedFeatures | null {
  const tokens = read.tokens;
  const first = run.length > 0 ? tokens[run[0]!] : undefined;
  const at = first ? text.indexOf(first.text) : -1;
  const base = first && at >= 0 ? first.start - at : 0;
  const quotes = at >= 0 || !first ? quoteRanges(text).map(([s, e]) => [s + base, e + base] as [number, number]) : [];
  const words: string[] = [];
  const lemmas: string[] = [];
  const content: string[] = [];
  const quoted: string[] = [];
  const quoteSeq: number[] = [];
  let lastQuote = -1;
  const numbers = new Set<string>();
  const proper = new Set<string>();
  let negated = false;
  for (let r = 0; r < run.length; r++) {
    const word = read.words[run[r]!];
    if (word === undefined) continue;
    const token = tokens[run[r]!]!;
    const lemma = read.lemmas[run[r]!]!;
    words.push(word);
    lemmas.push(lemma);
    if (NEGATIONS.has(word)) negated = true;
    if (token.pos === 'NUM' && /\d/.test(word)) numbers.add(word);
    const next = r + 1 < run.length ? tokens[run[r + 1]!] : undefined;
    let kept: string;
    if (token.pos === 'PROPN') {
      // A name counts by its last word: "Janet Yellen", "Treasury Secretary Janet Yellen" and
      // "Yellen" agree; "United States" is "us" like "U.S." and "America".
      if (ABBREVIATED_TITLES.has(word) || next?.pos === 'PROPN') continue;
      const previous = r > 0 ? tokens[run[r - 1]!]!.text.toLowerCase() : undefined;
      kept = word === 'states' && previous === 'united' ? 'us' : word === 'kingdom' && previous === 'united' ? 'uk' : word;
      proper.add(kept);
    } else {
      // "is scheduled to visit" = "is set to visit" = "will visit"; "later this week" ~ "in the coming days".
      if (LIGHT.has(lemma) || TIME.has(lemma) || (PLAN.has(lemma) && (next?.text === 'to' || next?.text === 'on'))) continue;
      if (!CONTENT_POS.has(token.pos) || !/[\p{L}\p{N}]/u.test(lemma)) continue;
      kept = lemma;
    }
    content.push(kept);
    // A quoted content lemma, in its quotation's run.
    const q = quotationOf(quotes, token);
    if (q < 0) continue;
    quoted.push(kept);
    if (q !== lastQuote && quoteSeq.length > 0) quoteSeq.push(0);
    lastQuote = q;
    quoteSeq.push(hash(kept) || 1);
  }
  const distinct = [...new Set(content)];
  if (distinct.length < minLemmas) return null;
  const normalized = words.join(' ');
  const compact = normalized.replace(/\s+/g, '');
  const n = words.length;
  startData(SECTIONS);
  openSection(WORDS, n);
  for (const w of words) push(hash(w));
  const seq = built[WORDS]!;
  openSection(CORE, content.length);
  for (const c of content) push(hash(c));
  const core = built[CORE]!;
  openSection(UNI, n);
  for (let i = 0; i < n; i++) push(built[seq + i]!);
  sortSection(UNI);
  ngramSection(BI, built, seq, seq + n, 2);
  ngramSection(TRI, built, seq, seq + n, 3);
  ngramSection(QUAD, built, seq, seq + n, 4);
  const lemmaSeq = new Int32Array(n);
  for (let i = 0; i < n; i++) lemmaSeq[i] = hash(lemmas[i]!);
  ngramSection(LEMMA_BI, lemmaSeq, 0, n, 2);
  ngramSection(CORE_BI, built, core, core + content.length, 2);
  charBigramSection(CHARS, compact);
  charGramSection(CHARS4, ` ${normalized} `, 4);
  hashSection(NUMBERS, numbers);
  openSection(NUMBER_CONTEXT, 3 * n);
  for (let i = 0; i < n; i++) {
    if (!numbers.has(words[i]!)) continue;
    push(hash(words[i]!));
    push(i > 0 ? built[seq + i - 1]! : 0);
    push(i + 1 < n ? built[seq + i + 1]! : 0);
  }
  openSection(YEARS, numbers.size);
  for (const x of numbers) if (YEAR.test(x)) push(Number(x));
  sortSection(YEARS);
  hashSection(PROPER, proper);
  const weight = lemmaSetSections(CONTENT, content);
  lemmaSetSections(QUOTED, quoted);
  bitTableSections(WORD_BITS, seq, n);
  bitTableSections(CORE_BITS, core, content.length);
  openSection(QUOTE_SEQ, quoteSeq.length);
  for (const x of quoteSeq) push(x);
  return {
    lemmas: distinct.sort(),
    compact,
    data: finishData(),
    weight,
    totalWeight: weight.reduce((a, b) => a + b, 0),
    negated,
  };
}

/** Size of the intersection of two ascending ranges (multisets: each element counted as often as both hold it). */
function intersect(a: Int32Array, i: number, ae: number, b: Int32Array, j: number, be: number): number {
  let n = 0;
  while (i < ae && j < be) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Intersection of section k of two claims. */
function common(a: Int32Array, b: Int32Array, k: number): number {
  return intersect(a, a[k]!, a[k + 1]!, b, b[k]!, b[k + 1]!);
}

/** Length of section k. */
function size(d: Int32Array, k: number): number {
  return d[k + 1]! - d[k]!;
}

/** Whether the ascending range d[lo .. hi) holds x. */
function has(d: Int32Array, lo: number, hi: number, x: number): boolean {
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = d[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Dice coefficient of section k, 2|A∩B| / (|A|+|B|), 0 when both are empty. */
function dice(a: Int32Array, b: Int32Array, k: number): number {
  const total = size(a, k) + size(b, k);
  return total === 0 ? 0 : (2 * common(a, b, k)) / total;
}

/**
 * string-similarity's compareTwoStrings on the two normalised texts, from precomputed bigrams:
 * the same value, without building a Map per call.
 */
export function charDice(a: PreparedFeatures, b: PreparedFeatures): number {
  const la = a.compact.length;
  const lb = b.compact.length;
  if (a.compact === b.compact) return 1;
  if (la < 2 || lb < 2) return 0;
  return (2 * common(a.data, b.data, CHARS)) / (la + lb - 2);
}

/**
 * The longest run of content words that both claims quote in the same order ("first red line"
 * in “first red line” and “the first red line that should not be crossed”): the same words
 * in quotation marks are the same statement, however differently the rest is reported.
 */
export function sharedQuotation(pa: PreparedFeatures, pb: PreparedFeatures): number {
  const a = pa.data;
  const b = pb.data;
  const as = a[QUOTE_SEQ]!;
  const ae = a[QUOTE_SEQ + 1]!;
  const bs = b[QUOTE_SEQ]!;
  const be = b[QUOTE_SEQ + 1]!;
  let longest = 0;
  for (let i = as; i < ae; i++) {
    for (let j = bs; j < be; j++) {
      let k = 0;
      while (i + k < ae && j + k < be && a[i + k] !== 0 && a[i + k] === b[j + k]) k++;
      if (k > longest) longest = k;
    }
  }
  return longest;
}

/** How many content lemmas of the claim lie inside quotation marks. */
export function quotedLemmaCount(p: PreparedFeatures): number {
  return size(p.data, QUOTED + IDS);
}

// Results of the helpers below, in module scratch so that scoring a pair allocates nothing.
let synonymCount = 0;
/** The words two claims share (as a multiset), from the last {@link ngramFeatures}. */
let sharedWords = 0;
let relatedCount = 0;
let weightedCount = 0;

/**
 * One pass over the lemma set at section `set` of `a` against that of `b`: how many lemmas occur
 * in b itself or through a shared synonym group (synonymCount), also counting shared first
 * letters, economy/economic (relatedCount), and the summed `weight` of the synonym matches.
 */
function matchLemmas(a: Int32Array, b: Int32Array, set: number, weight: Float64Array | null): void {
  synonymCount = 0;
  relatedCount = 0;
  weightedCount = 0;
  const ids = a[set + IDS]!;
  const n = a[set + IDS + 1]! - ids;
  const synStart = a[set + SYN_START]!;
  const syn = a[set + SYN]!;
  const stem = a[set + STEM_OF]!;
  const bIds = b[set + IDS]!;
  const bIdsEnd = b[set + IDS + 1]!;
  const bSyn = b[set + SYN_ALL]!;
  const bSynEnd = b[set + SYN_ALL + 1]!;
  const bStem = b[set + STEM_ALL]!;
  const bStemEnd = b[set + STEM_ALL + 1]!;
  for (let i = 0; i < n; i++) {
    let found = has(b, bIds, bIdsEnd, a[ids + i]!);
    const end = syn + a[synStart + i + 1]!;
    for (let k = syn + a[synStart + i]!; !found && k < end; k++) found = has(b, bSyn, bSynEnd, a[k]!);
    if (found) {
      synonymCount++;
      relatedCount++;
      if (weight) weightedCount += weight[i]!;
    } else if (has(b, bStem, bStemEnd, a[stem + i]!)) relatedCount++;
  }
}

let rowLcsA = new Int32Array(64);
let rowLcsB = new Int32Array(64);
let rowEditA = new Int32Array(64);
let rowEditB = new Int32Array(64);
let lcsLength = 0;
let editLength = 0;

/** Longest common subsequence (lcsLength) and Levenshtein distance (editLength) of a[as..ae) and b[bs..be), plain DP. */
function alignWords(a: Int32Array, as: number, ae: number, b: Int32Array, bs: number, be: number): void {
  const m = be - bs;
  if (m + 1 > rowLcsA.length) {
    rowLcsA = new Int32Array(2 * (m + 1));
    rowLcsB = new Int32Array(2 * (m + 1));
    rowEditA = new Int32Array(2 * (m + 1));
    rowEditB = new Int32Array(2 * (m + 1));
  }
  let lPrev = rowLcsA;
  let lCur = rowLcsB;
  let ePrev = rowEditA;
  let eCur = rowEditB;
  for (let j = 0; j <= m; j++) {
    lPrev[j] = 0;
    ePrev[j] = j;
  }
  for (let i = 1; i <= ae - as; i++) {
    lCur[0] = 0;
    eCur[0] = i;
    const x = a[as + i - 1]!;
    for (let j = 1; j <= m; j++) {
      const equal = x === b[bs + j - 1]!;
      const up = lPrev[j]!;
      const left = lCur[j - 1]!;
      lCur[j] = equal ? lPrev[j - 1]! + 1 : up > left ? up : left;
      const substitute = ePrev[j - 1]! + (equal ? 0 : 1);
      const del = ePrev[j]! + 1;
      const ins = eCur[j - 1]! + 1;
      eCur[j] = substitute < del ? (substitute < ins ? substitute : ins) : del < ins ? del : ins;
    }
    let t = lPrev;
    lPrev = lCur;
    lCur = t;
    t = ePrev;
    ePrev = eCur;
    eCur = t;
  }
  lcsLength = lPrev[m]!;
  editLength = ePrev[m]!;
}

/**
 * LCS (Allison–Dix) and Levenshtein distance (Myers/Hyyrö) of a[as..ae) against a sequence of
 * m ≤ 31 symbols given by its bit table in `t` (symbols at t[ss..se), their masks from t[ms]):
 * one pass over a, one bit per symbol of the other sequence. Same results as {@link alignWords}.
 */
function alignBits(a: Int32Array, as: number, ae: number, t: Int32Array, ss: number, se: number, ms: number, m: number): void {
  if (m === 0) {
    lcsLength = 0;
    editLength = ae - as;
    return;
  }
  const all = (1 << m) - 1;
  const high = 1 << (m - 1);
  let v = all;
  let pv = all;
  let mv = 0;
  let distance = m;
  for (let i = as; i < ae; i++) {
    const x = a[i]!;
    let eq = 0;
    let lo = ss;
    let hi = se - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = t[mid]!;
      if (s === x) {
        eq = t[ms + mid - ss]!;
        break;
      }
      if (s < x) lo = mid + 1;
      else hi = mid - 1;
    }
    const u = v & eq;
    v = ((v + u) | (v & ~eq)) & all;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) & all) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) distance++;
    else if (mh & high) distance--;
    ph = ((ph << 1) | 1) & all;
    mh = (mh << 1) & all;
    pv = (mh | ~(xv | ph)) & all;
    mv = ph & xv;
  }
  let zeros = 0;
  for (let bits = ~v & all; bits !== 0; bits &= bits - 1) zeros++;
  lcsLength = zeros;
  editLength = distance;
}

/** Align sequence section `seq` of two claims (bit table at section `bits`): bit-parallel when one fits in 31 bits. */
function align(a: Int32Array, b: Int32Array, seq: number, bits: number): void {
  const la = size(a, seq);
  const lb = size(b, seq);
  if (lb <= MAX_BITS && (lb <= la || la > MAX_BITS)) alignBits(a, a[seq]!, a[seq + 1]!, b, b[bits]!, b[bits + 1]!, b[bits + 1]!, lb);
  else if (la <= MAX_BITS) alignBits(b, b[seq]!, b[seq + 1]!, a, a[bits]!, a[bits + 1]!, a[bits + 1]!, la);
  else alignWords(a, a[seq]!, a[seq + 1]!, b, b[seq]!, b[seq + 1]!);
}

/**
 * LCS length and Levenshtein distance of two word-hash sequences, by the bit-parallel path
 * (sequences of up to 31 words) or the plain DP: exported so that tests can hold them equal.
 */
export function wordAlignment(a: Int32Array, b: Int32Array, method: 'bits' | 'dp'): { lcs: number; edit: number } {
  const pa = alignmentData(a);
  const pb = alignmentData(b);
  if (method === 'dp' || (a.length > MAX_BITS && b.length > MAX_BITS)) alignWords(pa, pa[0]!, pa[1]!, pb, pb[0]!, pb[1]!);
  else align(pa, pb, 0, 1);
  return { lcs: lcsLength, edit: editLength };
}

/** A sequence (section 0) with its bit table (sections 1 and 2), as a claim's data holds them. */
function alignmentData(seq: Int32Array): Int32Array {
  startData(3);
  openSection(0, seq.length);
  for (const x of seq) push(x);
  bitTableSections(1, built[0]!, seq.length);
  return finishData();
}

/**
 * Numbers that contradict each other: a number on one side only, in the same place as a
 * different number on the other side (same word before or after: "in July 2022" / "in July 2021",
 * "116.92 yen" / "116.78 yen").
 */
function numberConflicts(a: Int32Array, b: Int32Array): number {
  const aNumbers = a[NUMBERS]!;
  const aNumbersEnd = a[NUMBERS + 1]!;
  const bNumbers = b[NUMBERS]!;
  const bNumbersEnd = b[NUMBERS + 1]!;
  for (let i = a[NUMBER_CONTEXT]!; i < a[NUMBER_CONTEXT + 1]!; i += 3) {
    if (has(b, bNumbers, bNumbersEnd, a[i]!)) continue;
    for (let j = b[NUMBER_CONTEXT]!; j < b[NUMBER_CONTEXT + 1]!; j += 3) {
      if (has(a, aNumbers, aNumbersEnd, b[j]!)) continue;
      if ((a[i + 1] !== 0 && a[i + 1] === b[j + 1]) || (a[i + 2] !== 0 && a[i + 2] === b[j + 2])) return 1;
    }
  }
  return 0;
}

/** Smoothed BLEU of one side: geometric mean of its add-one 1–4-gram precisions, from the shared n-gram counts. */
function bleu(i1: number, i2: number, i3: number, i4: number, d: Int32Array): number {
  return Math.exp(
    (Math.log((i1 + 1) / (size(d, UNI) + 1)) + Math.log((i2 + 1) / (size(d, BI) + 1)) + Math.log((i3 + 1) / (size(d, TRI) + 1)) + Math.log((i4 + 1) / (size(d, QUAD) + 1))) / 4,
  );
}

/** x / y, or 0 when y is 0. */
function ratio(x: number, y: number): number {
  return y === 0 ? 0 : x / y;
}

/** Whether the claim has no word at all (such a text is no claim's match). */
export function isEmpty(p: PreparedFeatures): boolean {
  return size(p.data, WORDS) === 0;
}

/**
 * Fill `out` (length {@link FEATURE_COUNT}) with the features of the pair, in the order of
 * {@link FEATURE_NAMES}. Allocation-free; symmetric in a and b.
 */
export function pairFeatures(pa: PreparedFeatures, pb: PreparedFeatures, out: Float64Array): void {
  contentFeatures(pa, pb, out);
  ngramFeatures(pa, pb, out);
  charFeatures(pa, pb, out);
  alignmentFeatures(pa, pb, out);
}

/**
 * The features {@link alignmentFeatures} fills: LCS and edit distance, on words and on content
 * lemmas. The alignments cost most of a pair's time, and {@link alignmentBound} bounds their
 * share of the score from the claims' sizes alone.
 */
export const ALIGNMENT_FEATURES: readonly number[] = [11, 12, 13, 33, 34, 35];

/** The features {@link ngramFeatures} fills: word and lemma n-grams. */
export const NGRAM_FEATURES: readonly number[] = [5, 6, 7, 8, 9, 10, 31, 32, 36];

/**
 * The features {@link charFeatures} fills: character bigrams and 4-grams, the longest merges
 * of a pair; {@link charBound} bounds their share of the score from the claims' sizes alone.
 */
export const CHAR_FEATURES: readonly number[] = [14, 30];

/**
 * Content lemmas, length, numbers, names, quotations and negation. Returns how many content
 * lemmas of each side occur in the other, themselves or through a synonym (the smaller count).
 * When one side's count is below `minShared`, returns it at once, without filling `out`: the
 * caller has no use for the features of such a pair.
 */
export function contentFeatures(pa: PreparedFeatures, pb: PreparedFeatures, out: Float64Array, minShared = 0): number {
  const a = pa.data;
  const b = pb.data;
  // Content lemmas: exact, through synonyms, through shared first letters, weighted by informativeness.
  matchLemmas(a, b, CONTENT, pa.weight);
  const sa = synonymCount;
  if (sa < minShared) return sa;
  const ra = relatedCount;
  const wma = weightedCount;
  matchLemmas(b, a, CONTENT, pb.weight);
  const sb = synonymCount;
  if (sb < minShared) return sb;
  const rb = relatedCount;
  const wmb = weightedCount;
  const ca = size(a, CONTENT + IDS);
  const cb = size(b, CONTENT + IDS);
  const shared = common(a, b, CONTENT + IDS);
  out[0] = ratio(shared, ca + cb - shared);
  out[1] = ratio(shared, Math.min(ca, cb));
  out[2] = ratio(shared, Math.max(ca, cb));
  out[3] = ratio(sa + sb, ca + cb);
  out[4] = Math.log1p(ca - sa + (cb - sb));
  out[24] = ratio(ra + rb, ca + cb);
  out[25] = Math.log1p(Math.max(ca - ra, cb - rb));
  out[26] = Math.log1p(Math.min(ca - ra, cb - rb));
  const ta = pa.totalWeight;
  const tb = pb.totalWeight;
  out[27] = ratio(wma + wmb, ta + tb);
  out[28] = Math.log1p(Math.max(ta - wma, tb - wmb));
  out[29] = Math.log1p(Math.min(ta - wma, tb - wmb));
  // Every content word of both sides has its counterpart (itself or a synonym): the claims say the
  // same thing in other function words ("is scheduled to visit … later this week" / "will visit … in the coming days").
  out[37] = ca >= 2 && cb >= 2 && sa === ca && sb === cb ? 1 : 0;
  out[38] = ca >= 2 && cb >= 2 && (sa === ca || sb === cb) ? 1 : 0;

  // Length.
  const wa = size(a, WORDS);
  const wb = size(b, WORDS);
  const longest = Math.max(wa, wb);
  const shortest = Math.min(wa, wb);
  out[15] = ratio(shortest, longest);
  out[16] = Math.log1p(longest - shortest);

  // Numbers, years and names that must agree.
  const na = size(a, NUMBERS);
  const nb = size(b, NUMBERS);
  const numCommon = common(a, b, NUMBERS);
  const numUnion = na + nb - numCommon;
  out[17] = numUnion === 0 ? 0 : 1 - numCommon / numUnion;
  out[18] = na > 0 && nb > 0 && numCommon < Math.min(na, nb) ? 1 : 0;
  out[39] = na > 0 && nb > 0 ? numberConflicts(a, b) : 0;
  // Each side names a year the other does not: a different time, so a different claim.
  const ya = size(a, YEARS);
  const yb = size(b, YEARS);
  out[40] = ya > 0 && yb > 0 && common(a, b, YEARS) < Math.min(ya, yb) ? 1 : 0;
  const propA = size(a, PROPER);
  const propB = size(b, PROPER);
  const propCommon = common(a, b, PROPER);
  const propUnion = propA + propB - propCommon;
  out[19] = Math.log1p(propUnion - propCommon);
  out[20] = propUnion === 0 ? 1 : propCommon / propUnion;

  // Quoted words (synonym-aware) and negation.
  const qa = size(a, QUOTED + IDS);
  const qb = size(b, QUOTED + IDS);
  const both = qa > 0 && qb > 0;
  out[21] = both ? 1 : 0;
  if (both) {
    matchLemmas(a, b, QUOTED, null);
    const qma = synonymCount;
    matchLemmas(b, a, QUOTED, null);
    out[22] = 1 - (qma + synonymCount) / (qa + qb);
  } else out[22] = 0;
  out[23] = pa.negated !== pb.negated ? 1 : 0;
  return Math.min(sa, sb);
}

/** Word and lemma n-grams. */
export function ngramFeatures(pa: PreparedFeatures, pb: PreparedFeatures, out: Float64Array): void {
  const a = pa.data;
  const b = pb.data;
  const wa = size(a, WORDS);
  const wb = size(b, WORDS);
  const i1 = common(a, b, UNI);
  const i2 = common(a, b, BI);
  const i3 = common(a, b, TRI);
  const i4 = common(a, b, QUAD);
  sharedWords = i1;
  out[5] = ratio(2 * i1, wa + wb);
  out[6] = ratio(i1, Math.min(wa, wb));
  out[7] = ratio(2 * i2, size(a, BI) + size(b, BI));
  out[8] = ratio(2 * i3, size(a, TRI) + size(b, TRI));
  out[9] = ratio(2 * i4, size(a, QUAD) + size(b, QUAD));
  out[10] = dice(a, b, LEMMA_BI);
  const bleuA = bleu(i1, i2, i3, i4, a);
  const bleuB = bleu(i1, i2, i3, i4, b);
  out[31] = Math.min(bleuA, bleuB);
  out[32] = Math.max(bleuA, bleuB);
  out[36] = dice(a, b, CORE_BI);
}

/** Characters: bigrams of the words run together, 4-grams of the spaced words. */
export function charFeatures(pa: PreparedFeatures, pb: PreparedFeatures, out: Float64Array): void {
  out[14] = charDice(pa, pb);
  out[30] = dice(pa.data, pb.data, CHARS4);
}

/** The largest Σ w[k] · feature k over the {@link CHAR_FEATURES} that the pair could have, from sizes alone. */
export function charBound(pa: PreparedFeatures, pb: PreparedFeatures, w: Float64Array): number {
  const la = pa.compact.length;
  const lb = pb.compact.length;
  return rise(w[14]!, la < 2 || lb < 2 ? 1 : (2 * (Math.min(la, lb) - 1)) / (la + lb - 2)) + rise(w[30]!, diceBound(pa.data, pb.data, CHARS4));
}

/** The {@link ALIGNMENT_FEATURES}: word order, as LCS and edit distance on words and on content lemmas. */
export function alignmentFeatures(pa: PreparedFeatures, pb: PreparedFeatures, out: Float64Array): void {
  alignInto(pa.data, pb.data, WORDS, WORD_BITS, out, 11);
  alignInto(pa.data, pb.data, CORE, CORE_BITS, out, 33);
}

/** LCS over the longer and the shorter sequence, and edit distance over the longer, into out[at .. at + 3). */
function alignInto(a: Int32Array, b: Int32Array, seq: number, bits: number, out: Float64Array, at: number): void {
  const longest = Math.max(size(a, seq), size(b, seq));
  const shortest = Math.min(size(a, seq), size(b, seq));
  align(a, b, seq, bits);
  out[at] = ratio(lcsLength, longest);
  out[at + 1] = ratio(lcsLength, shortest);
  out[at + 2] = ratio(editLength, longest);
}

/**
 * The largest Σ w[k] · feature k over the {@link ALIGNMENT_FEATURES} that the pair could have,
 * from sizes alone, right after {@link ngramFeatures} of the same pair. An LCS is at most the
 * shorter sequence (and, on words, the words both share); a Levenshtein distance is at most the
 * longer sequence and at least the longer less the LCS. The sum is linear in (LCS, distance),
 * so its largest value lies at a corner of that region.
 */
export function alignmentBound(pa: PreparedFeatures, pb: PreparedFeatures, w: Float64Array): number {
  const a = pa.data;
  const b = pb.data;
  const words = Math.max(size(a, WORDS), size(b, WORDS));
  const fewest = Math.min(size(a, WORDS), size(b, WORDS));
  const core = Math.max(size(a, CORE), size(b, CORE));
  const coreFewest = Math.min(size(a, CORE), size(b, CORE));
  return (
    cornerBound(words, fewest, Math.min(fewest, sharedWords), w[11]!, w[12]!, w[13]!) +
    cornerBound(core, coreFewest, coreFewest, w[33]!, w[34]!, w[35]!)
  );
}

/**
 * The largest Σ w[k] · feature k over the features of {@link ngramFeatures}, {@link charFeatures}
 * and {@link alignmentFeatures} that the pair could have, from sizes alone: each intersection is at
 * most the smaller side, each of those features at least 0, BLEU at most 1.
 */
export function wordBound(pa: PreparedFeatures, pb: PreparedFeatures, w: Float64Array): number {
  const a = pa.data;
  const b = pb.data;
  const wa = size(a, WORDS);
  const wb = size(b, WORDS);
  const u1 = Math.min(size(a, UNI), size(b, UNI));
  const core = Math.max(size(a, CORE), size(b, CORE));
  const coreFewest = Math.min(size(a, CORE), size(b, CORE));
  return (
    rise(w[5]!, ratio(2 * u1, wa + wb)) +
    rise(w[6]!, ratio(u1, Math.min(wa, wb))) +
    rise(w[7]!, diceBound(a, b, BI)) +
    rise(w[8]!, diceBound(a, b, TRI)) +
    rise(w[9]!, diceBound(a, b, QUAD)) +
    rise(w[10]!, diceBound(a, b, LEMMA_BI)) +
    rise(w[31]!, 1) +
    rise(w[32]!, 1) +
    rise(w[36]!, diceBound(a, b, CORE_BI)) +
    charBound(pa, pb, w) +
    cornerBound(Math.max(wa, wb), Math.min(wa, wb), Math.min(wa, wb, u1), w[11]!, w[12]!, w[13]!) +
    cornerBound(core, coreFewest, coreFewest, w[33]!, w[34]!, w[35]!)
  );
}

/** The most w · f can add for a feature f in [0, most]. */
function rise(w: number, most: number): number {
  return w > 0 ? w * most : 0;
}

/** The largest {@link dice} of section k two claims could have: every element of the smaller side shared. */
function diceBound(a: Int32Array, b: Int32Array, k: number): number {
  const total = size(a, k) + size(b, k);
  return total === 0 ? 0 : (2 * Math.min(size(a, k), size(b, k))) / total;
}

/** max of wMax·lcs/longest + wMin·lcs/shortest + wEdit·edit/longest over lcs ∈ [0, most], edit ∈ [longest − lcs, longest]. */
function cornerBound(longest: number, shortest: number, most: number, wMax: number, wMin: number, wEdit: number): number {
  if (longest === 0) return 0;
  const byLcs = (wMax * most) / longest + (shortest === 0 ? 0 : (wMin * most) / shortest);
  // The corners (0, longest), (most, longest − most) and (most, longest), less the common wEdit.
  return wEdit + Math.max(0, byLcs - (wEdit * most) / longest, byLcs);
}

