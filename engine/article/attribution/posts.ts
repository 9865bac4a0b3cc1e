/**
 * Social-media posts as speech: "Ford posted on Twitter that …", "she shared on Instagram:
 * “…”". Posting is no cue by itself ("Tesla posted a video"); on a named platform, followed by
 * what was posted, it is. An embedded post signs itself: "… — Rory Medcalf (@Rory_Medcalf)
 * December 30, 2018", "A post shared by Justin Trudeau (@justinpjtrudeau) on Dec 25, 2018 at
 * 9:02am PST".
 */
import type { View } from './phrases.ts';

const POST_VERBS = new Set(['post', 'share']);
/** What may stand between the platform's name and what was posted: "on her Facebook page". */
const PLATFORM_TAIL = new Set(['page', 'account', 'feed', 'story', 'stories', 'channel']);

/** Is token i a posting verb on a named platform or on social media, followed by "that", a colon or a quote? */
export function postCue(v: View, i: number): boolean {
  if (v.inQuote[i] || !POST_VERBS.has(v.toks[i]!.lemma) || v.toks[i]!.pos !== 'VERB') return false;
  let k = i + 1;
  if (v.lower[k] !== 'on' && v.lower[k] !== 'to') return false;
  k++;
  if (['his', 'her', 'their', 'its', 'the'].includes(v.lower[k] ?? '')) k++;
  // "on Facebook", "on X", or "on social media".
  if (v.lower[k] === 'social' && v.lower[k + 1] === 'media') k += 2;
  else if (/^\p{Lu}/u.test(v.toks[k]?.text ?? '')) k++;
  else return false;
  while (PLATFORM_TAIL.has(v.lower[k] ?? '')) k++;
  const next = v.toks[k];
  return next !== undefined && (v.lower[k] === 'that' || next.text === ':' || (next.text === ',' && v.inQuote[k + 2] === true) || v.inQuote[k + 1] === true);
}

/**
 * The signatures embedded posts end with: a tweet's "— Name (@handle) Month Day, Year", an
 * Instagram post's "A post shared by Name (@handle) on Mon Day, Year at 3:12pm PST".
 */
const SIGNATURES = [
  /[—–]\s*([^\s()—–@][^()—–@\n]{0,60}?)\s*\((@\w{1,30})\)\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}\s*$/u,
  /A post shared by ([^\s()@][^()@\n]{0,60}?)\s*\((@[\w.]{1,30})\) on \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}(?: at [\d:]{3,5}\s?[ap]m(?: \p{Lu}{2,4})?)?\s*$/u,
];

/** The author of a paragraph that is an embedded post ("… — BC Hydro (@bchydro) December 22, 2018"), or null. */
export function postSignature(paragraph: string): { name: string; mention: string } | null {
  if (!paragraph.includes('(@')) return null;
  for (const signature of SIGNATURES) {
    const m = signature.exec(paragraph);
    if (m) return { name: m[1]!.trim(), mention: `${m[1]!.trim()} (${m[2]})` };
  }
  return null;
}
