import { describe, expect, it } from 'vitest';
import { extractAll } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { ExtractPool, extractParallel } from '../../cli/parallel.ts';
import { loadCorpus } from '../../cli/corpus.ts';
import { generateCorpus } from '../../cli/bench/generate.ts';

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
});
