/**
 * Issue 6, inputs: every kind of text a scraper produces is either analysed with exact
 * offsets or skipped with a warning naming the file, and the other files are still read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../cli/corpus.ts';
import { htmlPlainText } from '../../engine/article/plain-text.ts';
import { AnalysisResult, ClaimsResult } from '../../engine/schema.ts';
import { analyzeDocs, checkClaims, docOf, ROOT, runCli } from './helpers.ts';

const seed = (file: string): string => readFileSync(join(ROOT, 'corpus', file), 'utf8');
const CNN = seed('001_37eae74700f00adc.txt');
const NEWSER = seed('002_3509497b077d475c.txt');

const scratch = mkdtempSync(join(tmpdir(), 'claimdiff-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('text inputs analysed with exact offsets', () => {
  it('an empty or blank document gives no claims and no error', () => {
    for (const source of ['', '\n\n', '\uFEFF', '   \t\r\n']) {
      const docs = [docOf(source)];
      const result = analyzeDocs(docs);
      expect(result.claims).toEqual([]);
      expect(result.articles).toHaveLength(1);
    }
  });

  it('a 5 MB single line is analysed, offsets exact, in linear time', () => {
    // Seed prose on one line, then scraper debris: long runs without spaces, quotes, CJK, emoji.
    const prose = NEWSER.replace(/\s+/g, ' ');
    const debris = ['x'.repeat(20_000), '“'.repeat(5_000), ' 习近平说和平。', ' 😀👍🇨🇳 ', '-'.repeat(30_000), ' "unclosed ', "'".repeat(3_000)].join(' ');
    let line = prose.repeat(Math.ceil(1_000_000 / prose.length));
    while (line.length < 5_000_000) line += ` ${debris}`;
    line = line.slice(0, 5_000_000);
    expect(line).not.toMatch(/\n/);
    const docs = [docOf(line)];
    const result = analyzeDocs(docs);
    expect(checkClaims(result, docs)).toBeGreaterThan(1_000);
  }, 180_000);

  it('invalid UTF-8 becomes U+FFFD and claims keep exact offsets into the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('Xi called US policy '), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(' “unfair,” a White House release said.\n')]);
    const source = decodeUtf8(bytes);
    expect(source).toContain('\uFFFD');
    const docs = [docOf(source)];
    const result = analyzeDocs(docs);
    expect(checkClaims(result, docs)).toBeGreaterThan(0);
    expect(result.claims.some((c) => c.text.includes('\uFFFD'))).toBe(true);
  });

  it('a byte-order mark stays in the text and claims still slice exactly', () => {
    const docs = [docOf(`\uFEFF${CNN}`)];
    const result = analyzeDocs(docs);
    const plain = analyzeDocs([docOf(CNN)]);
    expect(checkClaims(result, docs)).toBe(plain.claims.length);
    expect(result.claims.map((c) => c.start - 1)).toEqual(plain.claims.map((c) => c.start));
  });

  it('CRLF line ends give the same claims as LF, at offsets into the CRLF text', () => {
    const crlf = CNN.replace(/\n/g, '\r\n');
    const docs = [docOf(crlf)];
    const result = analyzeDocs(docs);
    checkClaims(result, docs);
    const lf = analyzeDocs([docOf(CNN)]);
    expect(result.claims.map((c) => c.text.replace(/\r/g, ''))).toEqual(lf.claims.map((c) => c.text));
  });

  it('mixed and unbalanced quotes never break offsets', () => {
    const text = [
      'The White House has labeled as "coercive and unfair” trade practices by the Chinese, the AP reports.',
      '“This is not in the basic interests of the two peoples," the Chinese leader said, according to Xinhua.',
      'Xi said “the two sides should ‘value peace and Biden replied.',
      'A quote that never closes: “Trust but verify',
      '"\'"\'“‘”’ said nobody.',
    ].join('\n\n');
    const docs = [docOf(text)];
    expect(checkClaims(analyzeDocs(docs), docs)).toBeGreaterThan(2);
  });

  it('thousands of quote marks in a row are analysed', () => {
    for (const mark of ['"', '“', '”', "'", '‘', '«']) {
      const text = `Xi said ${mark.repeat(5_000)} peace, Xinhua reported.\n\n${NEWSER}`;
      const docs = [docOf(text)];
      expect(checkClaims(analyzeDocs(docs), docs)).toBeGreaterThan(3);
    }
  });

  it('CJK and emoji: offsets in UTF-16 code units, exact', () => {
    const text = '😀 Xi Jinping said “和平与发展 🇨🇳” matters, Xinhua reported.\n\n习近平说：“中美合作可以办成许多大事。” 👍🏽 Biden said the talks were “candid,” the White House said.';
    const docs = [docOf(text)];
    const result = analyzeDocs(docs);
    checkClaims(result, docs);
    const claim = result.claims.find((c) => c.text.includes('candid'))!;
    expect(claim.end).toBe(text.length);
    expect(claim.start).toBe(text.indexOf(claim.text));
    // The emoji before the sentence are two and four UTF-16 code units long.
    expect(text.indexOf('Biden')).toBe(text.indexOf('👍🏽') + 5);
  });

  it('HTML with scripts, styles and tables: script text never in a claim, table cells kept, ranges in the HTML', () => {
    const html = `<!doctype html><html><head><script>var said = "Xi said war is inevitable.";</script><style>.x{}</style></head><body>
<nav>Skip to content</nav>
<article><h1>Biden and Xi speak</h1>
<p>China&rsquo;s Foreign Ministry said the two leaders had a &ldquo;candid and in-depth exchange.&rdquo;</p>
<script>document.write("Biden said nothing.")</script>
<table><tr><td>White House</td><td>The readout said the call was “candid and constructive.”</td></tr></table>
<p>Biden &amp; Xi last spoke on the phone in July 2022.</p></article></body></html>`;
    const docs = [docOf(html, 'html')];
    const result = analyzeDocs(docs);
    checkClaims(result, docs);
    const texts = result.claims.map((c) => c.text).join('\n');
    expect(texts).not.toMatch(/war is inevitable|Biden said nothing|Skip to content/);
    expect(texts).toContain('candid and constructive');
    const last = result.claims.find((c) => c.text.startsWith('Biden & Xi last spoke'))!;
    expect(html.slice(last.start, last.end)).toBe('Biden &amp; Xi last spoke on the phone in July 2022.');
    const plain = htmlPlainText(html).text;
    for (const claim of result.claims) expect(plain).toContain(claim.text);
  });

  it('the CNN seed as a news web page gives the same claims, speakers and channels as its text', () => {
    const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/’/g, '&rsquo;');
    const lines = CNN.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const body = lines.slice(lines.findIndex((l) => l.startsWith('Washington (CNN)')), lines.indexOf('This story has been updated with additional developments on Tuesday.'));
    const html = `<!doctype html><html><head><title>Biden and Xi</title><script>var ad = "Biden said buy now.";</script></head><body>
<a class="skip-link" href="#main">Skip to Content</a><header><nav><ul><li>Home</li><li>Politics</li></ul></nav></header>
<main id="main"><article><header><h1>Biden and Xi speak for first time since November summit amid global tensions</h1>
<div class="byline">By MJ Lee and Donald Judd, CNN</div></header>
<figure><img src="x.jpg"><figcaption>President Joe Biden and Chinese President Xi Jinping walk together <span>Brendan Smialowski/AFP/Getty Images</span></figcaption></figure>
<div class="share-tools"><a>Share on Facebook</a><a>Share on X</a></div>
${body.map((l) => (l.split(' ').length < 8 ? `<h2>${escape(l)}</h2>` : `<p>${escape(l)}</p>`)).join('\n')}
<p><em>This story has been updated with additional developments on Tuesday.</em></p>
<p>CNN’s Simone McCarthy, Sam Fossum and Arlette Saenz contributed to this report.</p>
</article><aside class="related"><h3>More from CNN</h3><ul><li>Yellen lands in China</li></ul></aside>
<section id="comments"><h3>Comments</h3><p>Please keep your comments respectful.</p><form><textarea></textarea></form></section></main>
<footer><p>© 2024 Cable News Network. All rights reserved.</p></footer></body></html>`;
    const htmlDocs = [docOf(html, 'html')];
    const fromHtml = analyzeDocs(htmlDocs);
    const fromText = analyzeDocs([docOf(CNN)]);
    checkClaims(fromHtml, htmlDocs);
    const summary = (r: typeof fromText) => r.claims.map((c) => [c.text, c.speaker, c.channel, c.mode, c.quotes.map((q) => q.text)]);
    expect(summary(fromHtml)).toEqual(summary(fromText));
    expect(fromHtml.articles[0]!.title).toBe(fromText.articles[0]!.title);
    for (const claim of fromHtml.claims) {
      const source = html.slice(claim.start, claim.end);
      expect(source.replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”').replace(/&rsquo;/g, '’').replace(/&lt;/g, '<').replace(/&amp;/g, '&')).toBe(claim.text);
    }
  });

  it('Markdown: headings are not claims, and claims slice the Markdown source exactly', () => {
    const md = [
      '# Biden and Xi hold their first call in months',
      '',
      '*By Jane Doe*',
      '',
      '**Xi Jinping** said the relationship was [“beginning to stabilize”](https://example.com/readout), a ministry readout said.',
      '',
      '## Taiwan',
      '',
      '- Xi called Taiwan the “first red line,” the readout said.',
      '> “Trust but verify,” the official told CNN.',
      '',
      '![Biden and Xi](photo.jpg)',
    ].join('\n');
    const docs = [docOf(md, 'md')];
    const result = analyzeDocs(docs);
    checkClaims(result, docs);
    const texts = result.claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('beginning to stabilize'))).toBe(true);
    expect(texts.some((t) => t.includes('first red line'))).toBe(true);
    expect(texts.some((t) => t.includes('# Biden and Xi hold') || t.includes('## Taiwan') || t.includes('photo.jpg'))).toBe(false);
    expect(result.articles[0]!.title).toBe('Biden and Xi hold their first call in months');
  });
});

describe('the CLI on a corpus with bad files', { timeout: 60_000 }, () => {
  const dir = join(scratch, 'mixed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a-good.txt'), NEWSER);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14]));
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.concat([Buffer.from('Xi called it '), Buffer.from([0xe9]), Buffer.from(' unfair, Xinhua said.\n')]));

  it('prints one JSON document with the warnings in it, and each warning on stderr naming the file', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', dir, '--json']);
    expect(code).toBe(0);
    const result = AnalysisResult.parse(JSON.parse(stdout));
    expect(result.articles.map((a) => a.id)).toEqual(['a-good', 'd-latin1']);
    expect(result.warnings.map((w) => w.file)).toEqual(['b-empty.txt', 'c-binary.txt', 'd-latin1.txt']);
    expect(stderr.trim().split('\n')).toEqual([
      'claimdiff: warning: b-empty.txt: empty file; skipped',
      'claimdiff: warning: c-binary.txt: binary file, not text; skipped',
      'claimdiff: warning: d-latin1.txt: 1 invalid UTF-8 sequence replaced with U+FFFD (is the file really UTF-8?)',
    ]);
  }, 60_000);

  it('reads an article from stdin', async () => {
    const { code, stdout } = await runCli(['claims', '-', '--json'], 'Biden also expressed concerns about TikTok, National Security Council spokesman John Kirby told reporters.\n');
    expect(code).toBe(0);
    const result = ClaimsResult.parse(JSON.parse(stdout));
    expect(result.articles[0]!.sourceFile).toBe('stdin');
    expect(result.claims[0]!.text).toBe('Biden also expressed concerns about TikTok, National Security Council spokesman John Kirby told reporters.');
  }, 60_000);

  it('reads HTML from stdin when it says it is HTML', async () => {
    const { code, stdout } = await runCli(['claims', '-', '--json'], '<!DOCTYPE html><p>Xi said &ldquo;peace&rdquo; matters, Xinhua reported.</p>');
    expect(code).toBe(0);
    const result = ClaimsResult.parse(JSON.parse(stdout));
    expect(result.claims[0]!.text).toBe('Xi said “peace” matters, Xinhua reported.');
  }, 60_000);

  it('exits 2 with one line when stdin is empty and it was the only article', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', '-', '--json'], '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('claimdiff: no article could be read, every one was skipped (stdin: empty file; skipped)\n');
  }, 60_000);

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, ['cli/claimdiff.js', 'analyze', 'corpus', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
