import type { Claim } from '../../engine/schema.ts';
import { prepareText } from '../../engine/compare/match.ts';
import type { ArticleClaims } from '../../engine/article/claims.ts';

let counter = 0;

/** A claim built from a seed sentence: quotes are found by their curly or straight marks. */
export function claim(articleId: string, text: string, extra: Partial<Claim> = {}): Claim {
  const quotes = [...text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => ({ text: m[1]!, start: m.index! + 1, end: m.index! + 1 + m[1]!.length }));
  return {
    id: `${articleId}#${++counter}`,
    articleId,
    text,
    start: 0,
    end: text.length,
    quotes,
    speaker: null,
    channel: 'narration',
    sourceMention: null,
    cue: null,
    mode: quotes.length > 0 ? 'partial' : 'unattributed',
    ...extra,
  };
}

/** An extracted article made of the given claims, as phase one would hand it over. */
export function extracted(id: string, claims: Claim[], meta: { published?: string | null; event?: string | null; source?: string } = {}): ArticleClaims {
  return {
    doc: {
      id, sourceFile: `${id}.txt`, format: 'txt', source: meta.source ?? claims.map((c) => c.text).join('\n\n'), outlet: id,
      title: null, published: meta.published ?? null, event: meta.event ?? null, language: 'en', url: null, role: 'coverage',
    },
    title: null,
    claims,
    matchItems: claims.map((c) => prepareText(c.text)),
  };
}
