import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../../engine/nlp.ts';

const corpus = new URL('../../corpus/', import.meta.url);

describe('parse', () => {
  it('gives every token of every seed article its exact character span', () => {
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, corpus), 'utf8');
      const { tokens, sentences } = parse(text);
      expect(tokens.length).toBeGreaterThan(100);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const s of sentences) expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('lemmatises speech verbs and tags proper nouns', () => {
    const { tokens } = parse('Xi said the two countries could open up more contact.');
    expect(tokens.map((t) => t.lemma)).toContain('say');
    expect(tokens[0]).toMatchObject({ text: 'Xi', pos: 'PROPN', start: 0, end: 2 });
  });

  it('keeps names with letters beyond Latin-1 whole ("Rajaković", "Łukasz", "Erdoğan")', () => {
    const text = 'Coach Darko Rajaković said Łukasz Erdoğan would start.';
    const { tokens } = parse(text);
    for (const name of ['Rajaković', 'Łukasz', 'Erdoğan']) expect(tokens.find((t) => t.text === name)).toMatchObject({ pos: 'PROPN' });
    expect(tokens.find((t) => t.text === 'said')?.lemma).toBe('say');
  });

  it('gives every token of any text its exact span, in order, and sentences within the text', () => {
    const pieces = ['Rajaković', 'said', ' ', '\n', '.', '“', '”', "'", 'Ł', 'ễ', 'é', 'x'.repeat(120), 'U.S.', '—', '😀', 'Dr.', '42'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const { tokens, sentences } = parse(text);
        let last = 0;
        for (const t of tokens) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          last = t.end;
        }
        for (const s of sentences) expect(s.start >= 0 && s.end <= text.length && s.firstToken < s.endToken).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('returns nothing for blank text', () => {
    expect(parse(' \n\n ')).toEqual({ tokens: [], sentences: [] });
  });
});
