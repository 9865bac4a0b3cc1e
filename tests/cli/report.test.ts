import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const golden = join(root, 'tests/golden/report.md');
const run = (...args: string[]) => execFileSync('node', ['cli/claimdiff.js', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('claimdiff report', { timeout: 60_000 }, () => {
  const report = run('report', 'corpus');

  it('matches the golden report of the bundled corpus (CLAIMDIFF_UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.CLAIMDIFF_UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, report);
    expect(report).toBe(readFileSync(golden, 'utf8'));
  });

  it('shows the 2024 call’s wording divergences, omissions, readouts and the recurring 2021 line', () => {
    const call = report.slice(report.indexOf('## call-2024-04'), report.indexOf('## Recurring'));
    expect(call).toMatch(/“candid” → “frank”/);
    expect(call).toMatch(/“limiting” → “restricting”/);
    expect(call).toMatch(/~~limiting~~ \*\*restricting\*\*/);
    // Diffs read as written: no space inside "in-depth" or before a comma.
    expect(call).toContain('~~candid~~ **a frank** and in-depth exchange');
    const tiktok = call.split('\n').find((line) => line.startsWith('|') && line.includes('TikTok'))!;
    expect(tiktok).toMatch(/\*\*omitted\*\* \|$/);
    expect(call).toContain('| White House readout | Chinese state readout |');
    // CNN says "the first since their in-person summit" inside its opening sentence (cluster #1).
    const summit = call.split('\n').find((line) => line.startsWith('|') && line.includes('This dialogue, the first since'))!;
    expect(summit).toMatch(/\| within #1 \| narration \| \*\*omitted\*\* \|$/);
    const recurring = report.slice(report.indexOf('## Recurring'));
    expect(recurring).toMatch(/call-2021-02.*call-2021-09/);
    expect(recurring).toMatch(/disaster/);
  });

  it('writes the same bytes to a file with -o, atomically', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimdiff-')), 'r.md');
    run('report', 'corpus', '-o', out);
    expect(readFileSync(out, 'utf8')).toBe(report);
  });

  it('gives the same report whatever the order the files are listed in', () => {
    const files = ['000_7453a6a4d015fd0b.txt', '001_37eae74700f00adc.txt', '002_3509497b077d475c.txt', '003_1e5dd3f874457f56.txt', '004_f0a7e87750fbe364.txt'].map((f) => `corpus/${f}`);
    expect(run('report', ...[...files].reverse())).toBe(run('report', ...files));
  });

  it('refuses an unknown event in one line, exit 2', () => {
    expect(() => execFileSync('node', ['cli/claimdiff.js', 'report', 'corpus', '--event', 'nope'], { cwd: root, stdio: 'pipe' })).toThrow(/no such event/);
  });
});
