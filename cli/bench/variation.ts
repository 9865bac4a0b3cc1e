/**
 * How one seed sentence becomes many: per event, names, places, days and numbers change
 * (so that events differ while sharing the seeds' sentence shapes: near misses for
 * clustering); per outlet, words are swapped for near-synonyms, clauses trimmed or moved,
 * spelling switched between US and UK. Every choice comes from the caller's seeded Random.
 */
import type { Random } from './random.ts';

/** A substitution applied to every sentence of one event. */
export interface Substitution {
  pattern: RegExp;
  replace: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** US officials of the seeds, and the people an event may put in their place. */
const US_OFFICIALS: Array<[string, string]> = [
  ['Janet', 'Yellen'], ['Antony', 'Blinken'], ['Jake', 'Sullivan'], ['John', 'Kirby'], ['Lloyd', 'Austin'],
  ['Gina', 'Raimondo'], ['Katherine', 'Tai'], ['William', 'Burns'], ['Kurt', 'Campbell'], ['John', 'Kerry'],
  ['Wendy', 'Sherman'], ['Daniel', 'Kritenbrink'], ['Karine', 'Jean-Pierre'], ['Ned', 'Price'],
];
const SEED_OFFICIALS = 5;

const CHINESE_CITIES = ['Guangzhou', 'Shanghai', 'Shenzhen', 'Tianjin', 'Chengdu', 'Wuhan', 'Hangzhou'];
const VENUES = ['Bangkok', 'Munich', 'Vienna', 'Malta', 'Geneva', 'Singapore', 'Jakarta', 'Rome', 'Anchorage'];
const SUMMITS = ['Woodside, California', 'San Francisco', 'Bali', 'Lima', 'Osaka', 'Hiroshima'];
const COMPANIES: Array<[string, string]> = [
  ['TikTok', 'ByteDance'], ['Temu', 'PDD Holdings'], ['WeChat', 'Tencent'], ['Shein', 'Roadget'], ['CapCut', 'ByteDance'],
];
const DURATIONS = ['90-minute', 'two-hour', 'one-hour-45-minute', '75-minute', 'hour-long', 'two-and-a-half-hour', '100-minute'];
const CRISES = ['Gaza and Ukraine', 'Ukraine and the Middle East', 'Sudan and Ukraine', 'Yemen and Ukraine', 'Gaza and Lebanon'];

function word(w: string): RegExp {
  return new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
}

/** The substitutions that turn the seeds into one synthetic event. */
export function eventSubstitutions(rng: Random, year: number): Substitution[] {
  const subs: Substitution[] = [];
  const days = rng.shuffled(WEEKDAYS);
  // Two-step replacement through placeholders so that a permutation does not chain.
  WEEKDAYS.forEach((d, i) => subs.push({ pattern: word(d), replace: `\u0000D${i}\u0000` }));
  WEEKDAYS.forEach((_, i) => subs.push({ pattern: new RegExp(`\u0000D${i}\u0000`, 'g'), replace: days[i]! }));
  const months = rng.shuffled(MONTHS);
  MONTHS.forEach((m, i) => subs.push({ pattern: word(m), replace: `\u0000M${i}\u0000` }));
  MONTHS.forEach((_, i) => subs.push({ pattern: new RegExp(`\u0000M${i}\u0000`, 'g'), replace: months[i]! }));
  subs.push({ pattern: /\b20(2[0-9]|1[0-9])\b/g, replace: String(year) });

  const officials = rng.shuffled(US_OFFICIALS);
  US_OFFICIALS.slice(0, SEED_OFFICIALS).forEach(([first, last], i) => {
    subs.push({ pattern: word(`${first} ${last}`), replace: `\u0000O${i}F\u0000` });
    subs.push({ pattern: word(last), replace: `\u0000O${i}\u0000` });
  });
  US_OFFICIALS.slice(0, SEED_OFFICIALS).forEach((_, i) => {
    const [first, last] = officials[i]!;
    subs.push({ pattern: new RegExp(`\u0000O${i}F\u0000`, 'g'), replace: `${first} ${last}` });
    subs.push({ pattern: new RegExp(`\u0000O${i}\u0000`, 'g'), replace: last });
  });

  subs.push({ pattern: word('Guangzhou'), replace: rng.pick(CHINESE_CITIES) });
  const [venueA, venueB] = rng.shuffled(VENUES);
  subs.push({ pattern: word('Bangkok'), replace: venueA! });
  subs.push({ pattern: word('Munich'), replace: venueB! });
  const summit = rng.pick(SUMMITS);
  subs.push({ pattern: /\b(Woodside, California|San Francisco)\b/g, replace: summit });
  const [app, owner] = rng.pick(COMPANIES);
  subs.push({ pattern: word('TikTok'), replace: app });
  subs.push({ pattern: word('ByteDance'), replace: owner });
  subs.push({ pattern: /\b(90-minute|one-hour-45-minute)\b/g, replace: rng.pick(DURATIONS) });
  subs.push({ pattern: /\bGaza and Ukraine\b/g, replace: rng.pick(CRISES) });
  return subs;
}

/** The common nouns and adjectives of the seeds, by part of speech (from engine/nlp's tags). */
export interface Vocabulary {
  nouns: string[];
  adjectives: string[];
}

/** Collect a {@link Vocabulary} from tagged words: lower case, four letters or more. */
export function contentVocabulary(tagged: Iterable<{ text: string; pos: string }>): Vocabulary {
  const nouns = new Set<string>();
  const adjectives = new Set<string>();
  for (const { text, pos } of tagged) {
    if (!/^[a-z]{4,}$/.test(text)) continue;
    if (pos === 'NOUN') nouns.add(text);
    else if (pos === 'ADJ') adjectives.add(text);
  }
  // A word tagged both ways stays out of both, so a swap never breaks the grammar.
  for (const w of nouns) if (adjectives.has(w)) nouns.delete(w), adjectives.delete(w);
  return { nouns: [...nouns].sort(), adjectives: [...adjectives].sort() };
}

/**
 * An event's own wording of the seed material: each common noun and adjective is, with
 * probability `share`, consistently replaced by another of its kind. Different events'
 * claims then share sentence shapes, verbs and names (near misses), not whole claims.
 */
export function eventLexicon(rng: Random, vocabulary: Vocabulary, share: number): Map<string, string> {
  const lexicon = new Map<string, string>();
  for (const list of [vocabulary.nouns, vocabulary.adjectives]) {
    for (const word of list) if (rng.chance(share)) lexicon.set(word, rng.pick(list));
  }
  return lexicon;
}

/** Apply an event's lexicon (see {@link eventLexicon}). */
export function relexicalise(sentence: string, lexicon: ReadonlyMap<string, string>): string {
  return sentence.replace(/\b[a-z]{4,}\b/g, (w) => lexicon.get(w) ?? w);
}

/** Apply an event's substitutions to a sentence. */
export function substitute(sentence: string, subs: readonly Substitution[]): string {
  let out = sentence;
  for (const { pattern, replace } of subs) out = out.replace(pattern, replace);
  return out;
}

/** Near-synonyms outlets choose between (paraphrase-like swaps, no meaning change intended). */
const SWAPS: Array<[RegExp, string[]]> = [
  [/\bsaid\b/g, ['stated', 'noted', 'added']],
  [/\bdiscussed\b/g, ['talked about', 'addressed', 'went over']],
  [/\bconcerns\b/g, ['worries', 'misgivings']],
  [/\bcandid\b/g, ['frank', 'open']],
  [/\blimiting\b/g, ['restricting', 'curbing']],
  [/\bemphasized\b/g, ['stressed', 'underlined', 'emphasised']],
  [/\bstressed\b/g, ['emphasized', 'underscored']],
  [/\bwarned\b/g, ['cautioned']],
  [/\burged\b/g, ['called on', 'pressed']],
  [/\bexpressed\b/g, ['voiced', 'raised']],
  [/\btensions\b/g, ['frictions', 'strains']],
  [/\bconversation\b/g, ['call', 'talks', 'exchange']],
  [/\bcooperation\b/g, ['collaboration']],
  [/\bscheduled to\b/g, ['set to', 'due to']],
  [/\blater this week\b/g, ['in the coming days', 'this week']],
  [/\bthe two leaders\b/g, ['the two presidents', 'both leaders']],
  [/\bcountries\b/g, ['nations']],
  [/\brelationship\b/g, ['relations', 'ties']],
  [/\bissues\b/g, ['matters', 'topics']],
  [/\bdefense\b/g, ['defence']],
  [/\bhonor\b/g, ['honour']],
  [/\bstabilize\b/g, ['stabilise']],
  [/\bprioritize\b/g, ['prioritise']],
  [/\bU\.S\./g, ['US']],
  [/\bUS\b/g, ['U.S.', 'American']],
  [/\bChinese President Xi Jinping\b/g, ["China's Xi Jinping", 'President Xi', 'Chinese leader Xi Jinping']],
  [/(?<!U\.?S\.? )\bPresident Joe Biden\b/g, ['US President Joe Biden', 'President Biden']],
  [/\bimportant\b/g, ['significant', 'crucial']],
  [/\bmeeting\b/g, ['talks', 'summit']],
  [/\bbetween the two\b/g, ['between both']],
];

/** Swap words for near-synonyms; `rate` is the chance of each applicable swap. */
export function paraphrase(rng: Random, sentence: string, rate: number): string {
  let out = sentence;
  for (const [pattern, choices] of SWAPS) {
    pattern.lastIndex = 0;
    if (!pattern.test(out) || !rng.chance(rate)) continue;
    const choice = rng.pick(choices);
    out = out.replace(pattern, choice);
  }
  return out;
}

/** A short leading phrase ("In the call, ") that can move to the end of the sentence. */
const LEAD = /^((?:In|On|During|After|Ahead of|For|Against|In addition to|Additionally|However)\b[^,“”"]{0,40}), (.+?)([.!])$/;

/**
 * Reshape a sentence: move a short leading phrase to the end, or trim a trailing clause
 * (outlets cut long sentences). Returns the sentence unchanged when neither applies.
 */
export function reshape(rng: Random, sentence: string, moveRate: number, trimRate: number): string {
  const lead = LEAD.exec(sentence);
  if (lead && rng.chance(moveRate)) {
    const [, phrase, rest, stop] = lead;
    return `${rest![0]!.toUpperCase()}${rest!.slice(1)} ${phrase![0]!.toLowerCase()}${phrase!.slice(1)}${stop}`;
  }
  if (rng.chance(trimRate) && !/[“”"]/.test(sentence)) {
    const cut = sentence.lastIndexOf(', ');
    const kept = cut > 0 ? sentence.slice(0, cut) : '';
    if (kept.split(/\s+/).length >= 7) return `${kept}.`;
  }
  return sentence;
}
