/**
 * The raw material of the synthetic corpus: the prose sentences of the bundled seed
 * articles, grouped by the real event they report. Boilerplate lines (navigation, captions,
 * bylines, prompts) are left out here; the generator adds its own outlets' boilerplate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../engine/nlp.ts';
import { Manifest } from '../../engine/schema.ts';
import { BUNDLED_CORPUS } from '../corpus.ts';

/** The prose sentences of the seed articles of one real event, in reading order. */
export interface SeedEvent {
  event: string;
  sentences: string[];
  /** Every word of those sentences with its part of speech. */
  words: Array<{ text: string; pos: string }>;
}

/** A line that reads as prose: long enough and ending like a sentence. */
function isProse(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).filter(Boolean).length;
  return words >= 8 && /[.!"”’)]$/.test(paragraph) && !paragraph.includes('<');
}

/** The seeds' own boilerplate sentences (credits, copyright, comment policy), left out. */
const BOILERPLATE = /©|™|all rights reserved|contributed to|subscribe|keep your comments|story idea|has been updated|committed to providing/i;

let cached: SeedEvent[] | null = null;

/** The seed sentences, read once per process from `dir` (default: the bundled corpus). */
export function seedEvents(dir: string = BUNDLED_CORPUS): SeedEvent[] {
  if (cached && dir === BUNDLED_CORPUS) return cached;
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const byEvent = new Map<string, string[]>();
  const wordsOf = new Map<string, SeedEvent['words']>();
  for (const entry of manifest.articles) {
    const text = readFileSync(join(dir, entry.file), 'utf8').replace(/\r\n?/g, '\n');
    const sentences = byEvent.get(entry.event ?? entry.file) ?? [];
    const words = wordsOf.get(entry.event ?? entry.file) ?? [];
    for (const raw of text.split(/\n/)) {
      const paragraph = raw.trim();
      if (!isProse(paragraph)) continue;
      const pieces: string[] = [];
      const parsed = parse(paragraph);
      for (const t of parsed.tokens) words.push({ text: t.text, pos: t.pos });
      for (const s of parsed.sentences) {
        const piece = paragraph.slice(s.start, s.end).trim();
        // wink-nlp cuts "China-U.S. relations" after "U."; such a piece goes back to its sentence.
        const last = pieces.length - 1;
        if (last >= 0 && /\b[A-Z]\.$/.test(pieces[last]!) && /^[A-Z]\./.test(piece)) pieces[last] += piece;
        else pieces.push(piece);
      }
      for (const sentence of pieces) {
        if (sentence.split(/\s+/).length >= 6 && !BOILERPLATE.test(sentence)) sentences.push(sentence);
      }
    }
    byEvent.set(entry.event ?? entry.file, sentences);
    wordsOf.set(entry.event ?? entry.file, words);
  }
  const events = [...byEvent]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([event, sentences]) => ({ event, sentences, words: wordsOf.get(event)! }));
  if (dir === BUNDLED_CORPUS) cached = events;
  return events;
}
