/**
 * `e` in the review UI: the current view as GitHub-flavoured Markdown, with the review
 * decisions. Pure: returns the text and a file name; the review command writes it.
 */
import { escapeCell, escapeText, table } from '../../engine/report/markdown-escape.ts';
import type { ReviewVerdict } from '../../engine/schema.ts';
import { visibleClusters, type UiState } from './reducer.ts';
import { carries, cellLabel, type ClaimView, type ClusterView, type EventView, type TextRun, type ViewModel } from './view-model.ts';

/** What an export covers: the side-by-side clusters, one cluster's details, the readouts or the sourcing. */
export type ExportView = 'clusters' | 'details' | 'readouts' | 'sourcing';

/** The view on screen now. */
export function currentView(state: Pick<UiState, 'overlay' | 'tab'>): ExportView {
  if (state.overlay === 'details') return 'details';
  return state.tab === 'cluster' ? 'clusters' : state.tab;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The export's file name: the view and its filters, so that exports of different views sit
 * side by side and exporting the same view again replaces the old file with the new state.
 */
export function exportFileName(state: Pick<UiState, 'overlay' | 'tab' | 'filter' | 'channel' | 'selectedId'>): string {
  const view = currentView(state);
  const parts = ['review', view];
  if (view === 'details' && state.selectedId) parts.push(slug(state.selectedId));
  if (view === 'clusters') {
    if (state.filter !== 'all') parts.push(state.filter);
    if (state.channel) parts.push(slug(state.channel));
  }
  return `${parts.join('-')}.md`;
}

/** A claim's words in Markdown, the words that differ from the reference in bold; spacing as in the source. */
function runsMarkdown(runs: TextRun[]): string {
  const md = runs
    .map((r) => {
      const text = escapeText(r.text);
      if (!text) return r.text ? ' ' : '';
      const lead = /^\s/.test(r.text) ? ' ' : '';
      const trail = /\s$/.test(r.text) ? ' ' : '';
      return lead + (r.changed ? `**${text}**` : text) + trail;
    })
    .join('');
  return md.replace(/ {2,}/g, ' ').trim();
}

function cite(claim: ClaimView): string {
  return `${claim.location.file}:${claim.location.line}:${claim.location.column}`;
}

function eventHeading(event: EventView): string {
  return `## ${escapeText(event.label)}${event.date ? ` (${event.date})` : ''}: ${event.outlets.map((o) => escapeText(o.outlet)).join(', ')}`;
}

function verdictText(verdict: ReviewVerdict | undefined): string {
  return verdict === 'accepted' ? 'accepted' : verdict === 'flagged' ? 'flagged as wrong' : 'not reviewed';
}

function clusterSection(cluster: ClusterView, verdict: ReviewVerdict | undefined): string[] {
  const out = [`### ${escapeText(cluster.id)}: ${cluster.status}, ${verdictText(verdict)}`, ''];
  for (const d of cluster.divergences) out.push(`- ${d.kind}: ${escapeText(d.detail)}`);
  if (cluster.recurringIn.length) out.push(`- recurs in ${cluster.recurringIn.map(escapeText).join(', ')}`);
  if (cluster.divergences.length || cluster.recurringIn.length) out.push('');
  const rows: string[][] = [];
  for (const cell of cluster.cells) {
    if (!carries(cell)) {
      rows.push([escapeCell(cell.outlet), cell.state === 'omitted' ? '*omitted*' : '—', ' ', ' ', ' ', ' ']);
      continue;
    }
    for (const claim of cell.claims) {
      rows.push([
        escapeCell(cellLabel(cell)), runsMarkdown(claim.runs) || ' ', escapeCell(claim.speaker ?? '—'), escapeCell(claim.channel),
        escapeCell(claim.cue ?? '—'), escapeCell(cite(claim)),
      ]);
    }
  }
  out.push(table(['outlet', 'claim (words differing from the first outlet in bold)', 'speaker', 'channel', 'cue', 'cited'], rows), '');
  return out;
}

function detailsSection(vm: ViewModel, cluster: ClusterView, verdict: ReviewVerdict | undefined): string[] {
  const out = [`### ${escapeText(cluster.id)}: ${cluster.status}, ${verdictText(verdict)}`, ''];
  for (const d of cluster.divergences) out.push(`- ${d.kind}: ${escapeText(d.detail)}`);
  out.push('');
  for (const cell of cluster.cells) {
    if (!carries(cell)) {
      out.push(`**${escapeText(cell.outlet)}**: ${cell.state === 'omitted' ? 'omitted' : 'not in this cluster'}`, '');
      continue;
    }
    for (const claim of cell.claims) {
      const label = vm.channelLabels[claim.channel];
      out.push(`**${escapeText(cellLabel(cell))}**, ${escapeText(cite(claim))}: speaker ${escapeText(claim.speaker ?? '—')}, channel ${escapeText(claim.channel)}${label && label !== claim.channel ? ` (${escapeText(label)})` : ''}, cue ${escapeText(claim.cue ?? '—')}, mode ${claim.mode}`, '');
      const { before, claim: text, after } = claim.context;
      out.push(`> ${[escapeText(before), `**${escapeText(text)}**`, escapeText(after)].filter(Boolean).join(' ')}`, '');
    }
  }
  return out;
}

function readoutsSection(vm: ViewModel, event: EventView): string[] {
  const entry = vm.readouts.find((r) => r.eventId === event.id);
  const readouts = (entry?.readouts ?? []).filter((r) => r.parts.length);
  if (!readouts.length) return ['No readout reconstructed for this event: none of its claims is attributed to a readout, a state agency or an anonymous official.', ''];
  const out: string[] = [];
  for (const r of readouts) {
    out.push(`### ${escapeText(r.label)}`, '');
    for (const p of r.parts) out.push(`- ${escapeText(p.text)} (${p.outlets.map(escapeText).join(', ')})`);
    out.push('');
  }
  if (entry?.counterparts.length) {
    out.push('### Counterparts', '');
    out.push(table(['readout', 'wording', 'readout', 'wording'], entry.counterparts.map((c) => [escapeCell(c.labels[0]), escapeCell(c.texts[0]), escapeCell(c.labels[1]), escapeCell(c.texts[1])])), '');
  }
  return out;
}

function sourcingSection(vm: ViewModel, event: EventView): string[] {
  const profiles = vm.sourcing.filter((p) => p.eventId === event.id);
  const channels = [...new Set(profiles.flatMap((p) => p.shares.map((s) => s.channel)))].sort();
  const rows = profiles.map((p) => [
    escapeCell(p.outlet), String(p.total),
    ...channels.map((ch) => {
      const s = p.shares.find((x) => x.channel === ch);
      return s ? `${Math.round(s.share * 100)}% (${s.count})` : '—';
    }),
  ]);
  return [table(['outlet', 'claims', ...channels.map(escapeCell)], rows), ''];
}

/** The current view as Markdown, with every review decision at the end. */
export function exportMarkdown(vm: ViewModel, state: UiState): string {
  const view = currentView(state);
  const out: string[] = [`# claimdiff review: ${view}`, ''];
  const eventsWith = (ids: Set<string>) => vm.events.filter((e) => ids.has(e.id));
  if (view === 'clusters') {
    const visible = visibleClusters(vm, state);
    out.push(`Filter: ${state.filter}; channel: ${state.channel ?? 'all'}; ${visible.length} of ${vm.clusters.length} clusters.`, '');
    for (const event of eventsWith(new Set(visible.map((c) => c.eventId)))) {
      out.push(eventHeading(event), '');
      for (const cluster of visible) if (cluster.eventId === event.id) out.push(...clusterSection(cluster, state.decisions[cluster.key]));
    }
  } else if (view === 'details') {
    const cluster = vm.clusters.find((c) => c.id === state.selectedId);
    const event = vm.events.find((e) => e.id === cluster?.eventId);
    if (cluster && event) out.push(eventHeading(event), '', ...detailsSection(vm, cluster, state.decisions[cluster.key]));
  } else {
    for (const event of vm.events) {
      out.push(eventHeading(event), '');
      out.push(...(view === 'readouts' ? readoutsSection(vm, event) : sourcingSection(vm, event)));
    }
  }
  const decided = vm.clusters.filter((c) => state.decisions[c.key]);
  out.push('## Review decisions', '');
  if (decided.length === 0) out.push('No cluster reviewed yet.', '');
  else {
    const accepted = decided.filter((c) => state.decisions[c.key] === 'accepted').length;
    out.push(`${accepted} accepted, ${decided.length - accepted} flagged as wrong, ${vm.clusters.length - decided.length} not reviewed.`, '');
    out.push(table(['cluster', 'decision', 'claim'], decided.map((c) => [escapeCell(c.id), verdictText(state.decisions[c.key]), escapeCell(c.headline)])), '');
  }
  return out.join('\n');
}
