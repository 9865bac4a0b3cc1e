/**
 * Issue 6, writes: a writer killed mid-way (SIGKILL, no chance to clean up) leaves the
 * previous file whole, and a finished write replaces it completely.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWritable, writeFileAtomic } from '../../cli/write.ts';
import { UsageError } from '../../cli/exit.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const writer = new URL('./fixtures/atomic-writer.ts', import.meta.url).pathname;
const PREVIOUS = '# The previous report\n\nEvery line of it must survive.\n';

/** Start the writer; resolve once its temporary file has data in it, with the child. */
function startWriter(target: string, megabytes: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, target, String(megabytes)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

describe('writeFileAtomic', () => {
  it('leaves the previous file intact when the writer is killed mid-way', async () => {
    const target = join(dir, 'report.md');
    writeFileSync(target, PREVIOUS);
    const { child, exited, stderr } = startWriter(target, 300);
    // Kill as soon as the temporary file beside the target has started to fill.
    const deadline = Date.now() + 60_000;
    let killedWhileWriting = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const tmp = readdirSync(dir).find((f) => f.startsWith('.report.md.') && f.endsWith('.tmp'));
      if (tmp && (statSync(join(dir, tmp), { throwIfNoEntry: false })?.size ?? 0) > 0) {
        child.kill('SIGKILL');
        killedWhileWriting = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    const { signal } = await exited;
    expect(stderr()).toBe('');
    expect(killedWhileWriting).toBe(true);
    expect(signal).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe(PREVIOUS);
  }, 90_000);

  it('replaces the file completely when the write finishes, leaving no temporary file', async () => {
    const target = join(dir, 'done.md');
    writeFileSync(target, PREVIOUS);
    const { exited } = startWriter(target, 1);
    expect((await exited).code).toBe(0);
    const written = readFileSync(target, 'utf8');
    expect(written.startsWith('new content')).toBe(true);
    expect(written.length).toBeGreaterThanOrEqual(1048576);
    expect(readdirSync(dir).filter((f) => f.startsWith('.done.md.'))).toEqual([]);
  }, 90_000);

  it('creates missing directories, and refuses a directory or an impossible path with one line', () => {
    writeFileAtomic(join(dir, 'a', 'b', 'review.json'), '{}\n');
    expect(readFileSync(join(dir, 'a', 'b', 'review.json'), 'utf8')).toBe('{}\n');
    expect(() => writeFileAtomic(dir, 'x')).toThrow(UsageError);
    expect(() => writeFileAtomic(dir, 'x')).toThrow(/cannot write: is a directory \(EISDIR\)$/);
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => writeFileAtomic(join(dir, 'file', 'r.md'), 'x')).toThrow(/cannot write: a parent is not a directory \(ENOTDIR\)$/);
    expect(() => writeFileAtomic('/proc/claimdiff-nope/r.md', 'x')).toThrow(/cannot write: no such directory \(ENOENT\)$/);
  });

  it('tells before an analysis whether a report can be written there, creating nothing', () => {
    expect(() => checkWritable(join(dir, 'new', 'deeper', 'r.md'))).not.toThrow();
    expect(existsSync(join(dir, 'new'))).toBe(false);
    expect(() => checkWritable(dir)).toThrow(/cannot write: is a directory \(EISDIR\)$/);
    writeFileSync(join(dir, 'plain'), 'x');
    expect(() => checkWritable(join(dir, 'plain', 'r.md'))).toThrow(/cannot write: a parent is not a directory \(ENOTDIR\)$/);
  });
});
