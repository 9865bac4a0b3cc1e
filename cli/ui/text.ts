/**
 * Terminal text layout for the review UI, pure: styled spans, word wrapping, truncation and
 * columns, every line exactly as wide as asked. Laying text out here (rather than letting the
 * terminal wrap it) is what keeps each pane at its size, so the screen never scrolls or flickers.
 */

/** The styles the screens use; the theme turns them into colours (or none, with NO_COLOR). */
export type Style =
  | 'plain' | 'dim' | 'bold' | 'title' | 'changed' | 'omitted' | 'claim' | 'agreement' | 'divergence'
  | 'single' | 'accepted' | 'flagged' | 'key' | 'bar' | 'warning' | 'match';

export interface Span {
  text: string;
  style: Style;
}

/** One screen line; `selected` draws it highlighted (the list's cursor). */
export interface Line {
  spans: Span[];
  selected?: boolean;
}

/**
 * Display width of `text` in terminal cells: one per code point, except the East Asian wide
 * ranges (two) and combining marks (none), which is what terminals do for news text.
 */
export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

function charWidth(cp: number): number {
  if (cp < 0x300) return cp < 0x20 ? 0 : 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

/** A line of one span. */
export function line(text: string, style: Style = 'plain'): Line {
  return { spans: [{ text, style }] };
}

/** Collapse whitespace (newlines included): panes show text as flowing lines. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * `spans` cut or padded to exactly `width` cells; text that does not fit ends in "…".
 */
export function fit(spans: Span[], width: number): Span[] {
  const out: Span[] = [];
  let used = 0;
  const total = spans.reduce((n, s) => n + cellWidth(s.text), 0);
  const room = total > width ? width - 1 : width;
  for (const span of spans) {
    if (used >= room) break;
    let text = '';
    for (const ch of span.text) {
      const w = charWidth(ch.codePointAt(0)!);
      if (used + w > room) break;
      text += ch;
      used += w;
    }
    if (text) out.push({ text, style: span.style });
  }
  if (total > width && width > 0) {
    out.push({ text: '…', style: out[out.length - 1]?.style ?? 'plain' });
    used++;
  }
  if (used < width) out.push({ text: ' '.repeat(width - used), style: 'plain' });
  return out;
}

/** Text of a line, without styles (tests and exports). */
export function plain(l: Line | Span[]): string {
  return ('spans' in l ? l.spans : l).map((s) => s.text).join('');
}

/** A word of styled text: its pieces (a word can change style midway, "TikTok" + ","), and whether a space precedes it. */
interface Word {
  pieces: Span[];
  spaced: boolean;
}

/** Where a word may be broken across lines: after a hyphen, dash or slash that follows a letter or digit. */
const BREAK_AFTER = /(?<=[\p{L}\p{N}][-\u2010\u2013\u2014/])(?=.)/u;

function words(spans: Span[]): Word[] {
  const out: Word[] = [];
  let gap = true;
  for (const span of spans) {
    for (const piece of span.text.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^\s+$/.test(piece)) {
        gap = true;
        continue;
      }
      // A line may also break after a hyphen or dash inside a word ("one-hour-|45-minute").
      piece.split(BREAK_AFTER).forEach((part, k) => {
        const last = out[out.length - 1];
        if (k === 0 && !gap && last) last.pieces.push({ text: part, style: span.style });
        else out.push({ pieces: [{ text: part, style: span.style }], spaced: k === 0 && out.length > 0 });
      });
      gap = false;
    }
  }
  return out;
}

/**
 * Word-wrap styled text to lines of at most `width` cells. Whitespace runs become single
 * spaces; a hyphenated word may break after a hyphen; a word still longer than a line is cut.
 */
export function wrap(spans: Span[], width: number): Line[] {
  const w = Math.max(1, width);
  const lines: Line[] = [];
  let current: Span[] = [];
  let used = 0;
  const put = (text: string, style: Style) => {
    const last = current[current.length - 1];
    if (last && last.style === style) last.text += text;
    else current.push({ text, style });
    used += cellWidth(text);
  };
  const breakLine = () => {
    lines.push({ spans: current });
    current = [];
    used = 0;
  };
  for (const word of words(spans)) {
    const size = word.pieces.reduce((n, p) => n + cellWidth(p.text), 0);
    if (used > 0 && used + (word.spaced ? 1 : 0) + size > w) breakLine();
    else if (used > 0 && word.spaced) put(' ', 'plain');
    for (const piece of word.pieces) {
      let text = piece.text;
      while (cellWidth(text) > w - used) {
        const [head, rest] = splitAt(text, w - used);
        if (head) put(head, piece.style);
        breakLine();
        text = rest;
      }
      if (text) put(text, piece.style);
    }
  }
  if (current.length || lines.length === 0) breakLine();
  return lines;
}

function splitAt(word: string, cells: number): [string, string] {
  let used = 0;
  let i = 0;
  for (const ch of word) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > cells) break;
    used += w;
    i += ch.length;
  }
  return [word.slice(0, i), word.slice(i)];
}

/**
 * Blocks of lines side by side: block `i` is `widths[i]` cells wide, blocks separated by
 * `gap` spaces, as many lines as the tallest block.
 */
export function columns(blocks: Line[][], widths: number[], gap = 2): Line[] {
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const out: Line[] = [];
  for (let row = 0; row < height; row++) {
    const spans: Span[] = [];
    blocks.forEach((block, i) => {
      if (i > 0) spans.push({ text: ' '.repeat(gap), style: 'plain' });
      spans.push(...fit(block[row]?.spans ?? [], widths[i]!));
    });
    out.push({ spans });
  }
  return out;
}

/** Split `total` cells into `n` column widths with `gap` between them (the first columns get the remainder). */
export function splitWidth(total: number, n: number, gap = 2): number[] {
  if (n <= 0) return [];
  const room = Math.max(n, total - gap * (n - 1));
  const base = Math.floor(room / n);
  return Array.from({ length: n }, (_, i) => base + (i < room - base * n ? 1 : 0));
}

/** Highlight every case-insensitive occurrence of `query` in `text` as 'match'. */
export function highlight(text: string, query: string, style: Style = 'plain'): Span[] {
  if (!query) return [{ text, style }];
  const lower = text.toLowerCase();
  const q = query.toLowerCase();
  const out: Span[] = [];
  let from = 0;
  for (let at = lower.indexOf(q); at !== -1; at = lower.indexOf(q, at + q.length)) {
    if (at > from) out.push({ text: text.slice(from, at), style });
    out.push({ text: text.slice(at, at + q.length), style: 'match' });
    from = at + q.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), style });
  return out;
}
