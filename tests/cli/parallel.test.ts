import { describe, expect, it } from 'vitest';
import { analyze, extractAll } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { ExtractPool, analyzeParallel, extractParallel } from '../../cli/parallel.ts';
import { loadCorpus } from '../../cli/corpus.ts';
import { generateCorpus } from '../../cli/bench/generate.ts';
import type { SourceDoc } from '../../engine/schema.ts';

describe('parallel extraction', () => {
  it('gives exactly what extractAll gives, in the same order, whatever order the files come in', async () => {
    const { docs } = loadCorpus([]);
    const shuffled = [docs[3]!, docs[0]!, docs[4]!, docs[2]!, docs[1]!];
    const pool = await ExtractPool.open(builtInProfile, 2);
    try {
      const parallel = await pool.extract(shuffled, undefined, 1);
      expect(parallel).toEqual(extractAll(docs, builtInProfile));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('pulls documents from a generator and reports progress up to the total', async () => {
    const seen: number[] = [];
    const result = await extractParallel(generateCorpus({ articles: 20, seed: 5 }), builtInProfile, { workers: 2, onProgress: (n) => seen.push(n) });
    expect(result.map((a) => a.doc.id)).toEqual([...generateCorpus({ articles: 20, seed: 5 })].map((d) => d.id));
    expect(seen[seen.length - 1]).toBe(20);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  }, 60_000);

  it('extracts small corpora in-process', async () => {
    const { docs } = loadCorpus([]);
    expect(await extractParallel(docs, builtInProfile)).toEqual(extractAll(docs, builtInProfile));
  });

  /** The analysis on two threads, forced even for a small corpus, and the stages it reported. */
  async function onTwoThreads(docs: SourceDoc[]): Promise<{ json: string; stages: string[] }> {
    const stages: string[] = [];
    const result = await analyzeParallel(docs, builtInProfile, [], {
      workers: 2,
      inProcessBelow: 0,
      onStage: (label, total, unit) => {
        stages.push(`${label}: ${total} ${unit}`);
        return () => {};
      },
    });
    return { json: JSON.stringify(result), stages };
  }

  it('gives the sequential analysis byte for byte when the manifest names every event, one event per task', async () => {
    const docs = [...loadCorpus([]).docs, ...generateCorpus({ articles: 24, events: 3, seed: 7 })];
    const { json, stages } = await onTwoThreads([...docs].reverse());
    expect(json).toBe(JSON.stringify(analyze(docs, builtInProfile)));
    expect(stages).toEqual(['Analysing events: 29 articles']);
  }, 60_000);

  it('gives the sequential analysis byte for byte when events must be found, extracting then clustering per event', async () => {
    const docs = loadCorpus([]).docs.map((d) => ({ ...d, event: null }));
    const { json, stages } = await onTwoThreads([...docs].reverse());
    const expected = analyze(docs, builtInProfile);
    expect(json).toBe(JSON.stringify(expected));
    expect(stages).toEqual(['Extracting claims: 5 articles', `Clustering claims: ${expected.events.length} events`]);
  }, 60_000);
});
