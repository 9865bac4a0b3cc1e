import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../cli/bench/generate.ts';
import { runBench } from '../../cli/bench/run.ts';
import { BenchResult } from '../../cli/bench/result.ts';
import { renderBench } from '../../cli/bench/table.ts';

const BIN = fileURLToPath(new URL('../../cli/claimdiff.js', import.meta.url));

describe('synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = [...generateCorpus({ articles: 12, seed: 3 })];
    const b = [...generateCorpus({ articles: 12, seed: 3 })];
    const c = [...generateCorpus({ articles: 12, seed: 4 })];
    expect(b).toEqual(a);
    expect(c.map((d) => d.source)).not.toEqual(a.map((d) => d.source));
  });

  it('spreads N articles over M events, neighbours in the same event, with dates and outlets', () => {
    const docs = [...generateCorpus({ articles: 40, events: 5 })];
    expect(docs).toHaveLength(40);
    expect(docs.map((d) => d.id)).toEqual([...docs.map((d) => d.id)].sort());
    const events = docs.map((d) => d.event);
    expect(new Set(events).size).toBe(5);
    // Contiguous runs: an event never comes back after another began.
    expect(events.filter((e, i) => i > 0 && e !== events[i - 1]).length).toBe(4);
    for (const d of docs) expect(d.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Set(docs.map((d) => d.outlet)).size).toBeGreaterThan(2);
  });

  it('gives articles of one event shared claims, each outlet its own wording and boilerplate', () => {
    const docs = [...generateCorpus({ articles: 16, events: 1, seed: 9 })];
    const sentences = docs.map((d) => new Set(d.source.split(/(?<=[.!?”"])\s+/)));
    let shared = 0;
    for (let i = 1; i < sentences.length; i++) for (const s of sentences[i]!) if (sentences[0]!.has(s) && s.length > 60) shared++;
    expect(shared).toBeGreaterThan(0);
    expect(new Set(docs.map((d) => d.source)).size).toBe(docs.length);
    expect(docs.some((d) => /Skip to|Subscribe|All rights reserved|Tags:|PREV /.test(d.source))).toBe(true);
  });
});

describe('bench', { timeout: 60_000 }, () => {
  it('measures a tiny corpus and reports the contract object', async () => {
    const result = await runBench({ base: 6, scales: [1, 2], seed: 1, clusterClaims: 40, workers: 2 });
    expect(BenchResult.parse(result)).toEqual(result);
    expect(result.scaling.map((s) => s.articles)).toEqual([6, 12]);
    expect(result.corpusArticles).toBe(12);
    expect(result.scaling[1]!.claims).toBeGreaterThan(result.scaling[0]!.claims);
    expect(result.clustering.claims).toBeGreaterThanOrEqual(40);
    const table = renderBench(result, 2);
    expect(table).toContain('blocked finds >= 98 % of all-pairs');
    expect(table).toContain(`${result.corpusArticles} articles`);
  }, 120_000);

  it('refuses a size that is not a positive integer, in one line, with exit code 2', () => {
    const run = spawnSync(process.execPath, [BIN, 'bench', '--articles', '0'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('claimdiff: bench: --articles must be a positive integer, not "0"');
  });

  it('prints one JSON document from the command line', () => {
    const out = execFileSync(process.execPath, [BIN, 'bench', '--json', '--articles', '4', '--scales', '1', '--claims', '20'], { encoding: 'utf8' });
    expect(BenchResult.safeParse(JSON.parse(out)).success).toBe(true);
  }, 120_000);
});
