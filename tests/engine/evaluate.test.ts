import { describe, expect, it } from 'vitest';
import { evaluate, renderEvaluation } from '../../engine/evaluate.ts';
import { EvaluationReport, Gold, type AnalysisResult, type Claim, type Cluster } from '../../engine/schema.ts';

// A hand-made analysis of the 2024 call, with real sentences of the seed articles.
const CNN = '001_37eae74700f00adc';
const GK = '003_1e5dd3f874457f56';
const NL = '004_f0a7e87750fbe364';

function claim(id: string, articleId: string, text: string, speaker: string | null, channel: string): Claim {
  return { id, articleId, text, start: 0, end: text.length, quotes: [], speaker, channel, sourceMention: null, cue: null, mode: 'indirect' };
}

const claims: Claim[] = [
  claim('c1', CNN, 'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed.', 'Joe Biden', 'white-house'),
  claim('c2', CNN, 'China’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”', null, 'chinese-state'),
  claim('c3', CNN, 'Biden also expressed concerns about TikTok, which is owned by the Chinese parent company ByteDance.', 'Joe Biden', 'narration'),
  claim('g1', GK, 'The White House described the conversation as "candid and constructive," highlighting both areas of agreement and disagreement.', null, 'white-house'),
  claim('g2', GK, 'President Biden also raised concerns about TikTok, emphasizing the importance of safeguarding American national security.', 'Joe Biden', 'narration'),
  claim('n1', NL, 'The two heads of state had “a frank and in-depth exchange of views on Sino-US relations and issues of common interest to both sides,” Chinese state broadcaster CCTV reported.', null, 'chinese-state'),
];

function cluster(id: string, claimIds: string[], articleIds: string[], missingArticleIds: string[]): Cluster {
  return { id, eventId: 'call-2024-04', claimIds, articleIds, missingArticleIds, carriedWithin: [], status: 'single', divergences: [] };
}

function analysis(clusters: Cluster[]): AnalysisResult {
  return {
    schemaVersion: 1,
    articles: [CNN, GK, NL].map((id) => ({
      id, outlet: id, title: null, published: '2024-04-02', eventId: 'call-2024-04', sourceFile: `${id}.txt`, language: 'en', role: 'coverage' as const,
    })),
    events: [{ id: 'call-2024-04', label: 'call', date: '2024-04-02', articleIds: [CNN, GK, NL] }],
    claims,
    clusters,
    recurring: [],
    warnings: [],
  };
}

/** The truth for these claims: candid-and-constructive and TikTok are each one claim in two outlets. */
const gold = Gold.parse({
  attributions: [
    { article: CNN, phrase: '“candid and constructive”', channel: 'white-house', speaker: null },
    { article: CNN, phrase: 'candid and in-depth exchange', channel: 'chinese-state', speaker: null },
    { article: NL, phrase: 'a frank and in-depth exchange', channel: 'chinese-state', speaker: null },
  ],
  groups: [
    { id: 'candid-constructive', members: [{ article: CNN, phrase: 'candid and constructive' }, { article: GK, phrase: 'candid and constructive' }], omittedBy: [NL] },
    { id: 'tiktok', members: [{ article: CNN, phrase: 'concerns about TikTok' }, { article: GK, phrase: 'concerns about TikTok' }], omittedBy: [NL] },
  ],
  apart: [
    { a: { article: CNN, phrase: 'candid and constructive' }, b: { article: CNN, phrase: 'candid and in-depth' }, why: 'two readouts' },
    { a: { article: NL, phrase: 'frank and in-depth' }, b: { article: GK, phrase: 'candid and constructive' } },
  ],
});

const right = [
  cluster('k1', ['c1', 'g1'], [CNN, GK], [NL]),
  cluster('k2', ['c2'], [CNN], [GK, NL]),
  cluster('k3', ['c3', 'g2'], [CNN, GK], [NL]),
  cluster('k4', ['n1'], [NL], [CNN, GK]),
];

describe('evaluate', () => {
  it('scores a perfect clustering as full recall, full precision, no violations and right omissions', () => {
    const report = evaluate(analysis(right), gold);
    expect(EvaluationReport.safeParse(report).success).toBe(true);
    expect(report.clusters.recall).toEqual({ correct: 2, total: 2, value: 1 });
    expect(report.clusters.precision).toEqual({ correct: 2, total: 2, value: 1 });
    expect(report.apart).toEqual({ pairs: 2, checked: 2, violations: [] });
    // two groups x three coverage articles of the event
    expect(report.omissions.score).toEqual({ correct: 6, total: 6, value: 1 });
    expect(report.notes).toEqual([]);
  });

  it('compares channel and speaker separately and lists each miss with expected and got', () => {
    const report = evaluate(analysis(right), gold);
    expect(report.attribution.channel).toEqual({ correct: 3, total: 3, value: 1 });
    expect(report.attribution.speaker).toEqual({ correct: 2, total: 3, value: 2 / 3 });
    expect(report.attribution.misses).toEqual([
      { article: CNN, phrase: '“candid and constructive”', claimId: 'c1', field: 'speaker', expected: null, got: 'Joe Biden' },
    ]);
  });

  it('counts a phrase found in no claim as a miss "not found" on both channel and speaker', () => {
    const report = evaluate(analysis(right), Gold.parse({
      attributions: [{ article: NL, phrase: 'He called this “unfair,”', channel: 'white-house', speaker: 'Xi Jinping' }],
    }));
    expect(report.attribution.channel.value).toBe(0);
    expect(report.attribution.speaker.value).toBe(0);
    expect(report.attribution.misses.map((m) => [m.field, m.got, m.claimId])).toEqual([['channel', null, null], ['speaker', null, null]]);
    expect(renderEvaluation(report)).toContain('channel: expected white-house, got not found');
  });

  it('uses the first of several claims carrying a phrase and says so in a note', () => {
    const report = evaluate(analysis(right), Gold.parse({
      attributions: [{ article: CNN, phrase: 'The White House', channel: 'white-house', speaker: 'Joe Biden' }],
    }));
    expect(report.attribution.channel.correct).toBe(1);
    expect(report.notes).toEqual([]);
    const ambiguous = evaluate(analysis(right), Gold.parse({
      attributions: [{ article: CNN, phrase: 'also', channel: 'chinese-state', speaker: null }],
    }));
    expect(ambiguous.attribution.misses).toEqual([]); // scored on c2, the first

    expect(ambiguous.notes).toEqual([`${CNN}: "also" occurs in 2 claims (c2, c3); the first is used`]);
  });

  it('notes a gold article that the analysis does not know', () => {
    const report = evaluate(analysis(right), Gold.parse({ attributions: [{ article: '999_missing', phrase: 'x', channel: 'media', speaker: null }] }));
    expect(report.notes).toEqual(['unknown article "999_missing" (phrase "x")']);
  });

  it('counts a split group against recall and names the two clusters', () => {
    const split = [
      cluster('k1', ['c1'], [CNN], [GK, NL]),
      cluster('k5', ['g1'], [GK], [CNN, NL]),
      cluster('k2', ['c2'], [CNN], [GK, NL]),
      cluster('k3', ['c3', 'g2'], [CNN, GK], [NL]),
      cluster('k4', ['n1'], [NL], [CNN, GK]),
    ];
    const report = evaluate(analysis(split), gold);
    expect(report.clusters.recall).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(report.clusters.misses).toEqual([expect.objectContaining({ kind: 'split', groups: ['candid-constructive'], detail: 'c1 in k1; g1 in k5' })]);
    // The split shows CNN's reader that Greater Kashmir omits the claim and vice versa: both wrong.
    expect(report.omissions.score.correct).toBe(4);
    expect(report.omissions.misses).toEqual([
      { group: 'candid-constructive', article: CNN, expected: 'not omitted', got: 'split: not omitted in k1, omitted in k5' },
      { group: 'candid-constructive', article: GK, expected: 'not omitted', got: 'split: omitted in k1, not omitted in k5' },
    ]);
  });

  it('flags a merge of two readouts as a must-stay-apart violation and a precision loss', () => {
    const merged = [
      cluster('k1', ['c1', 'g1', 'n1'], [CNN, GK, NL], []),
      cluster('k2', ['c2'], [CNN], [GK, NL]),
      cluster('k3', ['c3', 'g2'], [CNN, GK], [NL]),
    ];
    const report = evaluate(analysis(merged), gold);
    expect(report.apart.violations).toEqual([
      { a: { article: NL, phrase: 'frank and in-depth' }, b: { article: GK, phrase: 'candid and constructive' }, clusterId: 'k1', why: null },
    ]);
    // The merge also makes the candid-constructive cluster claim the Dutch outlet carries it.
    expect(report.omissions.misses).toEqual([{ group: 'candid-constructive', article: NL, expected: 'omitted', got: 'not omitted' }]);
    expect(report.clusters.recall.value).toBe(1);
  });

  it('counts pairs of members of different groups that share a cluster against precision', () => {
    const all = [cluster('k1', ['c1', 'g1', 'c3', 'g2'], [CNN, GK], [NL]), cluster('k2', ['c2'], [CNN], [GK, NL]), cluster('k4', ['n1'], [NL], [CNN, GK])];
    const report = evaluate(analysis(all), gold);
    // 6 pairs among the four members, 2 of them in the same gold group
    expect(report.clusters.precision).toEqual({ correct: 2, total: 6, value: 2 / 6 });
    expect(report.clusters.misses.filter((m) => m.kind === 'merged')).toHaveLength(4);
  });

  it('skips a must-stay-apart pair it cannot find, with a note', () => {
    const report = evaluate(analysis(right), Gold.parse({
      apart: [{ a: { article: CNN, phrase: 'no such words' }, b: { article: GK, phrase: 'candid and constructive' } }],
    }));
    expect(report.apart).toEqual({ pairs: 1, checked: 0, violations: [] });
    expect(report.notes[0]).toContain('not checked');
  });

  it('counts a group member found in no claim as a split pair and as wrong omissions', () => {
    const report = evaluate(analysis(right), Gold.parse({
      groups: [{ id: 'tiktok', members: [{ article: CNN, phrase: 'concerns about TikTok' }, { article: NL, phrase: 'TikTok' }], omittedBy: [GK] }],
    }));
    expect(report.clusters.recall).toEqual({ correct: 0, total: 1, value: 0 });
    expect(report.clusters.misses[0]!.detail).toBe('c3 in k3; not found');
    // k3 holds CNN and Greater Kashmir and lists the Dutch outlet as missing: gold says the opposite of both.
    expect(report.omissions.misses).toEqual([
      { group: 'tiktok', article: GK, expected: 'omitted', got: 'not omitted' },
      { group: 'tiktok', article: NL, expected: 'not omitted', got: 'omitted' },
    ]);
  });

  it('notes gold that contradicts itself: an omitting article that carries a member, one outside the event', () => {
    const report = evaluate(analysis(right), Gold.parse({
      groups: [{ id: 'tiktok', members: [{ article: CNN, phrase: 'concerns about TikTok' }], omittedBy: [CNN, '000_7453a6a4d015fd0b'] }],
    }));
    expect(report.notes).toEqual([
      'group tiktok: omittedBy "001_37eae74700f00adc" also carries a member',
      'group tiktok: omittedBy "000_7453a6a4d015fd0b" is not a coverage article of call-2024-04',
    ]);
  });

  it('reports every figure as n/a when the gold is empty', () => {
    const report = evaluate(analysis(right), Gold.parse({}));
    expect(report.attribution.channel.value).toBeNull();
    expect(report.clusters.recall.value).toBeNull();
    expect(renderEvaluation(report)).toContain('channel accuracy   n/a (nothing to score)');
  });

  it('renders the figures first and then the misses', () => {
    const text = renderEvaluation(evaluate(analysis(right), gold));
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Attribution',
      '  channel accuracy   1.000 (3/3)',
      '  speaker accuracy   0.667 (2/3)',
      'Clusters (2 gold groups)',
      '  pairwise precision 1.000 (2/2)',
      '  pairwise recall    1.000 (2/2)',
      'Must stay apart      0 merged of 2 checked (2 in gold)',
      'Omissions            1.000 (6/6)',
    ]);
    expect(text).toContain(`Attribution misses (1)\n  ${CNN}: "“candid and constructive”"\n    speaker: expected (none), got Joe Biden`);
  });
});
