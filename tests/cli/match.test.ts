import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePairs } from '../../cli/commands/match.ts';
import { FEATURE_NAMES } from '../../engine/compare/features.ts';
import { fitCaps, parseMsrp } from '../../cli/evaluations/msrp.ts';
import { bestThreshold, crossValidate, fitLogistic, predict, scoreDecisions } from '../../cli/evaluations/logistic.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'claimdiff-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function claimdiff(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['cli/claimdiff.js', ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Seed sentences: CNN (corpus/001) and the Dutch outlet (corpus/004), and two readouts' words.
const PAIRS = [
  'trade\tBiden emphasized that the US will do what it must to prevent “advanced US technologies from being used to undermine our national security, without unduly limiting trade and investment.”\tBiden responded that “the United States will continue to take the necessary steps to prevent advanced American technology from being used to undermine our national security, without unduly restricting trade and investment.”',
  'candid\tThe White House described the conversation as “candid and constructive”\tChina’s Foreign Ministry also said the two leaders had a “candid and in-depth exchange.”',
].join('\n');

describe('claimdiff match --pairs', { timeout: 60_000 }, () => {
  it('prints one JSON line per pair with id, a rounded score and the decision', () => {
    const run = claimdiff(['match', '--pairs', file('pairs.tsv', `${PAIRS}\n`), '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['trade', 'candid']);
    expect(lines.map((l) => l.same)).toEqual([true, false]);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['id', 'score', 'same']);
      expect(Math.round(l.score * 1e4) / 1e4).toBe(l.score);
    }
  });

  it('prints an aligned table without --json', () => {
    const run = claimdiff(['match', '--pairs', file('table.tsv', PAIRS)]);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toMatch(/^id\s+score\s+decision/);
    expect(rows[0]).toMatch(/^trade\s+0\.\d{4}\s+same$/);
    expect(rows[1]).toMatch(/^candid\s+0\.\d{4}\s+different$/);
  });

  it('warns about bad lines by file:line and scores the rest (BOM and CRLF tolerated)', () => {
    const path = file('bad.tsv', `\uFEFF${PAIRS.split('\n')[0]}\r\nonly two\tfields\r\n\r\n\tempty id\tx\r\n${PAIRS.split('\n')[1]}\r\n`);
    const run = claimdiff(['match', '--pairs', path, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${path}:2:`);
    expect(run.stderr).toContain(`${path}:4:`);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['trade', 'candid']);
  });

  it('with --parts decides as clustering does: a claim trimmed out of a longer sentence is the same claim', () => {
    const yellen =
      'yellen\tIn a significant mark of the Biden administration’s ongoing engagement with Beijing, Treasury Secretary Janet Yellen is scheduled to visit China later this week, where she’ll meet with her Chinese counterparts in her second visit to the country as Treasury secretary.\tTreasury Secretary Janet Yellen is set to embark on a visit to China later this week.';
    const whole = JSON.parse(claimdiff(['match', '--pairs', '-', '--json'], yellen).stdout);
    const parts = JSON.parse(claimdiff(['match', '--pairs', '-', '--json', '--parts'], yellen).stdout);
    expect(whole.same).toBe(false);
    expect(parts.same).toBe(true);
    expect(parts.score).toBeGreaterThan(whole.score);
    const candid = claimdiff(['match', '--pairs', '-', '--json', '--parts'], PAIRS.split('\n')[1]);
    expect(JSON.parse(candid.stdout).same).toBe(false);
  });

  it('reads the pairs from stdin with -', () => {
    const run = claimdiff(['match', '--pairs', '-', '--json'], PAIRS);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('exits 2 with one line for a missing file or a missing --pairs', () => {
    const missing = claimdiff(['match', '--pairs', join(dir, 'nope.tsv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.tsv: no such file');
    const none = claimdiff(['match']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--pairs');
  });
});

describe('pair and MSRP parsing', () => {
  it('skips blank lines and reports lines with the wrong number of fields', () => {
    const { pairs, warnings } = parsePairs('a\tx\ty\n\nb\tx\n', 'f.tsv');
    expect(pairs).toEqual([{ id: 'a', text1: 'x', text2: 'y' }]);
    expect(warnings).toEqual([{ file: 'f.tsv:3', message: expect.stringContaining('found 2') }]);
  });

  it('reads MSRP lines (BOM, CRLF) and skips a header row if there is one', () => {
    const body = '1\t702876\t702977\tAmrozi accused his brother.\tReferring to him as only "the witness".\r\n0\t2108705\t2108831\tYucaipa owned it.\tYucaipa bought it.\r\n';
    const expected = [
      { id: '702876-702977', text1: 'Amrozi accused his brother.', text2: 'Referring to him as only "the witness".', label: 1 },
      { id: '2108705-2108831', text1: 'Yucaipa owned it.', text2: 'Yucaipa bought it.', label: 0 },
    ];
    expect(parseMsrp(`\uFEFF${body}`, 'train.txt')).toEqual(expected);
    expect(parseMsrp(`\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\r\n${body}`, 'train.txt')).toEqual(expected);
    expect(() => parseMsrp('x\ty\n', 'train.txt')).toThrow('train.txt:1');
  });
});

describe('fitting the matcher (logistic regression, threshold, caps)', () => {
  // A deterministic, noisy one-feature problem: label 1 when x + noise > 0.3; a useless second feature.
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const rows = Array.from({ length: 600 }, () => Float64Array.of(next(), next()));
  const labels = rows.map((r) => (r[0]! + 0.2 * (next() - 0.5) > 0.3 ? 1 : 0));

  it('learns a positive weight for the informative feature and a small one for the useless one', () => {
    const model = fitLogistic(rows, labels, 1);
    expect(model.coefficients[0]!).toBeGreaterThan(2);
    expect(Math.abs(model.coefficients[1]!)).toBeLessThan(0.5);
    expect(predict(model, [0.9, 0.5])).toBeGreaterThan(0.9);
    expect(predict(model, [0.0, 0.5])).toBeLessThan(0.1);
  });

  it('chooses a threshold on held-out probabilities that beats always saying yes', () => {
    const oof = crossValidate(rows, labels, 1, 5);
    const threshold = bestThreshold(oof, labels);
    const fitted = scoreDecisions(oof, labels, threshold);
    const yes = scoreDecisions(oof, labels, 0);
    expect(fitted.accuracy).toBeGreaterThan(0.9);
    expect(fitted.accuracy).toBeGreaterThan(yes.accuracy);
  });

  it('caps a binary feature at its smoothed rate of paraphrases on the training pairs', () => {
    const at = FEATURE_NAMES.indexOf('year_conflict');
    const row = (conflict: number) => Float64Array.from(FEATURE_NAMES, (_, k) => (k === at ? conflict : 0));
    const caps = fitCaps([row(1), row(1), row(1), row(0)], [0, 0, 1, 1]);
    expect(caps).toEqual([{ feature: 'year_conflict', max: 0.4, pairs: 3, paraphrases: 1 }]);
  });
});
