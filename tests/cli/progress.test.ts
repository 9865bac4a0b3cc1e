import { describe, expect, it } from 'vitest';
import { renderProgress, stagedProgress, startProgress } from '../../cli/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 60, write: (s: string) => writes.push(s) }, writes };
}

describe('progress bar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    const bar = startProgress('Extracting', 10, { stream, delayMs: 0, intervalMs: 0 });
    bar.update(5);
    bar.done();
    expect(writes).toEqual([]);
  });

  it('waits before drawing, so quick work shows nothing', () => {
    let t = 0;
    const { stream, writes } = fakeStream(true);
    const bar = startProgress('Extracting', 10, { stream, delayMs: 500, intervalMs: 0, now: () => t });
    t = 100;
    bar.update(9);
    bar.done();
    expect(writes).toEqual([]);
  });

  it('redraws one line in place and erases it when done', () => {
    let t = 0;
    const { stream, writes } = fakeStream(true);
    const bar = startProgress('Extracting', 10, { stream, delayMs: 0, intervalMs: 100, now: () => t, unit: 'articles' });
    t = 1000;
    bar.update(5);
    t = 1050;
    bar.update(6); // within the redraw interval: skipped
    t = 2000;
    bar.update(8);
    bar.done();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toMatch(/^\rExtracting \[[█░]+\]  50% 5\/10 articles 1s left\u001b\[K$/);
    expect(writes[2]).toBe('\r\u001b[K');
  });

  it('fits the line to narrow terminals', () => {
    expect(renderProgress('Extracting claims', 3, 10, 1000, 30).length).toBeLessThan(30);
    expect(renderProgress('x', 10, 10, 1000, 80)).toContain('100% 10/10');
  });

  it('draws one stage after another on the same line, each erased when the next starts', () => {
    let t = 0;
    const { stream, writes } = fakeStream(true);
    const bars = stagedProgress({ stream, delayMs: 0, intervalMs: 0, now: () => t });
    const extracting = bars.stage('Extracting claims', 4, 'articles');
    t = 1000;
    extracting(2);
    const clustering = bars.stage('Clustering claims', 3, 'events');
    t = 2000;
    clustering(1);
    bars.done();
    expect(writes).toHaveLength(4);
    expect(writes[0]).toMatch(/^\rExtracting claims .* 2\/4 articles/);
    expect(writes[1]).toBe('\r\u001b[K');
    expect(writes[2]).toMatch(/^\rClustering claims .* 1\/3 events/);
    expect(writes[3]).toBe('\r\u001b[K');
  });
});
