/**
 * The whole analysis, top to bottom: the claims of each article, then the comparison
 * across articles. Pure: documents in, an AnalysisResult out.
 */
import { SCHEMA_VERSION, type AnalysisResult, type Claim, type Cluster, type Profile, type SourceDoc, type Warning } from './schema.ts';
import { articleRecord, extractClaims, type ArticleClaims } from './article/claims.ts';
import { groupEvents } from './compare/events.ts';
import { clusterEvent } from './compare/cluster.ts';
import { compareCluster } from './compare/compare.ts';
import { findRecurring } from './compare/recurring.ts';
import type { MatchItem } from './compare/match.ts';

/** Sort documents so that the result does not depend on the order files were listed in. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Phase one for a list of documents, in a stable order. */
export function extractAll(docs: SourceDoc[], profile: Profile): ArticleClaims[] {
  return [...docs].sort(byId).map((doc) => extractClaims(doc, profile));
}

/** Channels of the profile's readouts and agencies: claims from two of them are counterparts, never one claim. */
function counterpartRule(profile: Profile): (a: Claim, b: Claim) => boolean {
  const readouts = new Set(profile.sources.filter((s) => s.kind === 'readout' || s.kind === 'agency').map((s) => s.channel));
  return (a, b) => a.channel !== b.channel && readouts.has(a.channel) && readouts.has(b.channel);
}

/** Phase two: events, clusters and comparisons over already extracted articles. */
export function compareArticles(extracted: ArticleClaims[], profile: Profile, warnings: Warning[] = []): AnalysisResult {
  const ordered = [...extracted].sort((a, b) => byId(a.doc, b.doc));
  const events = groupEvents(ordered);
  const eventOf = new Map(events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  const articles = ordered.map((a) => articleRecord(a, eventOf.get(a.doc.id)!));
  const coverage = new Set(articles.filter((a) => a.role === 'coverage').map((a) => a.id));
  const itemOf = new Map<string, MatchItem>(ordered.flatMap((a) => a.claims.map((c, i) => [c.id, a.matchItems[i]!] as const)));
  const apart = counterpartRule(profile);

  const clusters: Cluster[] = [];
  for (const event of events) {
    const claims = ordered.filter((a) => event.articleIds.includes(a.doc.id)).flatMap((a) => a.claims);
    const groups = clusterEvent({ claims, items: claims.map((c) => itemOf.get(c.id)!), apart });
    groups.forEach((group, k) => clusters.push(compareCluster(`${event.id}/${k + 1}`, event, coverage, group.map((i) => claims[i]!))));
  }
  const recurring = findRecurring(clusters, itemOf);
  return { schemaVersion: SCHEMA_VERSION, articles, events, claims: ordered.flatMap((a) => a.claims), clusters, recurring, warnings };
}

/** The whole analysis of a corpus. */
export function analyze(docs: SourceDoc[], profile: Profile, warnings: Warning[] = []): AnalysisResult {
  return compareArticles(extractAll(docs, profile), profile, warnings);
}
