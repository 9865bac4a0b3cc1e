/**
 * `claimdiff match --pairs FILE [--json]`: same-claim decisions for sentence pairs, with the
 * very matcher clustering uses (engine/compare/match.ts). FILE is TSV `id<TAB>text1<TAB>text2`
 * (`-` reads stdin). With `--json`: one JSON line per pair, `{"id","score","same"}`; without:
 * an aligned table of id, score and decision. Bad lines are warnings naming file:line; the
 * other lines are still scored.
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../args.ts';
import { EXIT, UsageError } from '../exit.ts';
import { printWarnings } from '../warnings.ts';
import type { Warning } from '../../engine/schema.ts';
import { claimScore, prepareText, SAME_THRESHOLD, score } from '../../engine/compare/match.ts';

/** One sentence pair to decide. */
export interface TextPair {
  id: string;
  text1: string;
  text2: string;
}

/** The matcher's answer for one pair. */
export interface PairDecision {
  id: string;
  /** Calibrated probability, rounded to 4 decimals so that output is stable across platforms. */
  score: number;
  same: boolean;
}

/**
 * Parse `id<TAB>text1<TAB>text2` lines (BOM and CRLF tolerated, blank lines skipped). A line
 * without exactly three fields, or with an empty one, becomes a warning naming file:line.
 */
export function parsePairs(text: string, file: string): { pairs: TextPair[]; warnings: Warning[] } {
  const pairs: TextPair[] = [];
  const warnings: Warning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    const where = `${file}:${i + 1}`;
    if (fields.length !== 3) {
      warnings.push({ file: where, message: `expected 3 tab-separated fields (id, text1, text2), found ${fields.length}; line skipped` });
      return;
    }
    const [id, text1, text2] = fields.map((f) => f.trim()) as [string, string, string];
    if (id === '' || text1 === '' || text2 === '') {
      warnings.push({ file: where, message: 'empty id or text; line skipped' });
      return;
    }
    pairs.push({ id, text1, text2 });
  });
  return { pairs, warnings };
}

/**
 * Score pairs with the claim matcher; each distinct sentence is prepared once. With `parts`,
 * as clustering compares claims: the best score of the sentences or of their clauses, or the
 * quotation rule (match.ts claimScore); without, the two sentences as wholes (what MSRP measures).
 */
export function scorePairs(pairs: TextPair[], { parts = false }: { parts?: boolean } = {}): PairDecision[] {
  const prepared = new Map<string, ReturnType<typeof prepareText>>();
  const item = (text: string) => {
    let it = prepared.get(text);
    if (!it) prepared.set(text, (it = prepareText(text)));
    return it;
  };
  return pairs.map(({ id, text1, text2 }) => {
    const s = (parts ? claimScore : score)(item(text1), item(text2));
    return { id, score: Math.round(s * 1e4) / 1e4, same: s >= SAME_THRESHOLD };
  });
}

/** The readable form: one aligned row per pair. */
export function renderDecisions(decisions: PairDecision[]): string {
  const width = Math.max(2, ...decisions.map((d) => d.id.length));
  const rows = decisions.map((d) => `${d.id.padEnd(width)}  ${d.score.toFixed(4)}  ${d.same ? 'same' : 'different'}`);
  return [`${'id'.padEnd(width)}  score   decision (same at score >= ${SAME_THRESHOLD.toFixed(4)})`, ...rows].join('\n');
}

/** Read the pairs file or stdin; a missing or unreadable file is the user's mistake (exit 2). */
function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new UsageError(`match: ${file}: ${why}`);
  }
}

/** `claimdiff match --pairs FILE [--parts] [--json]`. */
export async function matchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('match', argv, {
    pairs: { type: 'string' },
    json: { type: 'boolean' },
    parts: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`match: unexpected argument "${positionals[0]}" (use --pairs FILE)`);
  const file = values.pairs as string | undefined;
  if (file === undefined) throw new UsageError('match: --pairs FILE is required (TSV id<TAB>text1<TAB>text2)');
  const { pairs, warnings } = parsePairs(readInput(file), file === '-' ? '<stdin>' : file);
  printWarnings(warnings);
  const decisions = scorePairs(pairs, { parts: values.parts === true });
  if (values.json) {
    process.stdout.write(decisions.map((d) => `${JSON.stringify(d)}\n`).join(''));
  } else {
    process.stdout.write(`${renderDecisions(decisions)}\n`);
  }
  return EXIT.ok;
}
