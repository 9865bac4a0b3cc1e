/**
 * What each part of the review screen shows, as styled lines of an exact width: pure
 * functions of the view model and the UI state, tested without a terminal. The components
 * call these and render the lines; nothing else decides what goes where.
 */
import type { ReviewVerdict } from '../../engine/schema.ts';
import { FOOTER_KEYS, BINDINGS, DESCRIPTIONS, Command, keyLabel } from './keys.ts';
import { searchHits, visibleClusters, TABS, type UiState } from './reducer.ts';
import { carries, cellLabel, type CellView, type ClaimView, type ClusterView, type EventView, type ViewModel } from './view-model.ts';
import { cellWidth, columns, fit, flatten, highlight, line, splitWidth, wrap, type Line, type Span } from './text.ts';

/** Narrowest outlet column before the side-by-side view stacks outlets one under another. */
export const MIN_COLUMN = 14;

/** Events with more outlets than this show "carried/outlets" in the list instead of one dot per outlet. */
export const MAX_DOTS = 12;

/** How many cells the coverage marks of a list row take for an event of `outlets` outlets. */
export function coverageWidth(outlets: number): number {
  return outlets <= MAX_DOTS ? outlets : 2 * String(outlets).length + 1;
}

/** One dot per outlet, or for crowded events the count of outlets carrying the claim. */
function coverageMarks(cells: CellView[]): Span[] {
  if (cells.length <= MAX_DOTS) return cells.map((cell) => DOT[cell.state]);
  const carried = cells.filter(carries).length;
  const digits = String(cells.length).length;
  return [{ text: `${String(carried).padStart(digits)}/${cells.length}`, style: 'plain' }];
}

/** Terminals narrower than this fold the list to its marks while the right pane has focus. */
export const FOLD_LIST_BELOW = 120;

/**
 * Width of the cluster list for a terminal `columnsWide` wide. While the right pane has focus
 * on a narrow terminal the list folds to its cursor, marks and dots (`maxOutlets` of them), so
 * the outlets' columns get the room.
 */
export function listWidth(columnsWide: number, rightFocused = false, maxOutlets = 3): number {
  if (rightFocused && columnsWide < FOLD_LIST_BELOW) return Math.min(24, 5 + coverageWidth(maxOutlets));
  return Math.max(24, Math.min(56, Math.floor(columnsWide * 0.33)));
}

export const STATUS_MARK: Record<ClusterView['status'], Span> = {
  agreement: { text: '=', style: 'agreement' },
  divergence: { text: '≠', style: 'divergence' },
  single: { text: '·', style: 'single' },
};

const VERDICT_MARK: Record<ReviewVerdict, Span> = {
  accepted: { text: '✓', style: 'accepted' },
  flagged: { text: '✗', style: 'flagged' },
};

const DOT: Record<CellView['state'], Span> = {
  present: { text: '●', style: 'plain' },
  within: { text: '◐', style: 'plain' },
  omitted: { text: '○', style: 'omitted' },
  absent: { text: '·', style: 'dim' },
};

function eventTitle(event: EventView): string {
  const date = event.date ? ` · ${event.date}` : '';
  return `${event.label}${date} · ${event.outlets.length} outlet${event.outlets.length === 1 ? '' : 's'}`;
}

type ListRow = { kind: 'event'; event: EventView; shown: number } | { kind: 'cluster'; cluster: ClusterView };

/** All rows of the list (event headings and clusters): cheap records, styled only when visible. */
export function listRows(vm: ViewModel, state: Pick<UiState, 'filter' | 'channel'>): ListRow[] {
  const visible = visibleClusters(vm, state);
  const byEvent = new Map<string, ClusterView[]>();
  for (const c of visible) {
    const list = byEvent.get(c.eventId);
    if (list) list.push(c);
    else byEvent.set(c.eventId, [c]);
  }
  const rows: ListRow[] = [];
  for (const event of vm.events) {
    const own = byEvent.get(event.id);
    if (!own) continue;
    rows.push({ kind: 'event', event, shown: own.length });
    for (const cluster of own) rows.push({ kind: 'cluster', cluster });
  }
  return rows;
}

/** First row to show so that row `at` is visible, the selection kept near the middle. */
export function windowStart(at: number, height: number, total: number): number {
  if (total <= height || at < 0) return 0;
  return Math.max(0, Math.min(total - height, at - Math.floor(height / 2)));
}

/** The cluster list: only the rows that fit are styled, however many clusters there are. */
export function listLines(vm: ViewModel, state: UiState, width: number, height: number): Line[] {
  const rows = listRows(vm, state);
  if (vm.clusters.length === 0) return [line('No claims found in this corpus.', 'dim')].map((l) => ({ spans: fit(l.spans, width) }));
  if (rows.length === 0) {
    const why = state.channel ? `filter "${state.filter}" and channel "${state.channel}"` : `filter "${state.filter}"`;
    return [line(`No cluster matches ${why}.`, 'dim'), line('f or s cycles the filters.', 'dim')].map((l) => ({ spans: fit(l.spans, width) }));
  }
  const at = rows.findIndex((r) => r.kind === 'cluster' && r.cluster.id === state.selectedId);
  const start = windowStart(at, height, rows.length);
  const out: Line[] = [];
  const query = state.search.query;
  for (const row of rows.slice(start, start + height)) {
    if (row.kind === 'event') {
      out.push({ spans: fit([{ text: `▸ ${eventTitle(row.event)} (${row.shown})`, style: 'title' }], width) });
      continue;
    }
    const c = row.cluster;
    const selected = c.id === state.selectedId;
    const verdict = state.decisions[c.key];
    const marks: Span[] = [
      { text: selected ? '›' : ' ', style: 'bold' },
      verdict ? VERDICT_MARK[verdict] : { text: ' ', style: 'plain' },
      STATUS_MARK[c.status],
      { text: ' ', style: 'plain' },
      ...coverageMarks(c.cells),
      { text: ' ', style: 'plain' },
    ];
    // A folded list has room for its marks only: a letter or two of the claim would be noise.
    const room = width - marks.reduce((n, span) => n + cellWidth(span.text), 0);
    const spans = room >= MIN_HEADLINE ? [...marks, ...highlight(c.headline, query)] : marks;
    out.push({ spans: fit(spans, width), selected });
  }
  return out;
}

/** A list row shows its claim's headline only with this many cells left after the marks. */
const MIN_HEADLINE = 6;

/** Columns narrower than this show the speaker, channel and cue without their labels. */
const LABELLED_META = 22;

function meta(label: string, value: string | null, width: number): Line {
  const shown: Span = { text: value ?? '—', style: value ? 'plain' : 'dim' };
  return { spans: fit(width < LABELLED_META ? [shown] : [{ text: `${label} `, style: 'dim' }, shown], width) };
}

function claimRuns(claim: ClaimView, query: string): Span[] {
  return claim.runs.flatMap((r) => highlight(flatten(r.text), query, r.changed ? 'changed' : 'plain'));
}

/** One outlet's column: name, speaker, channel, cue, then the claim with its differing words marked. */
function cellBlock(cell: CellView, width: number, query: string): Line[] {
  const out: Line[] = [{ spans: fit([{ text: cell.outlet, style: 'title' }], width) }];
  if (cell.withinClusterId) out.push(...wrap([{ text: `within ${cell.withinClusterId}, a longer claim:`, style: 'dim' }], width));
  if (cell.state === 'omitted') {
    out.push({ spans: fit([{ text: 'omitted', style: 'omitted' }], width) });
    out.push(...wrap([{ text: 'covers this event, but not this claim', style: 'dim' }], width));
    return out;
  }
  if (cell.state === 'absent') {
    out.push({ spans: fit([{ text: '—', style: 'dim' }], width) });
    return out;
  }
  cell.claims.forEach((claim, i) => {
    if (i > 0) out.push({ spans: fit([{ text: `also (${i + 1}/${cell.claims.length})`, style: 'dim' }], width) });
    out.push(meta('speaker', claim.speaker, width), meta('channel', claim.channel, width), meta('cue', claim.cue, width));
    out.push({ spans: fit([{ text: '─'.repeat(width), style: 'dim' }], width) });
    out.push(...wrap(claimRuns(claim, query), width));
  });
  return out;
}

/** An outlet's claims stacked under a one-line heading: for panes too narrow for a column per outlet. */
function stackedBlock(cell: CellView, width: number, query: string): Line[] {
  const head: Span[] = [{ text: cellLabel(cell), style: 'title' }];
  const out: Line[] = [];
  for (const claim of cell.claims) {
    const who = [claim.speaker ?? '—', claim.channel, claim.cue ?? '—'].join(' · ');
    out.push({ spans: fit([...head, { text: `  ${who}`, style: 'dim' }], width) });
    out.push(...wrap(claimRuns(claim, query), width));
  }
  return out;
}

/**
 * `n` blocks side by side when each gets at least `min` cells, else one under another (then
 * laid out by `stacked`, full width, a blank line between them).
 */
function sideBySide(n: number, width: number, min: number, gap: number, block: (i: number, w: number) => Line[], stacked = block): Line[] {
  const widths = splitWidth(width, n, gap);
  if (n > 0 && widths.every((w) => w >= min)) return columns(widths.map((w, i) => block(i, w)), widths, gap);
  const out: Line[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) out.push({ spans: fit([], width) });
    out.push(...stacked(i, width));
  }
  return out;
}

/** The first lines of an event's pane: its title and what the pane shows. */
function eventPaneHead(event: EventView, title: string, intro: string, width: number): Line[] {
  return [{ spans: fit([{ text: `${title} · ${eventTitle(event)}`, style: 'title' }], width) }, ...wrap([{ text: intro, style: 'dim' }], width)];
}

/** The selected cluster side by side: one column per outlet of its event. */
export function clusterLines(vm: ViewModel, cluster: ClusterView | undefined, state: Pick<UiState, 'decisions' | 'search'>, width: number): Line[] {
  if (!cluster) return [line('No cluster selected.', 'dim')];
  const verdict = state.decisions[cluster.key];
  const carried = cluster.cells.filter(carries).length;
  const out: Line[] = [];
  out.push({
    spans: fit([
      ...(verdict ? [VERDICT_MARK[verdict], { text: ` ${verdict} · `, style: verdict } as Span] : []),
      { text: cluster.status, style: STATUS_MARK[cluster.status].style === 'single' ? 'bold' : STATUS_MARK[cluster.status].style },
      { text: ` · ${cluster.id} · ${width < 70 ? '' : 'carried by '}${carried} of ${cluster.cells.length} outlet${cluster.cells.length === 1 ? '' : 's'}`, style: 'plain' },
    ], width),
  });
  for (const d of cluster.divergences) out.push(...wrap([{ text: `${d.kind}: `, style: 'divergence' }, { text: d.detail, style: 'plain' }], width));
  if (cluster.recurringIn.length) out.push(...wrap([{ text: `recurs in ${cluster.recurringIn.join(', ')}`, style: 'dim' }], width));
  out.push({ spans: fit([], width) });
  const query = state.search.query;
  const fitsAll = cluster.cells.length > 0 && splitWidth(width, cluster.cells.length).every((w) => w >= MIN_COLUMN);
  // Too many outlets for a column each: columns (or blocks) for the outlets that carry the
  // claim, and the others named in a line each for omitted and absent.
  const cells = fitsAll ? cluster.cells : cluster.cells.filter(carries);
  out.push(...sideBySide(cells.length, width, MIN_COLUMN, 2, (i, w) => cellBlock(cells[i]!, w, query), (i, w) => stackedBlock(cells[i]!, w, query)));
  if (!fitsAll) {
    for (const state of ['omitted', 'absent'] as const) {
      const names = cluster.cells.filter((c) => c.state === state).map((c) => c.outlet);
      if (names.length === 0) continue;
      const label = state === 'omitted' ? `omitted by ${names.length} of ${cluster.cells.length}: ` : `not in this cluster (${names.length}): `;
      out.push({ spans: fit([], width) }, ...wrap([{ text: label, style: state === 'omitted' ? 'omitted' : 'dim' }, { text: names.join(', '), style: 'plain' }], width));
    }
  }
  return out;
}

/** Each claim of the cluster in its paragraph, with its file:line:column. */
export function detailLines(vm: ViewModel, cluster: ClusterView | undefined, width: number): Line[] {
  if (!cluster) return [line('No cluster selected.', 'dim')];
  const event = vm.events.find((e) => e.id === cluster.eventId);
  const out: Line[] = [{ spans: fit([{ text: `Details of ${cluster.id}`, style: 'title' }, { text: ` · ${cluster.status} · Esc closes, ↑↓ scroll`, style: 'dim' }], width) }];
  for (const d of cluster.divergences) out.push(...wrap([{ text: `${d.kind}: `, style: 'divergence' }, { text: d.detail, style: 'plain' }], width));
  for (const cell of cluster.cells) {
    out.push({ spans: fit([], width) });
    if (!carries(cell)) {
      const why = cell.state === 'omitted' ? `omitted: covers ${event?.label ?? cluster.eventId} but carries no version of this claim` : 'not part of this cluster';
      out.push({ spans: fit([{ text: cell.outlet, style: 'title' }, { text: ` — ${why}`, style: cell.state === 'omitted' ? 'omitted' : 'dim' }], width) });
      continue;
    }
    for (const claim of cell.claims) {
      const where = `${claim.location.file}:${claim.location.line}:${claim.location.column}`;
      out.push({ spans: fit([{ text: cellLabel(cell), style: 'title' }, { text: ` — ${where}`, style: 'plain' }], width) });
      const label = vm.channelLabels[claim.channel];
      const facts = [
        `speaker ${claim.speaker ?? '—'}`,
        `channel ${claim.channel}${label && label !== claim.channel ? ` (${label})` : ''}`,
        `cue ${claim.cue ?? '—'}`,
        `mode ${claim.mode}`,
        ...(claim.sourceMention ? [`source “${claim.sourceMention}”`] : []),
      ];
      out.push(...wrap([{ text: facts.join(' · '), style: 'dim' }], width));
      out.push(...wrap([
        { text: flatten(claim.context.before), style: 'dim' },
        { text: ' ', style: 'plain' },
        { text: flatten(claim.context.claim), style: 'claim' },
        { text: ' ', style: 'plain' },
        { text: flatten(claim.context.after), style: 'dim' },
      ], width));
    }
  }
  return out;
}

/** The readouts of an event side by side: what each channel said, per the coverage. */
export function readoutLines(vm: ViewModel, eventId: string | undefined, width: number): Line[] {
  const event = vm.events.find((e) => e.id === eventId);
  if (!event) return [line('No event selected.', 'dim')];
  const entry = vm.readouts.find((r) => r.eventId === event.id);
  const readouts = (entry?.readouts ?? []).filter((r) => r.parts.length > 0);
  const out = eventPaneHead(event, 'Readouts', 'What each side said, as the coverage reports it; under each part, the outlets that carried it.', width);
  out.push({ spans: fit([], width) });
  if (readouts.length === 0) {
    out.push(...wrap([{ text: 'No readout reconstructed for this event: none of its claims is attributed to a readout, a state agency or an anonymous official.', style: 'plain' }], width));
    return out;
  }
  const block = (r: (typeof readouts)[number], w: number): Line[] => {
    const lines: Line[] = [{ spans: fit([{ text: `${r.label} (${r.parts.length})`, style: 'title' }], w) }];
    for (const part of r.parts) {
      lines.push(...wrap([{ text: `• ${part.text}`, style: 'plain' }], w));
      lines.push(...wrap([{ text: `↳ ${part.outlets.join(', ')}`, style: 'dim' }], w));
    }
    return lines;
  };
  out.push(...sideBySide(readouts.length, width, 24, 3, (i, w) => block(readouts[i]!, w)));
  if (entry && entry.counterparts.length) {
    out.push({ spans: fit([], width) }, { spans: fit([{ text: 'Counterparts: the same moment in two readouts', style: 'title' }], width) });
    for (const c of entry.counterparts) {
      out.push(...wrap([
        { text: `${c.labels[0]}: `, style: 'dim' }, { text: c.texts[0], style: 'plain' },
        { text: ` ↔ ${c.labels[1]}: `, style: 'dim' }, { text: c.texts[1], style: 'plain' },
      ], width));
    }
  }
  return out;
}

/** Each outlet's sourcing profile in an event, as bars: the share of its claims per channel. */
export function sourcingLines(vm: ViewModel, eventId: string | undefined, width: number): Line[] {
  const event = vm.events.find((e) => e.id === eventId);
  if (!event) return [line('No event selected.', 'dim')];
  const profiles = vm.sourcing.filter((p) => p.eventId === event.id);
  const out = eventPaneHead(event, 'Sourcing', "Share of each outlet's claims per channel.", width);
  const labelWidth = Math.min(20, Math.max(8, ...profiles.flatMap((p) => p.shares.map((s) => s.channel.length))));
  const barWidth = Math.max(4, width - labelWidth - 2 - 11);
  for (const p of profiles) {
    out.push({ spans: fit([], width) });
    out.push({ spans: fit([{ text: p.outlet, style: 'title' }, { text: ` · ${p.total} claim${p.total === 1 ? '' : 's'}`, style: 'dim' }], width) });
    if (p.total === 0) out.push({ spans: fit([{ text: '  no claims', style: 'dim' }], width) });
    for (const s of p.shares) {
      const filled = Math.round(s.share * barWidth);
      const pct = `${Math.round(s.share * 100)}%`.padStart(5);
      out.push({
        spans: fit([
          { text: `  ${fit([{ text: s.channel, style: 'plain' }], labelWidth)[0]!.text.padEnd(labelWidth)} `, style: 'plain' },
          { text: '█'.repeat(filled), style: 'bar' },
          { text: '░'.repeat(barWidth - filled), style: 'dim' },
          { text: `${pct} ${String(s.count).padStart(4)}`, style: 'plain' },
        ], width),
      });
    }
  }
  return out;
}

/** The help screen, generated from the bindings so it cannot drift from them. */
export function helpLines(width: number): Line[] {
  const out: Line[] = [{ spans: fit([{ text: 'Keys', style: 'title' }, { text: ' · ? or Esc closes', style: 'dim' }], width) }];
  for (const command of Object.values(Command)) {
    const keys = BINDINGS[command].map(keyLabel).join(' or ');
    out.push({ spans: fit([{ text: `  ${keys.padEnd(16)}`, style: 'key' }, { text: DESCRIPTIONS[command], style: 'plain' }], width) });
  }
  out.push({ spans: fit([], width) }, { spans: fit([{ text: 'Marks', style: 'title' }], width) });
  out.push(...wrap([
    STATUS_MARK.agreement, { text: ' agreement  ', style: 'plain' }, STATUS_MARK.divergence, { text: ' divergence  ', style: 'plain' },
    STATUS_MARK.single, { text: ' one outlet only  ', style: 'plain' }, DOT.present, { text: ' carried  ', style: 'plain' },
    DOT.omitted, { text: ' omitted  ', style: 'plain' }, VERDICT_MARK.accepted, { text: ' accepted  ', style: 'plain' },
    VERDICT_MARK.flagged, { text: ' flagged as wrong', style: 'plain' },
  ], width));
  out.push(...wrap([{ text: 'Dots follow the order of the outlets in the cluster view. Marked words differ from the first outlet\'s wording.', style: 'dim' }], width));
  return out;
}

const FILTER_LABEL: Record<UiState['filter'], string> = { all: 'all', divergent: 'divergent', omitted: 'omitted', agreed: 'agreed' };

/** The two header lines: the event and the review's progress, then the panes, filters and counts. */
export function headerLines(vm: ViewModel, state: UiState, width: number): Line[] {
  const selected = vm.clusters.find((c) => c.id === state.selectedId);
  const event = vm.events.find((e) => e.id === selected?.eventId) ?? vm.events[0];
  const visible = visibleClusters(vm, state);
  const count = (f: (c: ClusterView) => boolean) => visible.filter(f).length;
  const reviewed = vm.clusters.filter((c) => state.decisions[c.key]).length;
  const [divergent, omitted, agreed] = [count((c) => c.status === 'divergence'), count((c) => c.omitted), count((c) => c.status === 'agreement')];
  // Narrow terminals get the counts as marks (the help explains them), leaving room for the event.
  const right = width >= 110
    ? ` ${divergent} divergent · ${omitted} omitted · ${agreed} agreed · reviewed ${reviewed}/${vm.clusters.length}`
    : ` ≠${divergent} ○${omitted} =${agreed} · reviewed ${reviewed}/${vm.clusters.length}`;
  const left: Span[] = [{ text: 'claimdiff review', style: 'title' }, { text: ` — ${event ? eventTitle(event) : 'no events'}`, style: 'plain' }];
  const first = [...fit(left, Math.max(0, width - right.length)), { text: right, style: 'dim' } as Span];
  const panes: Span[] = [];
  for (const pane of ['list', ...TABS] as const) {
    const name = pane[0]!.toUpperCase() + pane.slice(1);
    const active = state.focus === pane;
    const shown = pane === state.tab;
    panes.push({ text: active ? `[${name}]` : shown ? ` ${name}*` : ` ${name} `, style: active ? 'key' : shown ? 'bold' : 'dim' });
  }
  const filters: Span[] = [
    { text: '  filter ', style: 'dim' }, { text: FILTER_LABEL[state.filter], style: state.filter === 'all' ? 'plain' : 'key' },
    { text: ' · channel ', style: 'dim' }, { text: state.channel ?? 'all', style: state.channel ? 'key' : 'plain' },
    { text: ` · ${visible.length}/${vm.clusters.length} clusters`, style: 'dim' },
  ];
  return [{ spans: fit(first, width) }, { spans: fit([...panes, ...filters], width) }];
}

/** The two footer lines: the search prompt or the last notice, then the main keys. */
export function footerLines(vm: ViewModel, state: UiState, width: number): Line[] {
  let status: Span[];
  if (state.search.editing) {
    const hits = searchHits(vm, state, state.search.draft).length;
    status = [
      { text: '/', style: 'key' }, { text: state.search.draft, style: 'bold' }, { text: '▏', style: 'key' },
      { text: state.search.draft ? `  ${hits} match${hits === 1 ? '' : 'es'} · Enter jumps, Esc cancels` : '  type to search · Enter jumps, Esc cancels', style: 'dim' },
    ];
  } else if (state.notice) {
    status = [{ text: state.notice, style: 'warning' }];
  } else if (vm.warnings.length) {
    status = [{ text: `${vm.warnings.length} warning${vm.warnings.length === 1 ? '' : 's'} while reading the corpus: ${vm.warnings[0]!.file}: ${vm.warnings[0]!.message}`, style: 'warning' }];
  } else {
    status = [{ text: state.search.query ? `search "${state.search.query}": n for the next hit` : '', style: 'dim' }];
  }
  return [{ spans: fit(status, width) }, { spans: fit(footerKeys(width), width) }];
}

/**
 * The main keys that fit in `width`, in order, always ending with help and quit: a narrow
 * terminal shows fewer keys, never hides how to see them all or how to leave.
 */
function footerKeys(width: number): Span[] {
  const cells = ([key, what]: [string, string]) => cellWidth(key) + cellWidth(what) + 3;
  const kept = FOOTER_KEYS.slice(-2);
  let room = width - kept.reduce((n, entry) => n + cells(entry), 0);
  const shown: [string, string][] = [];
  for (const entry of FOOTER_KEYS.slice(0, -2)) {
    if (cells(entry) > room) break;
    shown.push(entry);
    room -= cells(entry);
  }
  return [...shown, ...kept].flatMap(([key, what]) => [{ text: key, style: 'key' as const }, { text: ` ${what}  `, style: 'dim' as const }]);
}

/**
 * Lines `scroll` to `scroll + height` of a pane, the offset clamped; when more follows, the
 * last line says so.
 */
export function scrolled(lines: Line[], scroll: number, height: number, width: number, focused: boolean): Line[] {
  const top = Math.max(0, Math.min(scroll, lines.length - height));
  const out = lines.slice(top, top + height);
  if (top + height < lines.length && height > 1) {
    const how = focused ? '↑↓ scroll' : 'Tab, then ↑↓ to scroll';
    out[height - 1] = { spans: fit([{ text: `↓ ${lines.length - top - height + 1} more lines (${how})`, style: 'dim' }], width) };
  }
  return out;
}
