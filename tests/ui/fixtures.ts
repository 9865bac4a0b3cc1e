/**
 * A small, fixed analysis of real seed sentences (the 2024 call as CNN, Greater Kashmir and
 * the Dutch outlet report it, and one 2021 Caixin line), with offsets into short source
 * texts made of the seeds' own paragraphs. The UI tests build their view model from it, so
 * they do not move when the engine's attribution or clustering improves.
 */
import { SCHEMA_VERSION, type AnalysisResult, type Claim, type Cluster, type SourceDoc } from '../../engine/schema.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { buildViewModel, type ViewModel } from '../../cli/ui/view-model.ts';

export const profile = builtInProfile;

const CNN = [
  'Biden and Xi speak for first time since November summit amid global tensions',
  '',
  'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed. Biden stressed the need to maintain “peace and stability” across the Taiwan Strait.',
  '',
  'Biden noted his worries about China’s trade tactics that the White House said harm American workers and emphasized that the US will do what it must to prevent “advanced US technologies from being used to undermine our national security, without unduly limiting trade and investment.”',
  '',
  'Biden also expressed concerns about TikTok, which is owned by the Chinese parent company ByteDance.',
  '',
].join('\n');

const GK = [
  'The White House described the conversation as "candid and constructive," highlighting both areas of agreement and disagreement.',
  '',
  'President Biden also raised concerns about TikTok, emphasizing the importance of safeguarding American national security. These discussions reflect broader concerns about trade tactics and technological developments.',
  '',
].join('\n');

const DUTCH = [
  'First phone call between Biden and Xi in months amid global tensions',
  '',
  'The two heads of state had “a frank and in-depth exchange of views on Sino-US relations and issues of common interest to both sides,” Chinese state broadcaster CCTV reported.',
  '',
  'Biden responded that “the United States will continue to take the necessary steps to prevent advanced American technology from being used to undermine our national security, without unduly restricting trade and investment.”',
  '',
].join('\n');

const CAIXIN = '“Chinese-U.S. cooperation can achieve many great things that benefit both countries and the whole world. Confrontation between China and the U.S. would certainly be a disaster for both countries and the world,” said Xi.\n';

function doc(id: string, sourceFile: string, outlet: string, source: string, event: string, published: string): SourceDoc {
  return { id, sourceFile, format: 'txt', source, outlet, title: null, published, event, language: 'en', url: null, role: 'coverage' };
}

export const docs: SourceDoc[] = [
  doc('cnn', '001-cnn.txt', 'CNN', CNN, 'call-2024-04', '2024-04-02'),
  doc('gk', '003-gk.txt', 'Greater Kashmir', GK, 'call-2024-04', '2024-04-03'),
  doc('dutch', '004-dutch.txt', 'Dutch outlet', DUTCH, 'call-2024-04', '2024-04-03'),
  doc('caixin', '000-caixin.txt', 'Caixin Global', CAIXIN, 'call-2021-02', '2021-02-11'),
];

function claim(id: string, articleId: string, sentence: string, who: Partial<Claim>): Claim {
  const source = docs.find((d) => d.id === articleId)!.source;
  const start = source.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" not in ${articleId}`);
  return {
    id, articleId, text: sentence, start, end: start + sentence.length, quotes: [],
    speaker: null, channel: 'narration', sourceMention: null, cue: null, mode: 'unattributed', ...who,
  };
}

const claims: Claim[] = [
  claim('cnn#1', 'cnn', 'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed.', { speaker: 'White House', channel: 'white-house', sourceMention: 'The White House', cue: 'described … as', mode: 'partial' }),
  claim('cnn#2', 'cnn', 'Biden noted his worries about China’s trade tactics that the White House said harm American workers and emphasized that the US will do what it must to prevent “advanced US technologies from being used to undermine our national security, without unduly limiting trade and investment.”', { speaker: 'Joe Biden', channel: 'white-house', sourceMention: 'the White House', cue: 'noted', mode: 'partial' }),
  claim('cnn#3', 'cnn', 'Biden also expressed concerns about TikTok, which is owned by the Chinese parent company ByteDance.', { speaker: 'Joe Biden', channel: 'narration', cue: 'expressed', mode: 'indirect' }),
  claim('gk#1', 'gk', 'The White House described the conversation as "candid and constructive," highlighting both areas of agreement and disagreement.', { speaker: 'White House', channel: 'white-house', sourceMention: 'The White House', cue: 'described … as', mode: 'partial' }),
  claim('gk#2', 'gk', 'President Biden also raised concerns about TikTok, emphasizing the importance of safeguarding American national security.', { speaker: 'Joe Biden', channel: 'narration', cue: 'raised', mode: 'indirect' }),
  claim('dutch#1', 'dutch', 'The two heads of state had “a frank and in-depth exchange of views on Sino-US relations and issues of common interest to both sides,” Chinese state broadcaster CCTV reported.', { speaker: null, channel: 'chinese-state', sourceMention: 'Chinese state broadcaster CCTV', cue: 'reported', mode: 'partial' }),
  claim('dutch#2', 'dutch', 'Biden responded that “the United States will continue to take the necessary steps to prevent advanced American technology from being used to undermine our national security, without unduly restricting trade and investment.”', { speaker: 'Joe Biden', channel: 'white-house', cue: 'responded', mode: 'partial' }),
  claim('caixin#1', 'caixin', '“Chinese-U.S. cooperation can achieve many great things that benefit both countries and the whole world. Confrontation between China and the U.S. would certainly be a disaster for both countries and the world,” said Xi.', { speaker: 'Xi Jinping', channel: 'chinese-state', cue: 'said', mode: 'direct' }),
];

const E24 = 'call-2024-04';
const clusters: Cluster[] = [
  { id: `${E24}/1`, eventId: E24, claimIds: ['cnn#1', 'gk#1'], articleIds: ['cnn', 'gk'], missingArticleIds: ['dutch'], carriedWithin: [], status: 'agreement', divergences: [] },
  {
    id: `${E24}/2`, eventId: E24, claimIds: ['cnn#2', 'dutch#2'], articleIds: ['cnn', 'dutch'], missingArticleIds: ['gk'], carriedWithin: [], status: 'divergence',
    divergences: [
      { kind: 'wording', detail: '“US technologies” → “American technology”; “limiting” → “restricting”', claimIds: ['cnn#2', 'dutch#2'] },
      { kind: 'cue', detail: 'noted vs responded', claimIds: ['cnn#2', 'dutch#2'] },
    ],
  },
  { id: `${E24}/3`, eventId: E24, claimIds: ['cnn#3', 'gk#2'], articleIds: ['cnn', 'gk'], missingArticleIds: ['dutch'], carriedWithin: [], status: 'agreement', divergences: [] },
  { id: `${E24}/4`, eventId: E24, claimIds: ['dutch#1'], articleIds: ['dutch'], missingArticleIds: ['cnn', 'gk'], carriedWithin: [], status: 'single', divergences: [] },
  { id: 'call-2021-02/1', eventId: 'call-2021-02', claimIds: ['caixin#1'], articleIds: ['caixin'], missingArticleIds: [], carriedWithin: [], status: 'single', divergences: [] },
];

export const result: AnalysisResult = {
  schemaVersion: SCHEMA_VERSION,
  articles: docs.map((d) => ({ id: d.id, outlet: d.outlet, title: null, published: d.published, eventId: d.event!, sourceFile: d.sourceFile, language: 'en', role: 'coverage' })),
  events: [
    { id: 'call-2021-02', label: 'Biden–Xi call, February 2021', date: '2021-02-11', articleIds: ['caixin'] },
    { id: E24, label: 'Biden–Xi call, April 2024', date: '2024-04-02', articleIds: ['cnn', 'gk', 'dutch'] },
  ],
  claims,
  clusters,
  recurring: [],
  warnings: [],
};

/** The fixture's view model. */
export function fixtureViewModel(): ViewModel {
  return buildViewModel(result, docs, profile);
}

/** A view model of one event with `n` clusters (three outlets, every other one omitting), for scale tests. */
export function largeViewModel(n: number): ViewModel {
  const big: Claim[] = [];
  const bigClusters: Cluster[] = [];
  for (let i = 0; i < n; i++) {
    const base = claims[i % 3]!;
    big.push({ ...base, id: `cnn#${i}` }, { ...base, id: `gk#${i}`, articleId: 'gk', start: 0, end: 10 });
    bigClusters.push({
      id: `${E24}/${i + 1}`, eventId: E24, claimIds: [`cnn#${i}`, `gk#${i}`], articleIds: ['cnn', 'gk'], missingArticleIds: i % 2 ? ['dutch'] : [], carriedWithin: [],
      status: i % 2 ? 'divergence' : 'agreement', divergences: [],
    });
  }
  return buildViewModel({ ...result, events: [result.events[1]!], claims: big, clusters: bigClusters }, docs, profile);
}

/**
 * An event covered by `n` outlets (CNN, Greater Kashmir and n-2 more) where only CNN,
 * Greater Kashmir and "Outlet 1" carry the "candid and constructive" claim: for the layout
 * of crowded events.
 */
export function crowdedViewModel(n: number): ViewModel {
  const extra = Array.from({ length: n - 2 }, (_, i) => doc(`o${String(i + 1).padStart(2, '0')}`, `o${i + 1}.txt`, `Outlet ${i + 1}`, GK, E24, '2024-04-03'));
  const ids = ['cnn', 'gk', ...extra.map((d) => d.id)];
  const o1 = { ...claims[3]!, id: 'o01#1', articleId: 'o01' };
  const crowd: AnalysisResult = {
    ...result,
    articles: [...result.articles.filter((a) => a.id === 'cnn' || a.id === 'gk'), ...extra.map((d) => ({ ...result.articles[1]!, id: d.id, outlet: d.outlet, sourceFile: d.sourceFile }))],
    events: [{ ...result.events[1]!, articleIds: ids }],
    claims: [claims[0]!, claims[3]!, o1],
    clusters: [{ ...clusters[0]!, claimIds: ['cnn#1', 'gk#1', 'o01#1'], articleIds: ['cnn', 'gk', 'o01'], missingArticleIds: ids.slice(3) }],
  };
  return buildViewModel(crowd, [...docs, ...extra], profile);
}

/**
 * The fixture where CNN says the Dutch outlet's single claim inside one of its own claims
 * (the cluster's `carriedWithin`): CNN's cell of that cluster is "within".
 */
export function carriedViewModel(): ViewModel {
  const clusters = result.clusters.map((c) => (c.id === `${E24}/4` ? { ...c, missingArticleIds: ['gk'], carriedWithin: ['cnn#1'] } : c));
  return buildViewModel({ ...result, clusters }, docs, profile);
}
