/**
 * Candidate pairs for clustering without comparing every pair (STUB: all pairs; the scale
 * work replaces it with MinHash/LSH banding plus an inverted index of rare lemmas).
 *
 * @param sets one set of content lemmas per item
 * @returns pairs [i, j] with i < j, sorted
 */
export function candidatePairs(sets: string[][]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pairs.push([i, j]);
  return pairs;
}
