import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8, loadCorpus, looksBinary } from '../../cli/corpus.ts';
import { jsonErrorOffset, parseJson } from '../../cli/json.ts';
import { UsageError } from '../../cli/exit.ts';

const root = mkdtempSync(join(tmpdir(), 'claimdiff-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SENTENCE = 'Biden and Xi last spoke on the phone in July 2022.\n';

/** A fresh corpus directory with these files (string contents or raw bytes). */
function corpus(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

/** The one-line message of the UsageError `fn` throws. */
function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a UsageError');
}

const manifest = (articles: unknown[], extra: Record<string, unknown> = {}): string => JSON.stringify({ articles, ...extra }, null, 2);

describe('loading a corpus directory with a manifest', () => {
  it('reads the bundled corpus with its metadata and no warnings', () => {
    const loaded = loadCorpus([]);
    expect(loaded.docs.map((d) => d.outlet)).toContain('Greater Kashmir');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.docs.every((d) => d.published !== null && d.event !== null)).toBe(true);
  });

  it('reports malformed JSON with line and column', () => {
    const dir = corpus('malformed', { 'manifest.json': '{\n  "articles": [\n    {"file": "a.txt", "outlet": "X"}\n    {"file": "b.txt"}\n  ]\n}\n' });
    expect(usageError(() => loadCorpus([dir]))).toMatch(/manifest\.json: malformed JSON at line 4, column 5: /);
  });

  it('reports an unexpected token at the very start with its position', () => {
    const dir = corpus('token', { 'manifest.json': 'articles: []' });
    expect(usageError(() => loadCorpus([dir]))).toMatch(/malformed JSON at line 1, column 1: Unexpected token 'a'/);
  });

  it('names a field of the wrong type and what it should be', () => {
    const dir = corpus('types', { 'a.txt': SENTENCE, 'b.txt': SENTENCE, 'c.txt': SENTENCE, 'manifest.json': manifest([{ file: 'a.txt', outlet: 'A' }, { file: 'b.txt', outlet: 'B' }, { file: 'c.txt', outlet: 'C', published: 20240402 }]) });
    expect(usageError(() => loadCorpus([dir]))).toMatch(/manifest\.json: field articles\.2\.published: expected string, got number$/);
  });

  it('names a missing required field and a value outside its choices', () => {
    const missing = corpus('no-outlet', { 'a.txt': SENTENCE, 'manifest.json': manifest([{ file: 'a.txt' }]) });
    expect(usageError(() => loadCorpus([missing]))).toMatch(/field articles\.0\.outlet: missing \(expected string\)$/);
    const role = corpus('bad-role', { 'a.txt': SENTENCE, 'manifest.json': manifest([{ file: 'a.txt', outlet: 'A', role: 'readout' }]) });
    expect(usageError(() => loadCorpus([role]))).toMatch(/field articles\.0\.role: expected one of "coverage", "primary", got "readout"$/);
  });

  it('refuses paths that leave the corpus directory, directly or through a symbolic link', () => {
    const up = corpus('escape', { 'manifest.json': manifest([{ file: '../secret.txt', outlet: 'X' }]) });
    expect(usageError(() => loadCorpus([up]))).toMatch(/field articles\.0\.file: "\.\.\/secret\.txt" is outside the corpus directory; refused/);
    const abs = corpus('absolute', { 'manifest.json': manifest([{ file: '/etc/hostname', outlet: 'X' }]) });
    expect(usageError(() => loadCorpus([abs]))).toMatch(/outside the corpus directory/);
    const linked = corpus('symlink', { 'manifest.json': manifest([{ file: 'link.txt', outlet: 'X' }]) });
    writeFileSync(join(root, 'outside.txt'), SENTENCE);
    symlinkSync(join(root, 'outside.txt'), join(linked, 'link.txt'));
    expect(usageError(() => loadCorpus([linked]))).toMatch(/"link\.txt" is outside the corpus directory/);
  });

  it('refuses duplicate article ids', () => {
    const dir = corpus('dup', { 'a.txt': SENTENCE, 'manifest.json': manifest([{ file: 'a.txt', outlet: 'X' }, { file: './a.txt', outlet: 'Y' }]) });
    expect(usageError(() => loadCorpus([dir]))).toMatch(/field articles\.1: duplicate article id "a" \(also articles\.0\)/);
  });

  it('warns about unknown fields, naming them, and suggests the field meant', () => {
    const dir = corpus('unknown', { 'a.txt': SENTENCE, 'manifest.json': manifest([{ file: 'a.txt', outlet: 'X', outlett: 'Y', author: 'Z' }], { version: 2 }) });
    const loaded = loadCorpus([dir]);
    expect(loaded.docs).toHaveLength(1);
    const messages = loaded.warnings.map((w) => w.message);
    expect(messages).toContain('unknown field articles.0.outlett (ignored; did you mean outlet?)');
    expect(messages).toContain('unknown field articles.0.author (ignored)');
    expect(messages).toContain('unknown field version (ignored)');
    expect(loaded.warnings.every((w) => w.file.endsWith('manifest.json'))).toBe(true);
  });

  it('warns about a listed file that is missing and reads the others', () => {
    const dir = corpus('missing', { 'a.txt': SENTENCE, 'manifest.json': manifest([{ file: 'a.txt', outlet: 'X' }, { file: 'gone.txt', outlet: 'Y' }]) });
    const loaded = loadCorpus([dir]);
    expect(loaded.docs.map((d) => d.id)).toEqual(['a']);
    expect(loaded.warnings).toEqual([{ file: 'gone.txt', message: 'unreadable: no such file (ENOENT); skipped' }]);
  });

  it('refuses a manifest that lists no articles', () => {
    const dir = corpus('zero', { 'manifest.json': manifest([]) });
    expect(usageError(() => loadCorpus([dir]))).toMatch(/field articles: lists no articles/);
  });

  it('accepts a manifest with a byte-order mark, and a manifest.json given as the path', () => {
    const dir = corpus('bom-manifest', { 'a.txt': SENTENCE, 'manifest.json': `\uFEFF${manifest([{ file: 'a.txt', outlet: 'X' }])}` });
    expect(loadCorpus([dir]).docs).toHaveLength(1);
    expect(loadCorpus([join(dir, 'manifest.json')]).docs[0]!.outlet).toBe('X');
  });
});

describe('loading articles', () => {
  const bad = corpus('mixed', {
    'good.txt': SENTENCE,
    'empty.txt': '',
    'blank.md': '  \n\t\n',
    'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'latin1.txt': new Uint8Array([...Buffer.from('Xi called it '), 0xe9, ...Buffer.from(' unfair, Xinhua said.\n')]),
    'bom-crlf.txt': '\uFEFFBiden said hello.\r\nXi said goodbye.\r\n',
    'utf16.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('Xi said peace.\n', 'utf16le')]),
    'notes.json': '{}',
  });
  mkdirSync(join(bad, 'folder.txt'));
  const loaded = loadCorpus([bad]);
  const byId = new Map(loaded.docs.map((d) => [d.id, d]));

  it('skips empty, blank, binary and directory entries with a warning naming each, and reads the rest', () => {
    expect([...byId.keys()].sort()).toEqual(['bom-crlf', 'good', 'latin1', 'utf16']);
    expect(loaded.warnings).toEqual([
      { file: 'binary.txt', message: 'binary file, not text; skipped' },
      { file: 'blank.md', message: 'only whitespace; skipped' },
      { file: 'empty.txt', message: 'empty file; skipped' },
      { file: 'folder.txt', message: 'is a directory, not an article; skipped' },
      { file: 'latin1.txt', message: '1 invalid UTF-8 sequence replaced with U+FFFD (is the file really UTF-8?)' },
      { file: 'utf16.txt', message: 'decoded as UTF-16LE (byte-order mark); offsets are in UTF-16 code units of the decoded text' },
    ]);
  });

  it('turns invalid UTF-8 into U+FFFD', () => {
    expect(byId.get('latin1')!.source).toBe('Xi called it \uFFFD unfair, Xinhua said.\n');
    expect(decodeUtf8(new Uint8Array([0x61, 0xc3, 0x28, 0xf0, 0x9f, 0x98]))).toBe('a\uFFFD(\uFFFD');
  });

  it('keeps the byte-order mark and CRLF so offsets are into the decoded file', () => {
    expect(byId.get('bom-crlf')!.source).toBe('\uFEFFBiden said hello.\r\nXi said goodbye.\r\n');
  });

  it('decodes a UTF-16 file with a byte-order mark', () => {
    expect(byId.get('utf16')!.source).toBe('\uFEFFXi said peace.\n');
  });

  it('treats text with NUL bytes or many control bytes as binary, and ordinary text as text', () => {
    expect(looksBinary(new Uint8Array([0x41, 0, 0x42]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe(true);
    expect(looksBinary(Buffer.from('Xi said “peace”.\r\n\tBiden agreed.\f'))).toBe(false);
  });

  it('says clearly when every article was skipped', () => {
    const dir = corpus('all-bad', { 'a.txt': '', 'b.md': '\n\n' });
    expect(usageError(() => loadCorpus([dir]))).toBe('no article could be read, every one was skipped (a.txt: empty file; skipped; b.md: only whitespace; skipped)');
  });

  it('refuses a directory with nothing to read, a missing path, and a directory among files', () => {
    const empty = corpus('nothing', { 'notes.json': '{}' });
    expect(usageError(() => loadCorpus([empty]))).toMatch(/no manifest\.json and no \.txt, \.md or \.html files/);
    expect(usageError(() => loadCorpus([join(root, 'nope.txt')]))).toMatch(/nope\.txt: no such file or directory$/);
    expect(usageError(() => loadCorpus([join(bad, 'good.txt'), bad]))).toMatch(/a directory must be the only corpus argument/);
    expect(usageError(() => loadCorpus(['-', '-']))).toBe('- (stdin) can be given only once');
  });

  it('gives loose files with the same name distinct ids, whatever their order', () => {
    const a = corpus('one', { 'x.txt': SENTENCE });
    const b = corpus('two', { 'x.txt': SENTENCE });
    const ids = (paths: string[]) => loadCorpus(paths).docs.map((d) => d.id).sort();
    const forward = ids([join(a, 'x.txt'), join(b, 'x.txt')]);
    expect(forward).toEqual(ids([join(b, 'x.txt'), join(a, 'x.txt')]));
    expect(new Set(forward).size).toBe(2);
  });

  it('reads a file listed twice once, with a warning', () => {
    const dir = corpus('twice', { 'x.txt': SENTENCE });
    const loaded = loadCorpus([join(dir, 'x.txt'), join(dir, '.', 'x.txt')]);
    expect(loaded.docs.map((d) => d.id)).toEqual(['x']);
    expect(loaded.warnings).toEqual([{ file: join(dir, '.', 'x.txt'), message: 'listed more than once; read once' }]);
  });

  it('reads a loose HTML file as HTML', () => {
    const dir = corpus('html', { 'page.html': '<p>Xi said &ldquo;peace&rdquo;.</p>' });
    expect(loadCorpus([join(dir, 'page.html')]).docs[0]!.format).toBe('html');
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toContain('&ldquo;');
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['x', 0],
    ['{"a":', 5],
    ['', 0],
    ['[1,2]]', 5],
    ['{"a":"\u0001"}', 6],
    ['{"a":"\\q"}', 7],
    ['[1, 2, ]', 7],
    ['{"a": tru}', 6],
  ])('finds the first error of %j at offset %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('accepts valid JSON, deeply nested too', () => {
    expect(jsonErrorOffset('{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n",{}],"b":{}}')).toBeNull();
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });

  it('reports line and column in the message', () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b" 2\n}', 'x.json')).toThrow(/^x\.json: malformed JSON at line 3, column 7: \S/);
  });
});
