/**
 * The review UI's view model: everything the screens show, derived once from an
 * AnalysisResult and the source texts. Pure (no terminal, no files): the components only
 * lay it out, the reducer only navigates it.
 */
import type { AnalysisResult, Claim, ClaimMode, ClusterStatus, DivergenceKind, Profile, SourceDoc } from '../../engine/schema.ts';
import { wordDiff } from '../../engine/compare/word-diff.ts';
import { reconstructReadouts, sourcingProfiles } from '../../engine/compare/readouts.ts';
import { LineIndex } from '../../engine/report/cite.ts';

/** A run of a claim's own text, marked when its words differ from the cluster's reference wording. */
export interface TextRun {
  text: string;
  changed: boolean;
}

/** Where a claim sits in its file: 1-based line and column (UTF-16 code units), as editors count. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** The paragraph a claim stands in, split around the claim. */
export interface Context {
  before: string;
  claim: string;
  after: string;
}

export interface ClaimView {
  id: string;
  articleId: string;
  text: string;
  /** `text` cut into runs, the words that differ from the reference claim marked. */
  runs: TextRun[];
  speaker: string | null;
  channel: string;
  cue: string | null;
  mode: ClaimMode;
  sourceMention: string | null;
  location: Location;
  context: Context;
}

/** One outlet's column in a cluster: its claim(s), or why there is none. */
export interface CellView {
  articleId: string;
  outlet: string;
  /**
   * present: carries the claim; within: says it inside a longer claim of another cluster
   * (`claims` holds that claim); omitted: covers the event but not this claim; absent: neither
   * (a primary source, say).
   */
  state: 'present' | 'within' | 'omitted' | 'absent';
  claims: ClaimView[];
  /** For `within`: the cluster of the longer claim. */
  withinClusterId?: string;
}

/** Whether an outlet's cell carries the claim, as a claim of this cluster or within a longer one. */
export function carries(cell: CellView): boolean {
  return cell.state === 'present' || cell.state === 'within';
}

/** "CNN" or, for a claim said inside a longer one, "CNN (within call-2024-04/1)". */
export function cellLabel(cell: CellView): string {
  return cell.withinClusterId ? `${cell.outlet} (within ${cell.withinClusterId})` : cell.outlet;
}

export interface DivergenceView {
  kind: DivergenceKind;
  detail: string;
}

export interface ClusterView {
  id: string;
  eventId: string;
  status: ClusterStatus;
  /** Stable key of the cluster's claims (sorted claim ids): review decisions are stored under it. */
  key: string;
  claimIds: string[];
  /** The reference wording, whitespace collapsed: what the list shows. */
  headline: string;
  /** One cell per article of the event, in the event's order. */
  cells: CellView[];
  divergences: DivergenceView[];
  /** Whether some coverage article of the event lacks this claim. */
  omitted: boolean;
  channels: string[];
  /** Other events where the same claim recurs. */
  recurringIn: string[];
  /** Lower-case text searched by `/`: claims, speakers, channels, outlets. */
  haystack: string;
}

export interface OutletView {
  articleId: string;
  outlet: string;
  sourceFile: string;
  role: 'coverage' | 'primary';
}

export interface EventView {
  id: string;
  label: string;
  date: string | null;
  outlets: OutletView[];
  clusterIds: string[];
}

export interface ReadoutPartView {
  text: string;
  speaker: string | null;
  outlets: string[];
}

/** What one channel said in one event, per the coverage. */
export interface ReadoutView {
  channel: string;
  label: string;
  parts: ReadoutPartView[];
}

/** Two parts of two readouts that describe the same moment of the call ("candid and constructive" / "candid and in-depth"). */
export interface CounterpartView {
  labels: [string, string];
  texts: [string, string];
}

/** The readouts of one event side by side. */
export interface EventReadoutsView {
  eventId: string;
  readouts: ReadoutView[];
  counterparts: CounterpartView[];
}

export interface SourcingShare {
  channel: string;
  count: number;
  share: number;
}

/** One outlet's sourcing profile in one event. */
export interface SourcingView {
  eventId: string;
  articleId: string;
  outlet: string;
  total: number;
  shares: SourcingShare[];
}

export interface ViewModel {
  events: EventView[];
  /** Every cluster, grouped by event in the events' order. */
  clusters: ClusterView[];
  /** Every channel that some claim uses, sorted: what `s` cycles through. */
  channels: string[];
  readouts: EventReadoutsView[];
  sourcing: SourcingView[];
  /** Display labels of channels ("White House readout"), by channel id. */
  channelLabels: Record<string, string>;
  warnings: { file: string; message: string }[];
}

/** How much of a paragraph is kept on each side of a claim, so that one huge line stays readable. */
const CONTEXT_CHARS = 600;

/** The source texts the view model needs: the decoded files the claims' offsets point into. */
export type SourceText = Pick<SourceDoc, 'id' | 'source' | 'format'>;

const BLANK_LINE = /\r?\n[ \t\r]*\n/g;

/** First index in the sorted `values` whose value is at least `x` (values.length when none). */
function lowerBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The blank lines of a source, found once, so that each claim's paragraph is a binary search away. */
export class ParagraphIndex {
  private readonly breakStarts: number[] = [];
  private readonly breakEnds: number[] = [];

  constructor(readonly text: string) {
    for (const m of text.matchAll(BLANK_LINE)) {
      this.breakStarts.push(m.index);
      this.breakEnds.push(m.index + m[0].length);
    }
  }

  /** The paragraph holding `[start, end)`: from the end of the blank line before it to the start of the one after. */
  around(start: number, end: number): { from: number; to: number } {
    const before = lowerBound(this.breakEnds, start + 1) - 1;
    const after = lowerBound(this.breakStarts, end);
    return { from: before >= 0 ? this.breakEnds[before]! : 0, to: after < this.breakStarts.length ? this.breakStarts[after]! : this.text.length };
  }
}

/**
 * The paragraph around a claim: from the blank line before it to the blank line after,
 * clipped to {@link CONTEXT_CHARS} on each side. HTML sources show the claim alone: their
 * surroundings are markup.
 */
export function paragraphContext(
  doc: SourceText | undefined,
  claim: Pick<Claim, 'start' | 'end' | 'text'>,
  index: ParagraphIndex | undefined = doc ? new ParagraphIndex(doc.source) : undefined,
): Context {
  if (!doc || !index || doc.format === 'html') return { before: '', claim: claim.text, after: '' };
  const text = doc.source;
  const { from, to } = index.around(claim.start, claim.end);
  const before = text.slice(Math.max(from, claim.start - CONTEXT_CHARS), claim.start);
  const after = text.slice(claim.end, Math.min(to, claim.end + CONTEXT_CHARS));
  return {
    before: (claim.start - from > CONTEXT_CHARS ? '…' : '') + before.trimStart(),
    claim: text.slice(claim.start, claim.end),
    after: after.trimEnd() + (to - claim.end > CONTEXT_CHARS ? '…' : ''),
  };
}

const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");

/**
 * Cut `text` into runs, marking the words listed in `marks` (in order, as the word diff
 * returns them). The runs together are exactly `text`: the diff's words are found again in
 * the original, so spacing and punctuation stay as the outlet wrote them.
 */
export function markWords(text: string, marks: { word: string; changed: boolean }[]): TextRun[] {
  const lower = fold(text);
  const runs: TextRun[] = [];
  const push = (piece: string, changed: boolean) => {
    if (piece === '') return;
    const last = runs[runs.length - 1];
    if (last && last.changed === changed) last.text += piece;
    else runs.push({ text: piece, changed });
  };
  let cursor = 0;
  for (const { word, changed } of marks) {
    const at = lower.indexOf(fold(word), cursor);
    // fold() keeps lengths for the scripts news is written in; if it ever does not, show the text unmarked.
    if (at < 0 || fold(text.slice(at, at + word.length)) !== fold(word)) return [{ text, changed: false }];
    // A gap between two changed words belongs to the change, so "advanced American" reads as one run.
    push(text.slice(cursor, at), changed && runs[runs.length - 1]?.changed === true);
    push(text.slice(at, at + word.length), changed);
    cursor = at + word.length;
  }
  push(text.slice(cursor), false);
  // Spaces and punctuation between two changed runs join them: "one-hour-45-minute" is one change.
  const merged: TextRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const prev = merged[merged.length - 1];
    const next = runs[i + 1];
    if (prev?.changed && !run.changed && next?.changed && !/[\p{L}\p{N}]/u.test(run.text)) {
      prev.text += run.text + next.text;
      i++;
    } else if (prev && prev.changed === run.changed) prev.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/**
 * The runs of every claim in a cluster: the first claim is the reference; each other claim
 * marks the words it has that the reference lacks, and the reference marks the words some
 * other claim lacks.
 */
export function diffRuns(claims: Claim[]): Map<string, TextRun[]> {
  const out = new Map<string, TextRun[]>();
  const [reference, ...others] = claims;
  if (!reference) return out;
  const referenceChanged = new Set<number>();
  // Punctuation is diffed but never marked: curly against straight quotes is not a change of wording.
  const isWord = (word: string) => /[\p{L}\p{N}]/u.test(word);
  for (const other of others) {
    const parts = wordDiff(reference.text, other.text);
    const marks: { word: string; changed: boolean }[] = [];
    let index = 0;
    for (const part of parts) {
      for (const word of part.text.split(' ')) {
        if (part.op === 'removed' && isWord(word)) referenceChanged.add(index);
        if (part.op !== 'added') index++;
        if (part.op !== 'removed') marks.push({ word, changed: part.op === 'added' && isWord(word) });
      }
    }
    out.set(other.id, markWords(other.text, marks));
  }
  const referenceWords = others.length ? wordDiff(reference.text, reference.text).flatMap((p) => p.text.split(' ')).filter(Boolean) : [];
  out.set(reference.id, markWords(reference.text, referenceWords.map((word, i) => ({ word, changed: referenceChanged.has(i) }))));
  return out;
}

/** The key review decisions are stored under: the cluster's claim ids, sorted. */
export function clusterKey(claimIds: string[]): string {
  return [...claimIds].sort().join('\n');
}

/** Build the view model of an analysis. `sources` are the documents the analysis was run on. */
export function buildViewModel(result: AnalysisResult, sources: SourceText[], profile: Profile): ViewModel {
  const docs = new Map(sources.map((d) => [d.id, d]));
  const articles = new Map(result.articles.map((a) => [a.id, a]));
  const claims = new Map(result.claims.map((c) => [c.id, c]));
  const lines = new Map<string, LineIndex>();
  const lineIndex = (id: string) => {
    let index = lines.get(id);
    if (!index) lines.set(id, (index = new LineIndex(docs.get(id)?.source ?? '')));
    return index;
  };
  const paragraphs = new Map<string, ParagraphIndex>();
  const paragraphIndex = (id: string) => {
    let index = paragraphs.get(id);
    if (!index) paragraphs.set(id, (index = new ParagraphIndex(docs.get(id)?.source ?? '')));
    return index;
  };
  const recurringIn = new Map<string, string[]>();
  const eventOfCluster = new Map(result.clusters.map((c) => [c.id, c.eventId]));
  const clusterOfClaim = new Map(result.clusters.flatMap((c) => c.claimIds.map((id) => [id, c.id] as const)));
  for (const r of result.recurring) {
    for (const id of r.clusterIds) {
      const own = eventOfCluster.get(id);
      recurringIn.set(id, [...new Set(r.eventIds.filter((e) => e !== own))].sort());
    }
  }

  const events: EventView[] = result.events.map((e) => ({
    id: e.id,
    label: e.label,
    date: e.date,
    outlets: e.articleIds.flatMap((id) => {
      const a = articles.get(id);
      return a ? [{ articleId: id, outlet: a.outlet, sourceFile: a.sourceFile, role: a.role }] : [];
    }),
    clusterIds: [],
  }));
  const eventById = new Map(events.map((e) => [e.id, e]));

  const clusters: ClusterView[] = [];
  const clustersOf = new Map<string, AnalysisResult['clusters']>();
  for (const cluster of result.clusters) {
    const list = clustersOf.get(cluster.eventId);
    if (list) list.push(cluster);
    else clustersOf.set(cluster.eventId, [cluster]);
  }
  for (const event of events) {
    const order = new Map(event.outlets.map((o, i) => [o.articleId, i]));
    for (const cluster of clustersOf.get(event.id) ?? []) {
      const own = cluster.claimIds.flatMap((id) => (claims.has(id) ? [claims.get(id)!] : []));
      // Reference wording: the claim of the first outlet column that carries one.
      own.sort((x, y) => (order.get(x.articleId) ?? 1e9) - (order.get(y.articleId) ?? 1e9) || x.start - y.start);
      const runs = diffRuns(own);
      const missing = new Set(cluster.missingArticleIds);
      const carriers = cluster.carriedWithin.flatMap((id) => (claims.has(id) ? [claims.get(id)!] : []));
      const claimView = (c: Claim, sourceFile: string): ClaimView => ({
        id: c.id,
        articleId: c.articleId,
        text: c.text,
        runs: runs.get(c.id) ?? [{ text: c.text, changed: false }],
        speaker: c.speaker,
        channel: c.channel,
        cue: c.cue,
        mode: c.mode,
        sourceMention: c.sourceMention,
        location: { file: sourceFile, ...lineIndex(c.articleId).position(c.start) },
        context: paragraphContext(docs.get(c.articleId), c, paragraphIndex(c.articleId)),
      });
      const cells: CellView[] = event.outlets.map((o) => {
        const mine = own.filter((c) => c.articleId === o.articleId);
        const within = mine.length ? [] : carriers.filter((c) => c.articleId === o.articleId);
        const state = mine.length ? 'present' : within.length ? 'within' : missing.has(o.articleId) ? 'omitted' : 'absent';
        return {
          articleId: o.articleId,
          outlet: o.outlet,
          state,
          claims: [...mine, ...within].map((c) => claimView(c, o.sourceFile)),
          ...(within.length ? { withinClusterId: clusterOfClaim.get(within[0]!.id) } : {}),
        };
      });
      const channels = [...new Set(own.map((c) => c.channel))].sort();
      const headline = (own[0]?.text ?? '').replace(/\s+/g, ' ').trim();
      clusters.push({
        id: cluster.id,
        eventId: cluster.eventId,
        status: cluster.status,
        key: clusterKey(cluster.claimIds),
        claimIds: [...cluster.claimIds],
        headline,
        cells,
        divergences: cluster.divergences.map((d) => ({ kind: d.kind, detail: d.detail })),
        omitted: cluster.missingArticleIds.length > 0,
        channels,
        recurringIn: recurringIn.get(cluster.id) ?? [],
        haystack: [
          ...own.map((c) => c.text),
          ...own.map((c) => c.speaker ?? ''),
          ...channels,
          ...own.map((c) => articles.get(c.articleId)?.outlet ?? ''),
        ].join('\n').toLowerCase(),
      });
      event.clusterIds.push(cluster.id);
    }
  }

  const outletOf = (id: string) => articles.get(id)?.outlet ?? id;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const readouts: EventReadoutsView[] = reconstructReadouts(result, profile).map((e) => {
    const partText = new Map(e.readouts.flatMap((r) => r.parts.map((p) => [`${r.channel} ${p.clusterId}`, flat(p.text)] as const)));
    const labelOf = new Map(e.readouts.map((r) => [r.channel, r.label]));
    return {
      eventId: e.eventId,
      readouts: e.readouts.map((r) => ({
        channel: r.channel,
        label: r.label,
        parts: r.parts.map((p) => ({ text: flat(p.text), speaker: p.speaker, outlets: p.articleIds.map(outletOf) })),
      })),
      counterparts: e.counterparts.map((c) => ({
        labels: [labelOf.get(c.channels[0]) ?? c.channels[0], labelOf.get(c.channels[1]) ?? c.channels[1]],
        texts: [
          partText.get(`${c.channels[0]} ${c.clusterIds[0]}`) ?? clusterById.get(c.clusterIds[0])?.headline ?? '',
          partText.get(`${c.channels[1]} ${c.clusterIds[1]}`) ?? clusterById.get(c.clusterIds[1])?.headline ?? '',
        ],
      })),
    };
  });
  const sourcing: SourcingView[] = sourcingProfiles(result)
    .filter((p) => eventById.has(p.eventId))
    .map((p) => ({
      eventId: p.eventId,
      articleId: p.articleId,
      outlet: outletOf(p.articleId),
      total: p.total,
      shares: Object.entries(p.byChannel)
        .map(([channel, count]) => ({ channel, count, share: p.total ? count / p.total : 0 }))
        .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)),
    }));

  return {
    events,
    clusters,
    channels: [...new Set(result.claims.map((c) => c.channel))].sort(),
    readouts,
    sourcing,
    channelLabels: Object.fromEntries(profile.channels.map((c) => [c.id, c.label])),
    warnings: result.warnings,
  };
}
