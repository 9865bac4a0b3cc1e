import type { Cluster, Recurring } from '../schema.ts';
import type { MatchItem } from './match.ts';
import { matchedPairs } from './pairs.ts';

/**
 * Claims that come back in different events (a leader's stock phrase, a repeated warning).
 * Two clusters of different events are linked when a pair of their claims matches and each
 * is the other's best match in its event (mutual best, so that a generic sentence cannot
 * chain a whole archive together); linked clusters form one recurring group.
 */
export function findRecurring(clusters: Cluster[], itemOf: Map<string, MatchItem>): Recurring[] {
  const claimIds = clusters.flatMap((c) => c.claimIds);
  const clusterOfClaim = new Map(clusters.flatMap((c, k) => c.claimIds.map((id) => [id, k] as const)));
  const events = [...new Set(clusters.map((c) => c.eventId))].sort();
  const eventIndex = new Map(events.map((e, k) => [e, k]));
  const items = claimIds.map((id) => itemOf.get(id)!);
  // Pairs within one event are skipped: the event index plays the part of the article index.
  const groupOf = claimIds.map((id) => eventIndex.get(clusters[clusterOfClaim.get(id)!]!.eventId)!);

  // best.get(`${cluster}>${event}`) = the best-matching cluster of that event, and its score
  const best = new Map<string, { cluster: number; score: number }>();
  const offer = (from: number, to: number, score: number) => {
    const key = `${from}>${clusters[to]!.eventId}`;
    const current = best.get(key);
    if (!current || score > current.score || (score === current.score && to < current.cluster)) best.set(key, { cluster: to, score });
  };
  for (const { i, j, score } of matchedPairs(items, groupOf)) {
    const a = clusterOfClaim.get(claimIds[i]!)!;
    const b = clusterOfClaim.get(claimIds[j]!)!;
    offer(a, b, score);
    offer(b, a, score);
  }

  const parent = clusters.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  for (const [key, { cluster: b }] of best) {
    const a = Number(key.slice(0, key.indexOf('>')));
    if (best.get(`${b}>${clusters[a]!.eventId}`)?.cluster !== a) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  clusters.forEach((_, k) => groups.set(find(k), [...(groups.get(find(k)) ?? []), k]));
  return [...groups.values()]
    .filter((ks) => ks.length > 1)
    .map((ks) => ({
      clusterIds: ks.map((k) => clusters[k]!.id),
      eventIds: [...new Set(ks.map((k) => clusters[k]!.eventId))].sort(),
    }));
}
