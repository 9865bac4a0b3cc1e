/**
 * The review UI in a real pseudo-terminal: tmux runs `claimdiff review` on a copy of the
 * bundled corpus (so review.json and exports stay out of the repository), keys are sent
 * with send-keys and the screen is read back with capture-pane after each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'cli/claimdiff.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('review e2e skipped: tmux is not installed (apt-get install tmux; .ci/run installs it)');

const SOCKET = `claimdiff-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'review');
const keys = (...k: string[]) => tmux('send-keys', '-t', 'review', ...k);
const type = (text: string) => tmux('send-keys', '-t', 'review', '-l', text);

/** Wait until the screen satisfies `check`; on timeout, fail showing the screen. */
async function until(check: (s: string) => boolean, what: string, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end) {
    last = screen();
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen:\n${last}`);
}

/** The list row under the cursor and the right pane's first line (the cluster shown). */
function selection(s: string): { row: string; cluster: string } {
  const lines = s.split('\n');
  const row = lines.find((l) => l.startsWith('›')) ?? '';
  const cluster = (lines[2] ?? '').split('│')[1] ?? '';
  return { row: row.split('│')[0]!.trim(), cluster: cluster.trim() };
}

let dir: string;
let corpus: string;

function start(): void {
  // CI=true on purpose: review must draw live frames in a terminal even where CI variables are set.
  const command = `env CI=true TERM=xterm-256color node ${JSON.stringify(BIN)} review ${JSON.stringify(corpus)}; echo "[exit $?]"; sleep 120`;
  tmux('new-session', '-d', '-x', '100', '-y', '30', '-s', 'review', command);
}

describe.skipIf(!hasTmux)('claimdiff review in a real terminal (tmux, 100×30)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdiff-e2e-'));
    corpus = join(dir, 'corpus');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the bundled corpus, moves down, searches TikTok, exports, accepts, quits, and finds its decision next time', async () => {
    start();
    let s = await until((x) => x.includes('claimdiff review —') && x.includes('[List]'), 'the review screen');
    expect(s).toMatch(/↑↓ move {2}Tab pane {2}Enter open/);
    expect(s).toMatch(/reviewed 0\/\d+/);
    const first = selection(s);
    expect(first.row).toMatch(/^›/);

    keys('j');
    keys('j');
    s = await until((x) => selection(x).row !== first.row, 'the cursor to move down');
    expect(selection(s).cluster).not.toBe(first.cluster);

    keys('/');
    await until((x) => /^\/▏/m.test(x), 'the search prompt');
    type('TikTok');
    s = await until((x) => /^\/TikTok▏ {2}\d+ match/m.test(x), 'the search text');
    keys('Enter');
    s = await until((x) => /"TikTok": hit 1 of \d+/.test(x), 'the first TikTok hit');
    const right = s.split('\n').slice(2, -2).map((l) => l.split('│')[1] ?? '').join('\n');
    expect(right).toMatch(/TikTok/);
    expect(selection(s).row).toMatch(/^›/);

    keys('e');
    const exported = join(corpus, '.claimdiff', 'review-clusters.md');
    s = await until((x) => x.includes('Exported to'), 'the export notice');
    expect(s.replace(/\n/g, '')).toContain(`Exported to ${exported}`.slice(0, 60));
    const markdown = readFileSync(exported, 'utf8');
    expect(markdown).toMatch(/^# claimdiff review: clusters/);
    expect(markdown).toMatch(/TikTok/);

    keys('a');
    s = await until((x) => /reviewed 1\/\d+/.test(x), 'the accepted verdict');
    expect(selection(s).row).toMatch(/^›✓/);
    expect(selection(s).cluster).toMatch(/^✓ accepted · /);
    // The frame can reach the terminal a moment before the file is written (same tick, loaded machine).
    const reviewJson = join(corpus, '.claimdiff', 'review.json');
    await until(() => existsSync(reviewJson), 'review.json to be written', 5_000);
    const saved = JSON.parse(readFileSync(reviewJson, 'utf8'));
    expect(saved.decisions).toHaveLength(1);
    expect(saved.decisions[0].verdict).toBe('accepted');

    keys('q');
    s = await until((x) => x.includes('[exit 0]'), 'claimdiff to exit');
    expect(s.replace(/\n/g, '')).toMatch(/Review of \d+ clusters: 1 accepted, 0 flagged; decisions in .*review\.json/);
    tmux('kill-session', '-t', 'review');

    start();
    s = await until((x) => x.includes('[List]'), 'the review screen again');
    expect(s).toMatch(/reviewed 1\/\d+/);
    keys('Escape');
    await until((x) => x.includes('[exit 0]'), 'Esc at the top to quit');
    expect(existsSync(join(corpus, '.claimdiff', 'review.json'))).toBe(true);
  }, 120_000);
});

describe('claimdiff review without a terminal', () => {
  it('exits 2 with one line that points to claimdiff report', () => {
    const run = spawnSync(process.execPath, [BIN, 'review', join(ROOT, 'corpus')], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimdiff: review needs an interactive terminal.*claimdiff report/);
  }, 30_000);
});
