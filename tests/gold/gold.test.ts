/**
 * The project's own gold for the bundled corpus, scored through the real pipeline: the
 * figures are printed (they go in the README's "Accuracy" section) and held to the
 * thresholds of the attribution issue (channel >= 0.92, speaker >= 0.90) and the comparison
 * issue's "no must-stay-apart pair merged". Its other two thresholds on clusters.json
 * (pairwise recall >= 0.85, omissions >= 0.85) are printed here and checked by
 * `npm run eval:public`; they join these assertions once clustering meets them.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../cli/corpus.ts';
import { loadGold } from '../../cli/commands/eval.ts';
import { analyze } from '../../engine/pipeline.ts';
import { evaluate, renderEvaluation } from '../../engine/evaluate.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import type { EvaluationReport } from '../../engine/schema.ts';

const CLUSTERS = new URL('./clusters.json', import.meta.url).pathname;
const ATTRIBUTIONS = new URL('./attributions.json', import.meta.url).pathname;

const corpus = loadCorpus([]);
const result = analyze(corpus.docs, builtInProfile, corpus.warnings);

function scored(file: string, title: string): EvaluationReport {
  const report = evaluate(result, loadGold(file).gold);
  console.log(`${title}\n${renderEvaluation(report)}`);
  return report;
}

describe('the seed gold for same-claim groups (tests/gold/clusters.json)', () => {
  const report = scored(CLUSTERS, 'Seed gold: clusters of the 2024-04 call');

  it('is large enough to mean something and names only claims the analysis has', () => {
    expect(report.clusters.groups).toBeGreaterThanOrEqual(15);
    expect(report.apart.pairs).toBeGreaterThanOrEqual(8);
    expect(report.notes).toEqual([]);
    expect(report.clusters.misses.filter((m) => m.detail.includes('not found'))).toEqual([]);
    expect(report.apart.checked).toBe(report.apart.pairs);
  });

  it('never merges a pair that must stay apart', () => {
    expect(report.apart.violations).toEqual([]);
  });
});

describe('the seed gold for attributions (tests/gold/attributions.json)', () => {
  const report = scored(ATTRIBUTIONS, 'Seed gold: attributions of all five articles');

  it('has at least 50 claims, each found in the analysis', () => {
    expect(report.attribution.channel.total).toBeGreaterThanOrEqual(50);
    expect(report.attribution.misses.filter((m) => m.claimId === null)).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('gets the channel right for at least 92 % of the claims', () => {
    expect(report.attribution.channel.value).toBeGreaterThanOrEqual(0.92);
  });

  it('gets the speaker right for at least 90 % of the claims', () => {
    expect(report.attribution.speaker.value).toBeGreaterThanOrEqual(0.9);
  });
});
