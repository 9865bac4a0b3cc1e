/**
 * The one claim matcher: clustering and `claimdiff match --pairs` both call {@link score}.
 * A claim is prepared once ({@link prepareTokens}); a pair's features (features.ts) are
 * combined by a logistic regression fitted on MSRP train (match-weights.json, written by
 * `node --import tsx cli/evaluations/msrp.ts DIR --fit`), so the score is a calibrated
 * probability and {@link SAME_THRESHOLD} is the cut chosen by cross-validation on train.
 */
import type { Token } from '../nlp.ts';
import { parse } from '../nlp.ts';
import { MatchWeights } from '../schema.ts';
import {
  ALIGNMENT_FEATURES,
  alignmentBound,
  alignmentFeatures,
  CHAR_FEATURES,
  charBound,
  charFeatures,
  contentFeatures,
  FEATURE_COUNT,
  FEATURE_NAMES,
  isEmpty,
  NGRAM_FEATURES,
  ngramFeatures,
  pairFeatures,
  prepareFeatures,
  readTokens,
  sharedQuotation,
  wordBound,
  type PreparedFeatures,
} from './features.ts';
import { clauseRuns } from './clauses.ts';
import { matchTokens } from './glued.ts';
import weightsFile from './match-weights.json' with { type: 'json' };

/** A claim prepared once for matching: its text, the lemmas blocking indexes, and its features. */
export interface MatchItem extends PreparedFeatures {
  text: string;
  /** Content-word lemmas, lower case, American spelling, deduplicated and sorted: what blocking indexes. */
  lemmas: string[];
  /** Its clauses and pairs of neighbouring clauses (clauses.ts), with enough content to stand alone. */
  parts: PreparedFeatures[];
}

/** A part needs this many distinct content lemmas to be compared on its own ("the readout said" does not). */
const PART_MIN_LEMMAS = 2;
/** Two parts are scored only when they share this many content lemmas (or synonyms): the rest cannot match. */
const PART_MIN_SHARED = 1;

const WEIGHTS = MatchWeights.parse(weightsFile);
// Local copies: tsx compiles imported bindings to getters, too slow for the inner loop.
const COUNT = FEATURE_COUNT;
const fill = pairFeatures;
const scratch = new Float64Array(COUNT);
/** Features known after contentFeatures, after ngramFeatures too, and after charFeatures too (the rest are the alignments). */
const CONTENT_KNOWN = featuresBut([...NGRAM_FEATURES, ...CHAR_FEATURES, ...ALIGNMENT_FEATURES]);
const NGRAMS_KNOWN = featuresBut([...CHAR_FEATURES, ...ALIGNMENT_FEATURES]);
const WORDS_KNOWN = featuresBut(ALIGNMENT_FEATURES);
/** Slack for rounding when a bound on the linear term is compared with a floor (the bound sums in another order). */
const ROUNDING = 1e-9;
let W: Float64Array | undefined;
let B = 0;
const CAPS = WEIGHTS.caps.map((c) => ({ index: (FEATURE_NAMES as readonly string[]).indexOf(c.feature), max: c.max }));

/** Every feature but those of `rest`. */
function featuresBut(rest: readonly number[]): Int32Array {
  return Int32Array.from(FEATURE_NAMES.keys()).filter((k) => !rest.includes(k));
}

/**
 * Fold the standardisation into the coefficients once (z = b' + Σ w'_k f_k). Checked on first
 * use rather than at import, so that a refit can still load this module after features change.
 */
function compiled(): Float64Array {
  if (W) return W;
  if (WEIGHTS.features.join() !== FEATURE_NAMES.join() || CAPS.some((c) => c.index < 0)) {
    throw new Error('match-weights.json does not list the features of features.ts: refit with cli/evaluations/msrp.ts --fit');
  }
  B = WEIGHTS.intercept - WEIGHTS.coefficients.reduce((s, c, k) => s + (c * WEIGHTS.mean[k]!) / WEIGHTS.scale[k]!, 0);
  W = Float64Array.from(WEIGHTS.coefficients, (c, k) => c / WEIGHTS.scale[k]!);
  return W;
}

/**
 * Prepare a claim from its already parsed tokens (no second NLP pass). `attribution` tells the
 * tokens that name the source and the cue ("the senior administration official said"): they
 * stay in the whole claim but not in its parts, so that two sentences match on what they
 * report, not on who is said to have reported it.
 */
export function prepareTokens(text: string, parsed: Token[], attribution: (token: Token) => boolean = () => false): MatchItem {
  const tokens = matchTokens(parsed);
  // A word the matcher reads differently (glued.ts) attributes the claim when a token it was made of does.
  const attributed = overlapping(tokens, parsed.filter(attribution));
  const read = readTokens(tokens);
  const first = tokens[0];
  const at = first ? text.indexOf(first.text) : -1;
  const base = first && at >= 0 ? first.start - at : 0;
  const parts: PreparedFeatures[] = [];
  for (const clauses of clauseRuns(tokens)) {
    const run = clauses.filter((i) => !attributed.has(tokens[i]!));
    if (run.length === 0) continue;
    const part = prepareFeatures(text.slice(tokens[run[0]!]!.start - base, tokens[run[run.length - 1]!]!.end - base), read, run, PART_MIN_LEMMAS);
    if (part) parts.push(part);
  }
  return { ...prepareFeatures(text, read, tokens.map((_, i) => i))!, text, parts };
}

/**
 * The tokens that overlap one of `spans`, both in text order, in one sweep: a sentence can be
 * thousands of tokens long, most of them attributing it ("said said said …").
 */
function overlapping(tokens: readonly Token[], spans: readonly Token[]): Set<Token> {
  const found = new Set<Token>();
  let s = 0;
  for (const token of tokens) {
    while (s < spans.length && spans[s]!.end <= token.start) s++;
    if (s < spans.length && spans[s]!.start < token.end) found.add(token);
  }
  return found;
}

/** Prepare a free-standing sentence (`claimdiff match --pairs`). */
export function prepareText(text: string): MatchItem {
  return prepareTokens(text, parse(text).tokens);
}

/** The feature vector of a pair (a fresh copy), in the order of `FEATURE_NAMES`. */
export function features(a: MatchItem, b: MatchItem): Float64Array {
  const out = new Float64Array(FEATURE_COUNT);
  pairFeatures(a, b, out);
  return out;
}

/**
 * Calibrated probability that two texts, each taken as a whole, say the same thing (symmetric,
 * in [0, 1]): what `claimdiff match --pairs` decides on, and what MSRP measures.
 */
export function score(a: PreparedFeatures, b: PreparedFeatures): number {
  // A text without a single word says nothing, so it is no claim's match (the regression was never fitted on such text).
  if (isEmpty(a) || isEmpty(b)) return 0;
  fill(a, b, scratch);
  return capped(probability(linear(compiled())));
}

/**
 * {@link score} when it reaches `floor`; otherwise some value below `floor`, found as soon as
 * the features computed so far, with bounds on the rest (features.ts), show that the pair
 * cannot reach it: after the content lemmas (bounds on every word feature), after the word
 * n-grams (bounds on the characters and alignments), then after the characters (bounds on the
 * alignments). Most candidate pairs, and most pairs of clauses, end at one of the three. A
 * pair sharing fewer than `minShared` content lemmas (or synonyms) scores 0.
 */
function scoreFrom(a: PreparedFeatures, b: PreparedFeatures, floor: number, minShared = 0): number {
  if (isEmpty(a) || isEmpty(b)) return 0;
  const w = compiled();
  if (contentFeatures(a, b, scratch, minShared) < minShared) return 0;
  let most = 0;
  if (floor > 0 && (most = bound(w, CONTENT_KNOWN, wordBound(a, b, w))) < floor) return most;
  ngramFeatures(a, b, scratch);
  if (floor > 0 && (most = bound(w, NGRAMS_KNOWN, charBound(a, b, w) + alignmentBound(a, b, w))) < floor) return most;
  charFeatures(a, b, scratch);
  if (floor > 0 && (most = bound(w, WORDS_KNOWN, alignmentBound(a, b, w))) < floor) return most;
  alignmentFeatures(a, b, scratch);
  return capped(probability(linear(w)));
}

/**
 * The largest probability the pair in `scratch` can have, from its features `known` and `rest`,
 * the most the others can add to the linear term. Caps only lower a probability, so the
 * uncapped one bounds it.
 */
function bound(w: Float64Array, known: Int32Array, rest: number): number {
  return probability(linearOf(w, known) + rest + ROUNDING);
}

/** The linear term of the regression over the features `known` of `scratch` only. */
function linearOf(w: Float64Array, known: Int32Array): number {
  let z = B;
  for (let i = 0; i < known.length; i++) z += w[known[i]!]! * scratch[known[i]!]!;
  return z;
}

/** The linear term of the regression on the features in `scratch`. */
function linear(w: Float64Array): number {
  let z = B;
  for (let k = 0; k < COUNT; k++) z += w[k]! * scratch[k]!;
  return z;
}

/** The logistic function, without overflow. */
function probability(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The caps of the weights file (a feature that forbids a high score) applied to `scratch`'s pair. */
function capped(p: number): number {
  for (const cap of CAPS) if (scratch[cap.index]! > 0 && p > cap.max) p = cap.max;
  return p;
}

/**
 * Probability that two claims report the same claim: the best {@link score} of the claims or of
 * their parts, so that a claim trimmed out of a longer sentence, or two outlets' sentences that
 * share one clause, still match. What clustering decides on (`match --pairs --parts` too).
 * Exact when it reaches `floor`; below it, some value below `floor` (see {@link scoreFrom}).
 */
export function claimScore(a: MatchItem, b: MatchItem, floor = 0): number {
  const best = contentScore(a, b, floor);
  // The same words in quotation marks are the same statement, however differently the rest is reported.
  return best < WEIGHTS.quotation.score && sharedQuotation(a, b) >= WEIGHTS.quotation.words ? WEIGHTS.quotation.score : best;
}

/**
 * The best {@link score} of two claims or of their parts, without the quotation rule: whether
 * what one says is found in the other, not only the words both quote. Exact when it reaches
 * `floor`; a pair of parts that cannot beat the best so far is not scored in full.
 */
export function contentScore(a: MatchItem, b: MatchItem, floor = 0): number {
  let best = scoreFrom(a, b, floor);
  const left = [a, ...a.parts];
  const right = [b, ...b.parts];
  for (let i = 0; i < left.length; i++) {
    for (let j = i === 0 ? 1 : 0; j < right.length; j++) {
      const s = scoreFrom(left[i]!, right[j]!, Math.max(best, floor), PART_MIN_SHARED);
      if (s > best) best = s;
    }
  }
  return best;
}

/** The decision threshold on {@link score}, chosen by cross-validation on MSRP train. */
export const SAME_THRESHOLD: number = WEIGHTS.threshold;
