/**
 * Issue 6, determinism: the JSON and the report are byte-identical across runs and across
 * the order in which files are listed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../engine/schema.ts';
import { ROOT, runCli } from './helpers.ts';

const files = readdirSync(join(ROOT, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('corpus', f));
const reversed = [...files].reverse();
const shuffled = [files[2]!, files[0]!, files[4]!, files[1]!, files[3]!];

describe('determinism', { timeout: 60_000 }, () => {
  it('claimdiff analyze corpus --json is byte-identical across runs', async () => {
    const [a, b] = await Promise.all([runCli(['analyze', 'corpus', '--json']), runCli(['analyze', 'corpus', '--json'])]);
    expect(a.code).toBe(0);
    AnalysisResult.parse(JSON.parse(a.stdout));
    expect(b.stdout).toBe(a.stdout);
  }, 120_000);

  it('claimdiff analyze FILE… --json is byte-identical whatever the order of the files', async () => {
    const runs = await Promise.all([files, reversed, shuffled].map((list) => runCli(['analyze', ...list, '--json'])));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(JSON.parse(runs[0]!.stdout).articles).toHaveLength(5);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
  }, 120_000);

  it('claimdiff report is byte-identical whatever the order of the files', async () => {
    const runs = await Promise.all([files, shuffled].map((list) => runCli(['report', ...list])));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(runs[0]!.stdout.length).toBeGreaterThan(0);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  }, 120_000);
});
