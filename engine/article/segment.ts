import type { Cleaning } from './clean.ts';
import type { Span } from '../schema.ts';
import { parse } from '../nlp.ts';

/** A claim-sized piece of an article: usually one sentence, with its quotes. */
export interface Segment {
  start: number;
  end: number;
  paragraph: number;
  quotes: Span[];
}

/** Cut the text into claim segments (STUB: wink sentences, nothing else). */
export function segment(text: string, _cleaning: Cleaning): Segment[] {
  return parse(text).sentences.map((s) => ({ start: s.start, end: s.end, paragraph: 0, quotes: [] }));
}
