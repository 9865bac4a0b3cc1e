/**
 * What each side said, reconstructed from the coverage: per event, the parts of each
 * readout (and of anonymous briefings) with the outlets that carried them, the counterparts
 * across two readouts, and per outlet its sourcing profile.
 */
import type { AnalysisResult, Claim, Profile } from '../schema.ts';
import { prepareText, score, SAME_THRESHOLD } from './match.ts';

/** One part of a readout as the coverage reported it: a cluster and the outlets carrying it. */
export interface ReadoutPart {
  clusterId: string;
  /** The representative wording: the claim on this channel that quotes most, else the longest. */
  claimId: string;
  text: string;
  claimIds: string[];
  articleIds: string[];
  speaker: string | null;
}

/** What one channel (a readout, anonymous officials) said in an event, per the coverage. */
export interface Readout {
  channel: string;
  label: string;
  parts: ReadoutPart[];
}

/** Two parts of two different readouts that describe the same moment of the call. */
export interface Counterpart {
  channels: [string, string];
  clusterIds: [string, string];
  score: number;
}

export interface EventReadouts {
  eventId: string;
  readouts: Readout[];
  counterparts: Counterpart[];
}

/** Share of an outlet's claims per channel. */
export interface SourcingProfile {
  articleId: string;
  eventId: string;
  total: number;
  byChannel: Record<string, number>;
}

/**
 * How similar two parts of different readouts must be to be shown as counterparts: below
 * the same-claim threshold (they are different claims) but well above chance.
 */
export const COUNTERPART_MIN = SAME_THRESHOLD * 0.4;

/** Channels a readout view covers: the profile's readouts and agencies, and anonymous officials. */
export function readoutChannels(profile: Profile): string[] {
  const wanted = new Set([
    ...profile.sources.filter((s) => s.kind === 'readout' || s.kind === 'agency').map((s) => s.channel),
    profile.defaults.anonymous,
  ]);
  return profile.channels.map((c) => c.id).filter((id) => wanted.has(id));
}

function representative(claims: Claim[]): Claim {
  const quoted = (c: Claim) => c.quotes.reduce((n, q) => n + q.text.length, 0);
  return [...claims].sort((a, b) => quoted(b) - quoted(a) || b.text.length - a.text.length || (a.id < b.id ? -1 : 1))[0]!;
}

/** Counterparts between two readouts: mutual best matches above {@link COUNTERPART_MIN}. */
function counterpartsOf(a: Readout, b: Readout): Counterpart[] {
  const left = a.parts.map((p) => prepareText(p.text));
  const right = b.parts.map((p) => prepareText(p.text));
  const scores = left.map((x) => right.map((y) => score(x, y)));
  const bestRight = scores.map((row) => row.indexOf(Math.max(...row)));
  const out: Counterpart[] = [];
  scores.forEach((row, i) => {
    const j = bestRight[i]!;
    if (j < 0 || row[j]! < COUNTERPART_MIN) return;
    const column = scores.map((r) => r[j]!);
    if (column.indexOf(Math.max(...column)) !== i) return;
    out.push({ channels: [a.channel, b.channel], clusterIds: [a.parts[i]!.clusterId, b.parts[j]!.clusterId], score: row[j]! });
  });
  return out;
}

/** Reconstruct per event what each readout channel said, deduplicated by cluster. */
export function reconstructReadouts(result: AnalysisResult, profile: Profile): EventReadouts[] {
  const claimOf = new Map(result.claims.map((c) => [c.id, c]));
  const labelOf = new Map(profile.channels.map((c) => [c.id, c.label]));
  const channels = readoutChannels(profile);
  const readoutOnly = new Set(profile.sources.filter((s) => s.kind === 'readout' || s.kind === 'agency').map((s) => s.channel));
  return result.events.map((event) => {
    const clusters = result.clusters.filter((c) => c.eventId === event.id);
    const readouts = channels.map((channel): Readout => {
      const parts: ReadoutPart[] = [];
      for (const cluster of clusters) {
        const claims = cluster.claimIds.map((id) => claimOf.get(id)!).filter((c) => c.channel === channel);
        if (claims.length === 0) continue;
        const rep = representative(claims);
        parts.push({
          clusterId: cluster.id,
          claimId: rep.id,
          text: rep.text,
          claimIds: claims.map((c) => c.id),
          articleIds: [...new Set(claims.map((c) => c.articleId))],
          speaker: rep.speaker,
        });
      }
      return { channel, label: labelOf.get(channel) ?? channel, parts };
    });
    const official = readouts.filter((r) => readoutOnly.has(r.channel) && r.parts.length > 0);
    const counterparts: Counterpart[] = [];
    for (let x = 0; x < official.length; x++) for (let y = x + 1; y < official.length; y++) counterparts.push(...counterpartsOf(official[x]!, official[y]!));
    return { eventId: event.id, readouts, counterparts };
  });
}

/** Per article, how many of its claims came through each channel. */
export function sourcingProfiles(result: AnalysisResult): SourcingProfile[] {
  const profiles = new Map<string, SourcingProfile>(
    result.articles.map((a) => [a.id, { articleId: a.id, eventId: a.eventId, total: 0, byChannel: {} }]),
  );
  for (const claim of result.claims) {
    const p = profiles.get(claim.articleId);
    if (!p) continue;
    p.byChannel[claim.channel] = (p.byChannel[claim.channel] ?? 0) + 1;
    p.total++;
  }
  return [...profiles.values()];
}
