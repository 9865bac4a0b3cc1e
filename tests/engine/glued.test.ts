import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchTokens, unglue } from '../../engine/compare/glued.ts';
import { claimScore, prepareText, SAME_THRESHOLD } from '../../engine/compare/match.ts';
import { parse } from '../../engine/nlp.ts';

// CNN's sentence as scraped: the linked "Taiwan" runs into "China’s".
const CNN = 'Other issues that have strained the Washington-Beijing relationship also came up, including TaiwanChina’s recent provocations in the South China Sea and Beijing’s human rights abuses.';

describe('unglue', () => {
  it('reads a link glued to the next word as its two words, with exact offsets', () => {
    const glued = parse(CNN).tokens.find((t) => t.text === 'TaiwanChina')!;
    const pieces = unglue(glued);
    expect(pieces.map((p) => [p.text, p.lemma])).toEqual([['Taiwan', 'taiwan'], ['China', 'china']]);
    for (const p of pieces) expect(CNN.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves brand names made of non-words whole, and ordinary words alone', () => {
    for (const text of ['TikTok', 'YouTube', 'ByteDance', 'Beijing', 'US', 'McDonald']) {
      const token = { start: 0, end: text.length, text, lemma: text.toLowerCase(), pos: 'PROPN' };
      expect(unglue(token)).toEqual([token]);
    }
  });

  it('lets the glued claim match the Dutch outlet’s version of it', () => {
    const dutch = 'Other difficult topics include Taiwan, territorial rivalry in the South China Sea and China’s ties with Iran, as well as the economy, trade and the high-tech sector.';
    expect(claimScore(prepareText(CNN), prepareText(dutch))).toBeGreaterThanOrEqual(SAME_THRESHOLD);
  });

  it('gives pieces that spell the token, in order, for any word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,30}$/), (text) => {
        const pieces = unglue({ start: 5, end: 5 + text.length, text, lemma: text.toLowerCase(), pos: 'PROPN' });
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        for (const p of pieces) expect(text.slice(p.start - 5, p.end - 5)).toBe(p.text);
      }),
    );
  });
});

describe('matchTokens', () => {
  it('reads an abbreviation the tokenizer cut after a hyphen as one word', () => {
    const text = 'President Xi noted a trend toward stabilization in China-U.S. relations.';
    const tokens = matchTokens(parse(text).tokens);
    const us = tokens.find((t) => t.text === 'U.S.')!;
    expect(text.slice(us.start, us.end)).toBe('U.S.');
    expect(tokens.map((t) => t.text)).not.toContain('S.');
  });

  it('lets "China-U.S. relations" and "US-China relations" share their words', () => {
    const a = prepareText('President Xi noted a trend toward stabilization in China-U.S. relations.').lemmas;
    const b = prepareText('Xi characterized US-China relations as beginning to stabilize.').lemmas;
    expect(a).toContain('us');
    expect(a.filter((l) => b.includes(l))).toEqual(expect.arrayContaining(['china', 'us', 'relation']));
  });

  it('gives back the very tokens it leaves alone', () => {
    const tokens = parse('Biden also expressed concerns about TikTok, which is owned by ByteDance.').tokens;
    expect(matchTokens(tokens)).toEqual(tokens);
    matchTokens(tokens).forEach((t, i) => expect(t).toBe(tokens[i]));
  });
});
