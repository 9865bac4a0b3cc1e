import { describe, expect, it } from 'vitest';
import { divergencesOf, wordingChanges, compareCluster } from '../../engine/compare/compare.ts';
import { claim } from './fixtures.ts';

const cnn = claim(
  'cnn',
  'Biden noted his worries about China’s trade tactics that the White House said harm American workers and emphasized that the US will do what it must to prevent “advanced US technologies from being used to undermine our national security, without unduly limiting trade and investment.”',
  { channel: 'white-house', speaker: 'Joe Biden', cue: 'emphasized' },
);
const dutch = claim(
  'dutch',
  'Biden responded that “the United States will continue to take the necessary steps to prevent advanced American technology from being used to undermine our national security, without unduly restricting trade and investment.”',
  { channel: 'narration', speaker: 'Joe Biden', cue: 'responded' },
);

describe('wordingChanges', () => {
  it('ignores what one outlet quoted beyond the other and keeps the changed words', () => {
    const changes = wordingChanges(cnn.quotes[0]!.text, dutch.quotes[0]!.text);
    const text = changes.map((p) => `${p.op}:${p.text}`).join(' | ');
    expect(text).toContain('removed:limiting | added:restricting');
    expect(text).not.toContain('the United States will continue');
  });

  it('finds nothing to report when the shared words are the same', () => {
    expect(wordingChanges('candid and constructive', 'candid and constructive,')).toEqual([]);
  });

  it('finds no change of wording between quotations of different words of a statement', () => {
    // CNN and Greater Kashmir quote different parts of what the White House said Biden raised.
    expect(wordingChanges('support for Russia’s defense industrial base and its impact on European and transatlantic security.', 'peace and stability')).toEqual([]);
  });
});

describe('divergencesOf', () => {
  it('compares wording between outlets, not between two sentences of one article', () => {
    const first = claim('cnn', 'Biden stressed the need to maintain “peace and stability” across the Taiwan Strait and he also raised his concerns over China’s support for Russia’s defense industry, the White House added.', { channel: 'white-house' });
    const second = claim('cnn', 'Biden stressed again the need to maintain “peace and stable ties” across the Taiwan Strait.', { channel: 'white-house' });
    expect(divergencesOf([first, second]).filter((d) => d.kind === 'wording')).toEqual([]);
  });

  it('reports limiting vs restricting as a wording divergence, and the channels and cues that differ', () => {
    const kinds = divergencesOf([cnn, dutch]);
    expect(kinds.find((d) => d.kind === 'wording')!.detail).toContain('“limiting” → “restricting”');
    expect(kinds.find((d) => d.kind === 'attribution')!.detail).toBe('white-house vs narration');
    expect(kinds.find((d) => d.kind === 'cue')!.detail).toBe('emphasized vs responded');
    expect(kinds.some((d) => d.kind === 'speaker')).toBe(false);
  });

  it('reports candid vs frank in China’s description of the call', () => {
    const a = claim('cnn', 'China’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”', { channel: 'chinese-state' });
    const b = claim('dutch', 'The two heads of state had “a frank and in-depth exchange of views on Sino-US relations and issues of common interest to both sides,” Chinese state broadcaster CCTV reported.', { channel: 'chinese-state' });
    expect(divergencesOf([a, b])).toEqual([{ kind: 'wording', detail: '“candid” → “frank”', claimIds: [a.id, b.id] }]);
  });
});

describe('compareCluster', () => {
  const event = { id: 'call-2024-04', label: 'call', date: '2024-04-02', articleIds: ['cnn', 'gk', 'dutch'] };
  const coverage = new Set(['cnn', 'gk', 'dutch']);

  it('lists the coverage articles of the event that leave the claim out', () => {
    const tiktok = [
      claim('cnn', 'Biden also expressed concerns about TikTok, which is owned by the Chinese parent company ByteDance.'),
      claim('gk', 'President Biden also raised concerns about TikTok, emphasizing the importance of safeguarding American national security.'),
    ];
    const cluster = compareCluster('call-2024-04/1', event, coverage, tiktok);
    expect(cluster.missingArticleIds).toEqual(['dutch']);
    expect(cluster.articleIds).toEqual(['cnn', 'gk']);
  });

  it('does not count an article that says the claim inside a longer claim of another cluster as leaving it out', () => {
    const gk = claim('gk', 'This dialogue, the first since their in-person summit in November, reflects a shared attempt to defusing tensions between the two countries.');
    const cnnHub = claim('cnn', 'President Joe Biden spoke on the phone with Chinese President Xi Jinping on Tuesday, marking the first conversation between the leaders since their historic in-person summit in November.');
    const cluster = compareCluster('call-2024-04/4', event, coverage, [gk], [cnnHub]);
    expect(cluster.missingArticleIds).toEqual(['dutch']);
    expect(cluster.carriedWithin).toEqual([cnnHub.id]);
    expect(cluster.status).toBe('single');
  });

  it('marks a claim only one outlet carries as single', () => {
    const cluster = compareCluster('call-2024-04/2', event, coverage, [cnn]);
    expect(cluster.status).toBe('single');
    expect(cluster.divergences).toEqual([]);
  });

  it('marks the same quote carried word for word, through the same channel, as agreement', () => {
    const a = claim('cnn', '“Verifying the results we see, the actions we see, and then continuing to underscore and press on what our concerns are.”', { channel: 'anonymous-official', speaker: 'senior administration official' });
    const b = claim('gk', '"Verifying the results we see, the actions we see, and then continuing to underscore and press on what our concerns are."', { channel: 'anonymous-official', speaker: 'senior administration official' });
    expect(compareCluster('call-2024-04/3', event, coverage, [a, b]).status).toBe('agreement');
  });
});
