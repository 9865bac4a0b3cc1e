import type { Article, Claim } from '../../engine/schema.ts';
import { wrap } from './wrap.ts';

const SPEAKER = 22;
const CHANNEL = 18;
const MODE = 14;

/**
 * The claims of each article as a readable table (speaker, channel, mode, text), the
 * text column wrapped so that every line fits in `width` columns.
 */
export function renderClaimsTable(articles: Article[], claims: Claim[], width: number): string {
  const textWidth = Math.max(20, width - SPEAKER - CHANNEL - MODE - 3);
  const cell = (value: string, size: number) => (value.length > size - 1 ? `${value.slice(0, size - 2)}…` : value).padEnd(size);
  const out: string[] = [];
  for (const article of articles) {
    const own = claims.filter((c) => c.articleId === article.id);
    out.push(`${article.outlet} — ${article.title ?? article.sourceFile} (${own.length} claims)`);
    out.push(`${'speaker'.padEnd(SPEAKER)}${'channel'.padEnd(CHANNEL)}${'mode'.padEnd(MODE)}text`);
    for (const claim of own) {
      const [first = '', ...more] = wrap(claim.text, textWidth);
      out.push(`${cell(claim.speaker ?? '—', SPEAKER)}${cell(claim.channel, CHANNEL)}${cell(claim.mode, MODE)}${first}`);
      for (const line of more) out.push(`${' '.repeat(SPEAKER + CHANNEL + MODE)}${line}`);
    }
    out.push('');
  }
  return out.join('\n');
}
