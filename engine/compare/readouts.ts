import type { AnalysisResult } from '../schema.ts';

/** One part of a readout as the coverage reported it: a cluster and the outlets carrying it. */
export interface ReadoutPart {
  clusterId: string;
  /** The representative wording (the longest claim of the cluster on this channel). */
  text: string;
  claimIds: string[];
  articleIds: string[];
  speaker: string | null;
}

/** What one channel (a readout, anonymous officials) said in an event, per the coverage. */
export interface Readout {
  eventId: string;
  channel: string;
  parts: ReadoutPart[];
  /** Pairs of parts of two readouts that describe the same thing ("candid and constructive" vs "candid and in-depth"). */
}

/** Share of an outlet's claims per channel. */
export interface SourcingProfile {
  articleId: string;
  eventId: string;
  total: number;
  byChannel: Record<string, number>;
}

/** Reconstruct per event what each non-narration channel said (STUB: filled by the comparison work). */
export function reconstructReadouts(_result: AnalysisResult): Readout[] {
  return [];
}

/** Per article, how many of its claims came through each channel. */
export function sourcingProfiles(result: AnalysisResult): SourcingProfile[] {
  const eventOf = new Map(result.articles.map((a) => [a.id, a.eventId]));
  return result.articles.map((article) => {
    const byChannel: Record<string, number> = {};
    let total = 0;
    for (const claim of result.claims) {
      if (claim.articleId !== article.id) continue;
      byChannel[claim.channel] = (byChannel[claim.channel] ?? 0) + 1;
      total++;
    }
    return { articleId: article.id, eventId: eventOf.get(article.id)!, total, byChannel };
  });
}
