/** Shared helpers of the robustness tests: documents from strings, and the offset invariants. */
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { analyze } from '../../engine/pipeline.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { plainText } from '../../engine/article/plain-text.ts';
import type { AnalysisResult, SourceDoc } from '../../engine/schema.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** A source document as the CLI would build it from a file. */
export function docOf(source: string, format: SourceDoc['format'] = 'txt', id = 'doc'): SourceDoc {
  return { id, sourceFile: `${id}.${format}`, format, source, outlet: id, title: null, published: null, event: null, language: 'en', url: null, role: 'coverage' };
}

/** Analyse documents with the built-in profile. */
export function analyzeDocs(docs: SourceDoc[]): AnalysisResult {
  return analyze(docs, builtInProfile, []);
}

/**
 * The contract's offset invariants for every claim: within the source, start ≤ end; for .txt
 * and .md, `text === source.slice(start, end)` and each quote's text is its own slice inside
 * the claim; for .html, the text is a piece of the plain text and the range lies in the HTML.
 * Returns the number of claims checked.
 */
export function checkClaims(result: AnalysisResult, docs: SourceDoc[]): number {
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const claim of result.claims) {
    const doc = byId.get(claim.articleId)!;
    expect(claim.start).toBeGreaterThanOrEqual(0);
    expect(claim.start).toBeLessThanOrEqual(claim.end);
    expect(claim.end).toBeLessThanOrEqual(doc.source.length);
    if (doc.format === 'html') {
      expect(plainText(doc).text.includes(claim.text)).toBe(true);
      continue;
    }
    expect(doc.source.slice(claim.start, claim.end)).toBe(claim.text);
    for (const quote of claim.quotes) {
      expect(doc.source.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.start).toBeGreaterThanOrEqual(claim.start);
      expect(quote.end).toBeLessThanOrEqual(claim.end);
    }
  }
  return result.claims.length;
}

/** Run the CLI; resolves with its exit code, stdout and stderr. `input` is piped to stdin. */
export function runCli(args: string[], input?: string | Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['cli/claimdiff.js', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}
