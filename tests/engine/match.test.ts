import { describe, expect, it } from 'vitest';
import { compareTwoStrings } from 'string-similarity';
import { parse } from '../../engine/nlp.ts';
import { charDice, FEATURE_NAMES, quotedLemmaCount, wordAlignment } from '../../engine/compare/features.ts';
import { synonymGroups, wordWeight } from '../../engine/compare/lexicon.ts';
import { features, prepareText, prepareTokens, SAME_THRESHOLD, score } from '../../engine/compare/match.ts';
import { americanSpelling } from '../../engine/compare/spelling.ts';

const same = (a: string, b: string) => score(prepareText(a), prepareText(b)) >= SAME_THRESHOLD;

// Seed sentences, from corpus/001 (CNN), 003 (Greater Kashmir) and 004 (the Dutch outlet).
const CNN_YELLEN = 'Yellen is scheduled to visit China later this week';
const KASHMIR_YELLEN = 'Yellen is set to embark on a visit to China later this week';
const DUTCH_YELLEN = 'Janet Yellen will visit China in the coming days';
const WH_CANDID = 'The White House described the conversation as “candid and constructive”';
const CN_CANDID = 'China’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”';
const CNN_TRADE =
  'Biden noted his worries about China’s trade tactics that the White House said harm American workers and emphasized that the US will do what it must to prevent “advanced US technologies from being used to undermine our national security, without unduly limiting trade and investment.”';
const DUTCH_TRADE =
  'Biden responded that “the United States will continue to take the necessary steps to prevent advanced American technology from being used to undermine our national security, without unduly restricting trade and investment.”';

describe('score: paraphrases and claims that only share a topic', () => {
  it('matches the three outlets\' ways of saying Yellen will visit China soon', () => {
    expect(same(CNN_YELLEN, KASHMIR_YELLEN)).toBe(true);
    expect(same(KASHMIR_YELLEN, DUTCH_YELLEN)).toBe(true);
    expect(same(CNN_YELLEN, DUTCH_YELLEN)).toBe(true);
  });

  it('keeps the White House\'s "candid and constructive" apart from China\'s "candid and in-depth exchange"', () => {
    expect(same(WH_CANDID, CN_CANDID)).toBe(false);
    const whFull =
      'The White House described the one-hour-45-minute conversation as “candid and constructive” on a range of issues on which the leaders agreed and disagreed.';
    expect(same(whFull, CN_CANDID)).toBe(false);
  });

  it('matches CNN\'s "without unduly limiting" and the Dutch outlet\'s "without unduly restricting" sentences', () => {
    expect(same(CNN_TRADE, DUTCH_TRADE)).toBe(true);
  });

  it('matches the same White House claim in CNN and Greater Kashmir across defense/defence', () => {
    expect(
      same(
        'Biden stressed the need to maintain “peace and stability” across the Taiwan Strait and he also raised his concerns over China’s support for Russia’s defense industry, the White House added.',
        'President Biden emphasized the need for "peace and stability" across the Taiwan Strait and expressed concerns about China\'s support for Russia\'s defence industry.',
      ),
    ).toBe(true);
  });

  it('tells apart two claims that differ only in the year', () => {
    expect(same('Biden and Xi last spoke on the phone in July 2022.', 'Biden and Xi last spoke on the phone in July 2021.')).toBe(false);
  });

  it('does not match unrelated claims of the same article', () => {
    expect(same('Biden and Xi last spoke on the phone in July 2022.', CNN_YELLEN)).toBe(false);
  });

  it('is a symmetric probability, highest for identical claims', () => {
    const a = prepareText(CNN_TRADE);
    const b = prepareText(DUTCH_TRADE);
    expect(score(a, b)).toBeCloseTo(score(b, a), 12);
    for (const s of [score(a, b), score(a, a), score(a, prepareText(WH_CANDID))]) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(score(a, a)).toBeGreaterThan(score(a, b));
  });

  it('handles empty and punctuation-only text without NaN', () => {
    for (const [x, y] of [['', ''], ['', CNN_YELLEN], ['…', '—']] as const) {
      const s = score(prepareText(x), prepareText(y));
      expect(Number.isFinite(s)).toBe(true);
    }
    expect(same('', CNN_YELLEN)).toBe(false);
  });
});

describe('prepareTokens', () => {
  it('uses tokens parsed with the whole paragraph (offsets into the larger text) without parsing again', () => {
    const paragraph = `Other news. ${WH_CANDID}`;
    const offset = paragraph.indexOf('The White House');
    const tokens = parse(paragraph).tokens.filter((t) => t.start >= offset);
    const fromParagraph = prepareTokens(WH_CANDID, tokens);
    const alone = prepareText(WH_CANDID);
    expect(quotedLemmaCount(fromParagraph)).toBe(2); // candid, constructive
    expect(quotedLemmaCount(alone)).toBe(2);
    expect(features(fromParagraph, alone)).toEqual(features(alone, alone));
  });

  it('gives blocking sorted, unique content lemmas in American spelling, names by their last word', () => {
    const item = prepareText('Janet Yellen said the defence of Taiwan and the defense of Europe were honoured.');
    expect(item.lemmas).toEqual([...new Set(item.lemmas)].sort());
    expect(item.lemmas).toContain('defense');
    expect(item.lemmas).toContain('honor');
    expect(item.lemmas).toContain('yellen');
    expect(item.lemmas).not.toContain('janet');
    expect(item.lemmas).not.toContain('the');
  });
});

describe('features', () => {
  it('computes string-similarity\'s Dice on the normalised texts, from precomputed bigrams', () => {
    for (const [x, y] of [[CNN_TRADE, DUTCH_TRADE], [WH_CANDID, CN_CANDID], ['a', 'a'], ['ab', 'x']] as const) {
      const a = prepareText(x);
      const b = prepareText(y);
      expect(charDice(a, b)).toBeCloseTo(compareTwoStrings(a.compact, b.compact), 12);
    }
  });

  it('aligns words bit-parallel exactly as the plain DP does (LCS and edit distance)', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let t = 0; t < 3000; t++) {
      const alphabet = 1 + Math.floor(next() * 8);
      const sequence = () => Int32Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * alphabet) - 3);
      const a = sequence();
      const b = sequence();
      expect(wordAlignment(a, b, 'bits')).toEqual(wordAlignment(a, b, 'dp'));
    }
    expect(wordAlignment(Int32Array.of(1, 2, 3, 4), Int32Array.of(1, 3, 4, 5), 'bits')).toEqual({ lcs: 3, edit: 2 });
  });

  it('lists one value per named feature, all finite', () => {
    const f = features(prepareText(CNN_TRADE), prepareText(DUTCH_TRADE));
    expect(f.length).toBe(FEATURE_NAMES.length);
    expect([...f].every(Number.isFinite)).toBe(true);
  });
});

describe('americanSpelling', () => {
  it('maps British spellings by rule: -our, -ise/-yse, -ll-, -re, -dgement', () => {
    const cases: Record<string, string> = {
      honour: 'honor', honourable: 'honorable', labourers: 'laborers', favourite: 'favorite',
      stabilise: 'stabilize', stabilised: 'stabilized', organisation: 'organization', criticise: 'criticize', analysed: 'analyzed',
      travelled: 'traveled', cancelling: 'canceling', centre: 'center', theatres: 'theaters', fibre: 'fiber',
      judgement: 'judgment',
    };
    for (const [uk, us] of Object.entries(cases)) expect(americanSpelling(uk), uk).toBe(us);
  });

  it('maps the words no rule covers from its table, with their inflections', () => {
    const cases: Record<string, string> = { defence: 'defense', defences: 'defenses', practised: 'practiced', grey: 'gray', programmes: 'programs', ageing: 'aging', catalogue: 'catalog' };
    for (const [uk, us] of Object.entries(cases)) expect(americanSpelling(uk), uk).toBe(us);
  });

  it('leaves words alone that only look British: advise, surprise, exercise, hour, tour, compelled, genre', () => {
    for (const word of ['advise', 'advised', 'surprise', 'exercise', 'promised', 'hour', 'tour', 'four', 'flour', 'compelled', 'swelled', 'installed', 'genre', 'more', 'crises', 'house'])
      expect(americanSpelling(word), word).toBe(word);
  });
});

describe('lexicon', () => {
  it('knows candid and frank, limit and restrict as synonyms (WordNet)', () => {
    const shares = (a: string, b: string) => synonymGroups(a).some((g) => synonymGroups(b).includes(g));
    expect(shares('candid', 'frank')).toBe(true);
    expect(shares('limit', 'restrict')).toBe(true);
    expect(shares('candid', 'constructive')).toBe(false);
  });

  it('weighs common words less than rare ones and unknown words fully', () => {
    expect(wordWeight('say')).toBeLessThan(wordWeight('candid'));
    expect(wordWeight('bytedance')).toBe(1);
  });
});
