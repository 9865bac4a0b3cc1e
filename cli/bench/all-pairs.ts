/**
 * The two sides of the clustering benchmark over one set of prepared claims: the blocked
 * search (candidate pairs, then the matcher on those only) and the exhaustive one (the
 * matcher on every pair). Both use the very scorer and threshold clustering uses.
 */
import { candidatePairs } from '../../engine/compare/block.ts';
import { score, SAME_THRESHOLD, type MatchItem } from '../../engine/compare/match.ts';

/** Matched pairs as codes `i * n + j` (i < j), and the seconds spent finding them. */
export interface PairSearch {
  codes: Float64Array;
  seconds: number;
}

/** Blocking, then scoring only the candidates. */
export function blockedMatches(items: MatchItem[]): PairSearch & { candidates: number } {
  const n = items.length;
  const started = performance.now();
  const pairs = candidatePairs(items.map((item) => item.lemmas));
  const codes: number[] = [];
  for (const [i, j] of pairs) if (score(items[i]!, items[j]!) >= SAME_THRESHOLD) codes.push(i * n + j);
  const seconds = (performance.now() - started) / 1000;
  return { codes: Float64Array.from(codes), seconds, candidates: pairs.length };
}

/** What one thread of the exhaustive search is given: every row r with r % step === offset. */
export interface RowShare {
  items: MatchItem[];
  offset: number;
  step: number;
}

/**
 * Score every pair (i, j), j > i, for the rows of one share. Rows are dealt out round-robin
 * so that threads get equal work although later rows are shorter. Runs in a worker thread.
 */
export function scoreRows({ items, offset, step }: RowShare): PairSearch {
  const n = items.length;
  const started = performance.now();
  const codes: number[] = [];
  for (let i = offset; i < n; i += step) {
    const a = items[i]!;
    for (let j = i + 1; j < n; j++) if (score(a, items[j]!) >= SAME_THRESHOLD) codes.push(i * n + j);
  }
  return { codes: Float64Array.from(codes), seconds: (performance.now() - started) / 1000 };
}

/** Share of `all` that `found` also holds (both ascending or not; 1 when `all` is empty). */
export function recallOf(found: Float64Array, all: Float64Array): number {
  if (all.length === 0) return 1;
  const set = new Set(found);
  let hit = 0;
  for (const code of all) if (set.has(code)) hit++;
  return hit / all.length;
}
