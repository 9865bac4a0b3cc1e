/**
 * The features of a pair of claims that the matcher's logistic regression combines. Each
 * claim is prepared once ({@link prepareFeatures}: normalised words, n-grams, content lemmas
 * with their WordNet synonym groups, numbers, proper nouns, quoted words, character bigrams,
 * all as sorted integer hashes); {@link pairFeatures} then only merges sorted arrays and runs
 * two small word-level dynamic programmes, without allocating. Every feature is symmetric:
 * MSRP and claim pairs come in no meaningful order.
 */
import type { Token } from '../nlp.ts';
import { americanSpelling } from './spelling.ts';
import { synonymGroups, wordWeight } from './lexicon.ts';

/** A set of lemma hashes with the synonym groups of each (for synonym-aware matching). */
/** A sequence's distinct symbols, ascending, with the bit mask of the positions where each occurs. */
export interface BitTable {
  symbols: Int32Array;
  masks: Int32Array;
}

/** Longest sequence aligned with bit vectors (one 32-bit integer); longer ones use the plain DP. */
const MAX_BITS = 31;

export interface LemmaSet {
  /** Lemma hashes, ascending, unique. */
  ids: Int32Array;
  /** Groups of ids[i] are syn[synStart[i] .. synStart[i + 1]). */
  synStart: Int32Array;
  syn: Int32Array;
  /** Every group of every lemma, ascending, unique. */
  synAll: Int32Array;
  /** Hash of the first {@link STEM} letters of ids[i] (its own hash when shorter), and all of them sorted. */
  stem: Int32Array;
  stemAll: Int32Array;
  /** Informativeness of ids[i] (rare words weigh more), and their sum. */
  weight: Float64Array;
  totalWeight: number;
}

/** Lemmas sharing this many first letters count as related (economy/economic, acquire/acquisition). */
const STEM = 5;

/** What one claim contributes to every pair it is part of. */
export interface PreparedFeatures {
  /** Content-word lemmas as strings (American spelling), unique, ascending: what blocking indexes. */
  lemmas: string[];
  /** Lower-case words with American spelling and plain digits, punctuation dropped, joined by spaces. */
  normalized: string;
  /** Hashes of the normalised words, in text order. */
  words: Int32Array;
  /** Hashes of the content lemmas in text order (names by their last word; time and plan words left out). */
  core: Int32Array;
  /** Sorted multiset of core bigram hashes. */
  coreBi: Int32Array;
  /** Bit masks of `words` and `core` for bit-parallel alignment (empty beyond {@link MAX_BITS} words). */
  wordBits: BitTable;
  coreBits: BitTable;
  /** Sorted multisets of word 1-, 2-, 3- and 4-gram hashes and of lemma bigram hashes. */
  uni: Int32Array;
  bi: Int32Array;
  tri: Int32Array;
  quad: Int32Array;
  lemmaBi: Int32Array;
  /** Content-word lemmas (nouns, verbs, adjectives, adverbs, numbers, proper nouns). */
  content: LemmaSet;
  /** Content lemmas inside quotation marks. */
  quoted: LemmaSet;
  /** Numbers (digits, commas removed; small number words as digits), ascending, unique. */
  numbers: Int32Array;
  /** Years (1900–2099) mentioned, ascending, unique. */
  years: Int32Array;
  /** Each number occurrence as [number, previous word, next word] hashes, flattened. */
  numberContext: Int32Array;
  /** Proper nouns (U.S./United States/America → us), ascending, unique. */
  proper: Int32Array;
  /** `normalized` without whitespace, and its character bigrams (sorted multiset), as string-similarity takes them. */
  compact: string;
  chars: Int32Array;
  /** Sorted multiset of character 4-gram hashes of `normalized` (spaces kept: word boundaries count). */
  chars4: Int32Array;
  negated: boolean;
}

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
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof']);
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot']);
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
  seventy: '70', eighty: '80', ninety: '90', hundred: '100',
};
const ALIASES: Record<string, string> = { usa: 'us', 'u.s': 'us', 'u.s.a': 'us', america: 'us', britain: 'uk', 'u.k': 'uk' };
/** Opening quote → its closing quotes. Single quotes only open at a word start (not it's, Xi’s). */
const QUOTE_SPANS = /[“"]([^“”"]*)[”"]|(?:^|(?<=[\s(—–-]))[‘']([^‘’'\n]+)[’'](?![a-z])/g;

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
  let word = token.text.toLowerCase().replace(/’/g, "'");
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
  return americanSpelling(token.lemma.replace(/’/g, "'"));
}

/** Build a {@link LemmaSet} from lemma strings (duplicates allowed). */
function lemmaSet(lemmas: Iterable<string>): LemmaSet {
  const byId = new Map<number, string>();
  for (const lemma of lemmas) byId.set(hash(lemma), lemma);
  const ids = Int32Array.from(byId.keys()).sort();
  const synStart = new Int32Array(ids.length + 1);
  const syn: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    synStart[i] = syn.length;
    for (const g of synonymGroups(byId.get(ids[i]!)!)) syn.push(g);
  }
  synStart[ids.length] = syn.length;
  const stem = Int32Array.from(ids, (id) => {
    const lemma = byId.get(id)!;
    return lemma.length > STEM ? hash(lemma.slice(0, STEM)) : id;
  });
  const weight = Float64Array.from(ids, (id) => wordWeight(byId.get(id)!));
  const totalWeight = weight.reduce((a, b) => a + b, 0);
  return { ids, synStart, syn: Int32Array.from(syn), synAll: Int32Array.from(new Set(syn)).sort(), stem, stemAll: stem.slice().sort(), weight, totalWeight };
}

/** Sorted multiset of the n-gram hashes of a hash sequence. */
function ngrams(seq: Int32Array, n: number): Int32Array {
  const count = Math.max(0, seq.length - n + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = seq[i]!;
    for (let k = 1; k < n; k++) h = combine(h, seq[i + k]!);
    out[i] = h;
  }
  return out.sort();
}

/** Position masks of a sequence's symbols, for {@link alignBits}; empty when it is too long. */
function bitTable(seq: Int32Array): BitTable {
  if (seq.length > MAX_BITS) return { symbols: new Int32Array(0), masks: new Int32Array(0) };
  const bits = new Map<number, number>();
  seq.forEach((x, i) => bits.set(x, (bits.get(x) ?? 0) | (1 << i)));
  const symbols = Int32Array.from(bits.keys()).sort();
  return { symbols, masks: Int32Array.from(symbols, (x) => bits.get(x)!) };
}

/** Character ranges inside quotation marks. */
function quoteRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTE_SPANS)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * Prepare one claim from its tokens (from engine/nlp.ts). Token offsets may point into `text`
 * or into the larger text the claim was cut from (segmentation parses whole articles): quoted
 * words are located relative to the first token. Work done here is done once per claim.
 */
export function prepareFeatures(text: string, tokens: readonly Token[]): PreparedFeatures {
  const first = tokens[0];
  const at = first ? text.indexOf(first.text) : -1;
  const base = first && at >= 0 ? first.start - at : 0;
  const quotes = at >= 0 || !first ? quoteRanges(text).map(([s, e]) => [s + base, e + base] as [number, number]) : [];
  const words: string[] = [];
  const lemmas: string[] = [];
  const content: string[] = [];
  const quoted: string[] = [];
  const numbers = new Set<string>();
  const proper = new Set<string>();
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos === 'PUNCT' || (token.pos === 'SYM' && token.text !== '%' && token.text !== '$')) continue;
    const word = normalizeWord(token);
    const lemma = normalizeLemma(token, word);
    words.push(word);
    lemmas.push(lemma);
    if (NEGATIONS.has(word)) negated = true;
    if (token.pos === 'NUM' && /\d/.test(word)) numbers.add(word);
    const next = tokens[i + 1];
    if (token.pos === 'PROPN') {
      // A name counts by its last word: "Janet Yellen", "Treasury Secretary Janet Yellen" and
      // "Yellen" agree; "United States" is "us" like "U.S." and "America".
      if (TITLES.has(word) || next?.pos === 'PROPN') continue;
      const name = word === 'states' && tokens[i - 1]?.text.toLowerCase() === 'united' ? 'us' : word === 'kingdom' && tokens[i - 1]?.text.toLowerCase() === 'united' ? 'uk' : word;
      proper.add(name);
      content.push(name);
      if (quotes.some(([s, e]) => token.start >= s && token.end <= e)) quoted.push(name);
      continue;
    }
    // "is scheduled to visit" = "is set to visit" = "will visit"; "later this week" ~ "in the coming days".
    if (LIGHT.has(lemma) || TIME.has(lemma) || (PLAN.has(lemma) && (next?.text === 'to' || next?.text === 'on'))) continue;
    if (CONTENT_POS.has(token.pos) && /[\p{L}\p{N}]/u.test(lemma)) {
      content.push(lemma);
      if (quotes.some(([s, e]) => token.start >= s && token.end <= e)) quoted.push(lemma);
    }
  }
  const seq = Int32Array.from(words, hash);
  const numberContext: number[] = [];
  words.forEach((w, i) => {
    if (numbers.has(w)) numberContext.push(hash(w), i > 0 ? seq[i - 1]! : 0, i + 1 < seq.length ? seq[i + 1]! : 0);
  });
  const lemmaSeq = Int32Array.from(lemmas, hash);
  const normalized = words.join(' ');
  return {
    lemmas: [...new Set(content)].sort(),
    normalized,
    words: seq,
    core: Int32Array.from(content, hash),
    wordBits: bitTable(seq),
    coreBits: bitTable(Int32Array.from(content, hash)),
    coreBi: ngrams(Int32Array.from(content, hash), 2),
    uni: seq.slice().sort(),
    bi: ngrams(seq, 2),
    tri: ngrams(seq, 3),
    quad: ngrams(seq, 4),
    lemmaBi: ngrams(lemmaSeq, 2),
    content: lemmaSet(content),
    quoted: lemmaSet(quoted),
    numbers: Int32Array.from(numbers, hash).sort(),
    numberContext: Int32Array.from(numberContext),
    years: Int32Array.from([...numbers].filter((n) => /^(19|20)\d\d$/.test(n)), Number).sort(),
    proper: Int32Array.from(proper, hash).sort(),
    compact: normalized.replace(/\s+/g, ''),
    chars: charBigrams(normalized),
    chars4: charGrams(` ${normalized} `, 4),
    negated,
  };
}

/** Character bigrams of a string with its whitespace removed, as string-similarity's Dice takes them. */
function charBigrams(text: string): Int32Array {
  const s = text.replace(/\s+/g, '');
  const out = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
  return out.sort();
}

/** Sorted multiset of the hashes of a string's character n-grams. */
function charGrams(text: string, n: number): Int32Array {
  const out = new Int32Array(Math.max(0, text.length - n + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    out[i] = h | 0;
  }
  return out.sort();
}

/** Size of the intersection of two ascending arrays (multisets: each element counted as often as both hold it). */
function intersect(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
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

/** Whether an ascending array holds x. */
function has(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|), 0 when both are empty. */
function dice(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * intersect(a, b)) / total;
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
  return (2 * intersect(a.chars, b.chars)) / (la + lb - 2);
}

/**
 * Numbers that contradict each other: a number on one side only, in the same place as a
 * different number on the other side (same word before or after: "in July 2022" / "in July 2021",
 * "116.92 yen" / "116.78 yen").
 */
function numberConflicts(a: PreparedFeatures, b: PreparedFeatures): number {
  const x = a.numberContext;
  const y = b.numberContext;
  let n = 0;
  for (let i = 0; i < x.length; i += 3) {
    if (has(b.numbers, x[i]!)) continue;
    for (let j = 0; j < y.length; j += 3) {
      if (has(a.numbers, y[j]!)) continue;
      if ((x[i + 1] !== 0 && x[i + 1] === y[j + 1]) || (x[i + 2] !== 0 && x[i + 2] === y[j + 2])) {
        n++;
        break;
      }
    }
  }
  return n > 0 ? 1 : 0;
}

// Results of the helpers below, in module scratch so that scoring a pair allocates nothing.
let synonymCount = 0;
let relatedCount = 0;
let weightedCount = 0;

/**
 * One pass over the lemmas of `a`: how many occur in `b` itself or through a shared synonym
 * group (synonymCount), also counting shared first letters, economy/economic (relatedCount),
 * and the summed weight of the synonym matches (weightedCount).
 */
function matchLemmas(a: LemmaSet, b: LemmaSet): void {
  synonymCount = 0;
  relatedCount = 0;
  weightedCount = 0;
  for (let i = 0; i < a.ids.length; i++) {
    let found = has(b.ids, a.ids[i]!);
    for (let k = a.synStart[i]!; !found && k < a.synStart[i + 1]!; k++) found = has(b.synAll, a.syn[k]!);
    if (found) {
      synonymCount++;
      relatedCount++;
      weightedCount += a.weight[i]!;
    } else if (has(b.stemAll, a.stem[i]!)) relatedCount++;
  }
}

let rowLcsA = new Int32Array(64);
let rowLcsB = new Int32Array(64);
let rowEditA = new Int32Array(64);
let rowEditB = new Int32Array(64);
let lcsLength = 0;
let editLength = 0;

/** Longest common subsequence (lcsLength) and Levenshtein distance (editLength) of two word sequences, in one pass. */
function alignWords(a: Int32Array, b: Int32Array): void {
  const m = b.length;
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
  for (let i = 1; i <= a.length; i++) {
    lCur[0] = 0;
    eCur[0] = i;
    const x = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const equal = x === b[j - 1]!;
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

/** The position mask of symbol x in a bit table, 0 when absent. */
function maskOf(table: BitTable, x: number): number {
  const symbols = table.symbols;
  let lo = 0;
  let hi = symbols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = symbols[mid]!;
    if (v === x) return table.masks[mid]!;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * LCS (Allison–Dix) and Levenshtein distance (Myers/Hyyrö) of `a` against a sequence of m ≤ 31
 * symbols given by its bit table: one pass over `a`, one bit per symbol of the other sequence.
 * Same results as {@link alignWords}.
 */
function alignBits(a: Int32Array, table: BitTable, m: number): void {
  if (m === 0) {
    lcsLength = 0;
    editLength = a.length;
    return;
  }
  const all = m === 32 ? -1 : (1 << m) - 1;
  const high = 1 << (m - 1);
  let v = all;
  let pv = all;
  let mv = 0;
  let distance = m;
  for (let i = 0; i < a.length; i++) {
    const eq = maskOf(table, a[i]!);
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

/** Align two sequences: bit-parallel when one of them fits in 31 bits, the plain DP otherwise. */
function align(a: Int32Array, aBits: BitTable, b: Int32Array, bBits: BitTable): void {
  if (b.length <= MAX_BITS && (b.length <= a.length || a.length > MAX_BITS)) alignBits(a, bBits, b.length);
  else if (a.length <= MAX_BITS) alignBits(b, aBits, a.length);
  else alignWords(a, b);
}

/** Smoothed BLEU of one side: geometric mean of its add-one 1–4-gram precisions, from the shared n-gram counts. */
function bleu(i1: number, i2: number, i3: number, i4: number, a: PreparedFeatures): number {
  return Math.exp(
    (Math.log((i1 + 1) / (a.uni.length + 1)) + Math.log((i2 + 1) / (a.bi.length + 1)) + Math.log((i3 + 1) / (a.tri.length + 1)) + Math.log((i4 + 1) / (a.quad.length + 1))) / 4,
  );
}

/** x / y, or 0 when y is 0. */
function ratio(x: number, y: number): number {
  return y === 0 ? 0 : x / y;
}

/**
 * Fill `out` (length {@link FEATURE_COUNT}) with the features of the pair, in the order of
 * {@link FEATURE_NAMES}. Allocation-free; symmetric in a and b.
 */
export function pairFeatures(a: PreparedFeatures, b: PreparedFeatures, out: Float64Array): void {
  // Content lemmas: exact, through synonyms, through shared first letters, weighted by informativeness.
  const ca = a.content.ids.length;
  const cb = b.content.ids.length;
  const common = intersect(a.content.ids, b.content.ids);
  matchLemmas(a.content, b.content);
  const sa = synonymCount;
  const ra = relatedCount;
  const wma = weightedCount;
  matchLemmas(b.content, a.content);
  const sb = synonymCount;
  const rb = relatedCount;
  const wmb = weightedCount;
  out[0] = ratio(common, ca + cb - common);
  out[1] = ratio(common, Math.min(ca, cb));
  out[2] = ratio(common, Math.max(ca, cb));
  out[3] = ratio(sa + sb, ca + cb);
  out[4] = Math.log1p(ca - sa + (cb - sb));
  out[24] = ratio(ra + rb, ca + cb);
  out[25] = Math.log1p(Math.max(ca - ra, cb - rb));
  out[26] = Math.log1p(Math.min(ca - ra, cb - rb));
  const ta = a.content.totalWeight;
  const tb = b.content.totalWeight;
  out[27] = ratio(wma + wmb, ta + tb);
  out[28] = Math.log1p(Math.max(ta - wma, tb - wmb));
  out[29] = Math.log1p(Math.min(ta - wma, tb - wmb));
  // Every content word of both sides has its counterpart (itself or a synonym): the claims say the
  // same thing in other function words ("is scheduled to visit … later this week" / "will visit … in the coming days").
  out[37] = ca >= 2 && cb >= 2 && sa === ca && sb === cb ? 1 : 0;
  out[38] = ca >= 2 && cb >= 2 && (sa === ca || sb === cb) ? 1 : 0;

  // Words and word n-grams.
  const wa = a.words.length;
  const wb = b.words.length;
  const i1 = intersect(a.uni, b.uni);
  const i2 = intersect(a.bi, b.bi);
  const i3 = intersect(a.tri, b.tri);
  const i4 = intersect(a.quad, b.quad);
  out[5] = ratio(2 * i1, wa + wb);
  out[6] = ratio(i1, Math.min(wa, wb));
  out[7] = ratio(2 * i2, a.bi.length + b.bi.length);
  out[8] = ratio(2 * i3, a.tri.length + b.tri.length);
  out[9] = ratio(2 * i4, a.quad.length + b.quad.length);
  out[10] = dice(a.lemmaBi, b.lemmaBi);
  const bleuA = bleu(i1, i2, i3, i4, a);
  const bleuB = bleu(i1, i2, i3, i4, b);
  out[31] = Math.min(bleuA, bleuB);
  out[32] = Math.max(bleuA, bleuB);

  // Word order: LCS and edit distance on words, then on content lemmas.
  const longest = Math.max(wa, wb);
  const shortest = Math.min(wa, wb);
  align(a.words, a.wordBits, b.words, b.wordBits);
  out[11] = ratio(lcsLength, longest);
  out[12] = ratio(lcsLength, shortest);
  out[13] = ratio(editLength, longest);
  const kLong = Math.max(a.core.length, b.core.length);
  const kShort = Math.min(a.core.length, b.core.length);
  align(a.core, a.coreBits, b.core, b.coreBits);
  out[33] = ratio(lcsLength, kLong);
  out[34] = ratio(lcsLength, kShort);
  out[35] = ratio(editLength, kLong);
  out[36] = dice(a.coreBi, b.coreBi);

  // Characters and length.
  out[14] = charDice(a, b);
  out[30] = dice(a.chars4, b.chars4);
  out[15] = ratio(shortest, longest);
  out[16] = Math.log1p(longest - shortest);

  // Numbers, years and names that must agree.
  const na = a.numbers.length;
  const nb = b.numbers.length;
  const numCommon = intersect(a.numbers, b.numbers);
  const numUnion = na + nb - numCommon;
  out[17] = numUnion === 0 ? 0 : 1 - numCommon / numUnion;
  out[18] = na > 0 && nb > 0 && numCommon < Math.min(na, nb) ? 1 : 0;
  out[39] = na > 0 && nb > 0 ? numberConflicts(a, b) : 0;
  // Each side names a year the other does not: a different time, so a different claim.
  out[40] = a.years.length > 0 && b.years.length > 0 && intersect(a.years, b.years) < Math.min(a.years.length, b.years.length) ? 1 : 0;
  const pa = a.proper.length;
  const pb = b.proper.length;
  const propCommon = intersect(a.proper, b.proper);
  const propUnion = pa + pb - propCommon;
  out[19] = Math.log1p(propUnion - propCommon);
  out[20] = propUnion === 0 ? 1 : propCommon / propUnion;

  // Quoted words (synonym-aware) and negation.
  const qa = a.quoted.ids.length;
  const qb = b.quoted.ids.length;
  const both = qa > 0 && qb > 0;
  out[21] = both ? 1 : 0;
  if (both) {
    matchLemmas(a.quoted, b.quoted);
    const qma = synonymCount;
    matchLemmas(b.quoted, a.quoted);
    out[22] = 1 - (qma + synonymCount) / (qa + qb);
  } else out[22] = 0;
  out[23] = a.negated !== b.negated ? 1 : 0;
}

/**
 * LCS length and Levenshtein distance of two word-hash sequences, by the bit-parallel path
 * (sequences of up to 31 words) or the plain DP: exported so that tests can hold them equal.
 */
export function wordAlignment(a: Int32Array, b: Int32Array, method: 'bits' | 'dp'): { lcs: number; edit: number } {
  if (method === 'dp' || (a.length > MAX_BITS && b.length > MAX_BITS)) alignWords(a, b);
  else align(a, bitTable(a), b, bitTable(b));
  return { lcs: lcsLength, edit: editLength };
}
