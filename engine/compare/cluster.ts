import type { Claim, Cluster, Event } from '../schema.ts';

/** Cluster the claims of each event (STUB: singletons). */
export function clusterClaims(events: Event[], claims: Claim[]): Cluster[] {
  const eventOf = new Map<string, string>();
  for (const e of events) for (const a of e.articleIds) eventOf.set(a, e.id);
  return claims.map((c, i) => ({
    id: `k${i + 1}`,
    eventId: eventOf.get(c.articleId)!,
    claimIds: [c.id],
    articleIds: [c.articleId],
    missingArticleIds: [],
    status: 'single',
    divergences: [],
  }));
}
