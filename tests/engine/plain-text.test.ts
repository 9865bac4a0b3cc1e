import { describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { htmlPlainText, plainText } from '../../engine/article/plain-text.ts';
import type { SourceDoc } from '../../engine/schema.ts';
import { expectLinear } from '../growth.ts';

function doc(source: string, format: SourceDoc['format']): SourceDoc {
  return { id: 'a', sourceFile: `a.${format}`, format, source, outlet: 'x', title: null, published: null, event: null, language: 'en', url: null, role: 'coverage' };
}

const REFERENCE = /&(?:#[xX][0-9a-fA-F]*;?|#[0-9]*;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/** The source at `at` as the parser reads it: a character reference decoded, CRLF as LF. */
function sourceText(html: string, at: number, end: number): string {
  return decodeHTML(html.slice(at, end)).replace(/\r\n?/g, '\n');
}

/**
 * Every plain-text character starts exactly at its own source: the character itself, its
 * character reference, or its CRLF; and where a word ends (before whitespace or the end of the
 * text; the spaces, line breaks and tabs of the plain text), toSource gives exactly the end of its last character.
 */
function expectExactMap(html: string): void {
  const plain = htmlPlainText(html);
  const { text } = plain;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const a = plain.toSource(i);
    expect(a).toBeLessThanOrEqual(plain.toSource(i + 1));
    if (/[ \n\t]/.test(ch) || /[\uDC00-\uDFFF]/.test(ch)) continue;
    const unit = /[\uD800-\uDBFF]/.test(ch) ? text.slice(i, i + 2) : ch;
    let sourceEnd = a + unit.length;
    if (html[a] === '&') {
      REFERENCE.lastIndex = a;
      const match = REFERENCE.exec(html);
      if (match && decodeHTML(match[0]) !== match[0]) sourceEnd = a + match[0].length;
    }
    expect(sourceText(html, a, sourceEnd).startsWith(unit), `character ${i} ${JSON.stringify(unit)} at ${a}`).toBe(true);
    const next = i + unit.length;
    if (next === text.length || /[ \n\t]/.test(text[next]!)) {
      const upTo = plain.toSource(next);
      expect(sourceText(html, a, upTo).startsWith(unit)).toBe(true);
      expect(upTo - a, `end of the word at ${i}`).toBeLessThanOrEqual(sourceEnd - a);
    }
  }
}

const ARTICLE = `<!doctype html>
<html><head><title>Biden and Xi speak</title>
<script>document.write("<p>Xi said nothing.</p>")</script><style>p { color: red }</style></head>
<body>
<nav><a href="#main">Skip to content</a> <a href="/">Home</a></nav>
<header class="site"><div>KIFI Local News 8</div></header>
<main id="main"><article>
<h1>Biden and Xi speak for first time since November summit amid global tensions</h1>
<figure><img src="a.jpg" alt=""><figcaption>Brendan Smialowski/AFP/Getty Images via CNN Newsource</figcaption></figure>
<p>China&rsquo;s Foreign Ministry also said the two leaders had a &ldquo;candid and in-depth exchange.&rdquo;
In the call, Xi characterized US-China relations as &#8220;beginning to stabilize,&#x201D; a ministry readout said.</p>
<div class="share-bar"><button>Share this article</button></div>
<p>Biden &amp; Xi last spoke on the phone in July&nbsp;2022.</p>
<table><tr><th>Date</th><th>Call</th></tr><tr><td>2024-04-02</td><td>Biden &ndash; Xi</td></tr></table>
<form><input name="email"><label>Subscribe to our newsletter</label></form>
</article></main>
<aside>Most read: Hilarity over failed Russian diversion</aside>
<footer>&copy; 2024 Cable News Network</footer>
<noscript>Enable JavaScript</noscript>
</body></html>`;

describe('plain text of .txt and .md', () => {
  it('is the file itself, offsets unchanged', () => {
    const source = '\uFEFFBiden and Xi last spoke on the phone in July 2022.\r\n';
    for (const format of ['txt', 'md'] as const) {
      const plain = plainText(doc(source, format));
      expect(plain.text).toBe(source);
      expect(plain.toSource(5)).toBe(5);
    }
  });
});

describe('plain text of .html', () => {
  const plain = plainText(doc(ARTICLE, 'html'));

  it('keeps the article text and drops scripts, styles, navigation, header, footer, asides, forms and figures', () => {
    expect(plain.text).toContain('China’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”');
    expect(plain.text).toContain('Biden & Xi last spoke on the phone in July\u00A02022.');
    for (const dropped of ['Xi said nothing', 'color: red', 'Skip to content', 'KIFI Local News', 'Getty Images', 'Share this article', 'Subscribe', 'Most read', 'Cable News Network', 'Enable JavaScript', 'Biden and Xi speak\n']) {
      expect(plain.text).not.toContain(dropped);
    }
  });

  it('turns block elements into paragraph breaks and collapses whitespace inside paragraphs', () => {
    expect(plain.text).toContain('amid global tensions\n\nChina’s Foreign Ministry');
    expect(plain.text).toContain('exchange.” In the call');
    expect(plain.text.startsWith('Biden and Xi speak for first time')).toBe(true);
    expect(plain.text).not.toMatch(/ {2}|\n{3}/);
  });

  it('keeps table cells, a tab between cells and each row a paragraph', () => {
    expect(plain.text).toContain('Date\tCall\n\n2024-04-02\tBiden – Xi');
  });

  it('maps every character back to exactly its own HTML, references included', () => {
    expectExactMap(ARTICLE);
  });

  it('maps a sentence range to the HTML that holds it, from its first character to its last', () => {
    const sentence = 'Biden & Xi last spoke on the phone in July\u00A02022.';
    const at = plain.text.indexOf(sentence);
    const html = ARTICLE.slice(plain.toSource(at), plain.toSource(at + sentence.length));
    expect(html).toBe('Biden &amp; Xi last spoke on the phone in July&nbsp;2022.');
  });

  it('maps emoji and CJK characters in UTF-16 code units', () => {
    const html = '<p>习近平说 “和平” 😀 &#x1F600; done</p>';
    const p = htmlPlainText(html);
    expect(p.text).toBe('习近平说 “和平” 😀 😀 done');
    expectExactMap(html);
    const at = p.text.indexOf('😀');
    expect(html.slice(p.toSource(at), p.toSource(at + 2))).toBe('😀');
  });

  it('maps CRLF inside text and keeps preformatted text as it is', () => {
    const html = '<p>one\r\ntwo</p><pre>a\r\n  b</pre>';
    const p = htmlPlainText(html);
    expect(p.text).toBe('one two\n\na\n  b');
    expectExactMap(html);
  });

  it('decodes a legacy reference without its semicolon the way the parser does', () => {
    const html = '<p>AT&T &notit; &amp &copy 2024</p>';
    const p = htmlPlainText(html);
    expect(p.text).toBe('AT&T ¬it; & © 2024');
    expectExactMap(html);
  });

  it('survives unclosed and misnested tags, comments and deep nesting', () => {
    const html = `<p>Xi <b>said <i>this</b> and</i> that<!-- note --> too<p>${'<div>'.repeat(5000)}deep${'</div>'.repeat(10)}`;
    const p = htmlPlainText(html);
    expect(p.text).toContain('Xi said this and that too');
    expect(p.text).toContain('deep');
    expectExactMap(html);
  });

  it('yields empty text for a document with nothing readable', () => {
    const p = htmlPlainText('<script>x()</script><style></style>');
    expect(p.text).toBe('');
    expect(p.toSource(0)).toBe(0);
  });

  it.each([
    ['nested elements', (n: number) => `${'<div>'.repeat(n / 11)}deep${'</div>'.repeat(n / 11)}`],
    ['inline tags', (n: number) => '<b>x</b> '.repeat(n / 9)],
    ['character references', (n: number) => '&ldquo;&amp;&#x201D;&notit; '.repeat(n / 26)],
    ['table cells', (n: number) => `<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(n / 29)}</table>`],
  ])('takes linear time on %s (growth.ts)', (name, make) => {
    expectLinear(name, htmlPlainText, make);
  }, 60_000);

  it('maps any HTML-like input exactly (property)', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<td>', '<tr>', '<table>', '</table>', '<script>', '</script>', '&amp;', '&lt;', '&#x201C;', '&nbsp;', ' ', '\n', '\r\n', 'Xi', 'said', '“', '”', '😀', '&', '<', '>', 'a&b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expectExactMap(pieces.join(''));
      }),
      { numRuns: 1000, seed: 42 },
    );
  });
});
