/**
 * The review UI's state and its reducer: pure, tested without React or a terminal. Every
 * key press becomes an action; side effects (saving decisions, writing an export, leaving)
 * are read off the state by the container.
 */
import type { ReviewVerdict } from '../../engine/schema.ts';
import { Command } from './keys.ts';
import type { ClusterView, ViewModel } from './view-model.ts';

export const FILTERS = ['all', 'divergent', 'omitted', 'agreed'] as const;
export type Filter = (typeof FILTERS)[number];

/** The right pane's views, in the order Tab visits them after the list. */
export const TABS = ['cluster', 'readouts', 'sourcing'] as const;
export type Tab = (typeof TABS)[number];
export type Pane = 'list' | Tab;
const PANES: Pane[] = ['list', ...TABS];

export interface SearchState {
  /** Whether the query is being typed (keys type into it). */
  editing: boolean;
  draft: string;
  /** The submitted query that `n` looks for. */
  query: string;
}

export interface UiState {
  focus: Pane;
  /** What the right pane shows (the last tab that had focus). */
  tab: Tab;
  overlay: 'details' | 'help' | null;
  filter: Filter;
  /** Only clusters with a claim on this channel; null: all. */
  channel: string | null;
  selectedId: string | null;
  /** First line shown of the right pane or the overlay. */
  scroll: number;
  search: SearchState;
  /** Review verdicts by cluster key ({@link ClusterView.key}). */
  decisions: Record<string, ReviewVerdict>;
  /** Earlier verdicts, most recent last: what `u` restores. */
  history: { key: string; clusterId: string; before: ReviewVerdict | null }[];
  /** One line for the footer: the export's path, a search result, an error. */
  notice: string | null;
  /** The current view is to be exported: the container writes it, then reports with `exported`. */
  exportRequested: boolean;
  quit: boolean;
}

export type Action =
  /** `maxScroll`: how far the right pane or overlay can scroll, as laid out now. */
  | { type: 'command'; command: Command; maxScroll?: number }
  | { type: 'search-type'; text: string }
  | { type: 'search-erase' }
  | { type: 'search-submit' }
  | { type: 'search-cancel' }
  | { type: 'notice'; text: string }
  | { type: 'exported'; text: string };

/** Whether a cluster passes the filter and the channel filter. */
export function passes(cluster: ClusterView, filter: Filter, channel: string | null): boolean {
  if (channel !== null && !cluster.channels.includes(channel)) return false;
  switch (filter) {
    case 'all': return true;
    case 'divergent': return cluster.status === 'divergence';
    case 'omitted': return cluster.omitted;
    case 'agreed': return cluster.status === 'agreement';
  }
}

/** The clusters the list shows, in order. */
export function visibleClusters(vm: ViewModel, state: Pick<UiState, 'filter' | 'channel'>): ClusterView[] {
  return vm.clusters.filter((c) => passes(c, state.filter, state.channel));
}

/** The state the UI opens in: the first cluster selected, decisions as loaded. */
export function initialState(vm: ViewModel, decisions: Record<string, ReviewVerdict> = {}, notice: string | null = null): UiState {
  return {
    focus: 'list',
    tab: 'cluster',
    overlay: null,
    filter: 'all',
    channel: null,
    selectedId: vm.clusters[0]?.id ?? null,
    scroll: 0,
    search: { editing: false, draft: '', query: '' },
    decisions,
    history: [],
    notice,
    exportRequested: false,
    quit: false,
  };
}

/** Keep the selection on a visible cluster after the filters change: the same one, else the first. */
function reselect(vm: ViewModel, state: UiState): UiState {
  const visible = visibleClusters(vm, state);
  if (visible.some((c) => c.id === state.selectedId)) return state;
  return { ...state, selectedId: visible[0]?.id ?? null, scroll: 0 };
}

function move(vm: ViewModel, state: UiState, delta: number, maxScroll: number): UiState {
  if (state.overlay !== null || state.focus !== 'list') {
    const scroll = Math.max(0, Math.min(maxScroll, state.scroll + delta));
    return scroll === state.scroll ? state : { ...state, scroll };
  }
  const visible = visibleClusters(vm, state);
  if (visible.length === 0) return state;
  const at = visible.findIndex((c) => c.id === state.selectedId);
  const next = Math.min(visible.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta));
  const selectedId = visible[next]!.id;
  return selectedId === state.selectedId ? state : { ...state, selectedId, scroll: 0 };
}

function switchPane(state: UiState, delta: number): UiState {
  const focus = PANES[(PANES.indexOf(state.focus) + delta + PANES.length) % PANES.length]!;
  return { ...state, focus, tab: focus === 'list' ? state.tab : focus, overlay: null, scroll: 0 };
}

function cycle<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length]!;
}

/** The clusters matching the search query, in list order. */
export function searchHits(vm: ViewModel, state: Pick<UiState, 'filter' | 'channel'>, query: string): ClusterView[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return visibleClusters(vm, state).filter((c) => c.haystack.includes(q));
}

/** Jump to the next hit after the selection (or at it, when `inclusive`), wrapping around. */
function jumpToHit(vm: ViewModel, state: UiState, inclusive: boolean): UiState {
  const query = state.search.query;
  if (!query.trim()) return { ...state, notice: 'No search yet: press / to search' };
  const visible = visibleClusters(vm, state);
  const hits = new Set(searchHits(vm, state, query).map((c) => c.id));
  if (hits.size === 0) return { ...state, notice: `No cluster matches "${query}" (filter: ${state.filter})` };
  const at = Math.max(0, visible.findIndex((c) => c.id === state.selectedId));
  for (let step = inclusive ? 0 : 1; step <= visible.length; step++) {
    const candidate = visible[(at + step) % visible.length]!;
    if (hits.has(candidate.id)) {
      const order = [...hits];
      const n = order.indexOf(candidate.id) + 1;
      return { ...state, selectedId: candidate.id, scroll: 0, notice: `"${query}": hit ${n} of ${hits.size}` };
    }
  }
  return state;
}

function decide(vm: ViewModel, state: UiState, verdict: ReviewVerdict): UiState {
  const cluster = vm.clusters.find((c) => c.id === state.selectedId);
  if (!cluster) return { ...state, notice: 'No cluster selected' };
  const before = state.decisions[cluster.key] ?? null;
  const decisions = { ...state.decisions };
  // Pressing the same verdict again clears it: a toggle, and `u` can still bring it back.
  if (before === verdict) delete decisions[cluster.key];
  else decisions[cluster.key] = verdict;
  const now = decisions[cluster.key] ?? null;
  return {
    ...state,
    decisions,
    history: [...state.history, { key: cluster.key, clusterId: cluster.id, before }],
    notice: now ? `${cluster.id} ${now}` : `${cluster.id}: verdict cleared`,
  };
}

function undo(state: UiState): UiState {
  const last = state.history[state.history.length - 1];
  if (!last) return { ...state, notice: 'Nothing to undo' };
  const decisions = { ...state.decisions };
  if (last.before === null) delete decisions[last.key];
  else decisions[last.key] = last.before;
  return {
    ...state,
    decisions,
    history: state.history.slice(0, -1),
    selectedId: state.selectedId,
    notice: `Undone: ${last.clusterId} is ${last.before ?? 'unreviewed'} again`,
  };
}

function command(vm: ViewModel, state: UiState, cmd: Command, maxScroll: number): UiState {
  switch (cmd) {
    case Command.Up: return move(vm, state, -1, maxScroll);
    case Command.Down: return move(vm, state, 1, maxScroll);
    case Command.NextPane: return switchPane(state, 1);
    case Command.PrevPane: return switchPane(state, -1);
    case Command.Open: return state.selectedId ? { ...state, overlay: 'details', scroll: 0 } : state;
    case Command.Back:
      if (state.overlay !== null) return { ...state, overlay: null, scroll: 0 };
      if (state.focus !== 'list') return { ...state, focus: 'list', scroll: 0 };
      return { ...state, quit: true };
    case Command.Search: return { ...state, search: { ...state.search, editing: true, draft: '' } };
    case Command.NextHit: return jumpToHit(vm, state, false);
    case Command.CycleFilter: {
      const filter = cycle(FILTERS, state.filter);
      return reselect(vm, { ...state, filter, notice: null });
    }
    case Command.CycleChannel: {
      const channels: (string | null)[] = [null, ...vm.channels];
      return reselect(vm, { ...state, channel: cycle(channels, state.channel), notice: null });
    }
    case Command.Accept: return decide(vm, state, 'accepted');
    case Command.Flag: return decide(vm, state, 'flagged');
    case Command.Undo: return undo(state);
    case Command.Help: return { ...state, overlay: state.overlay === 'help' ? null : 'help', scroll: 0 };
    case Command.Quit: return { ...state, quit: true };
    // Writing a file is a side effect: the container does it and reports back with `exported`.
    case Command.Export: return { ...state, exportRequested: true };
  }
}

/** The reducer: the next state of the UI after `action`, over the view model `vm`. */
export function reduce(vm: ViewModel, state: UiState, action: Action): UiState {
  switch (action.type) {
    case 'command': return command(vm, state, action.command, action.maxScroll ?? Number.MAX_SAFE_INTEGER);
    case 'search-type': return { ...state, search: { ...state.search, draft: state.search.draft + action.text } };
    case 'search-erase': return { ...state, search: { ...state.search, draft: [...state.search.draft].slice(0, -1).join('') } };
    case 'search-cancel': return { ...state, search: { ...state.search, editing: false, draft: '' } };
    case 'search-submit': {
      const query = state.search.draft.trim();
      const next = { ...state, search: { editing: false, draft: '', query } };
      return query ? jumpToHit(vm, next, true) : { ...next, notice: null };
    }
    case 'notice': return { ...state, notice: action.text };
    case 'exported': return { ...state, notice: action.text, exportRequested: false };
  }
}
