import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../engine/compare/events.ts';
import { findDate } from '../../engine/compare/dates.ts';
import { extractAll } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { loadCorpus } from '../../cli/corpus.ts';

const seeds = extractAll(loadCorpus(['corpus']).docs, builtInProfile);
const calls = (events: { articleIds: string[] }[]) => events.map((e) => e.articleIds.map((id) => id.slice(0, 3)).join('+')).sort();

describe('groupEvents', () => {
  it('takes the manifest’s events as given', () => {
    const events = groupEvents(seeds);
    expect(events.map((e) => [e.id, e.date])).toEqual([
      ['call-2021-02', '2021-02-11'],
      ['call-2021-09', '2021-09-10'],
      ['call-2024-04', '2024-04-02'],
    ]);
  });

  it('finds the same three calls from published dates and content when the manifest names no event', () => {
    const events = groupEvents(seeds.map((a) => ({ ...a, doc: { ...a.doc, event: null } })));
    expect(calls(events)).toEqual(['000', '001+003+004', '002']);
    expect(events.map((e) => e.id)).toEqual(['event-2021-02-11', 'event-2021-09-10', 'event-2024-04-02']);
  });

  it('never puts articles published years apart in one event, however alike', () => {
    const twins = [seeds[1]!, { ...seeds[1]!, doc: { ...seeds[1]!.doc, id: 'copy', event: null, published: '2021-04-02' } }];
    expect(groupEvents(twins.map((a) => ({ ...a, doc: { ...a.doc, event: null } })))).toHaveLength(2);
  });

  it('keeps two labelled events apart even when an unlabelled article resembles both', () => {
    const cnn = seeds[1]!;
    const one = { ...cnn, doc: { ...cnn.doc, id: 'a', event: 'x' } };
    const two = { ...cnn, doc: { ...cnn.doc, id: 'b', event: 'y' } };
    const loose = { ...cnn, doc: { ...cnn.doc, id: 'c', event: null } };
    expect(groupEvents([one, two, loose])).toHaveLength(2);
  });
});

describe('findDate', () => {
  it('reads the dates news articles carry', () => {
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(findDate('Feb 11, 2021 11:55 AM')).toBe(day('2021-02-11'));
    expect(findDate('published 2024-04-03')).toBe(day('2024-04-03'));
    expect(findDate('3 April 2024, Beijing')).toBe(day('2024-04-03'));
    expect(findDate('New Delhi, Apr 03: The recent phone conversation')).toBeNull();
  });
});
