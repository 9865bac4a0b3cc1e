/**
 * The parts of a claim that the matcher compares besides the whole: outlets trim, split and
 * recombine sentences ("Treasury Secretary Janet Yellen is scheduled to visit China later this
 * week, where she'll meet …" / "Treasury Secretary Janet Yellen is set to embark on a visit to
 * China later this week."), so a claim reported inside a longer sentence must still be found.
 * A part is one clause, or two neighbouring ones: the words between clause breaks (commas,
 * semicolons, colons, dashes, brackets, and the conjunctions and relative words that open a
 * new clause).
 */
import type { Token } from '../nlp.ts';

const BREAK_MARKS = new Set([',', ';', ':', '–', '—', '(', ')', '[', ']']);
const BREAK_WORDS = new Set(['and', 'but', 'while', 'whereas', 'where', 'which', 'who', 'although', 'though', 'because']);
/** Neighbouring clauses joined into one part at most ("in Gaza and Ukraine, as well as North Korea's …"). */
const SPAN = 2;

/**
 * A claim's parts, as runs of indices into `tokens` (the matcher reuses what it read in each
 * token), in text order: each clause, then each pair of neighbouring clauses; never the whole
 * claim (the caller has it). Empty for a claim of one clause.
 */
export function clauseRuns(tokens: readonly Token[]): number[][] {
  const clauses: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const opensClause = BREAK_WORDS.has(text.toLowerCase()) && current.length > 0;
    if (BREAK_MARKS.has(text) || opensClause) {
      if (current.length > 0) clauses.push(current);
      current = [];
      if (!opensClause) continue;
    }
    current.push(i);
  }
  if (current.length > 0) clauses.push(current);
  if (clauses.length < 2) return [];
  const parts: number[][] = [];
  for (let span = 1; span <= SPAN && span < clauses.length; span++) {
    // concat, not flat(): flat cost most of the time of cutting a claim into parts.
    for (let i = 0; i + span <= clauses.length; i++) parts.push(([] as number[]).concat(...clauses.slice(i, i + span)));
  }
  return parts;
}
