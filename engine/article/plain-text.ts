/**
 * The readable text of a source file and a way back to the file. For .txt and .md the text
 * is the file itself. For .html the main text is extracted with parse5 (a real HTML parser):
 * scripts, styles, navigation, page headers and footers, asides, forms and figures are
 * dropped; block elements become paragraph breaks; character references are decoded; and
 * every character of the plain text keeps the exact span of the HTML it came from.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { decodeHTML } from 'entities';
import type { SourceDoc } from '../schema.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * The readable text of a source file and a way back to the file: claims are found in
 * `text`, and `toSource` turns an offset into `text` into an offset into the file.
 */
export interface PlainText {
  text: string;
  /**
   * The source offset of a plain-text offset. For a character that came from the source,
   * its first source code unit; at a whitespace character, a break the extractor made up,
   * or the end of the text, the end of the previous character's source span, so that a
   * range [toSource(a), toSource(b)) holds exactly the markup of plain text a..b.
   */
  toSource(offset: number): number;
}

/** Extract the plain text of a source document. */
export function plainText(doc: SourceDoc): PlainText {
  if (doc.format === 'html') return htmlPlainText(doc.source);
  return { text: doc.source, toSource: (offset) => offset };
}

// ---------------------------------------------------------------------------
// HTML

/** Elements whose whole subtree is never article text. */
const DROPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'figure', 'figcaption',
  'button', 'select', 'option', 'optgroup', 'textarea', 'input', 'label', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'picture', 'img', 'map', 'dialog', 'menu', 'datalist', 'output', 'meter',
  'progress',
]);

/** Page chrome: dropped, except inside an article or main element, where they hold the headline and byline. */
const CHROME = new Set(['header', 'footer']);

/** ARIA roles that mark page chrome rather than content. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** Class or id words that mark share bars, comment sections, ads and screen-reader-only links. */
const CHROME_CLASS = /(?:^|[\s_-])(?:share|sharing|social|comments?|related|newsletter|promo|advert|advertisement|ads?|cookie|cookies|paywall|subscribe|subscription|breadcrumbs?|sidebar|skip-link|skiplink|sr-only|visually-hidden|screen-reader-text)(?:$|[\s_-])/i;

/** Elements that end a paragraph: their text never runs into the text around them. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'caption', 'xmp', 'plaintext',
]);

/** Elements whose whitespace is kept as it is. */
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Whether an element is chrome, hidden, or otherwise never article text. */
function dropped(el: Element, insideArticle: boolean): boolean {
  const tag = el.tagName;
  if (DROPPED.has(tag)) return true;
  if (CHROME.has(tag) && !insideArticle) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (/display\s*:\s*none/i.test(attr(el, 'style') ?? '')) return true;
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return CHROME_CLASS.test(names);
}

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

/** Length of the text under each node that would be kept, in one pass (for choosing the main element). */
function keptTextLengths(root: Node): Map<Node, number> {
  const lengths = new Map<Node, number>();
  // Iterative post-order: deeply nested documents must not overflow the call stack.
  const stack: { node: Node; visited: boolean; inArticle: boolean }[] = [{ node: root, visited: false, inArticle: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    const { node } = top;
    if (node.nodeName === '#text') {
      lengths.set(node, (node as TextNode).value.trim().length);
      continue;
    }
    if (isElement(node) && dropped(node, top.inArticle)) {
      lengths.set(node, 0);
      continue;
    }
    if (!top.visited) {
      const inArticle = top.inArticle || (isElement(node) && (node.tagName === 'article' || node.tagName === 'main'));
      stack.push({ node, visited: true, inArticle: top.inArticle });
      for (const child of childrenOf(node)) stack.push({ node: child, visited: false, inArticle });
      continue;
    }
    let sum = 0;
    for (const child of childrenOf(node)) sum += lengths.get(child) ?? 0;
    lengths.set(node, sum);
  }
  return lengths;
}

/**
 * The element holding the article: the `article` (or `main`, or role=main) element with the
 * most kept text when there is one, otherwise the whole document.
 */
function mainElement(document: Node): Node {
  const lengths = keptTextLengths(document);
  let best: Node | null = null;
  let bestLength = 0;
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'article' || tag === 'main' || attr(node, 'role') === 'main') {
        const length = lengths.get(node) ?? 0;
        // Strictly greater: of nested candidates with the same text, the outer one wins.
        if (length > bestLength) {
          best = node;
          bestLength = length;
        }
      }
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // A candidate must carry most of the page's text; otherwise it is probably a teaser card.
  const total = lengths.get(document) ?? 0;
  return best !== null && bestLength >= total * 0.3 ? best : document;
}

const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]*;?|#[0-9]*;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Align a text node's decoded value with its raw HTML, calling `emit(char, start, end)` for
 * every code unit of the value with the source span it came from. Character references map
 * to their whole reference; CRLF to both characters; characters the parser dropped are skipped.
 */
function alignText(raw: string, base: number, value: string, emit: (ch: string, start: number, end: number) => void): void {
  let i = 0;
  let j = 0;
  while (j < value.length) {
    if (i >= raw.length) {
      emit(value[j]!, base + raw.length, base + raw.length);
      j++;
      continue;
    }
    const c = raw[i]!;
    if (c === '&') {
      CHARACTER_REFERENCE.lastIndex = i;
      const match = CHARACTER_REFERENCE.exec(raw);
      if (match && match[0].length > 1) {
        const reference = match[0];
        const decoded = decodeHTML(reference);
        if (decoded !== reference && value.startsWith(decoded, j)) {
          // A legacy reference without a semicolon ("&notit;") decodes a prefix and keeps the rest literally.
          let tail = 0;
          while (tail < decoded.length - 1 && tail < reference.length - 1 && decoded[decoded.length - 1 - tail] === reference[reference.length - 1 - tail]) tail++;
          const headEnd = i + reference.length - tail;
          for (let k = 0; k < decoded.length - tail; k++) emit(decoded[k]!, base + i, base + headEnd);
          for (let k = 0; k < tail; k++) emit(decoded[decoded.length - tail + k]!, base + headEnd + k, base + headEnd + k + 1);
          i += reference.length;
          j += decoded.length;
          continue;
        }
      }
    }
    const v = value[j]!;
    if (c === '<' && /[A-Za-z!?/]/.test(raw[i + 1] ?? '')) {
      // Markup the parser consumed (a stray end tag, a comment), unless the value holds it literally (<plaintext>).
      const close = raw.startsWith('<!--', i) ? raw.indexOf('-->', i + 4) + 3 : raw.indexOf('>', i) + 1;
      const markupEnd = close <= 0 ? raw.length : close;
      if (!value.startsWith(raw.slice(i, markupEnd), j)) {
        i = markupEnd;
        continue;
      }
    }
    if (c === v) {
      emit(v, base + i, base + i + 1);
      i++;
      j++;
    } else if (c === '\r' && v === '\n') {
      const width = raw[i + 1] === '\n' ? 2 : 1;
      emit(v, base + i, base + i + width);
      i += width;
      j++;
    } else if (c === '\0' && v === '\uFFFD') {
      emit(v, base + i, base + i + 1);
      i++;
      j++;
    } else {
      i++;
    }
  }
}

/** Plain text under construction, with each code unit's source span. */
class PlainBuilder {
  private parts: string[] = [];
  private length = 0;
  starts: number[] = [];
  ends: number[] = [];
  /** 0: nothing pending; 1: a line break; 2: a paragraph break. */
  private pendingBreak = 0;
  private pendingSpace = -1;
  private lastChar = '';
  /** Source end of the last character that came from the source. */
  lastSourceEnd = 0;

  requestBreak(kind: 1 | 2): void {
    this.pendingBreak = kind === 1 ? Math.min(2, this.pendingBreak + 1) : 2;
    this.pendingSpace = -1;
  }

  requestSpace(at: number): void {
    if (this.pendingSpace < 0) this.pendingSpace = at;
  }

  private push(ch: string, start: number, end: number): void {
    this.parts.push(ch);
    this.starts.push(start);
    this.ends.push(end);
    this.length++;
    this.lastChar = ch;
  }

  /** A character of the text, after any pending break or collapsed space. */
  char(ch: string, start: number, end: number): void {
    if (this.length > 0) {
      if (this.pendingBreak > 0) {
        const breaks = this.lastChar === '\n' ? this.pendingBreak - 1 : this.pendingBreak;
        for (let k = 0; k < breaks; k++) this.push('\n', this.lastSourceEnd, this.lastSourceEnd);
      } else if (this.pendingSpace >= 0 && this.lastChar !== '\n' && this.lastChar !== '\t') {
        this.push(' ', this.pendingSpace, this.pendingSpace + 1);
      }
    }
    this.pendingBreak = 0;
    this.pendingSpace = -1;
    this.push(ch, start, end);
    this.lastSourceEnd = end;
  }

  /** A separator the extractor makes up (between table cells), never at the start of a line. */
  separator(ch: string): void {
    if (this.length === 0 || this.pendingBreak > 0 || this.lastChar === '\n') return;
    this.pendingSpace = -1;
    this.push(ch, this.lastSourceEnd, this.lastSourceEnd);
  }

  text(): string {
    return this.parts.join('');
  }
}

const HTML_WHITESPACE = /[ \t\n\r\f]/;

/** Extract the main text of an HTML document, with an exact map back into the HTML. */
export function htmlPlainText(html: string): PlainText {
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true });
  const root = mainElement(document);
  const out = new PlainBuilder();

  type Step = { node: Node; pre: number; inArticle: boolean } | { close: Element };
  const stack: Step[] = [{ node: root, pre: 0, inArticle: root !== document }];
  // How far the source has been consumed by the nodes walked so far. parse5 sometimes starts a
  // text node's location after a leading character reference ("\n&#x201C;x" → [8, 10]); when
  // the located text cannot be the node's start, alignment starts from here instead and skips
  // the markup and dropped whitespace in between.
  let cursor = 0;
  const consumed = (offset: number | undefined): void => {
    if (offset !== undefined && offset > cursor) cursor = offset;
  };
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      consumed(step.close.sourceCodeLocation?.endTag?.endOffset);
      if (BLOCKS.has(step.close.tagName)) out.requestBreak(2);
      continue;
    }
    const { node, pre, inArticle } = step;
    if (node.nodeName === '#text') {
      const text = node as TextNode;
      const location = text.sourceCodeLocation;
      // Text the parser moved out of its place (foster parenting) would break the offsets' order.
      if (!location || location.startOffset < out.lastSourceEnd) continue;
      const first = html[location.startOffset];
      const plausible = first === text.value[0] || first === '&' || first === '\r' || first === '\0';
      const scanFrom = plausible ? location.startOffset : Math.min(location.startOffset, Math.max(cursor, out.lastSourceEnd));
      const raw = html.slice(scanFrom, location.endOffset);
      consumed(location.endOffset);
      alignText(raw, scanFrom, text.value, (ch, start, end) => {
        if (pre === 0 && HTML_WHITESPACE.test(ch)) out.requestSpace(start);
        else if (pre > 0 && ch === '\n') out.requestBreak(1);
        else out.char(ch, start, end);
      });
      continue;
    }
    if (!isElement(node)) {
      if (node.nodeName === '#comment' || node.nodeName === '#documentType') consumed((node as { sourceCodeLocation?: { endOffset: number } | null }).sourceCodeLocation?.endOffset);
      for (const child of [...childrenOf(node)].reverse()) stack.push({ node: child, pre, inArticle });
      continue;
    }
    if (node !== root && dropped(node, inArticle)) {
      consumed(node.sourceCodeLocation?.endOffset);
      continue;
    }
    consumed(node.sourceCodeLocation?.startTag?.endOffset);
    const tag = node.tagName;
    if (tag === 'br') {
      out.requestBreak(1);
      continue;
    }
    if (BLOCKS.has(tag)) out.requestBreak(2);
    // Cells of a row stay on one line, a tab between them; each row is a paragraph.
    if (tag === 'td' || tag === 'th') out.separator('\t');
    stack.push({ close: node });
    const childPre = PREFORMATTED.has(tag) ? pre + 1 : pre;
    const childInArticle = inArticle || tag === 'article' || tag === 'main';
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre: childPre, inArticle: childInArticle });
  }

  const text = out.text();
  const starts = Int32Array.from(out.starts);
  const ends = Int32Array.from(out.ends);
  return {
    text,
    toSource(offset: number): number {
      if (text.length === 0) return 0;
      if (offset <= 0) return starts[0]!;
      if (offset >= text.length) return ends[text.length - 1]!;
      const ch = text[offset]!;
      return ch === ' ' || ch === '\n' || ch === '\t' ? ends[offset - 1]! : starts[offset]!;
    },
  };
}
