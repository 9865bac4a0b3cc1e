import { z } from 'zod';

/**
 * What `claimdiff bench --json` prints: the contract's Benchmark object. Declared here rather
 * than in engine/schema.ts because it describes the CLI's measurement, not the analysis.
 */
export const BenchResult = z.object({
  corpusArticles: z.number().int().positive(),
  /** UTF-8 bytes of the bench corpus's articles. */
  corpusBytes: z.number().int().positive(),
  /** The whole pipeline on the largest corpus (extraction and clustering on `pipelineWorkers` threads, the rest on the main one). */
  pipelineSeconds: z.number().nonnegative(),
  /** Worker threads the pipeline ran on (not in the contract: said so that the comparison with one-thread wink-nlp is read fairly). */
  pipelineWorkers: z.number().int().positive(),
  /** Bare wink-nlp readDoc + sentences over the same text, one core, same process. */
  winkSeconds: z.number().nonnegative(),
  /** The same in CPU seconds (not in the contract: robust to other processes on the machine). */
  winkCpuSeconds: z.number().nonnegative(),
  scaling: z.array(z.object({
    articles: z.number().int().positive(),
    claims: z.number().int().nonnegative(),
    seconds: z.number().nonnegative(),
    /** CPU seconds of every thread of the process (not in the contract, see winkCpuSeconds). */
    cpuSeconds: z.number().nonnegative(),
  })).min(1),
  clustering: z.object({
    claims: z.number().int().nonnegative(),
    /** Blocking plus scoring its candidates, one core. */
    blockedSeconds: z.number().nonnegative(),
    /** Scoring every pair, in one-core seconds (the sum over the threads that shared it). */
    allPairsSeconds: z.number().nonnegative(),
    /** Share of the all-pairs matches that the blocked search also finds (1 when there are none). */
    pairRecall: z.number().min(0).max(1),
  }),
  peakRssMB: z.number().nonnegative(),
});
export type BenchResult = z.infer<typeof BenchResult>;
