/**
 * Clustering near-duplicate claims within an event. Candidate pairs come from blocking;
 * clusters grow by average link from the strongest pair down, with three guards against
 * chaining unrelated claims together: at most one claim per article, every pair of members
 * at least {@link MIN_PAIR} similar, and claims from two different readouts never merged
 * (they are counterparts, shown side by side, not one claim).
 *
 * Then one step for sentences that carry two claims ("Xi called the issue the 'first red line'
 * … and urged the US to act in accordance 'with President Biden's commitment …'"): an outlet
 * that reports one of them (the red line) where another outlet reports the other (the
 * commitment) has its claim left alone by average link, since it shares nothing with the other
 * outlet's. A claim left alone that matches a member of a cluster joins that cluster (its best
 * match, one step only: it draws no other claim in), under the same guards: no counterpart
 * readout among the members, and its article not there yet, unless the claim of its article
 * already there has the same named speaker. An outlet that spreads one speaker's statement
 * over two sentences ("President Xi prioritized peace, stability, and credibility." / "He
 * underscored the need to avoid conflict …, maintain overall stability, and honour commitments
 * made") reports one claim that another outlet gives in one sentence; two narrated facts
 * ("Yellen is set to visit China" / "Blinken is set to visit China") stay two claims, even
 * where a third outlet joins them in one sentence.
 *
 * Last, what each cluster's claim is carried by elsewhere: a sentence clustered with one of
 * its claims may say another cluster's claim too, and then its article does not omit that one.
 */
import type { Claim } from '../schema.ts';
import { claimScore, contentScore, SAME_THRESHOLD, type MatchItem } from './match.ts';
import { matchedPairs, type ScoredPair } from './pairs.ts';

/** No two members of a cluster may be less similar than this, whatever the average. */
export const MIN_PAIR = SAME_THRESHOLD * 0.6;

export interface ClusterInput {
  claims: Claim[];
  items: MatchItem[];
  /** Whether two claims must stay apart whatever their wording (counterpart readouts). */
  apart: (a: Claim, b: Claim) => boolean;
}

/** The clusters of one event, as indices into its claims. */
export interface EventGroups {
  /** Every claim in exactly one group; groups in order of their first claim. */
  groups: number[][];
  /**
   * `carriers[k]`: claims of other groups, from articles that have no claim in `groups[k]`,
   * that the matcher calls the same as one of its members: a longer sentence that carries
   * this claim besides the one it is clustered with ("… spoke on the phone with Chinese
   * President Xi Jinping on Tuesday, marking the first conversation between the leaders since
   * their historic in-person summit in November" carries "This dialogue, the first since
   * their in-person summit in November, …"). Their articles do not omit the claim.
   */
  carriers: number[][];
}

/** Group the claims of one event (see {@link EventGroups}). */
export function clusterEvent({ claims, items, apart }: ClusterInput): EventGroups {
  const articleIndex = new Map<string, number>();
  const articleOf = claims.map((c) => {
    if (!articleIndex.has(c.articleId)) articleIndex.set(c.articleId, articleIndex.size);
    return articleIndex.get(c.articleId)!;
  });
  const pairs = matchedPairs(items, articleOf).sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  const cache = new Map<number, number>();
  const n = claims.length;
  const similarity = (i: number, j: number): number => {
    const key = i < j ? i * n + j : j * n + i;
    let s = cache.get(key);
    if (s === undefined) cache.set(key, (s = claimScore(items[i]!, items[j]!)));
    return s;
  };
  for (const p of pairs) cache.set(p.i * n + p.j, p.score);

  const clusterOf = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  for (const { i, j } of pairs) {
    const a = clusterOf[i]!;
    const b = clusterOf[j]!;
    if (a === b) continue;
    const left = members[a]!;
    const right = members[b]!;
    if (left.some((x) => right.some((y) => articleOf[x] === articleOf[y] || apart(claims[x]!, claims[y]!)))) continue;
    let total = 0;
    let min = 1;
    for (const x of left) {
      for (const y of right) {
        const s = similarity(x, y);
        total += s;
        min = Math.min(min, s);
      }
    }
    if (min < MIN_PAIR || total / (left.length * right.length) < SAME_THRESHOLD) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    members[keep] = [...members[keep]!, ...members[drop]!].sort((x, y) => x - y);
    for (const x of members[drop]!) clusterOf[x] = keep;
    members[drop] = [];
  }
  joinLeftOvers(pairs, members, clusterOf, (i, j) => apart(claims[i]!, claims[j]!) || (articleOf[i] === articleOf[j] && !sameSpeaker(claims[i]!, claims[j]!)));

  const carriers = findCarriers(pairs, members, clusterOf, articleOf, (i, j) => {
    if (apart(claims[i]!, claims[j]!)) return false;
    // A carrier must say what the claim says (its content found in it), not only quote a phrase the claim quotes too.
    return contentScore(items[i]!, items[j]!, SAME_THRESHOLD) >= SAME_THRESHOLD;
  });
  const kept = members.flatMap((group, k) => (group.length > 0 ? [k] : []));
  return { groups: kept.map((k) => members[k]!), carriers: kept.map((k) => carriers[k]!) };
}

/**
 * For each cluster, the claims of other clusters that carry it (see {@link EventGroups}): the
 * matched pairs across two clusters whose one side's article has no claim in the other's
 * cluster, when `carries` confirms the pair.
 */
function findCarriers(
  pairs: ScoredPair[],
  members: number[][],
  clusterOf: number[],
  articleOf: number[],
  carries: (i: number, j: number) => boolean,
): number[][] {
  const found = members.map(() => new Set<number>());
  for (const { i, j } of pairs) {
    if (clusterOf[i] === clusterOf[j]) continue;
    const sides = ([[i, j], [j, i]] as const).filter(([member, other]) => !members[clusterOf[member]!]!.some((x) => articleOf[x] === articleOf[other]));
    if (sides.length === 0 || !carries(i, j)) continue;
    for (const [member, other] of sides) found[clusterOf[member]!]!.add(other);
  }
  return found.map((set) => [...set].sort((x, y) => x - y));
}

/** Two claims of one named speaker: an outlet may spread one statement over two sentences. */
function sameSpeaker(a: Claim, b: Claim): boolean {
  return a.speaker !== null && a.speaker === b.speaker;
}

/**
 * The one-step join of claims left alone (see the module comment), strongest match first.
 * `pairs` are sorted by score, descending; `members` and `clusterOf` are updated in place.
 */
function joinLeftOvers(
  pairs: ScoredPair[],
  members: number[][],
  clusterOf: number[],
  excluded: (i: number, j: number) => boolean,
): void {
  const alone = (i: number) => members[clusterOf[i]!]!.length === 1;
  const joined = new Set<number>();
  const moves: Array<{ claim: number; into: number }> = [];
  for (const { i, j } of pairs) {
    for (const [left, member] of [[i, j], [j, i]] as const) {
      if (!alone(left) || alone(member) || joined.has(left) || joined.has(member)) continue;
      const cluster = members[clusterOf[member]!]!;
      if (cluster.some((x) => excluded(left, x))) continue;
      joined.add(left);
      moves.push({ claim: left, into: clusterOf[member]! });
    }
  }
  for (const { claim, into } of moves) {
    members[clusterOf[claim]!] = [];
    members[into] = [...members[into]!, claim].sort((x, y) => x - y);
    clusterOf[claim] = into;
  }
}
