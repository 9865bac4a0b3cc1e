import type { Article, Claim, Profile, SourceDoc } from '../schema.ts';
import { plainText } from './plain-text.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { attribute, type Attribution } from './attribute.ts';
import type { Token } from '../nlp.ts';
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
  const segments = segment(plain.text, cleaning, { cueVerbs: profile.cueVerbs });
  const attributions = attribute(plain.text, segments, profile);
  const html = doc.format === 'html';
  const reportVerbs = new Set(profile.reportVerbs);
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
  // Segments carry their tokens from the article's one NLP pass: no claim is parsed again.
  const matchItems = segments.map((seg, i) =>
    prepareTokens(plain.text.slice(seg.start, seg.end), seg.tokens, attributionTokens(seg.tokens, plain.text, seg.start, seg.end, attributions[i]!, reportVerbs)));
  return { doc, title: doc.title ?? cleaning.title, claims, matchItems };
}

/** Who a cue is addressed to and when: "told reporters on Monday", "briefed journalists Tuesday". */
const CUE_SEQUEL = /^(?:reporters|journalists|the|press|media|on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

/**
 * Which tokens of a claim attribute it rather than say it: those of its source mention and cue
 * (their first occurrence in the claim) with the audience and day right after the cue, and
 * reporting verbs ("said", "told").
 */
function attributionTokens(tokens: readonly Token[], text: string, start: number, end: number, { sourceMention, cue }: Attribution, reportVerbs: ReadonlySet<string>): (token: Token) => boolean {
  const claim = text.slice(start, end);
  const spans = [sourceMention, ...(cue?.split(' … ') ?? [])].flatMap((words) => {
    const at = words ? claim.indexOf(words) : -1;
    return at < 0 ? [] : [[start + at, start + at + words!.length] as const];
  });
  const inSpan = (token: Token) => spans.some(([s, e]) => token.start >= s && token.end <= e);
  const left = new Set<Token>();
  tokens.forEach((token, i) => {
    if (!inSpan(token) && !reportVerbs.has(token.lemma)) return;
    left.add(token);
    for (let k = i + 1; k < tokens.length && CUE_SEQUEL.test(tokens[k]!.text); k++) left.add(tokens[k]!);
  });
  return (token) => left.has(token);
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
