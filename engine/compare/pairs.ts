import { candidatePairs } from './block.ts';
import { claimScore, SAME_THRESHOLD, type MatchItem } from './match.ts';

/** Two items judged to be the same claim, and how sure the matcher is. */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

/**
 * Pairs of items from different articles that the matcher calls the same claim. Candidates
 * come from blocking, never from all pairs; each candidate is scored once.
 *
 * @param items the prepared claims
 * @param articleOf for each item, the index of its article (pairs within one article are skipped)
 */
export function matchedPairs(items: MatchItem[], articleOf: number[], threshold = SAME_THRESHOLD): ScoredPair[] {
  const out: ScoredPair[] = [];
  for (const [i, j] of candidatePairs(items.map((item) => item.lemmas))) {
    if (articleOf[i] === articleOf[j]) continue;
    const s = claimScore(items[i]!, items[j]!, threshold);
    if (s >= threshold) out.push({ i, j, score: s });
  }
  return out;
}
