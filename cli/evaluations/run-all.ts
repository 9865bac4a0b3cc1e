/**
 * Every evaluation of claimdiff in one run, with the figures the README's "Accuracy" section
 * quotes and the thresholds of the issues they answer to:
 *
 *   node --import tsx cli/evaluations/run-all.ts ../shared/eval      (or: npm run eval:public -- ../shared/eval)
 *
 * EVAL_DIR holds the public data (`msrp/`, `ggt/`), which is not part of the repository and
 * not needed by `npm test`. The project's own seed gold (tests/gold/) is scored too. Prints
 * one line per figure, PASS or FAIL against its threshold; exit 1 when a figure fails or an
 * evaluation cannot run (said on stderr), 2 when EVAL_DIR is missing.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from '../corpus.ts';
import { loadGold } from '../commands/eval.ts';
import { analyze } from '../../engine/pipeline.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { SAME_THRESHOLD } from '../../engine/compare/match.ts';
import { crossValidateTrain, evaluateShipped, featureRows, loadMsrp } from './msrp.ts';
import { evaluateGgt } from './ggt.ts';

/** One measured figure and the bound it is held to (neither `min` nor `max`: reported only). */
export interface Figure {
  name: string;
  value: number;
  /** The figure must be at least `min` / at most `max`. */
  min?: number;
  max?: number;
  /** A count (shown as a whole number) rather than a share. */
  count?: boolean;
  detail: string;
}

const GOLD_DIR = fileURLToPath(new URL('../../tests/gold/', import.meta.url));

function passes(f: Figure): boolean {
  return (f.min === undefined || f.value >= f.min) && (f.max === undefined || f.value <= f.max);
}

function share(correct: number, total: number): number {
  return total === 0 ? 0 : correct / total;
}

/** The project's seed gold through the real pipeline on the bundled corpus. */
export function seedGoldFigures(): Figure[] {
  const corpus = loadCorpus([]);
  const result = analyze(corpus.docs, builtInProfile, corpus.warnings);
  const figures: Figure[] = [];
  const clustersFile = join(GOLD_DIR, 'clusters.json');
  const c = evaluate(result, loadGold(clustersFile).gold);
  figures.push(
    { name: 'seed gold: cluster pairwise recall', value: c.clusters.recall.value ?? 0, min: 0.85, detail: `${c.clusters.recall.correct}/${c.clusters.recall.total} pairs, ${c.clusters.groups} groups` },
    { name: 'seed gold: cluster pairwise precision', value: c.clusters.precision.value ?? 0, detail: `${c.clusters.precision.correct}/${c.clusters.precision.total} pairs` },
    { name: 'seed gold: must-stay-apart pairs merged', value: c.apart.violations.length, max: 0, count: true, detail: `of ${c.apart.checked} checked` },
    { name: 'seed gold: omissions right', value: c.omissions.score.value ?? 0, min: 0.85, detail: `${c.omissions.score.correct}/${c.omissions.score.total} group x article` },
  );
  const attributionsFile = join(GOLD_DIR, 'attributions.json');
  if (existsSync(attributionsFile)) {
    const a = evaluate(result, loadGold(attributionsFile).gold).attribution;
    figures.push(
      { name: 'seed gold: channel accuracy', value: a.channel.value ?? 0, min: 0.92, detail: `${a.channel.correct}/${a.channel.total} claims` },
      { name: 'seed gold: speaker accuracy', value: a.speaker.value ?? 0, min: 0.9, detail: `${a.speaker.correct}/${a.speaker.total} claims` },
    );
  }
  return figures;
}

/** MSRP: penalty and threshold chosen by cross-validation on train; test scored once with the shipped matcher. */
export function msrpFigures(dir: string): Figure[] {
  const { train, test } = loadMsrp(dir);
  const cv = crossValidateTrain(featureRows(train), train.map((p) => p.label))[0]!;
  const shipped = evaluateShipped(test);
  const pct = (x: number) => (100 * x).toFixed(1);
  const how = `${test.length} test pairs, threshold ${SAME_THRESHOLD.toFixed(4)} chosen on train; train 10-fold CV ${pct(cv.scores.accuracy)} / ${pct(cv.scores.f1)}`;
  return [
    { name: 'MSRP test accuracy', value: shipped.accuracy, min: 0.756, detail: how },
    { name: 'MSRP test F1', value: shipped.f1, min: 0.83, detail: 'published: TF-IDF 81.2, Wan et al. 2006 83.0' },
  ];
}

/**
 * Gender Gap Tracker quotes: the tune half (rules were adjusted on it) and the check half
 * (never tuned on). Speaker share over gold quotes that have a speaker; theirs: 86.5 %.
 */
export function ggtFigures(dir: string): Figure[] {
  const figures: Figure[] = [];
  for (const [half, file, min] of [['tune', 'quotes-tune.jsonl', undefined], ['check', 'quotes-check.jsonl', 0.88]] as const) {
    const r = evaluateGgt(join(dir, file));
    figures.push(
      { name: `GGT ${half}: gold quotes found as claims`, value: share(r.found, r.quotes), detail: `${r.found}/${r.quotes} quotes` },
      { name: `GGT ${half}: speaker right`, value: share(r.speakerRight, r.withSpeaker), ...(min === undefined ? {} : { min }), detail: `${r.speakerRight}/${r.withSpeaker} quotes with a gold speaker; published extractor 86.5 %` },
    );
  }
  return figures;
}

/** The figures as aligned text lines. */
export function renderFigures(figures: Figure[]): string {
  const width = Math.max(...figures.map((f) => f.name.length));
  return figures.map((f) => {
    const bound = f.min !== undefined ? `>= ${f.min}` : f.max !== undefined ? `<= ${f.max}` : 'reported';
    const verdict = f.min === undefined && f.max === undefined ? '    ' : passes(f) ? 'PASS' : 'FAIL';
    const value = f.count ? String(f.value) : f.value.toFixed(3);
    return `${verdict}  ${f.name.padEnd(width)}  ${value.padStart(6)}  (${bound}; ${f.detail})`;
  }).join('\n');
}

export function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write('usage: npm run eval:public -- EVAL_DIR   (EVAL_DIR holds msrp/ and ggt/, e.g. ../shared/eval)\n');
    return 2;
  }
  const runs: [string, () => Figure[]][] = [
    ['seed gold', seedGoldFigures],
    ['MSRP', () => msrpFigures(join(dir, 'msrp'))],
    ['GGT', () => ggtFigures(join(dir, 'ggt'))],
  ];
  const figures: Figure[] = [];
  let failed = false;
  for (const [name, run] of runs) {
    // One evaluation that cannot run (missing data, a format it does not read) must not hide the others.
    try {
      figures.push(...run());
    } catch (error) {
      failed = true;
      process.stderr.write(`ERROR  ${name}: ${String((error as Error).message).replace(/\s+/g, ' ').slice(0, 300)}\n`);
    }
  }
  process.stdout.write(`${renderFigures(figures)}\n`);
  return failed || !figures.every(passes) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
