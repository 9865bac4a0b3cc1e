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
import { FEATURE_COUNT, FEATURE_NAMES, isEmpty, pairFeatures, prepareFeatures, type PreparedFeatures } from './features.ts';
import weightsFile from './match-weights.json' with { type: 'json' };

/** A claim prepared once for matching: its text, the lemmas blocking indexes, and its features. */
export interface MatchItem extends PreparedFeatures {
  text: string;
  /** Content-word lemmas, lower case, American spelling, deduplicated and sorted: what blocking indexes. */
  lemmas: string[];
}

const WEIGHTS = MatchWeights.parse(weightsFile);
// Local copies: tsx compiles imported bindings to getters, too slow for the inner loop.
const COUNT = FEATURE_COUNT;
const fill = pairFeatures;
const scratch = new Float64Array(COUNT);
let W: Float64Array | undefined;
let B = 0;
const CAPS = WEIGHTS.caps.map((c) => ({ index: (FEATURE_NAMES as readonly string[]).indexOf(c.feature), max: c.max }));

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

/** Prepare a claim from its already parsed tokens (no second NLP pass). */
export function prepareTokens(text: string, tokens: Token[]): MatchItem {
  return { ...prepareFeatures(text, tokens), text };
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

/** Calibrated probability that two claims are the same claim (symmetric, in [0, 1]). */
export function score(a: MatchItem, b: MatchItem): number {
  const w = compiled();
  // A text without a single word says nothing, so it is no claim's match (the regression was never fitted on such text).
  if (isEmpty(a) || isEmpty(b)) return 0;
  fill(a, b, scratch);
  let z = B;
  for (let k = 0; k < COUNT; k++) z += w[k]! * scratch[k]!;
  let p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  for (const cap of CAPS) if (scratch[cap.index]! > 0 && p > cap.max) p = cap.max;
  return p;
}

/** The decision threshold on {@link score}, chosen by cross-validation on MSRP train. */
export const SAME_THRESHOLD: number = WEIGHTS.threshold;
