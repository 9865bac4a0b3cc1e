/**
 * Checking coverage against a primary source (a readout or transcript with `role: "primary"`):
 * each coverage claim is aligned to its closest primary claim and classed verbatim, trimmed,
 * paraphrased or altered, or found not to be in the primary at all.
 */
import type { AnalysisResult, Claim } from '../schema.ts';
import { claimScore, prepareText, SAME_THRESHOLD } from './match.ts';
import { wordDiff } from './word-diff.ts';

export type AlignmentKind = 'verbatim' | 'trimmed' | 'paraphrased' | 'altered' | 'not in primary';

export interface Alignment {
  claimId: string;
  primaryClaimId: string | null;
  kind: AlignmentKind;
  score: number;
}

/** Lower case, straight quotes, words only, "U.S." as "US": what "the same words" means here. */
function normalise(text: string): string {
  return text
    .replace(/\b(\p{Lu})\.(?=\p{Lu}\.)/gu, '$1')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

function classify(claim: Claim, primary: Claim): AlignmentKind {
  const source = normalise(primary.text);
  const quotes = claim.quotes.map((q) => normalise(q.text)).filter((q) => q !== '');
  if (quotes.length > 0) {
    if (!quotes.every((q) => source.includes(q))) return 'altered';
    const quotedWords = quotes.join(' ').split(' ').length;
    return quotedWords >= 0.9 * source.split(' ').length ? 'verbatim' : 'trimmed';
  }
  const text = normalise(claim.text);
  if (text === source) return 'verbatim';
  if (source.includes(text)) return 'trimmed';
  return wordDiff(primary.text, claim.text).some((p) => p.op === 'added') ? 'paraphrased' : 'trimmed';
}

/** Align every coverage claim of an event to the event's primary articles; empty when it has none. */
export function alignToPrimary(result: AnalysisResult, eventId: string): Alignment[] {
  const articles = result.articles.filter((a) => a.eventId === eventId);
  const primaryIds = new Set(articles.filter((a) => a.role === 'primary').map((a) => a.id));
  if (primaryIds.size === 0) return [];
  const coverageIds = new Set(articles.filter((a) => a.role === 'coverage').map((a) => a.id));
  const primaryClaims = result.claims.filter((c) => primaryIds.has(c.articleId));
  const primaryItems = primaryClaims.map((c) => prepareText(c.text));
  return result.claims
    .filter((c) => coverageIds.has(c.articleId))
    .map((claim): Alignment => {
      const item = prepareText(claim.text);
      let best = -1;
      let bestScore = 0;
      primaryItems.forEach((p, k) => {
        const s = claimScore(item, p);
        if (s > bestScore) (best = k), (bestScore = s);
      });
      // A quotation found word for word in a primary claim aligns it whatever the score says.
      const quoting = primaryClaims.findIndex((p) => claim.quotes.some((q) => normalise(q.text).length > 12 && normalise(p.text).includes(normalise(q.text))));
      const k = quoting >= 0 ? quoting : bestScore >= SAME_THRESHOLD ? best : -1;
      if (k < 0) return { claimId: claim.id, primaryClaimId: null, kind: 'not in primary', score: bestScore };
      return { claimId: claim.id, primaryClaimId: primaryClaims[k]!.id, kind: classify(claim, primaryClaims[k]!), score: k === best ? bestScore : claimScore(item, primaryItems[k]!) };
    });
}
