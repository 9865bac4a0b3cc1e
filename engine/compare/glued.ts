/**
 * Words as the matcher reads them, where scraping or the tokenizer broke them:
 *
 * - words glued together by scraping: a link's text run into the next word loses the space
 *   between them ("including TaiwanChina’s recent provocations", from "Taiwan" linked and
 *   "China’s"); such a token is read as its words;
 * - an abbreviation the tokenizer cut after a hyphen ("China-U.S. relations" comes out as
 *   "China", "-", "U", ".", "S."): its pieces are read as the one word ("U.S.") they spell.
 *
 * The claim's text is left as it is; only the matcher's tokens change.
 */
import type { Token } from '../nlp.ts';
import { synonymGroups } from './lexicon.ts';

/** Capitalised words of three letters or more, run together. */
const GLUED = /^(?:\p{Lu}\p{Ll}{2,}){2,}$/u;
const WORD = /\p{Lu}\p{Ll}+/gu;
/** "U.S.", "U.K.", "U.S.A.": capitals each followed by a full stop. */
const ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;
/** A piece of a cut abbreviation: a capital, a full stop, or a capital with its full stop. */
const ABBREVIATION_PIECE = /^(?:\p{Lu}\.?|\.)$/u;

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

/**
 * The tokens of a claim as the matcher reads them (see the module comment). Tokens left as
 * they were are the very objects given; `tokens` must be in text order.
 */
export function matchTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = abbreviationAt(tokens, i);
    if (joined) {
      out.push(joined.token);
      i = joined.last;
    } else {
      // Most tokens are not glued: the test first, since the array unglue returns for one cost more.
      const token = tokens[i]!;
      if (GLUED.test(token.text)) out.push(...unglue(token));
      else out.push(token);
    }
  }
  return out;
}

/** The abbreviation spelled by the touching pieces that start at `i` ("U" "." "S."), if any. */
function abbreviationAt(tokens: readonly Token[], i: number): { token: Token; last: number } | null {
  const first = tokens[i]!;
  // One capital is at most two code units: longer tokens skip the regular expression.
  if (first.text.length > 2 || !/^\p{Lu}$/u.test(first.text)) return null;
  let text = first.text;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1]!.start === tokens[last]!.end && ABBREVIATION_PIECE.test(tokens[last + 1]!.text)) {
    text += tokens[++last]!.text;
  }
  if (last === i || !ABBREVIATION.test(text)) return null;
  return { token: { start: first.start, end: tokens[last]!.end, text, lemma: text.toLowerCase(), pos: 'PROPN' }, last };
}
