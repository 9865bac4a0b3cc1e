import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './exit.ts';

let counter = 0;

const REASONS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
};

function cannotWrite(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'error';
  return new UsageError(`${path}: cannot write: ${REASONS[code] ?? 'error'} (${code})`);
}

/**
 * Create `dir` and its missing parents one level at a time. (Node's recursive mkdirSync spins
 * forever on some pseudo file systems, e.g. under /proc; one level at a time fails cleanly.)
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    const stat = statSync(d, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`${d} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const m of missing.reverse()) mkdirSync(m);
}

/**
 * Check before a long analysis that `path` can be written: its directory exists (or can be
 * made) and is writable, and the path is not a directory. Throws the same UsageError a
 * failed write would.
 */
export function checkWritable(path: string): void {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    let d = resolve(dirname(path));
    while (!statSync(d, { throwIfNoEntry: false })) d = dirname(d);
    if (!statSync(d).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    accessSync(d, constants.W_OK);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/**
 * Write `content` to `path` atomically: into a temporary file beside it, flushed to disk,
 * then renamed into place, and the directory flushed. A crash mid-write leaves the previous
 * file whole (and at worst a stray `.NAME.PID.N.tmp` beside it).
 */
export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  let created = false;
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    ensureDir(dir);
    const fd = openSync(tmp, 'wx');
    created = true;
    try {
      // A single write(2) may write less than asked (large buffers, signals): loop until all is out.
      const bytes = Buffer.from(content, 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    created = false;
  } catch (error) {
    if (created) rmSync(tmp, { force: true });
    throw cannotWrite(path, error);
  }
  // The rename is durable once the directory entry is on disk; some file systems cannot fsync a directory.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only.
  }
}
