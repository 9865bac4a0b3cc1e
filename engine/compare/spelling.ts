/**
 * British → American spelling, so that "defence" and "defense", "honour" and "honor",
 * "stabilise" and "stabilize" compare equal. General rules (-our, -ise/-yse, -ll-, -tre,
 * -dgement) with their exceptions, plus a small table of words no rule covers. Both sides
 * of a comparison go through the same mapping, so what matters is that variants meet, not
 * that the result is the dictionary's American form in every case.
 */

/** Words no rule covers (British → American), base forms; inflections are handled below. */
const TABLE: Record<string, string> = {
  defence: 'defense', offence: 'offense', pretence: 'pretense', licence: 'license',
  practise: 'practice', grey: 'gray', programme: 'program', kilogramme: 'kilogram',
  cheque: 'check', tyre: 'tire', kerb: 'curb', aluminium: 'aluminum', jewellery: 'jewelry',
  plough: 'plow', sceptic: 'skeptic', sceptical: 'skeptical', scepticism: 'skepticism',
  manoeuvre: 'maneuver', catalogue: 'catalog', analogue: 'analog', dialogue: 'dialog',
  ageing: 'aging', enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill', fulfilment: 'fulfillment',
  instalment: 'installment', skilful: 'skillful', wilful: 'willful', distil: 'distill', instil: 'instill',
  paediatric: 'pediatric', anaemia: 'anemia', haemorrhage: 'hemorrhage', oestrogen: 'estrogen',
  foetus: 'fetus', mould: 'mold', smoulder: 'smolder', moustache: 'mustache', pyjamas: 'pajamas',
  draught: 'draft', storey: 'story', sulphur: 'sulfur', whisky: 'whiskey', axe: 'ax',
  signalled: 'signaled', signalling: 'signaling', totalled: 'totaled', totalling: 'totaling',
  equalled: 'equaled', equalling: 'equaling', dialled: 'dialed', dialling: 'dialing',
  trialled: 'trialed', trialling: 'trialing', marshalled: 'marshaled', rivalled: 'rivaled',
  pedalled: 'pedaled', initialled: 'initialed', marvellous: 'marvelous',
};

/** -re words (centre → center, fibre → fiber); most words ending in -re are not variants (more, genre, acre). */
const RE_STEMS = new Set(['cent', 'theat', 'met', 'lit', 'fib', 'calib', 'somb', 'spect', 'meag', 'lust', 'sab', 'kilomet', 'centimet', 'millimet', 'epicent', 'mit', 'nit', 'sepulch']);

/** -our words that are not British variants of -or. */
const OUR_KEEP = new Set(['flour', 'detour', 'contour', 'devour', 'scour', 'glamour', 'paramour', 'troubadour', 'velour', 'amour', 'dour', 'tour', 'four', 'hour', 'pour', 'sour', 'your', 'our', 'ardour']);

/** -ise words spelt -ise in American English too (advise, surprise, exercise…), whole words. */
const ISE_KEEP = new Set([
  'advise', 'advertise', 'arise', 'rise', 'sunrise', 'uprise', 'wise', 'otherwise', 'likewise', 'clockwise', 'vise',
  'devise', 'revise', 'supervise', 'improvise', 'televise', 'prise', 'comprise', 'enterprise', 'surprise', 'apprise',
  'reprise', 'concise', 'precise', 'excise', 'incise', 'circumcise', 'promise', 'compromise', 'demise', 'premise',
  'surmise', 'guise', 'disguise', 'noise', 'poise', 'praise', 'appraise', 'raise', 'cruise', 'chastise', 'despise',
  'merchandise', 'exercise', 'franchise', 'expertise', 'treatise', 'bruise', 'paradise', 'anise', 'valise', 'reprise',
]);

/** Whether an -ise word keeps its s, also behind a prefix (overexercise, dispraise). */
function keepsIse(base: string): boolean {
  if (ISE_KEEP.has(base)) return true;
  return ['re', 'un', 'mis', 'over', 'under', 'dis', 'pre', 'counter'].some((p) => base.startsWith(p) && ISE_KEEP.has(base.slice(p.length)));
}

/** -ell- before a suffix stays doubled in American English when the stress is on the last syllable. */
const ELL_KEEP = ['pel', 'rebel', 'excel', 'quel'];

const SUFFIXES = ['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers'];

/** Add an inflection to a base form (practice + ed → practiced). */
function inflect(base: string, suffix: string): string {
  return base.endsWith('e') && /^[ei]/.test(suffix) ? base.slice(0, -1) + suffix : base + suffix;
}

/** Look a word up in {@link TABLE}, also under a plural or verb ending (practised, defences). */
function fromTable(word: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length);
    const us = TABLE[base] ?? (/^[ei]/.test(suffix) ? TABLE[`${base}e`] : undefined);
    if (us !== undefined) return inflect(us, suffix);
  }
  return undefined;
}

// Words recur across claims: remember answers (bounded, and the same answer either way).
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/**
 * The American spelling of a lower-case word, or the word itself.
 * @example americanSpelling('stabilised') === 'stabilized'
 */
export function americanSpelling(word: string): string {
  if (word.length < 4) return word;
  let known = cache.get(word);
  if (known === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, (known = spell(word)));
  }
  return known;
}

/** {@link americanSpelling} without the cache. */
function spell(word: string): string {
  const listed = fromTable(word);
  if (listed !== undefined) return listed;

  // honour, honourable, favourite, labourers → honor, honorable, favorite, laborers
  const our = /^([a-z]{2,}[^aeiouy])our(s|ed|ing|able|ably|ite|ites|er|ers|ful|less|ism|ist|ists)?$/.exec(word);
  if (our && !OUR_KEEP.has(`${our[1]}our`)) return `${our[1]}or${our[2] ?? ''}`;

  // stabilise, organisation, analysed → stabilize, organization, analyzed
  const ise = /^([a-z]{3,})([iy])s(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise) {
    const base = `${ise[1]}${ise[2]}se`;
    if (!keepsIse(base)) return `${ise[1]}${ise[2]}z${ise[3]}`;
  }

  // travelled, cancelling, modeller → traveled, canceling, modeler (not compelled, swelled)
  const ell = /^([a-z]*[aeiou][a-z]*?)ell(ed|ing|er|ers)$/.exec(word);
  if (ell && /[aeiou]/.test(ell[1]!) && !ELL_KEEP.some((keep) => `${ell[1]}el`.endsWith(keep))) return `${ell[1]}el${ell[2]}`;

  // centre, theatres, fibre → center, theaters, fiber
  const re = /^([a-z]+)re(s|d)?$/.exec(word);
  if (re && RE_STEMS.has(re[1]!)) return `${re[1]}er${re[2] ?? ''}`;

  // judgement, acknowledgements → judgment, acknowledgments
  if (word.includes('dgement')) return word.replace('dgement', 'dgment');
  return word;
}
