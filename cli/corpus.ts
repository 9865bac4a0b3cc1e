/**
 * Reading a corpus from disk: a directory (with or without manifest.json), single files,
 * or `-` for stdin. Every mistake of the user's becomes a UsageError naming the file and
 * field; unreadable, empty or binary articles become warnings and the rest is read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Manifest, type ManifestEntry, type SourceDoc, type SourceFormat, type Warning } from '../engine/schema.ts';
import { UsageError } from './exit.ts';

/** The corpus shipped with claimdiff. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

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

/** Whether bytes look like a binary file rather than text (NUL bytes near the start). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function formatOf(file: string): SourceFormat {
  return FORMATS[extname(file).toLowerCase()] ?? 'txt';
}

function idOf(file: string): string {
  return basename(file, extname(file));
}

/** Read one article's bytes, or explain in a warning why it is skipped. */
function readArticle(path: string, label: string, warnings: Warning[]): string | null {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    warnings.push({ file: label, message: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped` });
    return null;
  }
  if (looksBinary(bytes)) {
    warnings.push({ file: label, message: 'binary file; skipped' });
    return null;
  }
  const text = decodeUtf8(bytes);
  if (text.trim() === '') {
    warnings.push({ file: label, message: 'empty file; skipped' });
    return null;
  }
  if (text.includes('\uFFFD')) warnings.push({ file: label, message: 'invalid UTF-8 bytes replaced with U+FFFD' });
  return text;
}

function plainDoc(id: string, sourceFile: string, source: string): SourceDoc {
  return {
    id, sourceFile, source, format: formatOf(sourceFile), outlet: id, title: null, published: null,
    event: null, language: 'en', url: null, role: 'coverage',
  };
}

/** Parse and validate manifest.json; every problem is one line naming the file and field. */
function readManifest(path: string): Manifest {
  let raw: unknown;
  const text = readFileSync(path, 'utf8');
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: malformed JSON (${(error as Error).message})`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${path}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function fromManifest(dir: string, manifestPath: string, warnings: Warning[]): SourceDoc[] {
  const manifest = readManifest(manifestPath);
  const docs: SourceDoc[] = [];
  const seen = new Set<string>();
  manifest.articles.forEach((entry: ManifestEntry, i) => {
    const path = resolve(dir, entry.file);
    const rel = relative(dir, path);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new UsageError(`${manifestPath}: field articles.${i}.file: "${entry.file}" leaves the corpus directory`);
    }
    const id = entry.id ?? idOf(entry.file);
    if (seen.has(id)) throw new UsageError(`${manifestPath}: field articles.${i}: duplicate article id "${id}"`);
    seen.add(id);
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

function fromDirectory(dir: string, warnings: Warning[]): SourceDoc[] {
  const manifestPath = join(dir, 'manifest.json');
  if (statSync(manifestPath, { throwIfNoEntry: false })?.isFile()) return fromManifest(dir, manifestPath, warnings);
  const files = readdirSync(dir).filter((f) => extname(f).toLowerCase() in FORMATS).sort();
  const docs: SourceDoc[] = [];
  for (const file of files) {
    const source = readArticle(join(dir, file), file, warnings);
    if (source !== null) docs.push(plainDoc(idOf(file), file, source));
  }
  return docs;
}

/** Load a corpus from the command line's paths (none: the bundled corpus). */
export function loadCorpus(paths: string[]): LoadedCorpus {
  const warnings: Warning[] = [];
  const list = paths.length > 0 ? paths : [BUNDLED_CORPUS];
  if (list.length === 1 && list[0] !== '-' && statSync(list[0]!, { throwIfNoEntry: false })?.isDirectory()) {
    const dir = resolve(list[0]!);
    return { docs: fromDirectory(dir, warnings), warnings, dir };
  }
  const docs: SourceDoc[] = [];
  for (const path of list) {
    if (path === '-') {
      const source = readArticle('-', 'stdin', warnings);
      if (source !== null) docs.push(plainDoc('stdin', 'stdin', source));
      continue;
    }
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${path}: no such file or directory`);
    if (stat.isDirectory()) throw new UsageError(`${path}: a directory must be the only corpus argument`);
    const source = readArticle(path, path, warnings);
    if (source !== null) docs.push(plainDoc(idOf(path), path, source));
  }
  return { docs, warnings, dir: null };
}

