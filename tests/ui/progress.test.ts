import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/pipeline.ts';
import { analyzeWithProgress, progressLine } from '../../cli/ui/progress.ts';
import { docs, profile } from './fixtures.ts';

describe('progress while the corpus is analysed', () => {
  it('draws a bar with the count and the current file, within the width', () => {
    const line = progressLine(2, 4, '003_1e5dd3f874457f56.txt', 80);
    expect(line).toMatch(/^Analysing ▕█+░+▏ 2\/4 articles  003_1e5dd3f874457f56\.txt$/);
    expect(line.length).toBeLessThanOrEqual(80);
    expect(progressLine(1, 3, 'a-very-long-file-name-that-cannot-fit.txt', 50).length).toBeLessThanOrEqual(50);
  });

  it('reports every article, then the comparison, and gives the same result as analyze()', () => {
    const seen: string[] = [];
    const result = analyzeWithProgress([...docs].reverse(), profile, [], (done, total, label) => seen.push(`${done}/${total} ${label}`));
    expect(seen).toEqual(['0/4 000-caixin.txt', '1/4 001-cnn.txt', '2/4 004-dutch.txt', '3/4 003-gk.txt', expect.stringMatching(/^4\/4 comparing \d+ claims$/)]);
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(docs, profile, [])));
  });
});
