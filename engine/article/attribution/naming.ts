/**
 * A source quoted unnamed and named later: "“I have a fan, that's all,” said one resident …. The
 * man, Aurèle Bissonnette, 79, said …", "The man, who later identified himself as Kwame
 * Asante-Boateng, said …". Writers often name a source after the first quote; what the
 * description said before is the named person's.
 */
import type { Discourse, Entity } from './discourse.ts';
import { describes, resolve, type Lexicon } from './mentions.ts';
import { npRight, type View } from './phrases.ts';

/** Words of a relative clause before the name a source gives ("who gave her name only as …"). */
const GIVES_NAME = new Set(['identified', 'gave', 'introduced']);

/**
 * The full name a segment gives the unnamed speaker `unnamed`: the segment opens on a definite
 * description that may mean them ("The woman", "The worker") and names them in apposition or in
 * a "who gave his name as" clause. Null when it does not.
 */
export function namedLater(v: View, unnamed: Entity | null, lex: Lexicon, discourse: Discourse): string | null {
  if (unnamed === null || v.lower[0] !== 'the') return null;
  let comma = 1;
  while (comma < v.toks.length && comma <= 4 && !v.inQuote[comma] && (v.toks[comma]!.pos === 'ADJ' || v.toks[comma]!.pos === 'NOUN')) comma++;
  if (v.toks[comma]?.text !== ',' || v.toks[comma - 1]!.pos !== 'NOUN' || !describes(v.lower[comma - 1]!, unnamed)) return null;
  const start = v.lower[comma + 1] === 'who' ? afterGivenAs(v, comma + 2) : comma + 1;
  if (start < 0) return null;
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
