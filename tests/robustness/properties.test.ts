/**
 * Issue 6, properties and fuzzing: for any string, analysis does not throw and every claim's
 * offsets give back its text; adversarial runs of quotes and punctuation take linear time;
 * and a bounded fuzz run over random and mutated seed articles. Seeds are fixed, so a failure
 * is reproducible; the whole file runs in well under a minute.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AnalysisResult, type SourceDoc } from '../../engine/schema.ts';
import { analyzeDocs, checkClaims, docOf, ROOT } from './helpers.ts';
import { expectLinear } from '../growth.ts';

const SEEDS = readdirSync(join(ROOT, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8'));

/** Characters that have broken text tools before: quotes of every kind, breaks, surrogates, controls, markup. */
const TRICKY = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '(', ')', '[', ']', '.', '!', '?', '…', ',', ';', ':', '—', '–', '-', ' ', '\n', '\r\n', '\r', '\t', '\u2028', '\u2029', '\u00A0', '\uFEFF', '\u200B', '\u202E', '\0', '\uFFFD', '\uD800', '\uDC00', '😀', '🇨🇳', '👍🏽', '习近平', '。', 'é', 'e\u0301', '<p>', '</p>', '<script>', '&amp;', '&#x201C;', '#', '*', '>', 'said', 'Xi', 'Biden', 'according to', 'the readout', 'told reporters', 'U.S.', 'Mr.'];

const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));
const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), tricky);

/** A mutation of a seed article: a slice, then insertions, deletions, duplications and line-end changes. */
const mutatedSeed = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    from: fc.nat(),
    length: fc.integer({ min: 0, max: 2_500 }),
    edits: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(tricky, fc.constantFrom(...TRICKY)) }),
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
        fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
        fc.record({ kind: fc.constant('lines' as const), to: fc.constantFrom('\r\n', '\r', ' ', '\n\n', '\u2028') }),
      ),
      { maxLength: 8 },
    ),
  })
  .map(({ seed, from, length, edits }) => {
    const source = SEEDS[seed]!;
    const start = from % source.length;
    let text = source.slice(start, start + length);
    for (const edit of edits) {
      const at = text.length === 0 ? 0 : ('at' in edit ? edit.at % (text.length + 1) : 0);
      if (edit.kind === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
      else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
      else if (edit.kind === 'duplicate') text = text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
      else text = text.replace(/\n/g, edit.to);
    }
    return text;
  });

/** Analyse and check the offset invariants; the result must also be a valid AnalysisResult. */
function analyzeAndCheck(docs: SourceDoc[], validate = false): void {
  const result = analyzeDocs(docs);
  if (validate) AnalysisResult.parse(result);
  checkClaims(result, docs);
  const ids = result.claims.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('any string', () => {
  it('as .txt: analysis does not throw and every claim is source.slice(start, end)', () => {
    fc.assert(
      fc.property(anyString, (text) => analyzeAndCheck([docOf(text)], true)),
      { numRuns: 800, seed: 20261122 },
    );
  });

  it('as .md and .html: analysis does not throw and offsets stay inside the source', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom('md' as const, 'html' as const), (text, format) => analyzeAndCheck([docOf(text, format)])),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('fuzzing with mutated seed articles', () => {
  it('hundreds of mutated seed slices (up to three side by side), keep every invariant', () => {
    fc.assert(
      fc.property(fc.array(mutatedSeed, { minLength: 1, maxLength: 3 }), (texts) => {
        analyzeAndCheck(texts.map((t, i) => docOf(t, 'txt', `doc${i}`)));
      }),
      { numRuns: 800, seed: 6 },
    );
  }, 120_000);

  it('mutated seeds wrapped in HTML keep every invariant', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const html = `<html><body><nav>Skip to content</nav><article>${text.split('\n').map((p) => `<p>${p}</p>`).join('')}</article><script>x()</script></body></html>`;
        analyzeAndCheck([docOf(html, 'html')]);
      }),
      { numRuns: 500, seed: 11 },
    );
  }, 120_000);
});

describe('linear time on adversarial runs', () => {
  // Each unit repeated, the text made eight times longer (growth.ts).
  const RUNS: Record<string, string> = {
    'straight double quotes': '"',
    'curly quotes': '“',
    'closing quotes only': '”',
    'alternating quotes': '“”',
    'unbalanced quote and word': '“Xi ',
    'apostrophes': "'",
    'nested quotes': '“‘«„',
    'full stops': '.',
    'ellipses and question marks': '…?! ',
    'open parentheses': '(',
    'dashes': '—',
    'commas without spaces': ',',
    'speech verbs': 'said ',
    'attribution phrases': 'according to the readout, ',
    'quoted sentences': '“Peace.” Xi said. ',
    'short lines': 'Share this\n',
    'blank lines': '\n\n',
    'CRLF': '\r\n',
    'emoji': '😀',
  };

  for (const [name, unit] of Object.entries(RUNS)) {
    it(`stays linear on ${name}`, () => {
      const text = (chars: number): string => unit.repeat(Math.ceil(chars / unit.length));
      expectLinear(name, (t) => analyzeDocs([docOf(t)]), text);
    }, 60_000);
  }
});
