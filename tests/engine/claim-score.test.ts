import { describe, expect, it } from 'vitest';
import { parse } from '../../engine/nlp.ts';
import { clauseRuns } from '../../engine/compare/clauses.ts';
import fc from 'fast-check';
import { ALIGNMENT_FEATURES, alignmentBound, CHAR_FEATURES, charBound, FEATURE_COUNT, NGRAM_FEATURES, ngramFeatures, pairFeatures, sharedQuotation, wordBound } from '../../engine/compare/features.ts';
import { claimScore, prepareText, prepareTokens, SAME_THRESHOLD, score } from '../../engine/compare/match.ts';
import { extractClaims } from '../../engine/article/claims.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import type { SourceDoc } from '../../engine/schema.ts';

// Whole sentences of the seed corpus: 001 (CNN), 003 (Greater Kashmir), 004 (the Dutch outlet).
const CNN_YELLEN =
  'In a significant mark of the Biden administration’s ongoing engagement with Beijing, Treasury Secretary Janet Yellen is scheduled to visit China later this week, where she’ll meet with her Chinese counterparts in her second visit to the country as Treasury secretary.';
const KASHMIR_YELLEN = 'Treasury Secretary Janet Yellen is set to embark on a visit to China later this week.';
const DUTCH_YELLEN =
  'US Treasury Secretary Janet Yellen will visit China “in the coming days” and Secretary of State Antony Blinken will follow her “in the coming weeks” to continue dialogue, a senior White House official said.';
const KASHMIR_BLINKEN = 'Secretary of State Antony Blinken is set to visit China, underscoring the importance of continued dialogue.';
const CNN_RED_LINE =
  'On Taiwan, which is a key point of friction between the two countries, Xi called the issue the “first red line” in the relationship and urged the US to act in accordance “with President Biden’s commitment of not supporting ‘Taiwan independence,’” the readout said.';
const DUTCH_RED_LINE = 'Xi reiterated to Biden that Taiwan is “the first red line that should not be crossed.”';
const WH_CANDID =
  'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed.';
const CN_CANDID = 'China’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”';

/** A seed article of the bundled corpus by the start of its file name. */
function seedDoc(prefix: string): SourceDoc {
  const corpus = new URL('../../corpus/', import.meta.url);
  const file = readdirSync(corpus).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const source = readFileSync(new URL(file, corpus), 'utf8');
  return { id: file.replace(/\.txt$/, ''), sourceFile: file, format: 'txt', source, outlet: prefix, title: null, published: null, event: null, language: 'en', url: null, role: 'coverage' };
}

const claim = (a: string, b: string) => claimScore(prepareText(a), prepareText(b));
const words = (text: string) => {
  const tokens = parse(text).tokens;
  return clauseRuns(tokens).map((run) => run.map((i) => tokens[i]!.text).join(' '));
};

describe('clauseRuns', () => {
  it('cuts a sentence at commas, dashes and clause-opening words', () => {
    const parts = words('Biden also expressed concerns about TikTok, which is owned by the Chinese parent company ByteDance.');
    expect(parts).toEqual(['Biden also expressed concerns about TikTok', 'which is owned by the Chinese parent company ByteDance .']);
  });

  it('joins neighbouring clauses into parts too, never the whole sentence', () => {
    const parts = words('The call comes amid heavy global turbulence – the ongoing wars in Gaza and Ukraine, as well as North Korea’s nuclear capabilities, were topics of discussion.');
    expect(parts).toContain('the ongoing wars in Gaza and Ukraine');
    expect(parts).toContain('and Ukraine as well as North Korea ’s nuclear capabilities');
    expect(parts).not.toContain(parse('The call comes amid heavy global turbulence – the ongoing wars in Gaza and Ukraine, as well as North Korea’s nuclear capabilities, were topics of discussion.').tokens.map((t) => t.text).filter((t) => !/^[,–]$/.test(t)).join(' '));
  });

  it('gives no parts for a sentence of one clause (the whole claim stands for itself)', () => {
    expect(words(KASHMIR_YELLEN)).toEqual([]);
  });
});

describe('claimScore: the same claim inside longer or recombined sentences', () => {
  it('finds the Yellen visit in CNN’s long sentence, Greater Kashmir’s short one and the Dutch outlet’s Yellen-and-Blinken one', () => {
    expect(score(prepareText(CNN_YELLEN), prepareText(KASHMIR_YELLEN))).toBeLessThan(SAME_THRESHOLD);
    expect(claim(CNN_YELLEN, KASHMIR_YELLEN)).toBeGreaterThanOrEqual(SAME_THRESHOLD);
    expect(claim(CNN_YELLEN, DUTCH_YELLEN)).toBeGreaterThanOrEqual(SAME_THRESHOLD);
    expect(claim(KASHMIR_YELLEN, DUTCH_YELLEN)).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });

  it('never scores below the whole-sentence score, and is symmetric', () => {
    for (const [a, b] of [[CNN_YELLEN, KASHMIR_YELLEN], [WH_CANDID, CN_CANDID], [DUTCH_YELLEN, KASHMIR_BLINKEN]] as const) {
      expect(claim(a, b)).toBeGreaterThanOrEqual(score(prepareText(a), prepareText(b)));
      expect(claim(a, b)).toBe(claim(b, a));
    }
  });

  it('keeps Yellen’s visit apart from Blinken’s, and the two readouts’ “candid” apart', () => {
    expect(claim(KASHMIR_YELLEN, KASHMIR_BLINKEN)).toBeLessThan(SAME_THRESHOLD);
    expect(claim(WH_CANDID, CN_CANDID)).toBeLessThan(SAME_THRESHOLD);
  });

  it('matches two reports quoting the same words: “first red line”', () => {
    expect(sharedQuotation(prepareText(CNN_RED_LINE), prepareText(DUTCH_RED_LINE))).toBe(3);
    expect(claim(CNN_RED_LINE, DUTCH_RED_LINE)).toBeGreaterThanOrEqual(SAME_THRESHOLD);
    // One quoted word in common ("candid") is not a shared quotation.
    expect(sharedQuotation(prepareText(WH_CANDID), prepareText(CN_CANDID))).toBe(1);
  });

  it('compares parts on what they report, not on who reported it', () => {
    const cnn = extractClaims(seedDoc('001'), builtInProfile);
    const kashmir = extractClaims(seedDoc('003'), builtInProfile);
    const find = (a: typeof cnn, start: string) => a.matchItems[a.claims.findIndex((c) => c.text.startsWith(start))]!;
    // Both end in an attribution to an official "ahead of the call"; they report different things.
    const quiteConcerned = find(cnn, '“China, of course, is a sovereign country');
    const trustButVerify = find(kashmir, 'CNN reported quoting a senior administration official');
    expect(claimScore(quiteConcerned, trustButVerify)).toBeLessThan(SAME_THRESHOLD);
    // Without the attribution left out, the two attribution clauses alone would match.
    const bare = (item: typeof quiteConcerned) => prepareTokens(item.text, parse(item.text).tokens);
    expect(claimScore(bare(quiteConcerned), bare(trustButVerify))).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });
});

describe('scoring with a floor: bounds only save work', () => {
  // Every claim and clause part of the seed corpus, and the pairs of claims across articles.
  const articles = ['000', '001', '002', '003', '004'].map((prefix) => extractClaims(seedDoc(prefix), builtInProfile));
  const items = articles.flatMap((a, k) => a.matchItems.map((item) => ({ item, article: k })));
  const pairs = items.flatMap((x, i) => items.slice(i + 1).filter((y) => y.article !== x.article).map((y) => [x.item, y.item] as const));
  const texts = items.flatMap(({ item }) => [item, ...item.parts]);

  it('gives the exact claimScore where it reaches the floor, and a value below the floor elsewhere', () => {
    let reached = 0;
    for (const [a, b] of pairs) {
      const exact = claimScore(a, b);
      const floored = claimScore(a, b, SAME_THRESHOLD);
      if (exact >= SAME_THRESHOLD) {
        reached++;
        expect(floored).toBe(exact);
      } else expect(floored).toBeLessThan(SAME_THRESHOLD);
    }
    expect(reached).toBeGreaterThan(20);
    expect(pairs.length).toBeGreaterThan(4_000);
  });

  it('bounds the word, character and alignment features from above for any weights, on 400 pairs of seed sentences and clauses', () => {
    const all = new Float64Array(FEATURE_COUNT);
    const partial = new Float64Array(FEATURE_COUNT);
    const sum = (w: Float64Array, f: Float64Array, ks: readonly number[]) => ks.reduce((s, k) => s + w[k]! * f[k]!, 0);
    const sample = Array.from({ length: 400 }, (_, i) => [texts[(i * 7919) % texts.length]!, texts[(i * 104_729 + 13) % texts.length]!] as const);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: FEATURE_COUNT, maxLength: FEATURE_COUNT }), (weights) => {
        const w = Float64Array.from(weights);
        for (const [a, b] of sample) {
          pairFeatures(a, b, all);
          expect(sum(w, all, [...NGRAM_FEATURES, ...CHAR_FEATURES, ...ALIGNMENT_FEATURES])).toBeLessThanOrEqual(wordBound(a, b, w) + 1e-9);
          ngramFeatures(a, b, partial);
          expect(sum(w, all, CHAR_FEATURES)).toBeLessThanOrEqual(charBound(a, b, w) + 1e-9);
          expect(sum(w, all, ALIGNMENT_FEATURES)).toBeLessThanOrEqual(alignmentBound(a, b, w) + 1e-9);
        }
      }),
      { numRuns: 40, seed: 3 },
    );
  });
});
