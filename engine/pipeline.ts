/**
 * The whole analysis, top to bottom: the claims of each article, then the comparison
 * across articles. Pure: documents in, an AnalysisResult out.
 *
 * Phase two is cut into stages ({@link planComparison}, {@link clusterClaims} per event,
 * {@link finishComparison}) so that the CLI can run the events on several threads, and, for
 * an archive whose manifest names every article's event, take each event through both
 * phases at once ({@link analyzeEvent}) and keep of its prepared claims only what the
 * comparison across events needs. Every route gives the same result byte for byte.
 */
import { SCHEMA_VERSION, type AnalysisResult, type Claim, type Cluster, type Event, type Profile, type SourceDoc, type Warning } from './schema.ts';
import { articleRecord, extractClaims, type ArticleClaims } from './article/claims.ts';
import { groupEvents } from './compare/events.ts';
import { clusterEvent } from './compare/cluster.ts';
import { compareCluster } from './compare/compare.ts';
import { findRecurring, representative } from './compare/recurring.ts';
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

/** What clustering one event needs: its claims, in article order, and their prepared items. */
export interface EventClaims {
  claims: Claim[];
  items: MatchItem[];
}

/** The clusters of one event: groups of indices into its claims, and the claim that stands for each across events. */
export interface EventClusters {
  groups: number[][];
  /** `carriers[k]`: claims of other groups that carry `groups[k]`'s claim within them (cluster.ts). */
  carriers: number[][];
  /** `representatives[k]` stands for `groups[k]` when recurring claims are looked for. */
  representatives: MatchItem[];
}

/** Phase two up to clustering: the articles in a stable order, their events, and each event's claims. */
export interface ComparisonPlan {
  ordered: ArticleClaims[];
  events: Event[];
  /** One per event, in the order of `events`. */
  perEvent: EventClaims[];
}

/** Events, and the claims of each, over already extracted articles. */
export function planComparison(extracted: ArticleClaims[]): ComparisonPlan {
  const ordered = [...extracted].sort((a, b) => byId(a.doc, b.doc));
  const events = groupEvents(ordered);
  const eventIndex = new Map(events.flatMap((e, k) => e.articleIds.map((id) => [id, k] as const)));
  const perEvent: EventClaims[] = events.map(() => ({ claims: [], items: [] }));
  for (const article of ordered) {
    const into = perEvent[eventIndex.get(article.doc.id)!]!;
    for (const claim of article.claims) into.claims.push(claim);
    for (const item of article.matchItems) into.items.push(item);
  }
  return { ordered, events, perEvent };
}

/** The clusters of one event's claims. Independent of every other event: the CLI may run events on several threads. */
export function clusterClaims({ claims, items }: EventClaims, profile: Profile): EventClusters {
  const { groups, carriers } = clusterEvent({ claims, items, apart: counterpartRule(profile) });
  // Across events whole claims are compared (recurring.ts), so a representative's clause parts,
  // most of a prepared claim's size, are left behind.
  return { groups, carriers, representatives: groups.map((group) => ({ ...representative(group.map((i) => items[i]!)), parts: [] })) };
}

/** Phase two after clustering: each cluster compared, recurring claims found, the result assembled. */
export function finishComparison({ ordered, events, perEvent }: ComparisonPlan, clustered: EventClusters[], warnings: Warning[] = []): AnalysisResult {
  const eventOf = new Map(events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
  const articles = ordered.map((a) => articleRecord(a, eventOf.get(a.doc.id)!));
  const coverage = new Set(articles.filter((a) => a.role === 'coverage').map((a) => a.id));
  const clusters: Cluster[] = [];
  const representatives: MatchItem[] = [];
  events.forEach((event, e) => {
    const { claims } = perEvent[e]!;
    const { groups, carriers, representatives: own } = clustered[e]!;
    groups.forEach((group, k) => {
      clusters.push(compareCluster(`${event.id}/${k + 1}`, event, coverage, group.map((i) => claims[i]!), carriers[k]!.map((i) => claims[i]!)));
      representatives.push(own[k]!);
    });
  });
  const recurring = findRecurring(clusters, representatives);
  return { schemaVersion: SCHEMA_VERSION, articles, events, claims: ordered.flatMap((a) => a.claims), clusters, recurring, warnings };
}

/** Phase two: events, clusters and comparisons over already extracted articles. */
export function compareArticles(extracted: ArticleClaims[], profile: Profile, warnings: Warning[] = []): AnalysisResult {
  const plan = planComparison(extracted);
  return finishComparison(plan, plan.perEvent.map((event) => clusterClaims(event, profile)), warnings);
}

/** The whole analysis of a corpus. */
export function analyze(docs: SourceDoc[], profile: Profile, warnings: Warning[] = []): AnalysisResult {
  return compareArticles(extractAll(docs, profile), profile, warnings);
}

/**
 * Both phases for the articles of one event of the manifest. The articles come back without
 * their prepared claims (`matchItems` is empty: the comparison across events needs only each
 * cluster's representative), which keeps an archive's memory to what its largest event needs.
 * Valid only when every article of the corpus names its event: then events are the manifest's
 * and {@link planComparison} never looks at the prepared claims.
 */
export function analyzeEvent(docs: SourceDoc[], profile: Profile): { articles: ArticleClaims[]; clusters: EventClusters } {
  const articles = extractAll(docs, profile);
  const clusters = clusterClaims({ claims: articles.flatMap((a) => a.claims), items: articles.flatMap((a) => a.matchItems) }, profile);
  return { articles: articles.map((a) => ({ ...a, matchItems: [] })), clusters };
}
