/**
 * Words glued together by scraping: a link's text run into the next word loses the space
 * between them ("including TaiwanChina’s recent provocations", from "Taiwan" linked and
 * "China’s"). The matcher reads such a token as its words, so that the claim still shares
 * "Taiwan" and "China" with other outlets' versions; the claim's text is left as it is.
 */
import type { Token } from '../nlp.ts';
import { synonymGroups } from './lexicon.ts';

/** Capitalised words of three letters or more, run together ("TaiwanChina", not "TikTok"'s halves alone: they must be words). */
const GLUED = /^(?:\p{Lu}\p{Ll}{2,}){2,}$/u;
const WORD = /\p{Lu}\p{Ll}+/gu;

/**
 * The words of a glued token as tokens of their own (exact offsets, lower-case lemmas), or
 * the token itself. Split only when every piece is an English word WordNet knows, so brand
 * names made of non-words ("TikTok", "YouTube") stay whole.
 */
export function unglue(token: Token): Token[] {
  if (!GLUED.test(token.text)) return [token];
  const pieces = [...token.text.matchAll(WORD)];
  if (!pieces.every((m) => synonymGroups(m[0].toLowerCase()).length > 0)) return [token];
  return pieces.map((m) => ({
    start: token.start + m.index!,
    end: token.start + m.index! + m[0].length,
    text: m[0],
    lemma: m[0].toLowerCase(),
    pos: token.pos,
  }));
}
