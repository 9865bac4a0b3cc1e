import { describe, expect, it } from 'vitest';
import { clusterEvent } from '../../engine/compare/cluster.ts';
import { prepareText } from '../../engine/compare/match.ts';
import type { Claim } from '../../engine/schema.ts';
import { claim } from './fixtures.ts';
import { loadCorpus } from '../../cli/corpus.ts';
import { clusterClaims, extractAll } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';

const seeds = extractAll(loadCorpus(['corpus']).docs, builtInProfile);

const readouts = new Set(['white-house', 'chinese-state']);
const apart = (a: Claim, b: Claim) => a.channel !== b.channel && readouts.has(a.channel) && readouts.has(b.channel);
const run = (claims: Claim[]) => clusterEvent({ claims, items: claims.map((c) => prepareText(c.text)), apart }).groups;

describe('clusterEvent', () => {
  it('puts every claim in exactly one cluster', () => {
    const claims = [
      claim('cnn', 'Yellen is scheduled to make two stops, traveling to Guangzhou and Beijing, for meetings with economists, students and members of the business community.'),
      claim('gk', 'During her visit, Yellen is scheduled to make stops in Guangzhou and Beijing, where she will engage in meetings with economists, students, and members of the business community.'),
      claim('dutch', 'Next month, Lai Ching-te will be sworn in as Taiwan’s new president.'),
    ];
    const groups = run(claims);
    expect(groups.flat().sort()).toEqual([0, 1, 2]);
  });

  it('never puts two claims of one article in the same cluster', () => {
    const claims = [
      claim('cnn', '“Verifying the results we see, the actions we see, and then continuing to underscore and press on what our concerns are.”'),
      claim('cnn', '“Verifying the results we see, the actions we see, and then continuing to underscore and press on what our concerns are.”'),
      claim('gk', '"Verifying the results we see, the actions we see, and then continuing to underscore and press on what our concerns are."'),
    ];
    const groups = run(claims);
    for (const group of groups) expect(new Set(group.map((i) => claims[i]!.articleId)).size).toBe(group.length);
    expect(groups).toHaveLength(2);
  });

  it('keeps the White House’s and China’s descriptions of the call apart, whatever their wording', () => {
    const claims = [
      claim('cnn', 'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed.', { channel: 'white-house' }),
      claim('dutch', 'The two heads of state had “a frank and in-depth exchange of views on Sino-US relations and issues of common interest to both sides,” Chinese state broadcaster CCTV reported.', { channel: 'chinese-state' }),
    ];
    expect(run(claims)).toEqual([[0], [1]]);
  });

  it('lets a claim left alone join the cluster of the longer sentence it matches, when that sentence carries two claims', () => {
    const claims = [
      claim('cnn', 'On Taiwan, which is a key point of friction between the two countries, Xi called the issue the “first red line” in the relationship and urged the US to act in accordance “with President Biden’s commitment of not supporting ‘Taiwan independence,’” the readout said.', { channel: 'chinese-state' }),
      claim('gk', 'Addressing concerns about U.S. actions affecting China\'s trade and technology development, President Xi urged concrete actions reflecting President Biden\'s commitment to not support "Taiwan independence."', { channel: 'chinese-state' }),
      claim('dutch', 'Xi reiterated to Biden that Taiwan is “the first red line that should not be crossed.”', { channel: 'chinese-state' }),
    ];
    // Greater Kashmir and the Dutch outlet report different halves of CNN's sentence: average
    // link keeps the Dutch claim out, the one-step join brings it in.
    expect(run(claims)).toEqual([[0, 1, 2]]);
  });

  it('joins no narrated claim left alone to a cluster that already holds a claim of its own article', () => {
    const claims = [
      claim('cnn', 'Treasury Secretary Janet Yellen is scheduled to visit China later this week, where she’ll meet with her Chinese counterparts.'),
      claim('gk', 'Treasury Secretary Janet Yellen is set to embark on a visit to China later this week.'),
      claim('gk', 'Treasury Secretary Janet Yellen will visit China in the coming days, her second visit.'),
    ];
    const groups = run(claims);
    expect(groups).toHaveLength(2);
    for (const group of groups) expect(new Set(group.map((i) => claims[i]!.articleId)).size).toBe(group.length);
  });

  it('lets a claim left alone join a cluster holding a claim of its own article when both are the same speaker’s', () => {
    // Greater Kashmir spreads over two sentences what the official told CNN in one (the real
    // extraction: the source and cue of each claim are left out of its clause parts).
    const [cnn, kashmir] = ['001', '003'].map((prefix) => seeds.find((a) => a.doc.id.startsWith(prefix))!);
    const articles = [cnn!, kashmir!];
    const claims = articles.flatMap((a) => a.claims);
    const groups = clusterClaims({ claims, items: articles.flatMap((a) => a.matchItems) }, builtInProfile).groups;
    const groupOf = (text: string) => groups.findIndex((g) => g.some((i) => claims[i]!.text.startsWith(text)));
    expect(groupOf('Addressing Xi\'s pledge that Beijing will not interfere')).toBe(groupOf('It is about verifying, as the president says,” the official told CNN'));
    expect(groupOf('It is about verifying, as the president says," the official explained')).toBe(groupOf('It is about verifying, as the president says,” the official told CNN'));
  });

  it('keeps two narrated facts of one article apart even when another outlet joins them in one sentence', () => {
    const claims = [
      claim('dutch', 'US Treasury Secretary Janet Yellen will visit China “in the coming days” and Secretary of State Antony Blinken will follow.'),
      claim('gk', 'Treasury Secretary Janet Yellen is set to embark on a visit to China later this week.'),
      claim('gk', 'Secretary of State Antony Blinken is set to visit China, underscoring the importance of continued dialogue.'),
    ];
    const groups = run(claims);
    expect(groups).toHaveLength(2);
    for (const group of groups) expect(new Set(group.map((i) => claims[i]!.articleId)).size).toBe(group.length);
  });

  describe('claims carried within a longer sentence', () => {
    const articles = ['001', '003', '004'].map((prefix) => seeds.find((a) => a.doc.id.startsWith(prefix))!);
    const claims = articles.flatMap((a) => a.claims);
    const { groups, carriers } = clusterClaims({ claims, items: articles.flatMap((a) => a.matchItems) }, builtInProfile);
    const groupOf = (text: string) => groups.findIndex((g) => g.some((i) => claims[i]!.text.startsWith(text)));
    const carriedBy = (text: string) => carriers[groupOf(text)]!.map((i) => claims[i]!.text);

    it('names the claim of another cluster that says it too, from an article without a claim in the cluster', () => {
      // CNN's first sentence is clustered with Greater Kashmir's first ("The recent phone
      // conversation …"); it also says what Greater Kashmir's second sentence says.
      expect(carriedBy('This dialogue, the first since their in-person summit in November')).toEqual([
        expect.stringContaining('President Joe Biden spoke on the phone with Chinese President Xi Jinping on Tuesday, marking the first conversation'),
      ]);
    });

    it('takes no claim for a carrier on the strength of a quoted phrase alone', () => {
      // Both quote an exchange of views, one on the Ukraine crisis, the other on Sino-US relations.
      expect(carriedBy('The Chinese readout noted that the two leaders “exchanged views on the Ukraine crisis.”')).toEqual([]);
    });
  });
});
