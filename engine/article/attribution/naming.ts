/**
 * A source quoted unnamed and named later: "“I have a fan, that's all,” said one resident …. The
 * man, Aurèle Bissonnette, 79, said …", "The man, who later identified himself as Kwame
 * Asante-Boateng, said …", "“…,” she said, before giving her name as Yasmin Haddad". Writers
 * often name a source after the first quote; what the description said before is the named
 * person's.
 */
import type { Discourse, Entity } from './discourse.ts';
import { describes, resolve, type Lexicon } from './mentions.ts';
import { npRight, type View } from './phrases.ts';

/** Verbs by which a source gives a name ("who gave her name only as …", "before giving his name as …"). */
const GIVES_NAME = new Set(['identified', 'gave', 'giving', 'introduced']);

/**
 * The full name a segment gives the unnamed speaker `unnamed`: the segment opens on a definite
 * description that may mean them ("The woman", "The worker") and names them in apposition or in
 * a "who gave his name as" clause. Null when it does not.
 */
export function namedLater(v: View, unnamed: Entity | null, lex: Lexicon, discourse: Discourse): string | null {
  if (unnamed === null) return null;
  if (v.lower[0] !== 'the') return namedAsIs(v, unnamed, lex, discourse);
  let comma = 1;
  while (comma < v.toks.length && comma <= 4 && !v.inQuote[comma] && (v.toks[comma]!.pos === 'ADJ' || v.toks[comma]!.pos === 'NOUN')) comma++;
  if (v.toks[comma]?.text !== ',' || v.toks[comma - 1]!.pos !== 'NOUN' || !describes(v.lower[comma - 1]!, unnamed)) return null;
  const start = v.lower[comma + 1] === 'who' ? afterGivenAs(v, comma + 2) : comma + 1;
  return start < 0 ? null : fullName(v, start, lex, discourse);
}

/**
 * "A Quebec doctor is sounding the alarm …. Dr. Sébastien Marin is an emergency room doctor at
 * …": a sentence that says a full name is one of what the unnamed source was described as.
 */
function namedAsIs(v: View, unnamed: Entity, lex: Lexicon, discourse: Discourse): string | null {
  const [from, to] = npRight(v, 0);
  if (to === from || !['is', 'was'].includes(v.lower[to] ?? '') || !['a', 'an'].includes(v.lower[to + 1] ?? '')) return null;
  let k = to + 2;
  while (k < v.toks.length && k < to + 8 && !v.inQuote[k] && (v.toks[k]!.pos === 'NOUN' || v.toks[k]!.pos === 'ADJ')) k++;
  if (k === to + 2 || !describes(v.lower[k - 1]!, unnamed)) return null;
  return fullName(v, from, lex, discourse);
}

/**
 * The full name an unnamed source gives in the sentence they speak in: "“…,” she said, before
 * giving her name as Yasmin Haddad, 26." Null when there is none.
 */
export function selfNamed(v: View, lex: Lexicon, discourse: Discourse): string | null {
  const gives = v.lower.findIndex((w, k) => !v.inQuote[k] && GIVES_NAME.has(w));
  const start = gives < 0 ? -1 : afterGivenAs(v, gives);
  return start < 0 ? null : fullName(v, start, lex, discourse);
}

/** The full name of a person that starts at token `start`, or null. */
function fullName(v: View, start: number, lex: Lexicon, discourse: Discourse): string | null {
  const [from, to] = npRight(v, start);
  const r = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
  return r !== null && r.how === 'name' && r.entity.kind === 'person' && r.entity.speaker!.includes(' ') ? r.entity.speaker : null;
}

/** Past "(later) identified himself as", "gave her name (only) as": the token after "as", or -1. */
function afterGivenAs(v: View, from: number): number {
  let gives = false;
  for (let k = from; k < v.toks.length && k < from + 8 && !v.inQuote[k]; k++) {
    if (GIVES_NAME.has(v.lower[k]!)) gives = true;
    else if (v.lower[k] === 'as' && gives) return k + 1;
  }
  return -1;
}
