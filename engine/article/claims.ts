import type { Article, Claim, Profile, SourceDoc } from '../schema.ts';
import { plainText } from './plain-text.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { attribute } from './attribute.ts';
import { parse, type Token } from '../nlp.ts';
import { prepareTokens, type MatchItem } from '../compare/match.ts';

/** The claims of one article and what was learnt about it on the way. */
export interface ArticleClaims {
  doc: SourceDoc;
  title: string | null;
  claims: Claim[];
  /** One per claim, in the same order: what the comparison phase matches on. */
  matchItems: MatchItem[];
}

/**
 * The first phase, one article at a time: plain text, cleaning, segmentation, attribution.
 * Offsets of the returned claims point into the source file.
 */
export function extractClaims(doc: SourceDoc, profile: Profile): ArticleClaims {
  const plain = plainText(doc);
  const cleaning = clean(plain.text);
  const segments = segment(plain.text, cleaning);
  const attributions = attribute(plain.text, segments, profile);
  const html = doc.format === 'html';
  const claims = segments.map((seg, i): Claim => {
    const start = plain.toSource(seg.start);
    const end = plain.toSource(seg.end);
    return {
      id: `${doc.id}#${i + 1}`,
      articleId: doc.id,
      text: html ? plain.text.slice(seg.start, seg.end) : doc.source.slice(start, end),
      start,
      end,
      quotes: seg.quotes.map((q) => ({ text: q.text, start: plain.toSource(q.start), end: plain.toSource(q.end) })),
      ...attributions[i]!,
    };
  });
  const matchItems = segments.map((seg, i) => {
    // TODO(segmentation): drop the fallback parse once every Segment carries its tokens.
    const tokens = (seg as { tokens?: Token[] }).tokens ?? parse(plain.text.slice(seg.start, seg.end)).tokens;
    return prepareTokens(plain.text.slice(seg.start, seg.end), tokens);
  });
  return { doc, title: doc.title ?? cleaning.title, claims, matchItems };
}

/** The contract's Article record of an extracted article, once its event is known. */
export function articleRecord({ doc, title }: ArticleClaims, eventId: string): Article {
  return {
    id: doc.id,
    outlet: doc.outlet,
    title,
    published: doc.published,
    eventId,
    sourceFile: doc.sourceFile,
    language: doc.language,
    role: doc.role,
  };
}
