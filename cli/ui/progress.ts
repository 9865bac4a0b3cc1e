/**
 * Progress while a corpus is analysed before the review UI opens: article by article for
 * the extraction, then the comparison. The analysis is the pipeline's own stages, called one
 * article at a time so each can be reported.
 */
import { compareArticles, extractAll } from '../../engine/pipeline.ts';
import type { AnalysisResult, Profile, SourceDoc, Warning } from '../../engine/schema.ts';
import type { ArticleClaims } from '../../engine/article/claims.ts';

/** One progress line: "Analysing ▕████░░░░▏ 3/5 articles  003_1e5dd3f8…", at most `width` columns. */
export function progressLine(done: number, total: number, label: string, width: number): string {
  const bar = Math.max(10, Math.min(30, Math.floor(width / 4)));
  const filled = total ? Math.round((done / total) * bar) : bar;
  const head = `Analysing ▕${'█'.repeat(filled)}${'░'.repeat(bar - filled)}▏ ${done}/${total} articles`;
  const room = width - head.length - 2;
  const tail = room <= 1 ? '' : label.length > room ? `${label.slice(0, room - 1)}…` : label;
  return tail ? `${head}  ${tail}` : head.slice(0, width);
}

/**
 * `analyze()` with a report after each article and before the comparison. The documents are
 * extracted in the pipeline's own order (extractAll sorts by id), so the result is the same.
 */
export function analyzeWithProgress(
  docs: SourceDoc[],
  profile: Profile,
  warnings: Warning[],
  report: (done: number, total: number, label: string) => void,
): AnalysisResult {
  const ordered = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extracted: ArticleClaims[] = [];
  ordered.forEach((doc, i) => {
    report(i, ordered.length, doc.sourceFile);
    extracted.push(...extractAll([doc], profile));
  });
  report(ordered.length, ordered.length, `comparing ${extracted.reduce((n, a) => n + a.claims.length, 0)} claims`);
  return compareArticles(extracted, profile, warnings);
}
