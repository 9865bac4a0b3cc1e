/**
 * Reading a corpus from disk: a directory (with or without manifest.json), single files,
 * or `-` for stdin. Every mistake of the user's that stops the analysis becomes a UsageError
 * naming the file and field (exit 2, one line). An article that cannot be used (missing,
 * unreadable, empty, binary) becomes a warning naming the file, and the rest is read.
 *
 * Why a manifest entry whose file is missing is a warning, not an error: a manifest is
 * usually written over a scraper's output, and one failed download must not block the
 * analysis of the other articles; the warning goes to stderr and into the JSON `warnings`,
 * so nothing is lost silently. If no article at all can be read, that is an error.
 *
 * Offsets are into the decoded text: a byte-order mark and CRLF line ends are kept, and
 * invalid UTF-8 bytes become U+FFFD (one per invalid sequence, as the WHATWG decoder does).
 */
import { readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Manifest, ManifestEntry, type SourceDoc, type SourceFormat, type Warning } from '../engine/schema.ts';
import { UsageError } from './exit.ts';
import { parseJson, unknownFields, validate } from './json.ts';

/** The corpus shipped with claimdiff. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

/** Larger files are skipped with a warning: they are not articles, and would not fit in a string. */
export const MAX_ARTICLE_BYTES = 256 * 1024 * 1024;

export interface LoadedCorpus {
  docs: SourceDoc[];
  warnings: Warning[];
  /** The directory the corpus came from, where review state is kept; null for loose files. */
  dir: string | null;
}

/** Decode bytes as UTF-8; invalid sequences become U+FFFD and a BOM is kept so offsets match the file. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

/** The Unicode encoding a byte-order mark announces, if it is UTF-16. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Whether bytes look like a binary file rather than text: NUL bytes, or many control bytes, near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

function formatOf(file: string): SourceFormat {
  return FORMATS[extname(file).toLowerCase()] ?? 'txt';
}

/** The format of text read from stdin, which has no file name: HTML if it says so at the start. */
function sniffFormat(text: string): SourceFormat {
  return /^\uFEFF?\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024)) ? 'html' : 'txt';
}

function idOf(file: string): string {
  return basename(file, extname(file));
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'error';
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
};

function errnoWords(error: unknown): string {
  const code = errnoOf(error);
  return ERRNO_WORDS[code] ? `${ERRNO_WORDS[code]} (${code})` : code;
}

/** Read one article's bytes and decode them, or explain in a warning why it is skipped. */
export function readArticle(path: string, label: string, warnings: Warning[]): string | null {
  let bytes: Uint8Array;
  try {
    if (path !== '-') {
      const stat = statSync(path);
      if (stat.isDirectory()) {
        warnings.push({ file: label, message: 'is a directory, not an article; skipped' });
        return null;
      }
      if (stat.isCharacterDevice() || stat.isBlockDevice()) {
        warnings.push({ file: label, message: 'is a device, not an article file; skipped' });
        return null;
      }
      if (stat.size > MAX_ARTICLE_BYTES) {
        warnings.push({ file: label, message: `is ${Math.round(stat.size / 1048576)} MB, more than an article can be (${MAX_ARTICLE_BYTES / 1048576} MB); skipped` });
        return null;
      }
    }
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    warnings.push({ file: label, message: `unreadable: ${errnoWords(error)}; skipped` });
    return null;
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    warnings.push({ file: label, message: `is more than ${MAX_ARTICLE_BYTES / 1048576} MB; skipped` });
    return null;
  }
  const utf16 = utf16Of(bytes);
  if (utf16 === null && looksBinary(bytes)) {
    warnings.push({ file: label, message: 'binary file, not text; skipped' });
    return null;
  }
  const text = utf16 ? new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes) : decodeUtf8(bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    warnings.push({ file: label, message: bytes.length === 0 ? 'empty file; skipped' : 'only whitespace; skipped' });
    return null;
  }
  if (utf16) warnings.push({ file: label, message: `decoded as ${utf16.toUpperCase()} (byte-order mark); offsets are in UTF-16 code units of the decoded text` });
  else {
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    if (replaced > 0) {
      const hint = replaced / text.length > 0.01 ? ' (is the file really UTF-8?)' : '';
      warnings.push({ file: label, message: `${replaced} invalid UTF-8 sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD${hint}` });
    }
  }
  return text;
}

function plainDoc(id: string, sourceFile: string, source: string, format: SourceFormat = formatOf(sourceFile)): SourceDoc {
  return {
    id, sourceFile, source, format, outlet: id, title: null, published: null,
    event: null, language: 'en', url: null, role: 'coverage',
  };
}

const ENTRY_FIELDS = Object.keys(ManifestEntry.shape);
const MANIFEST_FIELDS = Object.keys(Manifest.shape);

/** Parse and validate manifest.json; every problem is one line naming the file and field. */
function readManifest(path: string, label: string, warnings: Warning[]): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${label}: cannot read: ${errnoWords(error)}`);
  }
  const raw = parseJson(text, label);
  const manifest = validate(Manifest, raw, label);
  const found = [...unknownFields(raw, MANIFEST_FIELDS, '')];
  (raw as { articles: unknown[] }).articles.forEach((entry, i) => found.push(...unknownFields(entry, ENTRY_FIELDS, `articles.${i}.`)));
  for (const message of found) warnings.push({ file: label, message });
  if (manifest.articles.length === 0) throw new UsageError(`${label}: field articles: lists no articles`);
  return manifest;
}

/** Whether `path` is inside `dir`, symbolic links resolved when the file exists. */
function insideDir(dir: string, path: string): boolean {
  const inside = (d: string, p: string): boolean => {
    const rel = relative(d, p);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  };
  if (!inside(dir, path)) return false;
  try {
    return inside(realpathSync(dir), realpathSync(path));
  } catch {
    // Missing files are reported when read; the path itself stays inside.
    return true;
  }
}

function fromManifest(dir: string, manifestPath: string, label: string, warnings: Warning[]): SourceDoc[] {
  const manifest = readManifest(manifestPath, label, warnings);
  const docs: SourceDoc[] = [];
  const seen = new Map<string, number>();
  manifest.articles.forEach((entry: ManifestEntry, i) => {
    const path = resolve(dir, entry.file);
    if (!insideDir(dir, path)) {
      throw new UsageError(`${label}: field articles.${i}.file: "${entry.file}" is outside the corpus directory; refused`);
    }
    const id = entry.id ?? idOf(entry.file);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new UsageError(`${label}: field articles.${i}: duplicate article id "${id}" (also articles.${earlier}); give one an "id"`);
    }
    seen.set(id, i);
    const source = readArticle(path, entry.file, warnings);
    if (source === null) return;
    docs.push({
      ...plainDoc(id, entry.file, source),
      outlet: entry.outlet,
      title: entry.title ?? null,
      published: entry.published ?? null,
      event: entry.event ?? null,
      language: entry.language ?? 'en',
      url: entry.url ?? null,
      role: entry.role ?? 'coverage',
    });
  });
  return docs;
}

function fromDirectory(dir: string, label: string, warnings: Warning[]): SourceDoc[] {
  const manifestPath = join(dir, 'manifest.json');
  if (statSync(manifestPath, { throwIfNoEntry: false })?.isFile()) return fromManifest(dir, manifestPath, join(label, 'manifest.json'), warnings);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new UsageError(`${label}: cannot read the directory: ${errnoWords(error)}`);
  }
  const files = names.filter((f) => !f.startsWith('.') && extname(f).toLowerCase() in FORMATS).sort();
  if (files.length === 0) throw new UsageError(`${label}: no manifest.json and no .txt, .md or .html files`);
  const docs: SourceDoc[] = [];
  for (const file of files) {
    const source = readArticle(join(dir, file), file, warnings);
    if (source !== null) docs.push(plainDoc(idOf(file), file, source));
  }
  return docs;
}

/** Ids of loose files: the base name, or the path without extension where base names collide. */
function looseIds(paths: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const p of paths) byBase.set(idOf(p), [...(byBase.get(idOf(p)) ?? []), p]);
  const ids = new Map<string, string>();
  for (const [base, list] of byBase) {
    for (const p of list) {
      const id = list.length === 1 ? base : join(dirname(p), idOf(p)).split(sep).join('/');
      ids.set(p, id);
    }
  }
  return ids;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return null;
    throw new UsageError(`${path}: cannot read: ${errnoWords(error)}`);
  }
}

/** Load a corpus from the command line's paths (none: the bundled corpus). */
export function loadCorpus(paths: string[]): LoadedCorpus {
  const warnings: Warning[] = [];
  const list = paths.length > 0 ? paths : [BUNDLED_CORPUS];
  let loaded: LoadedCorpus;
  const only = list.length === 1 ? list[0]! : null;
  const onlyStat = only !== null && only !== '-' ? statOrNull(only) : null;
  if (only !== null && onlyStat?.isDirectory()) {
    loaded = { docs: fromDirectory(resolve(only), only, warnings), warnings, dir: resolve(only) };
  } else if (only !== null && onlyStat?.isFile() && basename(only) === 'manifest.json') {
    loaded = { docs: fromManifest(resolve(dirname(only)), resolve(only), only, warnings), warnings, dir: resolve(dirname(only)) };
  } else {
    if (list.filter((p) => p === '-').length > 1) throw new UsageError('- (stdin) can be given only once');
    // The same file listed twice (perhaps by two spellings of its path) is read once.
    const seen = new Set<string>();
    const unique = list.filter((p) => {
      const key = p === '-' ? '-' : resolve(p);
      if (seen.has(key)) {
        warnings.push({ file: p, message: 'listed more than once; read once' });
        return false;
      }
      seen.add(key);
      return true;
    });
    const files = unique.filter((p) => p !== '-');
    for (const path of files) {
      const stat = statOrNull(path);
      if (!stat) throw new UsageError(`${path}: no such file or directory`);
      if (stat.isDirectory()) throw new UsageError(`${path}: a directory must be the only corpus argument (got ${list.length} paths)`);
    }
    const ids = looseIds(files);
    const docs: SourceDoc[] = [];
    for (const path of unique) {
      if (path === '-') {
        const source = readArticle('-', 'stdin', warnings);
        if (source !== null) docs.push(plainDoc('stdin', 'stdin', source, sniffFormat(source)));
      } else {
        const source = readArticle(path, path, warnings);
        if (source !== null) docs.push(plainDoc(ids.get(path)!, path, source));
      }
    }
    loaded = { docs, warnings, dir: null };
  }
  // Warnings in a stable order, whatever the order the files were listed in.
  warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  if (loaded.docs.length === 0) {
    const reasons = warnings.map((w) => `${w.file}: ${w.message}`).join('; ');
    throw new UsageError(`no article could be read, every one was skipped (${reasons})`);
  }
  return loaded;
}
