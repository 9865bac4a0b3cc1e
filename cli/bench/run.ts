/**
 * The benchmark itself: the whole pipeline on synthetic corpora of growing size, bare
 * wink-nlp on the same text, blocked against exhaustive pair search, and peak memory.
 *
 * Fair to both sides: each corpus is generated before its clock starts (the generator is not
 * the pipeline), both the pipeline and wink-nlp are warmed up untimed first, and wink-nlp
 * reads the very documents of the largest run in the same process once the pipeline is done.
 * The pipeline runs on `workers` threads (said in the result), wink-nlp on one.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import type { MatchItem } from '../../engine/compare/match.ts';
import type { SourceDoc } from '../../engine/schema.ts';
import { ExtractPool, defaultWorkers, runInWorkers } from '../parallel.ts';
import { generateCorpus } from './generate.ts';
import { winkSeconds } from './wink-baseline.ts';
import { blockedMatches, recallOf, type PairSearch, type RowShare } from './all-pairs.ts';
import type { BenchResult } from './result.ts';

export interface BenchOptions {
  /** Articles of the 1× corpus; the others are multiples of it. */
  base: number;
  /** Multiples of `base` to time. */
  scales: number[];
  /** Seed of the synthetic corpus. */
  seed: number;
  /** Claims for the clustering comparison (at least this many, whole articles). */
  clusterClaims: number;
  /** Worker threads for extraction and for the exhaustive pair search. */
  workers: number;
  /** Told what the bench is doing, and how far along a stage is. */
  onStage?: (label: string, total: number) => (done: number) => void;
}

export const DEFAULT_BENCH: BenchOptions = {
  base: 1250,
  scales: [1, 2, 4, 8],
  seed: 1,
  clusterClaims: 5000,
  workers: defaultWorkers(),
};

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}

/** CPU seconds of the whole process (every thread) since `from`: unlike wall time, not inflated by other processes. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(from);
  return Math.round((user + system) / 1e4) / 100;
}

function bytesOf(docs: SourceDoc[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.source, 'utf8'), 0);
}

/**
 * A full garbage collection of the main thread, between measurements, so that a run does not
 * inherit the garbage of the one before it: each measures what a fresh `claimdiff analyze`
 * of that corpus would hold (the flag is set at run time, for this harness only).
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The prepared claims of the first whole articles of `docs` that make at least `claims` claims (all of them if fewer). */
async function clusteringSample(pool: ExtractPool, docs: SourceDoc[], claims: number): Promise<MatchItem[]> {
  const sample: MatchItem[] = [];
  const chunk = 64;
  for (let from = 0; from < docs.length && sample.length < claims; from += chunk) {
    for (const article of await pool.extract(docs.slice(from, from + chunk))) {
      if (sample.length >= claims) break;
      sample.push(...article.matchItems);
    }
  }
  return sample;
}

/** Run the benchmark. */
export async function runBench(options: BenchOptions = DEFAULT_BENCH): Promise<BenchResult> {
  const profile = builtInProfile;
  const stage = options.onStage ?? (() => () => {});
  const pool = await ExtractPool.open(profile, options.workers);
  const scaling: BenchResult['scaling'] = [];
  let largest: SourceDoc[] = [];
  let largestArticles = 0;
  let largestSeconds = 0;
  let sample: MatchItem[] = [];
  try {
    // Warm-up, untimed: the workers compile the engine and the main thread the comparison
    // (a tenth of the 1x corpus, at least 48 articles, so that the 1x run is not the JIT's).
    await pool.analyze([...generateCorpus({ articles: Math.max(48, Math.ceil(options.base / 10)), seed: options.seed + 1 })]);
    // The clustering sample: the first whole articles of the 1x corpus, prepared now so that
    // its extraction does not weigh on the largest run's memory.
    stage(`clustering sample, ${options.clusterClaims} claims`, 0);
    sample = await clusteringSample(pool, [...generateCorpus({ articles: options.base * Math.min(...options.scales), seed: options.seed })], options.clusterClaims);

    for (const scale of options.scales) {
      const articles = options.base * scale;
      if (articles >= largestArticles) largest = [];
      collectGarbage();
      const docs = [...generateCorpus({ articles, seed: options.seed })];
      const tick = stage(`pipeline, ${articles} articles`, articles);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const claims = (await pool.analyze(docs, [], () => tick)).claims.length;
      const elapsed = seconds(started);
      tick(articles);
      scaling.push({ articles, claims, seconds: elapsed, cpuSeconds: cpuSince(cpu) });
      if (articles >= largestArticles) [largest, largestArticles, largestSeconds] = [docs, articles, elapsed];
    }
  } finally {
    await pool.close();
  }

  stage(`bare wink-nlp, ${largest.length} articles`, 0);
  collectGarbage();
  winkSeconds(generateCorpus({ articles: 48, seed: options.seed + 1 }));
  const winkCpu = process.cpuUsage();
  const wink = winkSeconds(largest);
  const winkCpuSeconds = cpuSince(winkCpu);

  stage(`blocked pair search, ${sample.length} claims`, 0);
  const blocked = blockedMatches(sample);
  stage(`all pairs, ${sample.length} claims`, 0);
  const step = Math.max(1, options.workers);
  const shares: RowShare[] = Array.from({ length: step }, (_, offset) => ({ items: sample, offset, step }));
  const parts = await runInWorkers<RowShare, PairSearch>(new URL('./all-pairs.ts', import.meta.url), 'scoreRows', shares);
  const all = Float64Array.from(parts.flatMap((p) => [...p.codes]));

  return {
    corpusArticles: largest.length,
    corpusBytes: bytesOf(largest),
    pipelineSeconds: largestSeconds,
    pipelineWorkers: pool.size,
    winkSeconds: Math.round(wink * 100) / 100,
    winkCpuSeconds,
    scaling,
    clustering: {
      claims: sample.length,
      blockedSeconds: Math.round(blocked.seconds * 1000) / 1000,
      allPairsSeconds: Math.round(parts.reduce((s, p) => s + p.seconds, 0) * 100) / 100,
      pairRecall: Math.round(recallOf(blocked.codes, all) * 10000) / 10000,
    },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
