import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisResult } from '../../engine/schema.ts';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => execFileSync('node', ['cli/claimdiff.js', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('claimdiff analyze corpus --json', { timeout: 60_000 }, () => {
  const result = AnalysisResult.parse(JSON.parse(run('analyze', 'corpus', '--json')));

  it('prints an AnalysisResult of the whole bundled corpus', () => {
    expect(result.articles).toHaveLength(5);
    expect(result.events.map((e) => e.id)).toEqual(['call-2021-02', 'call-2021-09', 'call-2024-04']);
    expect(result.claims.length).toBeGreaterThan(100);
  });

  it('gives every claim offsets that slice its text out of the source file', () => {
    const sources = new Map(result.articles.map((a) => [a.id, readFileSync(join(root, 'corpus', a.sourceFile), 'utf8')]));
    for (const claim of result.claims) expect(sources.get(claim.articleId)!.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('puts every claim in exactly one cluster of its own event', () => {
    const eventOf = new Map(result.articles.map((a) => [a.id, a.eventId]));
    const seen = new Map<string, string>();
    for (const cluster of result.clusters) {
      for (const id of cluster.claimIds) {
        expect(seen.has(id)).toBe(false);
        seen.set(id, cluster.eventId);
      }
    }
    for (const claim of result.claims) expect(seen.get(claim.id)).toBe(eventOf.get(claim.articleId));
  });

  it('never reports an article of another event as omitting a claim', () => {
    const eventOf = new Map(result.articles.map((a) => [a.id, a.eventId]));
    for (const cluster of result.clusters) for (const id of cluster.missingArticleIds) expect(eventOf.get(id)).toBe(cluster.eventId);
  });
});
