import type { Token } from '../nlp.ts';
import { parse } from '../nlp.ts';
import { compareTwoStrings } from 'string-similarity';

/** A claim prepared once for matching (STUB: the matcher work defines the real features). */
export interface MatchItem {
  text: string;
  /** Content-word lemmas, lower case, deduplicated and sorted: what blocking indexes. */
  lemmas: string[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** Prepare a claim from its already parsed tokens (no second NLP pass). */
export function prepareTokens(text: string, tokens: Token[]): MatchItem {
  const lemmas = [...new Set(tokens.filter((t) => CONTENT.has(t.pos)).map((t) => t.lemma))].sort();
  return { text, lemmas };
}

/** Prepare a free-standing sentence (`claimdiff match --pairs`). */
export function prepareText(text: string): MatchItem {
  return prepareTokens(text, parse(text).tokens);
}

/** Calibrated probability that two claims are the same claim. */
export function score(a: MatchItem, b: MatchItem): number {
  return compareTwoStrings(a.text.toLowerCase(), b.text.toLowerCase());
}

/** The decision threshold on {@link score}, chosen on MSRP train. */
export const SAME_THRESHOLD = 0.5;
