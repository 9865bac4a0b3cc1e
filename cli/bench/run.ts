/**
 * The benchmark itself: the whole pipeline on synthetic corpora of growing size, bare
 * wink-nlp on the same text, blocked against exhaustive pair search, and peak memory.
 * Every corpus is generated as it is consumed, so the largest is held once (by the analysis).
 */
import { compareArticles } from '../../engine/pipeline.ts';
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

/** A generator's documents, counting their UTF-8 bytes on the way. */
function* counted(docs: Iterable<SourceDoc>, total: { bytes: number; articles: number }): Generator<SourceDoc> {
  for (const doc of docs) {
    total.bytes += Buffer.byteLength(doc.source, 'utf8');
    total.articles++;
    yield doc;
  }
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}

/** Run the benchmark. */
export async function runBench(options: BenchOptions = DEFAULT_BENCH): Promise<BenchResult> {
  const profile = builtInProfile;
  const stage = options.onStage ?? (() => () => {});
  const pool = await ExtractPool.open(profile, options.workers);
  const scaling: BenchResult['scaling'] = [];
  let largest = { bytes: 0, articles: 0, seconds: 0 };
  const sample: MatchItem[] = [];
  try {
    // Warm-up: workers compile the engine and the main thread the comparison, untimed.
    compareArticles(await pool.extract(generateCorpus({ articles: 48, seed: options.seed + 1 })), profile);

    for (const scale of options.scales) {
      const articles = options.base * scale;
      const tick = stage(`pipeline, ${articles} articles`, articles);
      const total = { bytes: 0, articles: 0 };
      const started = performance.now();
      const extracted = await pool.extract(counted(generateCorpus({ articles, seed: options.seed }), total), tick);
      const result = compareArticles(extracted, profile);
      const elapsed = seconds(started);
      scaling.push({ articles, claims: result.claims.length, seconds: elapsed });
      if (articles >= largest.articles) largest = { ...total, seconds: elapsed };
      // The clustering sample: the claims of the first whole articles of the first run that
      // has enough of them.
      if (sample.length < options.clusterClaims) {
        sample.length = 0;
        for (const a of extracted) {
          if (sample.length >= options.clusterClaims) break;
          sample.push(...a.matchItems);
        }
      }
    }
  } finally {
    await pool.close();
  }

  stage(`bare wink-nlp, ${largest.articles} articles`, 0);
  const wink = winkSeconds(generateCorpus({ articles: largest.articles, seed: options.seed }));

  stage(`blocked pair search, ${sample.length} claims`, 0);
  const blocked = blockedMatches(sample);
  stage(`all pairs, ${sample.length} claims`, 0);
  const step = Math.max(1, options.workers);
  const shares: RowShare[] = Array.from({ length: step }, (_, offset) => ({ items: sample, offset, step }));
  const parts = await runInWorkers<RowShare, PairSearch>(new URL('./all-pairs.ts', import.meta.url), 'scoreRows', shares);
  const all = Float64Array.from(parts.flatMap((p) => [...p.codes]));

  return {
    corpusArticles: largest.articles,
    corpusBytes: largest.bytes,
    pipelineSeconds: largest.seconds,
    winkSeconds: Math.round(wink * 100) / 100,
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
