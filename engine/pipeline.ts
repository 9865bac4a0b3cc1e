/**
 * The whole analysis, top to bottom: the claims of each article, then the comparison
 * across articles. Pure: documents in, an AnalysisResult out.
 */
import { SCHEMA_VERSION, type AnalysisResult, type Profile, type SourceDoc, type Warning } from './schema.ts';
import { articleRecord, extractClaims, type ArticleClaims } from './article/claims.ts';
import { groupEvents } from './compare/events.ts';
import { clusterClaims } from './compare/cluster.ts';

/** Sort documents so that the result does not depend on the order files were listed in. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Phase one for a list of documents, in a stable order. */
export function extractAll(docs: SourceDoc[], profile: Profile): ArticleClaims[] {
  return [...docs].sort(byId).map((doc) => extractClaims(doc, profile));
}

/** Phase two: events, clusters and comparisons over already extracted articles. */
export function compareArticles(extracted: ArticleClaims[], warnings: Warning[]): AnalysisResult {
  const events = groupEvents(extracted);
  const eventOf = new Map(events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  const articles = extracted.map((a) => articleRecord(a, eventOf.get(a.doc.id)!));
  const claims = extracted.flatMap((a) => a.claims);
  const clusters = clusterClaims(events, claims);
  return { schemaVersion: SCHEMA_VERSION, articles, events, claims, clusters, recurring: [], warnings };
}

/** The whole analysis of a corpus. */
export function analyze(docs: SourceDoc[], profile: Profile, warnings: Warning[] = []): AnalysisResult {
  return compareArticles(extractAll(docs, profile), warnings);
}
