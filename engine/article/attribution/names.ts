/**
 * Common given names in English-speaking countries (built by cli/scripts/build-name-tables.ts):
 * a name with one before its last word is a person's, not a body's or a place's ("Caleb Jones",
 * "The Canadian Press Kevin Vickers", not "Kinder Morgan" or "Nova Scotia"). The lists also
 * hint at a pronoun, for English names only: "Lu Kang" and "Kim Jong-un" are men.
 */
import table from './given-names.json' with { type: 'json' };

const she = new Set(table.she.split('|'));
const he = new Set(table.he.split('|'));

/** Is the word a common given name ("Rob", "Sue")? */
export function isGivenName(word: string): boolean {
  return she.has(word) || he.has(word);
}

/** Does the name have a common given name before its last word? */
export function hasGivenName(name: string): boolean {
  const words = name.split(' ');
  return words.slice(0, -1).some((w) => she.has(w) || he.has(w));
}

/**
 * The pronoun a full name's first word hints at: a given name of four letters or more on one
 * list only ("Wendy Golden": she, "Richard Cuthbertson": he); null for short or shared first
 * names ("Lu Kang", "Kim Jong-un", "Jordan Smith") and one-word names.
 */
export function givenNameHint(name: string): 'he' | 'she' | null {
  const words = name.split(' ');
  return words.length < 2 ? null : firstNameHint(words[0]!);
}

/** The pronoun a given name of four letters or more on one list only hints at ("Sheila": she). */
export function firstNameHint(word: string): 'he' | 'she' | null {
  if (word.length < 4) return null;
  const f = she.has(word);
  const m = he.has(word);
  return f === m ? null : f ? 'she' : 'he';
}

/** Lower-case particles inside a full name ("Benoît de la Fontaine", "Ursula von der Leyen"). */
const PARTICLES = new Set(['de', 'la', 'le', 'los', 'las', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn']);

/** Is the word a particle inside a name? */
export function nameParticle(word: string): boolean {
  return PARTICLES.has(word);
}
