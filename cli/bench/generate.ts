/**
 * The synthetic corpus of the benchmark: N articles over M events, made from the seed
 * sentences with realistic variation. Deterministic: the same options give byte-identical
 * articles. Articles are produced one at a time (a generator), so a 10,000-article corpus
 * never has to be held in memory twice.
 *
 * Per event: a pool of claims drawn from one real seed event (topped up from the others),
 * with names, places, days, years and numbers substituted, so events differ while sharing
 * sentence shapes (near misses across events). Per article: the outlet keeps part of the
 * pool (dropped claims), adds claims of its own, rewords, trims and reorders, groups the
 * sentences into paragraphs and wraps them in its boilerplate.
 */
import type { SourceDoc } from '../../engine/schema.ts';
import { Random } from './random.ts';
import { seedEvents } from './seed-sentences.ts';
import { contentVocabulary, eventLexicon, eventSubstitutions, paraphrase, relexicalise, reshape, substitute, type Substitution, type Vocabulary } from './variation.ts';
import { OUTLETS } from './outlets.ts';

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Number of events (default: one per 8 articles). */
  events?: number;
  /** Seed of the whole corpus. */
  seed?: number;
}

interface SyntheticEvent {
  id: string;
  date: string;
  year: number;
  subs: Substitution[];
  /** The event's claims, already substituted, in reading order. */
  claims: string[];
}

const TITLES = [
  'Biden and Xi speak by phone amid {crisis} tensions',
  'Xi tells Biden of "negative factors" in first call in months',
  'What the Biden-Xi call means for trade and technology',
  'US and Chinese leaders hold {duration} call',
  'Leaders of US and China talk Taiwan, trade in phone call',
];

/** A stable small hash of a seed sentence (which sentences are background). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The event each article belongs to: contiguous runs of uneven length. */
function eventBoundaries(rng: Random, articles: number, events: number): Int32Array {
  const weights = Array.from({ length: events }, () => 0.5 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const eventOf = new Int32Array(articles);
  let acc = 0;
  let next = 0;
  for (let e = 0; e < events; e++) {
    acc += weights[e]!;
    const end = e === events - 1 ? articles : Math.round((acc / total) * articles);
    for (; next < end; next++) eventOf[next] = e;
  }
  return eventOf;
}

/** Share of an event's nouns and adjectives worded its own way; one seed sentence in BACKGROUND is left as it is. */
const OWN_WORDING = 0.5;
const BACKGROUND = 8;

let vocabulary: Vocabulary | null = null;

function makeEvent(seed: number, e: number): SyntheticEvent {
  const rng = new Random(seed, 1, e);
  const seeds = seedEvents();
  vocabulary ??= contentVocabulary(seeds.flatMap((s) => s.words));
  // A real event is chosen in proportion to its material, so small seed events are not
  // repeated in every third synthetic one.
  const total = seeds.reduce((n, s) => n + s.sentences.length, 0);
  let draw = rng.int(total);
  const base = seeds.find((s) => (draw -= s.sentences.length) < 0) ?? seeds[0]!;
  const others = seeds.filter((s) => s !== base).flatMap((s) => s.sentences);
  const size = rng.between(16, 28);
  // A contiguous stretch of the base event keeps the story's order; the rest tops it up.
  const start = base.sentences.length > size ? rng.int(base.sentences.length - size + 1) : 0;
  const picked = base.sentences.slice(start, start + size);
  while (picked.length < size) picked.push(rng.pick(others));
  const year = rng.between(2019, 2025);
  const month = rng.between(1, 12);
  const day = rng.between(1, 26);
  const subs = eventSubstitutions(rng, year);
  const lexicon = eventLexicon(rng, vocabulary, OWN_WORDING);
  // Most claims are the event's own; background sentences (one seed sentence in eight: the
  // same line about Taiwan or the last summit) recur across events as they do in an archive.
  const own = (s: string): string => (hashOf(s) % BACKGROUND === 0 ? s : relexicalise(s, lexicon));
  return {
    id: `e${pad(e + 1, 5)}`,
    date: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
    year,
    subs,
    // Each event words the shared material its own way too (its own readouts and sources).
    claims: picked.map((s) => paraphrase(rng, substitute(own(s), subs), 0.15)),
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function makeArticle(seed: number, index: number, event: SyntheticEvent, extraPool: readonly string[]): SourceDoc {
  const rng = new Random(seed, 2, index);
  const outlet = rng.pick(OUTLETS);
  let sentences = event.claims.filter(() => rng.chance(outlet.keep));
  if (sentences.length < 5) sentences = event.claims.slice(0, 5);
  // Claims of the outlet's own, not carried by the others.
  const added = rng.between(0, 3);
  for (let k = 0; k < added; k++) {
    const extra = substitute(rng.pick(extraPool), event.subs);
    if (!sentences.includes(extra)) sentences.splice(rng.int(sentences.length + 1), 0, extra);
  }
  // Local reordering: neighbouring sentences swap now and then.
  for (let k = 0; k + 1 < sentences.length; k++) {
    if (rng.chance(0.12)) [sentences[k], sentences[k + 1]] = [sentences[k + 1]!, sentences[k]!];
  }
  sentences = sentences.map((s) => reshape(rng, paraphrase(rng, s, outlet.reword), outlet.move, outlet.trim));
  if (outlet.dateline) sentences[0] = `${outlet.dateline}${sentences[0]}`;

  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; ) {
    const take = rng.between(1, 3);
    paragraphs.push(sentences.slice(k, k + take).join(' '));
    k += take;
  }
  if (outlet.middle && paragraphs.length > 4) paragraphs.splice(rng.between(2, paragraphs.length - 2), 0, outlet.middle);

  const title = substitute(rng.pick(TITLES), event.subs)
    .replace('{crisis}', rng.pick(['global', 'trade', 'Taiwan', 'tech']))
    .replace('{duration}', rng.pick(['lengthy', 'rare', 'long-awaited']));
  const published = addDays(event.date, rng.between(0, 2));
  const year = String(event.year);
  const blocks = [
    ...(outlet.header.length ? [outlet.header.join('\n')] : []),
    title,
    ...(outlet.byline ? [outlet.byline] : []),
    ...paragraphs,
    ...(outlet.footer.length ? [outlet.footer.map((l) => l.replace('{year}', year)).join('\n')] : []),
  ];
  const id = `a${pad(index + 1, 6)}`;
  return {
    id,
    sourceFile: `${id}.txt`,
    format: 'txt',
    source: `${blocks.join('\n\n')}\n`,
    outlet: outlet.name,
    title,
    published,
    event: event.id,
    language: 'en',
    url: null,
    role: 'coverage',
  };
}

/**
 * The articles of a synthetic corpus, one at a time, in id order (a000001, a000002, …).
 * Articles of one event are neighbours, as in an archive sorted by date.
 */
export function* generateCorpus(options: CorpusOptions): Generator<SourceDoc> {
  const seed = options.seed ?? 1;
  const events = Math.max(1, options.events ?? Math.ceil(options.articles / 8));
  const eventOf = eventBoundaries(new Random(seed, 0), options.articles, events);
  const extraPool = seedEvents().flatMap((s) => s.sentences);
  let current: SyntheticEvent | null = null;
  for (let i = 0; i < options.articles; i++) {
    const e = eventOf[i]!;
    if (current === null || current.id !== `e${pad(e + 1, 5)}`) current = makeEvent(seed, e);
    yield makeArticle(seed, i, current, extraPool);
  }
}
