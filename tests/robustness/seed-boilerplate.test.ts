/**
 * Issue 2's acceptance check: the boilerplate lines of all five seeds (listed by hand in
 * seed-boilerplate.ts), their titles and their sub-headings are never part of a claim of
 * `analyze`, and every other line of the seeds still yields claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../cli/corpus.ts';
import { analyze } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { SEED_BOILERPLATE, SEED_HEADINGS, SEED_TITLES } from './seed-boilerplate.ts';
import { ROOT } from './helpers.ts';

interface LineRange {
  text: string;
  start: number;
  end: number;
}

/** Every line of `source` with its offsets (line ends excluded). */
function linesOf(source: string): LineRange[] {
  const out: LineRange[] = [];
  let start = 0;
  for (const line of source.split('\n')) {
    const text = line.replace(/\r$/, '');
    out.push({ text: text.trim(), start, end: start + text.length });
    start += line.length + 1;
  }
  return out;
}

describe('the seeds\' boilerplate yields no claims', () => {
  const corpus = loadCorpus([join(ROOT, 'corpus')]);
  const result = analyze(corpus.docs, builtInProfile, corpus.warnings);

  for (const [file, boilerplate] of Object.entries(SEED_BOILERPLATE)) {
    const doc = corpus.docs.find((d) => d.sourceFile === file)!;
    const claims = result.claims.filter((c) => c.articleId === doc.id);
    const notNews = new Set([...boilerplate, ...SEED_HEADINGS[file]!, ...(SEED_TITLES[file] ? [SEED_TITLES[file]!] : [])]);
    const lines = linesOf(readFileSync(join(ROOT, 'corpus', file), 'utf8'));

    it(`${file}: no claim overlaps a boilerplate line, the title or a heading`, () => {
      const skipped = lines.filter((l) => notNews.has(l.text));
      // Every listed line is really in the file, verbatim.
      for (const text of notNews) expect(skipped.some((l) => l.text === text), text).toBe(true);
      for (const line of skipped) {
        const overlapping = claims.filter((c) => c.start < line.end && c.end > line.start);
        expect(overlapping.map((c) => c.text), `line "${line.text}"`).toEqual([]);
      }
    });

    it(`${file}: every news line yields at least one claim`, () => {
      for (const line of lines.filter((l) => l.text !== '' && !notNews.has(l.text))) {
        expect(claims.some((c) => c.start < line.end && c.end > line.start), `line "${line.text.slice(0, 80)}"`).toBe(true);
      }
    });
  }
});
