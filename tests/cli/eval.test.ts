import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { EvaluationReport } from '../../engine/schema.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'claimdiff-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function claimdiff(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/claimdiff.js', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same command in this process (for the quick failure cases): exit code and stderr. */
async function inProcess(...args: string[]) {
  let stderr = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { status: await main(args), stderr };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

function goldFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const CNN = '001_37eae74700f00adc';
const GK = '003_1e5dd3f874457f56';
const NL = '004_f0a7e87750fbe364';

/** A small gold file on the bundled corpus: the CNN and Greater Kashmir "candid and constructive" sentence. */
const small = goldFile('small.json', JSON.stringify({
  attributions: [{ article: CNN, phrase: 'Biden and Xi last spoke on the phone in July 2022.', channel: 'narration', speaker: null }],
  groups: [{
    id: 'candid-constructive',
    members: [{ article: CNN, phrase: 'as “candid and constructive”' }, { article: GK, phrase: 'as "candid and constructive,"' }],
    omittedBy: [NL],
  }],
  apart: [{ a: { article: CNN, phrase: 'as “candid and constructive”' }, b: { article: CNN, phrase: '“candid and in-depth exchange.”' } }],
}));

// Each run starts node and tsx and analyses the corpus: a few seconds, more on a busy machine.
describe('claimdiff eval', { timeout: 60_000 }, () => {
  it('prints the figures for the bundled corpus as readable text', () => {
    const run = claimdiff('eval', '--gold', small);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Attribution\n {2}channel accuracy {3}\d\.\d{3} \(\d\/1\)\n/);
    expect(run.stdout).toContain('Clusters (1 gold groups)');
    expect(run.stdout).toMatch(/Must stay apart {6}\d merged of 1 checked \(1 in gold\)/);
    expect(run.stdout).toMatch(/Omissions {12}\d\.\d{3} \(\d\/3\)/);
  });

  it('prints one EvaluationReport document with --json', () => {
    const run = claimdiff('eval', '--gold', small, 'corpus', '--json');
    expect(run.status).toBe(0);
    const report = EvaluationReport.parse(JSON.parse(run.stdout));
    expect(report.attribution.channel.total).toBe(1);
    expect(report.clusters.recall.total).toBe(1);
    expect(report.omissions.score.total).toBe(3);
  });

  it('runs on the project\'s seed gold files', () => {
    for (const file of ['tests/gold/clusters.json', 'tests/gold/attributions.json']) {
      const run = claimdiff('eval', '--gold', file, '--json');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = EvaluationReport.parse(JSON.parse(run.stdout));
      expect(report.notes).toEqual([]);
      expect(report.clusters.groups + report.attribution.channel.total).toBeGreaterThan(0);
    }
  });

  it('accepts the example gold file of the README and finds every phrase in it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Gold annotations[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const run = claimdiff('eval', '--gold', goldFile('readme.json', example!), '--json');
    expect(run.status).toBe(0);
    const report = EvaluationReport.parse(JSON.parse(run.stdout));
    expect(report.notes).toEqual([]);
    expect(report.attribution.misses.filter((m) => m.claimId === null)).toEqual([]);
    expect(report.clusters.recall.total).toBe(1);
  });

  it('requires --gold, in one line', async () => {
    const run = await inProcess('eval');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('claimdiff: eval: option --gold FILE is required (a gold annotations file, see the README)\n');
  });

  it('rejects a gold file with a field of the wrong type, naming the file and the field', async () => {
    const bad = goldFile('bad.json', JSON.stringify({ attributions: [{ article: CNN, phrase: 'x', channel: 7, speaker: null }] }));
    const run = await inProcess('eval', '--gold', bad);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${bad}: field attributions.0.channel:`);
  });

  it('warns about a field the gold format does not know, naming it and the likely intended one', async () => {
    const typo = goldFile('typo.json', JSON.stringify({
      groups: [{ id: 'x', members: [{ article: CNN, phrase: 'TikTok', phrse: 'TikTok' }], omittedBy: [] }],
    }));
    const run = await inProcess('eval', '--gold', typo);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`claimdiff: warning: ${typo}: unknown field groups.0.members.0.phrse (ignored; did you mean phrase?)\n`);
  });

  it('rejects malformed JSON and a missing gold file in one line without a stack trace', async () => {
    const malformed = goldFile('malformed.json', '{"groups": [');
    for (const [file, words] of [[malformed, 'malformed JSON'], [join(dir, 'absent.json'), 'cannot read (ENOENT)']] as const) {
      const run = await inProcess('eval', '--gold', file);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^claimdiff: ${file}: ${words.replace(/[()]/g, '\\$&')}.*\n$`));
      expect(run.stderr).not.toContain('    at ');
    }
  });
});
