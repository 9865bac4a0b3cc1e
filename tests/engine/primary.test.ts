import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { alignToPrimary } from '../../engine/compare/primary.ts';
import { analyze } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import type { SourceDoc } from '../../engine/schema.ts';

/**
 * A primary source for the test, written in the style of the White House's readout of the
 * April 2024 call (its sentences as CNN quotes or reports them), checked against CNN's seed article.
 */
const READOUT = [
  'Readout of President Biden’s Call with President Xi',
  'President Biden spoke today with President Xi of the People’s Republic of China. The two leaders held a candid and constructive discussion on a range of bilateral, regional, and global issues.',
  'President Biden emphasized the importance of maintaining peace and stability across the Taiwan Strait. He raised continued concerns about the PRC’s support for Russia’s defense industrial base and its impact on European and transatlantic security.',
  'The President emphasized that the United States will continue to take necessary actions to prevent advanced U.S. technologies from being used to undermine our national security, without unduly limiting trade and investment.',
  'The two leaders welcomed ongoing efforts to maintain open channels of communication and responsibly manage the relationship through high-level diplomacy and working-level consultations in the weeks and months ahead.',
].join('\n\n');

function doc(id: string, source: string, role: SourceDoc['role']): SourceDoc {
  return { id, sourceFile: `${id}.txt`, format: 'txt', source, outlet: id, title: null, published: '2024-04-02', event: 'call-2024-04', language: 'en', url: null, role };
}

const corpus = new URL('../../corpus/', import.meta.url);
const cnnFile = readdirSync(corpus).find((f) => f.startsWith('001_'))!;
const result = analyze([doc('cnn', readFileSync(new URL(cnnFile, corpus), 'utf8'), 'coverage'), doc('readout', READOUT, 'primary')], builtInProfile);
const alignments = alignToPrimary(result, 'call-2024-04');
const textOf = new Map(result.claims.map((c) => [c.id, c.text]));
const of = (start: string) => alignments.find((a) => textOf.get(a.claimId)!.startsWith(start))!;

describe('alignToPrimary', () => {
  it('aligns every coverage claim of the event, and no claim of the primary itself', () => {
    expect(alignments).toHaveLength(result.claims.filter((c) => c.articleId === 'cnn').length);
  });

  it('finds a quotation word for word in the primary: verbatim', () => {
    expect(of('“The two leaders welcomed ongoing efforts').kind).toBe('verbatim');
  });

  it('finds a quoted part of a longer primary sentence, "US" and "U.S." alike: trimmed', () => {
    const limiting = of('Biden noted his worries about China’s trade tactics');
    expect(limiting.kind).toBe('trimmed');
    expect(textOf.get(limiting.primaryClaimId!)).toMatch(/^The President emphasized that the United States/);
  });

  it('aligns a claim reported in a clause of a longer sentence, through the matcher’s clause parts', () => {
    const call = of('Washington (CNN) — President Joe Biden spoke on the phone');
    expect(textOf.get(call.primaryClaimId!)).toMatch(/^President Biden spoke today with President Xi/);
    expect(call.kind).toBe('paraphrased');
  });

  it('says so when a claim is not in the primary at all', () => {
    expect(of('China’s Foreign Ministry also said').kind).toBe('not in primary');
    expect(of('Biden and Xi last spoke on the phone in July 2022.').primaryClaimId).toBeNull();
  });
});
