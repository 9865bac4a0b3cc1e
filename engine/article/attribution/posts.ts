/**
 * Social-media posts as speech: "Ford posted on Twitter that …", "she shared on Instagram:
 * “…”". Posting is no cue by itself ("Tesla posted a video"); on a named platform, followed by
 * what was posted, it is.
 */
import type { View } from './sieves.ts';

const POST_VERBS = new Set(['post', 'share']);
/** What may stand between the platform's name and what was posted: "on her Facebook page". */
const PLATFORM_TAIL = new Set(['page', 'account', 'feed', 'story', 'stories', 'channel']);

/** Is token i a posting verb on a named platform, followed by "that", a colon or a quote? */
export function postCue(v: View, i: number): boolean {
  if (v.inQuote[i] || !POST_VERBS.has(v.toks[i]!.lemma) || v.toks[i]!.pos !== 'VERB') return false;
  let k = i + 1;
  if (v.lower[k] !== 'on' && v.lower[k] !== 'to') return false;
  k++;
  if (['his', 'her', 'their', 'its', 'the'].includes(v.lower[k] ?? '')) k++;
  if (!/^\p{Lu}/u.test(v.toks[k]?.text ?? '')) return false;
  k++;
  while (PLATFORM_TAIL.has(v.lower[k] ?? '')) k++;
  const next = v.toks[k];
  return next !== undefined && (v.lower[k] === 'that' || next.text === ':' || (next.text === ',' && v.inQuote[k + 2] === true) || v.inQuote[k + 1] === true);
}
