import { describe, expect, it } from 'vitest';
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

  it('returns nothing for blank text', () => {
    expect(parse(' \n\n ')).toEqual({ tokens: [], sentences: [] });
  });
});
