import { describe, expect, it } from 'vitest';
import { findRecurring, representative } from '../../engine/compare/recurring.ts';
import { prepareText, type MatchItem } from '../../engine/compare/match.ts';
import { analyze } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import type { Cluster } from '../../engine/schema.ts';
import { loadCorpus } from '../../cli/corpus.ts';

const XI_2021_02 = 'Confrontation between China and the U.S. would certainly be a disaster for both countries and the world,” said Xi.';
const XI_2021_09 = '"Chinese-US confrontation will bring disaster to both countries and the world."';
const TRIMMED_2021_09 = '"Confrontation will bring disaster."';
const CLOSE_2021_09 = 'Confrontation between China and the U.S. would be a disaster for both countries, Xi said.';
const YELLEN = 'Yellen is scheduled to visit China later this week.';
const TIKTOK = 'Biden also raised concerns about TikTok and its Chinese parent company ByteDance.';

/** Clusters of the given texts (one cluster per inner list), with their prepared items. */
function clustersOf(events: Record<string, string[][]>): { clusters: Cluster[]; itemOf: Map<string, MatchItem>; representatives: MatchItem[] } {
  const itemOf = new Map<string, MatchItem>();
  const clusters: Cluster[] = [];
  for (const [eventId, groups] of Object.entries(events)) {
    groups.forEach((texts, k) => {
      const claimIds = texts.map((text, m) => {
        const id = `${eventId}/${k + 1}#${m + 1}`;
        itemOf.set(id, prepareText(text));
        return id;
      });
      clusters.push({
        id: `${eventId}/${k + 1}`, eventId, claimIds, articleIds: claimIds.map((_, m) => `a${m}`),
        missingArticleIds: [], carriedWithin: [], status: texts.length > 1 ? 'agreement' : 'single', divergences: [],
      });
    });
  }
  return { clusters, itemOf, representatives: clusters.map((c) => representative(c.claimIds.map((id) => itemOf.get(id)!))) };
}

describe('findRecurring', () => {
  it('links Xi’s “confrontation … disaster” line across the two 2021 calls of the seed corpus', () => {
    const result = analyze(loadCorpus([]).docs, builtInProfile);
    const text = new Map(result.claims.map((c) => [c.id, c.text]));
    const clusterOf = new Map(result.clusters.map((c) => [c.id, c]));
    const disaster = result.recurring.find((r) =>
      r.clusterIds.some((id) => clusterOf.get(id)!.claimIds.some((c) => /confrontation/i.test(text.get(c)!) && /disaster/.test(text.get(c)!))));
    expect(disaster?.eventIds).toEqual(['call-2021-02', 'call-2021-09']);
  });

  it('links the same claim in two events, and never two clusters of one event', () => {
    const { clusters, representatives } = clustersOf({
      'call-2021-02': [[XI_2021_02], [YELLEN]],
      'call-2021-09': [[XI_2021_09], [TIKTOK]],
    });
    expect(findRecurring(clusters, representatives)).toEqual([{ clusterIds: ['call-2021-02/1', 'call-2021-09/1'], eventIds: ['call-2021-02', 'call-2021-09'] }]);
  });

  it('links a cluster only to its best match of another event, so a generic line cannot chain an archive together', () => {
    const { clusters, representatives } = clustersOf({
      'call-2021-02': [[XI_2021_02]],
      'call-2021-09': [[XI_2021_09], [CLOSE_2021_09]],
    });
    expect(findRecurring(clusters, representatives)).toEqual([{ clusterIds: ['call-2021-02/1', 'call-2021-09/2'], eventIds: ['call-2021-02', 'call-2021-09'] }]);
  });

  it('finds nothing when there is one event', () => {
    const { clusters, representatives } = clustersOf({ 'call-2021-02': [[XI_2021_02], [XI_2021_09]] });
    expect(findRecurring(clusters, representatives)).toEqual([]);
  });
});

describe('representative', () => {
  it('is the member with the most content lemmas, the first one on a tie', () => {
    const { clusters, itemOf } = clustersOf({ 'call-2021-09': [[TRIMMED_2021_09, XI_2021_09, XI_2021_09]] });
    expect(representative(clusters[0]!.claimIds.map((id) => itemOf.get(id)!))).toBe(itemOf.get('call-2021-09/1#2'));
  });
});
