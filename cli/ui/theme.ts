/**
 * Turning the layout's styles into terminal attributes. With colour off (NO_COLOR, or
 * FORCE_COLOR=0, or a dumb terminal) only attributes remain: bold, faint, underline and
 * inverse, so changed words, omissions and the cursor still stand out.
 *
 * Each screen line becomes one string with its SGR sequences, drawn by a single Ink <Text>:
 * a Text per styled span made a key press cost ten times as much in React and Ink's layout.
 */
import type { Span, Style } from './text.ts';

const BOLD = '1';
const DIM = '2';
const UNDERLINE = '4';
const INVERSE = '7';
const FG = { black: '30', red: '31', green: '32', yellow: '33', cyan: '36' } as const;
const BG_YELLOW = '43';

const COLOR: Record<Style, string[]> = {
  plain: [],
  dim: [DIM],
  bold: [BOLD],
  title: [BOLD, FG.cyan],
  changed: [BOLD, UNDERLINE, FG.yellow],
  omitted: [BOLD, FG.red],
  claim: [BOLD],
  agreement: [FG.green],
  divergence: [BOLD, FG.yellow],
  single: [DIM],
  accepted: [BOLD, FG.green],
  flagged: [BOLD, FG.red],
  key: [BOLD, FG.cyan],
  bar: [FG.cyan],
  warning: [FG.yellow],
  match: [FG.black, BG_YELLOW],
};

const MONO: Record<Style, string[]> = {
  plain: [],
  dim: [DIM],
  bold: [BOLD],
  title: [BOLD],
  changed: [BOLD, UNDERLINE],
  omitted: [BOLD],
  claim: [BOLD],
  agreement: [],
  divergence: [BOLD],
  single: [DIM],
  accepted: [BOLD],
  flagged: [BOLD],
  key: [BOLD],
  bar: [],
  warning: [BOLD],
  match: [UNDERLINE],
};

/** The SGR parameters of a style ("1;36"), empty for plain text. */
export function sgr(style: Style, color: boolean): string {
  return (color ? COLOR : MONO)[style].join(';');
}

/** Spans as one string with their attributes; `selected` draws the whole line inverted (the list's cursor). */
export function paint(spans: Span[], color: boolean, selected = false): string {
  let out = '';
  for (const span of spans) {
    const codes = [sgr(span.style, color), selected ? INVERSE : ''].filter(Boolean).join(';');
    out += codes ? `\x1b[${codes}m${span.text}\x1b[0m` : span.text;
  }
  return out;
}

/** Whether to use colour: not with NO_COLOR set to anything non-empty (https://no-color.org), FORCE_COLOR=0 or TERM=dumb. */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR && env.FORCE_COLOR !== '0' && env.TERM !== 'dumb';
}
