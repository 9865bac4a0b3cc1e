import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../engine/compare/block.ts';
import { parse } from '../../engine/nlp.ts';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** Content lemmas of a sentence, as the matcher's MatchItem.lemmas holds them. */
function lemmas(text: string): string[] {
  return [...new Set(parse(text).tokens.filter((t) => CONTENT.has(t.pos)).map((t) => t.lemma))].sort();
}

// Real seed sentences: three versions of the Yellen claim and the two readouts' adjectives,
// among unrelated claims of the same calls.
const SENTENCES = [
  'Treasury Secretary Janet Yellen is scheduled to visit China later this week, where she’ll meet with her Chinese counterparts.',
  'Treasury Secretary Janet Yellen is set to embark on a visit to China later this week.',
  'US Treasury Secretary Janet Yellen will visit China “in the coming days” and Secretary of State Antony Blinken will follow her.',
  'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues.',
  'The White House described the conversation as "candid and constructive," highlighting both areas of agreement and disagreement.',
  'China’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”',
  'Biden and Xi last spoke on the phone in July 2022.',
  'Xi sees Taiwan as part of China and is strongly against US support for the island.',
  'Next month, Lai Ching-te will be sworn in as Taiwan’s new president.',
  'Both leaders extended greetings to the other for the Lunar New Year.',
];

function has(pairs: Array<[number, number]>, i: number, j: number): boolean {
  return pairs.some(([a, b]) => a === i && b === j);
}

describe('candidatePairs', () => {
  it('returns each pair once, smaller index first, in sorted order', () => {
    const pairs = candidatePairs(SENTENCES.map(lemmas));
    for (const [i, j] of pairs) expect(i).toBeLessThan(j);
    const keys = pairs.map(([i, j]) => i * SENTENCES.length + j);
    expect(keys).toEqual([...new Set(keys)].sort((a, b) => a - b));
  });

  it('pairs the versions of the same claim from different outlets', () => {
    const pairs = candidatePairs(SENTENCES.map(lemmas));
    expect(has(pairs, 0, 1)).toBe(true);
    expect(has(pairs, 3, 4)).toBe(true);
  });

  it('gives the same pairs whatever the order of the lemmas within a set', () => {
    const sets = SENTENCES.map(lemmas);
    expect(candidatePairs(sets.map((s) => [...s].reverse()))).toEqual(candidatePairs(sets));
  });

  it('is deterministic for a given seed and changes its hash functions with the seed', () => {
    const sets = Array.from({ length: 300 }, (_, i) => [`w${i % 37}`, `v${i % 11}`, `u${i % 53}`, 'china', 'say']);
    expect(candidatePairs(sets, { seed: 7 })).toEqual(candidatePairs(sets, { seed: 7 }));
    expect(candidatePairs(sets, { seed: 7 })).not.toEqual(candidatePairs(sets, { seed: 8 }));
  });

  it('finds a trimmed claim through a rare word it shares with the full one', () => {
    const full = lemmas('National Security Council spokesman John Kirby told reporters that Biden discussed House-passed legislation that would require TikTok to be spun off from ByteDance and emphasized that it was an American national security issue.');
    const trimmed = lemmas('Biden discussed legislation that would require TikTok to be spun off from ByteDance.');
    const others = SENTENCES.map(lemmas);
    const pairs = candidatePairs([...others, full, trimmed]);
    expect(has(pairs, others.length, others.length + 1)).toBe(true);
  });

  it('does not pair claims that only share the topic words every claim has', () => {
    // 2,000 claims about the same call: each has "china", "biden", "say" and words of its own.
    const sets = Array.from({ length: 2000 }, (_, i) => ['china', 'biden', 'say', `topic${i}`, `detail${i}`, `place${i % 1000}`]);
    const pairs = candidatePairs(sets);
    // Only the claims sharing a place (a rare word: two claims each) are worth scoring.
    expect(pairs.length).toBeLessThan(2000);
    expect(has(pairs, 0, 1000)).toBe(true);
  });

  it('keeps the candidates of many identical claims linear in their number, and connected', () => {
    const n = 3000;
    const sets = Array.from({ length: n }, () => ['trust', 'verify']);
    const pairs = candidatePairs(sets, { bucketCap: 50, window: 4, bigBands: 4 });
    expect(pairs.length).toBeLessThanOrEqual(n * 4 * 4);
    // Every claim is reachable from every other, so clustering can still gather them all.
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (const [i, j] of pairs) parent[find(i)] = find(j);
    expect(new Set(sets.map((_, i) => find(i))).size).toBe(1);
  });

  it('returns no pairs for fewer than two items or items without lemmas', () => {
    expect(candidatePairs([])).toEqual([]);
    expect(candidatePairs([['china']])).toEqual([]);
    expect(candidatePairs([[], []])).toEqual([]);
  });
});
