import { describe, expect, it } from 'vitest';
import { clusterKey, markWords, paragraphContext, ParagraphIndex } from '../../cli/ui/view-model.ts';
import { carriedViewModel, docs, fixtureViewModel } from './fixtures.ts';

const vm = fixtureViewModel();
const cluster = (id: string) => vm.clusters.find((c) => c.id === id)!;
const changed = (runs: { text: string; changed: boolean }[]) => runs.filter((r) => r.changed).map((r) => r.text);

describe('review view model', () => {
  it('groups clusters by event, in the order of the events', () => {
    expect(vm.events.map((e) => [e.id, e.clusterIds.length])).toEqual([['call-2021-02', 1], ['call-2024-04', 4]]);
    expect(vm.clusters.map((c) => c.eventId)).toEqual(['call-2021-02', 'call-2024-04', 'call-2024-04', 'call-2024-04', 'call-2024-04']);
  });

  it('gives every cluster one cell per outlet of its event: present, or omitted', () => {
    const tiktok = cluster('call-2024-04/3');
    expect(tiktok.cells.map((c) => [c.outlet, c.state])).toEqual([['CNN', 'present'], ['Greater Kashmir', 'present'], ['Dutch outlet', 'omitted']]);
    expect(tiktok.omitted).toBe(true);
    expect(cluster('call-2021-02/1').cells.map((c) => c.state)).toEqual(['present']);
  });

  it('shows an outlet that says the claim inside a longer claim of another cluster as carrying it there', () => {
    const single = carriedViewModel().clusters.find((c) => c.id === 'call-2024-04/4')!;
    expect(single.cells.map((c) => [c.outlet, c.state])).toEqual([['CNN', 'within'], ['Greater Kashmir', 'omitted'], ['Dutch outlet', 'present']]);
    expect(single.cells[0]!.withinClusterId).toBe('call-2024-04/1');
    expect(single.cells[0]!.claims.map((c) => c.id)).toEqual(['cnn#1']);
  });

  it('marks word by word what the Dutch outlet says differently from CNN ("limiting" → "restricting")', () => {
    const [cnn, , dutch] = cluster('call-2024-04/2').cells;
    expect(changed(dutch!.claims[0]!.runs)).toContain('restricting');
    expect(changed(dutch!.claims[0]!.runs)).toContain('American technology');
    expect(changed(cnn!.claims[0]!.runs)).toContain('limiting');
    expect(changed(cnn!.claims[0]!.runs)).not.toContain('trade');
  });

  it('keeps each claim\'s text exactly as the outlet wrote it, runs and all', () => {
    for (const c of vm.clusters) for (const cell of c.cells) for (const claim of cell.claims) expect(claim.runs.map((r) => r.text).join('')).toBe(claim.text);
  });

  it('does not count curly against straight quotes as a change of wording', () => {
    const [, gk] = cluster('call-2024-04/1').cells;
    expect(changed(gk!.claims[0]!.runs).join(' ')).not.toMatch(/"/);
    expect(changed(gk!.claims[0]!.runs)).toContain('highlighting both areas');
  });

  it('cites each claim by file, line and column', () => {
    const [cnn, , dutch] = cluster('call-2024-04/2').cells;
    expect(cnn!.claims[0]!.location).toEqual({ file: '001-cnn.txt', line: 5, column: 1 });
    expect(dutch!.claims[0]!.location).toEqual({ file: '004-dutch.txt', line: 5, column: 1 });
  });

  it('shows a claim in its paragraph: the sentence after it in the same paragraph, not the next paragraph', () => {
    const cnn = docs.find((d) => d.id === 'cnn')!;
    const sentence = 'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed.';
    const start = cnn.source.indexOf(sentence);
    const context = paragraphContext(cnn, { start, end: start + sentence.length, text: sentence });
    expect(context.before).toBe('');
    expect(context.claim).toBe(sentence);
    expect(context.after).toBe(' Biden stressed the need to maintain “peace and stability” across the Taiwan Strait.');
  });

  it('finds paragraphs between blank lines, CRLF and whitespace-only lines included', () => {
    const text = 'Title\r\n\r\nFirst sentence. Second sentence.\r\n \r\nNext paragraph.';
    const index = new ParagraphIndex(text);
    const at = text.indexOf('Second');
    const { from, to } = index.around(at, at + 16);
    expect(text.slice(from, to)).toBe('First sentence. Second sentence.');
    expect(index.around(0, 5)).toEqual({ from: 0, to: 5 });
  });

  it('clips the context of a claim in a huge one-line article to a readable size', () => {
    const sentence = 'Xi called the issue the first red line.';
    const source = `${'Filler words about trade. '.repeat(40_000)}${sentence} ${'More filler about chips. '.repeat(40_000)}`;
    const start = source.indexOf(sentence);
    const context = paragraphContext({ id: 'big', source, format: 'txt' }, { start, end: start + sentence.length, text: sentence });
    expect(context.claim).toBe(sentence);
    expect(context.before.startsWith('…')).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(601);
    expect(context.after.endsWith('…')).toBe(true);
  });

  it('finds a marked word again in the original text whatever its case or apostrophe', () => {
    expect(markWords('China’s trade', [{ word: "china's", changed: true }, { word: 'trade', changed: false }])).toEqual([
      { text: 'China’s', changed: true }, { text: ' trade', changed: false },
    ]);
  });

  it('keys decisions by the sorted claim ids, not by the cluster number', () => {
    expect(cluster('call-2024-04/2').key).toBe(clusterKey(['dutch#2', 'cnn#2']));
  });

  it('lists the channels the s key cycles through', () => {
    expect(vm.channels).toEqual(['chinese-state', 'narration', 'white-house']);
  });

  it('carries the reconstructed readouts and sourcing profiles of each event', () => {
    const wh = vm.readouts.find((r) => r.eventId === 'call-2024-04')!.readouts.find((r) => r.channel === 'white-house')!;
    expect(wh.parts.some((p) => p.text.includes('candid and constructive') && p.outlets.includes('Greater Kashmir'))).toBe(true);
    const dutch = vm.sourcing.find((p) => p.articleId === 'dutch')!;
    expect(dutch.shares).toEqual([{ channel: 'chinese-state', count: 1, share: 0.5 }, { channel: 'white-house', count: 1, share: 0.5 }]);
  });
});
