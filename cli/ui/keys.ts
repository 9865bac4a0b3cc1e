/**
 * Key bindings of the review UI: a Command enum, the bindings map (the contract's keys,
 * ../shared/docs/CONTRACT.md "The review UI's keys"), and a pure resolver from a key press
 * to what it means. The one keyboard hook (use-keys.ts) only calls {@link resolveKey}.
 */

export enum Command {
  Up = 'up',
  Down = 'down',
  NextPane = 'next-pane',
  PrevPane = 'prev-pane',
  Open = 'open',
  Back = 'back',
  Search = 'search',
  NextHit = 'next-hit',
  CycleFilter = 'cycle-filter',
  CycleChannel = 'cycle-channel',
  Export = 'export',
  Accept = 'accept',
  Flag = 'flag',
  Undo = 'undo',
  Help = 'help',
  Quit = 'quit',
}

/** The parts of a key press the bindings look at (a subset of Ink's `Key`). */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** A key: a named special key, or a printable character. */
export type Binding = { key: 'up' | 'down' | 'left' | 'right' | 'return' | 'escape' | 'tab' | 'shift-tab' } | { input: string };

/** Every command's keys. The help screen and the footer are generated from this map. */
export const BINDINGS: Record<Command, Binding[]> = {
  [Command.Up]: [{ key: 'up' }, { input: 'k' }],
  [Command.Down]: [{ key: 'down' }, { input: 'j' }],
  [Command.NextPane]: [{ key: 'tab' }, { key: 'right' }],
  [Command.PrevPane]: [{ key: 'shift-tab' }, { key: 'left' }],
  [Command.Open]: [{ key: 'return' }],
  [Command.Back]: [{ key: 'escape' }],
  [Command.Search]: [{ input: '/' }],
  [Command.NextHit]: [{ input: 'n' }],
  [Command.CycleFilter]: [{ input: 'f' }],
  [Command.CycleChannel]: [{ input: 's' }],
  [Command.Export]: [{ input: 'e' }],
  [Command.Accept]: [{ input: 'a' }],
  [Command.Flag]: [{ input: 'x' }],
  [Command.Undo]: [{ input: 'u' }],
  [Command.Help]: [{ input: '?' }],
  [Command.Quit]: [{ input: 'q' }],
};

/** What each command does, for the help screen. */
export const DESCRIPTIONS: Record<Command, string> = {
  [Command.Up]: 'move up (scrolls the right pane when it has focus)',
  [Command.Down]: 'move down',
  [Command.NextPane]: 'next pane: list → cluster → readouts → sourcing',
  [Command.PrevPane]: 'previous pane',
  [Command.Open]: "open the cluster: each claim's paragraph and file:line:column",
  [Command.Back]: 'close / back; at the top it quits',
  [Command.Search]: 'search claims, speakers, outlets',
  [Command.NextHit]: 'next search hit',
  [Command.CycleFilter]: 'filter: all, divergent, omitted, agreed',
  [Command.CycleChannel]: 'channel filter: all, then each channel',
  [Command.Export]: 'export the current view as Markdown',
  [Command.Accept]: 'accept the cluster (again: clear)',
  [Command.Flag]: 'flag the cluster as wrong (again: clear)',
  [Command.Undo]: 'undo the last accept or flag',
  [Command.Help]: 'this help',
  [Command.Quit]: 'quit',
};

const KEY_NAMES: Record<string, string> = {
  up: '↑', down: '↓', left: '←', right: '→', return: 'Enter', escape: 'Esc', tab: 'Tab', 'shift-tab': 'Shift+Tab',
};

/** How a binding is written on screen: "↑", "Enter", "j". */
export function keyLabel(binding: Binding): string {
  return 'key' in binding ? KEY_NAMES[binding.key]! : binding.input;
}

function matches(binding: Binding, input: string, key: KeyPress): boolean {
  if ('input' in binding) return !key.ctrl && !key.meta && input === binding.input;
  switch (binding.key) {
    case 'up': return !!key.upArrow;
    case 'down': return !!key.downArrow;
    case 'left': return !!key.leftArrow;
    case 'right': return !!key.rightArrow;
    case 'return': return !!key.return;
    case 'escape': return !!key.escape;
    case 'tab': return !!key.tab && !key.shift;
    case 'shift-tab': return !!key.tab && !!key.shift;
  }
}

/** The command bound to a key press, if any. */
export function commandFor(input: string, key: KeyPress): Command | null {
  for (const command of Object.values(Command)) {
    if (BINDINGS[command].some((b) => matches(b, input, key))) return command;
  }
  return null;
}

/** What a key press means: a command, or (while typing a search) an edit of the query. */
export type KeyAction =
  | { kind: 'command'; command: Command }
  | { kind: 'type'; text: string }
  | { kind: 'erase' }
  | { kind: 'submit' }
  | { kind: 'cancel' };

/**
 * Resolve a key press in a mode: in `search` mode printable keys type into the query
 * (so "n" and "q" are letters there), Enter submits and Esc cancels.
 */
export function resolveKey(input: string, key: KeyPress, mode: 'normal' | 'search'): KeyAction | null {
  if (mode === 'search') {
    if (key.return) return { kind: 'submit' };
    if (key.escape) return { kind: 'cancel' };
    if (key.backspace || key.delete) return { kind: 'erase' };
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return null;
    const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
    return text ? { kind: 'type', text } : null;
  }
  const command = commandFor(input, key);
  return command ? { kind: 'command', command } : null;
}

/** The key a single character of a multi-key chunk stands for. */
function keyOfChar(ch: string): KeyPress {
  if (ch === '\t') return { tab: true };
  if (ch === '\r' || ch === '\n') return { return: true };
  if (ch === '\x7f' || ch === '\b') return { backspace: true };
  return {};
}

/**
 * Resolve what arrived from the terminal in one read. Usually one key; but fast typing,
 * key repeat or tmux's send-keys can bring several at once ("jjj", "\t\t", "TikTok\r"):
 * each character is then its own key, in the mode the keys before it left the UI in.
 */
export function resolveInput(input: string, key: KeyPress, mode: 'normal' | 'search'): KeyAction[] {
  const chars = [...input];
  const special = key.escape || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.ctrl || key.meta;
  if (special || chars.length <= 1) {
    const action = resolveKey(input, key, mode);
    return action ? [action] : [];
  }
  const actions: KeyAction[] = [];
  let current = mode;
  for (const ch of chars) {
    const action = resolveKey(ch, keyOfChar(ch), current);
    if (!action) continue;
    const last = actions[actions.length - 1];
    if (action.kind === 'type' && last?.kind === 'type') last.text += action.text;
    else actions.push(action);
    if (action.kind === 'command' && action.command === Command.Search) current = 'search';
    if (action.kind === 'submit' || action.kind === 'cancel') current = 'normal';
  }
  return actions;
}

/** The footer's short list of the main keys, in order; the last two (help, quit) are always shown. */
export const FOOTER_KEYS: [string, string][] = [
  ['↑↓', 'move'], ['Tab', 'pane'], ['Enter', 'open'], ['/', 'search'], ['n', 'next'], ['f', 'filter'], ['s', 'channel'],
  ['e', 'export'], ['a', 'accept'], ['x', 'flag'], ['u', 'undo'], ['?', 'help'], ['q', 'quit'],
];
