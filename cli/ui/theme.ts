/**
 * Turning the layout's styles into Ink text props. With colour off (NO_COLOR, or a terminal
 * without colours) only attributes remain: bold, faint, underline and inverse, so changed
 * words, omissions and the cursor still stand out.
 */
import type { Style } from './text.ts';

export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

const COLOR: Record<Style, TextStyle> = {
  plain: {},
  dim: { dimColor: true },
  bold: { bold: true },
  title: { bold: true, color: 'cyan' },
  changed: { bold: true, color: 'yellow', underline: true },
  omitted: { bold: true, color: 'red' },
  claim: { bold: true },
  agreement: { color: 'green' },
  divergence: { bold: true, color: 'yellow' },
  single: { dimColor: true },
  accepted: { bold: true, color: 'green' },
  flagged: { bold: true, color: 'red' },
  key: { bold: true, color: 'cyan' },
  bar: { color: 'cyan' },
  warning: { color: 'yellow' },
  match: { color: 'black', backgroundColor: 'yellow' },
};

const MONO: Record<Style, TextStyle> = {
  plain: {},
  dim: { dimColor: true },
  bold: { bold: true },
  title: { bold: true },
  changed: { bold: true, underline: true },
  omitted: { bold: true },
  claim: { bold: true },
  agreement: {},
  divergence: { bold: true },
  single: { dimColor: true },
  accepted: { bold: true },
  flagged: { bold: true },
  key: { bold: true },
  bar: {},
  warning: { bold: true },
  match: { underline: true },
};

/** Ink props for a style. */
export function styleProps(style: Style, color: boolean): TextStyle {
  return (color ? COLOR : MONO)[style];
}

/** Whether to use colour: not when NO_COLOR is set to anything non-empty (https://no-color.org). */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR;
}
