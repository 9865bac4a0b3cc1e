import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decisionsOf, loadReview, saveReview, stateDir, verdictsOf } from '../../cli/ui/review-state.ts';
import { fixtureViewModel } from './fixtures.ts';

const vm = fixtureViewModel();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-review-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('review.json', () => {
  it('lives in the corpus directory\'s .claimdiff, or the working directory\'s for loose files', () => {
    expect(stateDir('/data/corpus', '/home/me')).toBe('/data/corpus/.claimdiff');
    expect(stateDir(null, '/home/me')).toBe('/home/me/.claimdiff');
  });

  it('starts empty when there is no file yet', () => {
    expect(loadReview(join(dir, '.claimdiff', 'review.json'))).toEqual({ decisions: [], warning: null, writable: true });
  });

  it('saves decisions and reads them back next time', () => {
    const path = join(dir, '.claimdiff', 'review.json');
    const limiting = vm.clusters.find((c) => c.id === 'call-2024-04/2')!;
    const decisions = decisionsOf(vm, { [limiting.key]: 'accepted' }, []);
    expect(decisions).toEqual([{ clusterId: 'call-2024-04/2', claimIds: ['cnn#2', 'dutch#2'], verdict: 'accepted' }]);
    saveReview(path, decisions);
    const loaded = loadReview(path);
    expect(loaded.warning).toBeNull();
    expect(verdictsOf(loaded.decisions)).toEqual({ [limiting.key]: 'accepted' });
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(1);
  });

  it('keeps decisions on clusters that a re-analysis no longer produces', () => {
    const stale = { clusterId: 'call-2024-04/99', claimIds: ['gk#7', 'cnn#9'], verdict: 'flagged' as const };
    const verdicts = verdictsOf([stale]);
    expect(decisionsOf(vm, verdicts, [stale])).toEqual([stale]);
  });

  it('moves a corrupt file aside, warns, and starts fresh without losing it', () => {
    const state = join(dir, '.claimdiff');
    mkdirSync(state);
    const path = join(state, 'review.json');
    writeFileSync(path, '{"schemaVersion": 1, "decisions": [ {"clusterId": ');
    const loaded = loadReview(path);
    expect(loaded.decisions).toEqual([]);
    expect(loaded.writable).toBe(true);
    expect(loaded.warning).toMatch(/malformed JSON .*kept as .*review\.json\.corrupt-1, starting a fresh review/);
    expect(readFileSync(`${path}.corrupt-1`, 'utf8')).toBe('{"schemaVersion": 1, "decisions": [ {"clusterId": ');
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, decisions: [{ clusterId: 'k', claimIds: [], verdict: 'maybe' }] }));
    expect(loadReview(path).warning).toMatch(/field decisions\.0\.claimIds: .*kept as .*review\.json\.corrupt-2/);
    expect(readdirSync(state).sort()).toEqual(['review.json.corrupt-1', 'review.json.corrupt-2']);
  });
});
