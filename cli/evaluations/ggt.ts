/**
 * Quote attribution on the Gender Gap Tracker's annotated Canadian news (public data, not in
 * the repository):
 *
 *   node --import tsx cli/evaluations/ggt.ts ../shared/eval/ggt/quotes-tune.jsonl [--misses]
 *
 * Each line of the jsonl file is an article: `id` and `quotes` ({speaker, verb, quote,
 * reference}); the article's text is `rawtext/ID.txt` beside the file. The dataset's character
 * indices are unreliable, so quotes are located by their text.
 *
 * For each gold quote:
 * - **found**: the quote is located in the text and at least 90 % of its characters lie inside
 *   claims the engine extracted (cleaning did not drop it; segmentation kept it). A quote that
 *   occurs more than once (pull quotes repeat it) is judged at its first occurrence that the
 *   engine attributed to someone, else at its first occurrence.
 * - **speaker right**: among the claims overlapping the quote, the one with the largest overlap
 *   that has a speaker (ties: the earlier one) names the gold speaker. Names are compared
 *   normalised (lower case, no punctuation, no leading determiner or title); they match when
 *   equal, when their last words are equal and the words before agree (last-name match: "Telford" =
 *   "Hamish Telford", "Xander Wise" = "Alexander Wise", but "Martin Jones" ≠ "Caleb Jones"), or
 *   when one's words all occur in the other ("spokesperson" = "a TransLink spokesperson"). The
 *   gold `reference` (the resolved speaker) and `speaker` (the words in the text) both count.
 *   Where the gold leaves its mention unresolved (its `reference` is empty or the mention
 *   itself: "the minister", "the ministry"), the words our claim names its source with
 *   (`sourceMention`) are compared with that mention too: the GGT paper's own rule is that
 *   the extracted speaker span overlaps the annotated one, and a mention is all the gold knows.
 * The speaker share is over gold quotes that have a speaker (a non-empty reference or speaker).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { extractClaims } from '../../engine/article/claims.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import type { Claim, Profile, SourceDoc } from '../../engine/schema.ts';

const GgtQuote = z.object({
  speaker: z.string().nullable().default(''),
  verb: z.string().nullable().default(''),
  quote: z.string(),
  reference: z.string().nullable().default(''),
});
const GgtArticle = z.object({ id: z.string().min(1), quotes: z.array(GgtQuote).nullable().transform((q) => q ?? []) });
type GgtQuote = z.infer<typeof GgtQuote>;

/** One gold quote and what the engine made of it. */
export interface GgtOutcome {
  article: string;
  quote: string;
  gold: string;
  found: boolean;
  speaker: string | null;
  right: boolean;
}

export interface GgtResult {
  file: string;
  quotes: number;
  located: number;
  found: number;
  withSpeaker: number;
  speakerRight: number;
  outcomes: GgtOutcome[];
}

/** Text normalised for locating quotes, with each normalised character's offset in the original. */
function normalise(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (/\s/.test(ch)) {
      if (space || out === '') continue;
      space = true;
      ch = ' ';
    } else space = false;
    if (ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»') ch = '"';
    if (ch === '‘' || ch === '’') ch = "'";
    if (ch === '–' || ch === '—') ch = '-';
    out += ch;
    at.push(i);
  }
  return { text: out, at };
}

/**
 * The gold quote's character ranges in the article (every occurrence: a pull quote may repeat
 * it), or an empty list when it cannot be located.
 */
export function locate(article: string, quote: string): [number, number][] {
  const hay = normalise(article);
  const needle = normalise(quote).text.replace(/^["' ,]+|["' ,]+$/g, '');
  if (needle.length === 0) return [];
  const all: [number, number][] = [];
  for (let k = hay.text.indexOf(needle); k >= 0; k = hay.text.indexOf(needle, k + 1)) all.push([hay.at[k]!, hay.at[k + needle.length - 1]! + 1]);
  if (all.length > 0) return all;
  const tryFind = (n: string): [number, number] | null => {
    const k = hay.text.indexOf(n);
    return k < 0 ? null : [hay.at[k]!, hay.at[k + n.length - 1]! + 1];
  };
  // Gold quotes sometimes skip a few words: anchor on the start and the end separately.
  if (needle.length < 40) return [];
  const head = tryFind(needle.slice(0, 30));
  const tail = tryFind(needle.slice(-30));
  if (head && tail && tail[1] > head[0]) return [[head[0], tail[1]]];
  return head ? [[head[0], Math.min(article.length, head[0] + needle.length)]] : [];
}

const LEADING = new Set(['a', 'an', 'the', 'mr', 'mrs', 'ms', 'dr', 'prof', 'some', 'one']);

/** A name as compared: lower case words, no punctuation, no leading determiner or title. */
export function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 1 && LEADING.has(words[0]!)) words.shift();
  return words;
}

/** Whether a predicted speaker names the gold speaker (see the file comment for the rule). */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  // Last names alike: "Telford" is "Hamish Telford", but "Martin Jones" is not "Caleb Jones".
  if (p[p.length - 1] === g[g.length - 1]) {
    if (p.length === 1 || g.length === 1) return true;
    const a = p[p.length - 2]!;
    const b = g[g.length - 2]!;
    if (a.includes(b) || b.includes(a)) return true;
  }
  return p.every((w) => g.includes(w)) || g.every((w) => p.includes(w));
}

function doc(id: string, source: string): SourceDoc {
  return { id, sourceFile: `${id}.txt`, format: 'txt', source, outlet: 'GGT', title: null, published: null, event: null, language: 'en', url: null, role: 'coverage' };
}

function judge(article: string, claims: Claim[], q: GgtQuote, id: string): GgtOutcome & { located: boolean } {
  const gold = q.reference || q.speaker || '';
  const ranges = locate(article, q.quote);
  const base = { article: id, quote: q.quote, gold };
  if (ranges.length === 0) return { ...base, located: false, found: false, speaker: null, right: false };
  // The first occurrence the engine attributed (a repeated pull quote is often bare), else the first.
  const judged = ranges.map((r) => judgeAt(article, claims, q, r));
  const pick = judged.find((j) => j.speaker !== null) ?? judged[0]!;
  return { ...base, located: true, ...pick };
}

function judgeAt(article: string, claims: Claim[], q: GgtQuote, [s, e]: [number, number]): { found: boolean; speaker: string | null; right: boolean } {
  const overlap = (c: Claim): number => Math.max(0, Math.min(c.end, e) - Math.max(c.start, s));
  const touching = claims.filter((c) => overlap(c) > 0);
  let covered = 0;
  let chars = 0;
  for (let i = s; i < e; i++) {
    if (/\s/.test(article[i]!)) continue;
    chars++;
    if (touching.some((c) => c.start <= i && i < c.end)) covered++;
  }
  const found = chars > 0 && covered / chars >= 0.9;
  const attributed = (c: Claim): boolean => c.speaker !== null || (c.sourceMention !== null && c.mode !== 'unattributed');
  const best = [...touching].filter(attributed).sort((a, b) => overlap(b) - overlap(a) || a.start - b.start)[0];
  const speaker = best ? (best.speaker ?? best.sourceMention) : null;
  return { found, speaker, right: best !== undefined && speakerRight(best, q) };
}

/**
 * Whether a claim names a gold quote's speaker: its speaker names the gold `reference` or
 * `speaker`, or, where the gold leaves the mention unresolved, the claim's source mention
 * names that mention.
 */
export function speakerRight(claim: Pick<Claim, 'speaker' | 'sourceMention'>, q: { speaker?: string | null; reference?: string | null }): boolean {
  const { speaker, sourceMention } = claim;
  if (speaker !== null && [q.reference, q.speaker].some((g) => g && sameSpeaker(speaker, g))) return true;
  return sourceMention !== null && unresolved(q) && sameSpeaker(sourceMention, q.speaker!);
}

/** The gold names its speaker only by the words in the text ("the minister"), not by who it is. */
function unresolved(q: { speaker?: string | null; reference?: string | null }): boolean {
  if (!q.speaker) return false;
  return !q.reference || nameWords(q.reference).join(' ') === nameWords(q.speaker).join(' ');
}

/** Score a GGT jsonl file (its rawtext/ folder beside it) with a profile. */
export function evaluateGgt(file: string, profile: Profile = builtInProfile): GgtResult {
  const rawDir = join(dirname(file), 'rawtext');
  const result: GgtResult = { file: basename(file), quotes: 0, located: 0, found: 0, withSpeaker: 0, speakerRight: 0, outcomes: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = GgtArticle.parse(JSON.parse(line));
    const text = readFileSync(join(rawDir, `${article.id}.txt`), 'utf8');
    const { claims } = extractClaims(doc(article.id, text), profile);
    for (const q of article.quotes) {
      const o = judge(text, claims, q, article.id);
      result.quotes++;
      if (o.located) result.located++;
      if (o.found) result.found++;
      if (o.gold !== '') {
        result.withSpeaker++;
        if (o.right) result.speakerRight++;
      }
      const { located: _, ...outcome } = o;
      result.outcomes.push(outcome);
    }
  }
  return result;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

/** The figures as text lines. */
export function renderGgt(r: GgtResult): string {
  return [
    `GGT ${r.file}: ${r.quotes} gold quotes, ${r.located} located in the text`,
    `  found as claims: ${r.found}/${r.quotes} (${pct(r.found, r.quotes)})`,
    `  speaker right:   ${r.speakerRight}/${r.withSpeaker} (${pct(r.speakerRight, r.withSpeaker)}) of quotes with a gold speaker`,
  ].join('\n');
}

export function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    process.stderr.write('usage: node --import tsx cli/evaluations/ggt.ts QUOTES.jsonl… [--misses]\n');
    return 2;
  }
  for (const file of files) {
    const r = evaluateGgt(file);
    process.stdout.write(`${files.length > 1 ? `${file}: ` : ''}${renderGgt(r)}\n`);
    if (argv.includes('--misses')) {
      for (const o of r.outcomes.filter((x) => !x.right)) {
        process.stdout.write(`  MISS ${o.article} gold=${o.gold} got=${o.speaker ?? '-'} found=${o.found} :: ${o.quote.slice(0, 100)}\n`);
      }
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
