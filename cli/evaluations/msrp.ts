/**
 * The claim matcher on the Microsoft Research Paraphrase Corpus.
 *
 *   node --import tsx cli/evaluations/msrp.ts ../shared/eval/msrp          train CV and test figures
 *   node --import tsx cli/evaluations/msrp.ts ../shared/eval/msrp --fit    refit on train, write the weights
 *
 * Weights, the L2 penalty and the threshold are chosen on train only (10-fold cross-validation,
 * folds by line index); test is scored with the shipped matcher through the same path as
 * `claimdiff match --pairs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FEATURE_NAMES, sharedQuotation } from '../../engine/compare/features.ts';
import { features, prepareText, SAME_THRESHOLD } from '../../engine/compare/match.ts';
import type { MatchWeights } from '../../engine/schema.ts';
import { scorePairs, type TextPair } from '../commands/match.ts';
import { bestThreshold, crossValidate, fitLogistic, scoreDecisions, type Scores } from './logistic.ts';

/** One labelled MSRP pair. */
export interface MsrpPair extends TextPair {
  label: 0 | 1;
}

export const FOLDS = 10;
/** Binary features that cap the score at their training rate of paraphrases (see MatchWeights.caps). */
export const CAP_FEATURES = ['year_conflict'];
/** L2 penalties tried by cross-validation on train. */
export const L2_GRID = [0.01, 0.1, 1, 10, 100];
export const WEIGHTS_FILE = fileURLToPath(new URL('../../engine/compare/match-weights.json', import.meta.url));

/**
 * Parse an MSRP file: `quality<TAB>id1<TAB>id2<TAB>s1<TAB>s2`, BOM and CRLF tolerated, a header
 * row (first field "Quality") skipped if present. A malformed line throws, naming file:line.
 */
export function parseMsrp(text: string, file: string): MsrpPair[] {
  const pairs: MsrpPair[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (i === 0 && /^quality$/i.test(fields[0]!.trim())) return;
    const [quality, id1, id2, s1, s2] = fields;
    if (fields.length !== 5 || (quality !== '0' && quality !== '1')) throw new Error(`${file}:${i + 1}: not an MSRP line (quality, id1, id2, s1, s2)`);
    pairs.push({ id: `${id1}-${id2}`, text1: s1!, text2: s2!, label: quality === '1' ? 1 : 0 });
  });
  return pairs;
}

/** Read MSRP train and test from a directory holding msr_paraphrase_{train,test}.txt. */
export function loadMsrp(dir: string): { train: MsrpPair[]; test: MsrpPair[] } {
  const read = (name: string) => {
    const file = join(dir, name);
    return parseMsrp(readFileSync(file, 'utf8'), file);
  };
  return { train: read('msr_paraphrase_train.txt'), test: read('msr_paraphrase_test.txt') };
}

/** The matcher's feature vectors of pairs. */
export function featureRows(pairs: TextPair[]): Float64Array[] {
  return pairs.map((p) => features(prepareText(p.text1), prepareText(p.text2)));
}

/** Cross-validated figures for one L2 penalty: out-of-fold accuracy and F1 at the best out-of-fold threshold. */
export interface CvResult {
  l2: number;
  threshold: number;
  scores: Scores;
}

/** Caps of {@link CAP_FEATURES} from labelled rows: (paraphrases + 1) / (pairs + 2) where the feature fires. */
export function fitCaps(rows: Float64Array[], labels: number[]): MatchWeights['caps'] {
  return CAP_FEATURES.map((feature) => {
    const k = (FEATURE_NAMES as readonly string[]).indexOf(feature);
    let pairs = 0;
    let paraphrases = 0;
    rows.forEach((row, i) => {
      if (row[k]! > 0) {
        pairs++;
        paraphrases += labels[i]!;
      }
    });
    return { feature, max: Number(((paraphrases + 1) / (pairs + 2)).toPrecision(6)), pairs, paraphrases };
  });
}

/** Claims sharing a quotation of this many content words count as one claim (see MatchWeights.quotation). */
export const QUOTATION_WORDS = 2;

/** The paraphrase rate of training pairs that quote the same run of {@link QUOTATION_WORDS} content words. */
export function fitQuotation(train: MsrpPair[]): MatchWeights['quotation'] {
  let pairs = 0;
  let paraphrases = 0;
  for (const p of train) {
    if (sharedQuotation(prepareText(p.text1), prepareText(p.text2)) < QUOTATION_WORDS) continue;
    pairs++;
    paraphrases += p.label;
  }
  return { words: QUOTATION_WORDS, score: Number(((paraphrases + 1) / (pairs + 2)).toPrecision(8)), pairs, paraphrases };
}

/** Apply caps to probabilities, as the matcher's score() does. */
function applyCaps(probabilities: number[], rows: Float64Array[], caps: MatchWeights['caps']): number[] {
  const index = caps.map((c) => (FEATURE_NAMES as readonly string[]).indexOf(c.feature));
  return probabilities.map((p, i) => caps.reduce((q, c, j) => (rows[i]![index[j]!]! > 0 ? Math.min(q, c.max) : q), p));
}

/**
 * Cross-validate every penalty of {@link L2_GRID} on train (caps computed within each fold's
 * training part); the chosen one comes first. The choice follows the one-standard-error rule:
 * the largest penalty whose accuracy is within one standard error (√(acc·(1−acc)/n), about
 * 0.65 points here) of the best. Weakly penalised fits lean on large opposite-signed weights of
 * correlated features, which hold on MSRP (pairs preselected for word overlap) but extrapolate
 * badly to the low-overlap pairs that clustering also scores.
 */
export function crossValidateTrain(rows: Float64Array[], labels: number[]): CvResult[] {
  const results = L2_GRID.map((l2) => {
    const raw = crossValidate(rows, labels, l2, FOLDS);
    const oof = raw.slice();
    for (let f = 0; f < FOLDS; f++) {
      const inFold = (i: number) => i % FOLDS === f;
      const trainIdx = rows.map((_, i) => i).filter((i) => !inFold(i));
      const caps = fitCaps(trainIdx.map((i) => rows[i]!), trainIdx.map((i) => labels[i]!));
      const testIdx = rows.map((_, i) => i).filter(inFold);
      const capped = applyCaps(testIdx.map((i) => raw[i]!), testIdx.map((i) => rows[i]!), caps);
      testIdx.forEach((i, j) => (oof[i] = capped[j]!));
    }
    const threshold = bestThreshold(oof, labels);
    return { l2, threshold, scores: scoreDecisions(oof, labels, threshold) };
  });
  const best = Math.max(...results.map((r) => r.scores.accuracy));
  const standardError = Math.sqrt((best * (1 - best)) / rows.length);
  const chosen = results.filter((r) => r.scores.accuracy >= best - standardError).sort((a, b) => b.l2 - a.l2)[0]!;
  return [chosen, ...results.filter((r) => r !== chosen)];
}

/** Fit the matcher's weights on MSRP train: penalty and threshold by CV, coefficients on all of train. */
export function fitWeights(train: MsrpPair[]): { weights: MatchWeights; cv: CvResult[] } {
  const rows = featureRows(train);
  const labels = train.map((p) => p.label);
  const cv = crossValidateTrain(rows, labels);
  const best = cv[0]!;
  const model = fitLogistic(rows, labels, best.l2);
  const round = (x: number) => Number(x.toPrecision(8));
  const weights: MatchWeights = {
    features: [...FEATURE_NAMES],
    mean: model.mean.map(round),
    scale: model.scale.map(round),
    coefficients: model.coefficients.map(round),
    intercept: round(model.intercept),
    threshold: round(best.threshold),
    caps: fitCaps(rows, labels),
    quotation: fitQuotation(train),
    fit: {
      data: 'MSRP train (msr_paraphrase_train.txt)',
      pairs: train.length,
      l2: best.l2,
      folds: FOLDS,
      cvAccuracy: round(best.scores.accuracy),
      cvF1: round(best.scores.f1),
    },
  };
  return { weights, cv };
}

/** Score labelled pairs with the shipped matcher, exactly as `claimdiff match --pairs` does. */
export function evaluateShipped(pairs: MsrpPair[]): Scores {
  const decisions = scorePairs(pairs);
  return scoreDecisions(decisions.map((d) => (d.same ? 1 : 0)), pairs.map((p) => p.label), 0.5);
}

const pct = (x: number) => (100 * x).toFixed(2);

/** Entry point: figures to stdout; `--fit` rewrites the weights file from train. */
export function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir) {
    process.stderr.write('usage: node --import tsx cli/evaluations/msrp.ts MSRP_DIR [--fit]\n');
    return 2;
  }
  const { train, test } = loadMsrp(dir);
  if (argv.includes('--fit')) {
    const { weights, cv } = fitWeights(train);
    for (const r of cv) process.stdout.write(`train CV l2=${r.l2}: accuracy ${pct(r.scores.accuracy)} F1 ${pct(r.scores.f1)} (threshold ${r.threshold.toFixed(4)})\n`);
    writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights, null, 2)}\n`);
    process.stdout.write(`wrote ${WEIGHTS_FILE} (l2=${weights.fit.l2}, threshold ${weights.threshold})\n`);
    return 0;
  }
  const rows = featureRows(train);
  const labels = train.map((p) => p.label);
  const cv = crossValidateTrain(rows, labels)[0]!;
  process.stdout.write(`MSRP train (${train.length} pairs), ${FOLDS}-fold CV: accuracy ${pct(cv.scores.accuracy)} F1 ${pct(cv.scores.f1)} (l2=${cv.l2}, threshold ${cv.threshold.toFixed(4)})\n`);
  const shipped = evaluateShipped(test);
  process.stdout.write(`MSRP test (${test.length} pairs), shipped weights, threshold ${SAME_THRESHOLD.toFixed(4)}: accuracy ${pct(shipped.accuracy)} F1 ${pct(shipped.f1)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
