/**
 * Attribution: for every segment, who said it (speaker), how it reached the outlet (channel),
 * the words naming the source, the cue and the mode. Sieves find frames (cue + source) most
 * precise first; a per-article discourse state resolves references back; quotes running over
 * sentences and quote-only sentences inherit their neighbour's attribution.
 */
import type { ClaimMode, Profile } from '../schema.ts';
import type { Segment } from './segment.ts';
import { bodyLike, Discourse, named, type Entity } from './attribution/discourse.ts';
import { hasGivenName, isGivenName, nameParticle } from './attribution/names.ts';
import { bodyMeant, institution, lexicon, many, PERSON_HEADS, plural, resolve, sourceAt, THINGS, type Lexicon } from './attribution/mentions.ts';
import { confident, describedPerson, frames, type Frame, type Sieve } from './attribution/sieves.ts';
import { firstWord, sentenceSubject, topicEnd, view, type View } from './attribution/phrases.ts';
import { namedLater, selfNamed } from './attribution/naming.ts';
import { postSignature } from './attribution/posts.ts';

/** Who said a segment and how it reached the outlet. */
export interface Attribution {
  speaker: string | null;
  channel: string;
  sourceMention: string | null;
  cue: string | null;
  mode: ClaimMode;
}

/** An attribution and the sieve that decided it (null: narration). */
export interface Explained {
  attribution: Attribution;
  sieve: Sieve | null;
  /** Where the channel came from: a source named in the sentence, or the speaker's side by default. */
  channelFrom?: 'named' | 'side' | 'default';
  /** Token range [from, to) of the deciding frame's clause (mention and cue) in the segment. */
  clause?: [number, number];
  /** The entity the speaker was resolved to (for the discourse state). */
  speakerEntity?: Entity;
}

/** Attribute every segment of one article, in order. */
export function attribute(text: string, segments: Segment[], profile: Profile): Attribution[] {
  return explain(text, segments, profile).map((e) => e.attribution);
}

/** Like {@link attribute}, with the sieve that fired for each segment. */
export function explain(text: string, segments: Segment[], profile: Profile): Explained[] {
  const lex = lexicon(profile);
  const discourse = new Discourse();
  const narration = (): Explained => ({
    attribution: { speaker: null, channel: profile.defaults.narration, sourceMention: null, cue: null, mode: 'unattributed' },
    sieve: null,
  });
  const views = segments.map((s) => view(s, text));
  // The person most in focus before each segment, for quotes that stand alone.
  const focus: (Entity | null)[] = [];
  // Where each entity first spoke, and the sources named after they were first quoted.
  const firstSpoke = new Map<Entity, number>();
  const namings: Naming[] = [];
  const out: Explained[] = views.map((v, i) => {
    focus.push(discourse.focus());
    const unnamed = discourse.unnamedSpeaker();
    // "As for Bearspaw, she says …": a person named before the sentence's first pronoun is one it may mean.
    const before = topicEnd(v);
    rememberNames(v, 0, before, lex, discourse);
    describedSubject(v, lex, discourse);
    const found = frames(v, lex, discourse);
    const result = found.length > 0 ? decide(v, found, lex, discourse) : null;
    if (result) ownsDocument(v, result, lex, discourse);
    if (result?.speakerEntity && !firstSpoke.has(result.speakerEntity)) firstSpoke.set(result.speakerEntity, i);
    remember(v, before, lex, discourse);
    const name = namedLater(v, unnamed, lex, discourse) ?? (unnamed !== null && result?.speakerEntity === unnamed ? selfNamed(v, lex, discourse) : null);
    if (unnamed !== null && name !== null) {
      namings.push({ description: unnamed.speaker!, name, from: firstSpoke.get(unnamed) ?? i, at: i });
      discourse.named(unnamed, name);
    }
    return result ?? narration();
  });
  inherit(views, out);
  standalone(views, out, focus, lex, discourse);
  // A quote given to the person in focus passes its speaker on, like any attributed quote.
  inherit(views, out);
  paragraphSource(views, out, lex);
  embeddedPosts(views, out, lex);
  for (const naming of namings) nameBack(views, out, naming);
  return out;
}

/** A source quoted as `description` from segment `from` on and named `name` in segment `at`. */
interface Naming {
  description: string;
  name: string;
  from: number;
  at: number;
}

/** Give the name what the description said, from the paragraph where it first spoke to the end of the naming paragraph. */
function nameBack(views: View[], out: Explained[], n: Naming): void {
  let k = n.from;
  while (k > 0 && views[k - 1]!.seg.paragraph === views[n.from]!.seg.paragraph) k--;
  for (; k < views.length && views[k]!.seg.paragraph <= views[n.at]!.seg.paragraph; k++) {
    const e = out[k]!;
    if (e.attribution.speaker === n.description) out[k] = { ...e, attribution: { ...e.attribution, speaker: n.name } };
  }
}

/** An embedded post ("… pic.twitter.com/… — Rory Medcalf (@Rory_Medcalf) December 30, 2018"): its author says every sentence of its paragraph. */
function embeddedPosts(views: View[], out: Explained[], lex: Lexicon): void {
  let start = 0;
  while (start < views.length) {
    let end = start;
    while (end < views.length && views[end]!.seg.paragraph === views[start]!.seg.paragraph) end++;
    const last = views[end - 1]!;
    const author = postSignature(last.text.slice(views[start]!.seg.start, last.seg.end));
    if (author !== null) {
      for (let k = start; k < end; k++) {
        out[k] = { attribution: { speaker: author.name, channel: lex.profile.defaults.named, sourceMention: author.mention, cue: null, mode: 'direct' }, sieve: 'post-signature', channelFrom: 'named' };
      }
    }
    start = end;
  }
}

/** "X said in a statement", "X's news release said": X issued the document a later "the statement" means. */
function ownsDocument(v: View, e: Explained, lex: Lexicon, discourse: Discourse): void {
  if (e.attribution.speaker === null || e.speakerEntity === undefined) return;
  if (v.lower.some((w, i) => !v.inQuote[i] && lex.documentNouns.has(w))) discourse.documentOwner = e.speakerEntity;
}

/** Channel of an entity when nothing else in the sentence names one. */
function ownChannel(e: Entity, lex: Lexicon, discourse: Discourse): string {
  if (e.channel !== null) return e.channel;
  if (e.kind === 'anonymous') return lex.profile.defaults.anonymous;
  if (e.kind === 'institution') return discourse.lastReadout?.channel ?? lex.profile.defaults.named;
  // A call participant's words reach the press through their side's readout, once named.
  if (e.side !== null && discourse.readoutChannels.has(e.side)) return e.side;
  return lex.profile.defaults.named;
}

const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
const SPEAKERS = new Set(['person', 'anonymous', 'generic']);
const CARRIERS = new Set<Sieve>(['according-to', 'trailing-clause', 'quote-then-speaker', 'quote-then-cue', 'speaker-then-quote', 'cited-as-saying', 'source-mention']);
const rank: Record<Sieve, number> = {
  'quote-then-speaker': 0, 'quote-then-cue': 0, 'speaker-then-quote': 0, 'cited-as-saying': 0, 'post-signature': 0,
  'trailing-clause': 1, 'according-to': 2, 'cue-subject': 3, 'words-of': 3, 'sentence-subject': 4,
  'quote-continuation': 5, 'floating-quote': 5, 'second-complement': 5, 'source-mention': 6, 'quoted-subject': 7,
};

function rankOf(f: Frame, reported: (f: Frame) => boolean): number {
  // "But he shook his head and said no when reporters asked …": the main clause speaks.
  if (f.subordinate) return rank['sentence-subject'] + 0.5;
  return reported(f) ? rank['cue-subject'] + 0.5 : rank[f.sieve];
}

/** Choose the segment's attribution from its frames. */
function decide(v: View, found: Frame[], lex: Lexicon, discourse: Discourse): Explained {
  // "Hua told reporters … that China expresses “…”": a quote inside what an earlier cue
  // reports belongs to that earlier speaker's account.
  // "In his decision, Justice Park wrote that the applicants had raised “…”": a subject after an
  // opening phrase too, when what follows its cue is what it reports.
  const reports = (g: Frame): boolean => g.sieve === 'cue-subject' || g.sieve === 'sentence-subject' || (g.sieve === 'trailing-clause' && v.lower[g.to] === 'that');
  const reported = (f: Frame): boolean => f.sieve === 'speaker-then-quote' && found.some((g) => g !== f && g.to <= f.from && reports(g));
  const primary = [...found].sort((a, b) => rankOf(a, reported) - rankOf(b, reported) || a.from - b.from)[0]!;
  const person = found.find((f) => SPEAKERS.has(f.resolved.entity.kind) && f.resolved.entity.speaker !== null);
  // The channel: a readout, agency or outlet named anywhere among the frames wins over a person.
  // Embedded cues later in the sentence ("… where it believes …") carry nothing.
  const carries = (f: Frame): boolean => f === primary || f.from < primary.from || CARRIERS.has(f.sieve);
  const carrier = [primary, ...found].find((f) => f.resolved.entity.kind === 'institution' && carries(f));
  let speakerFrame = SPEAKERS.has(primary.resolved.entity.kind) ? primary : (person ?? primary);
  // "According to CNBC, James Bullard … gave an interview noting …", "According to preliminary
  // findings, users report …", "Raab said …, the Foreign Office said in a statement": a document,
  // body or outlet passes on what a person says (a trailing clause, what the person before it says).
  const trailing = primary.sieve === 'trailing-clause';
  if ((primary.sieve === 'according-to' || trailing) && passesOn(primary.resolved.entity)) {
    const inner = found.find((f) => f !== primary && f.sieve !== 'according-to' && (!trailing || f.to <= primary.from) && (f.resolved.entity.kind === 'person' || f.resolved.entity.kind === 'anonymous') && !passesOn(f.resolved.entity));
    if (inner) speakerFrame = inner;
  }
  // "At 2,300 feet, according to Gibson, Major said he could see the sign": a person who tells
  // what someone else said is the source of the account.
  const teller = found.find((f) => f.sieve === 'according-to' && f.from < primary.from && SPEAKERS.has(f.resolved.entity.kind) && f.resolved.entity.speaker !== null && !passesOn(f.resolved.entity));
  if (teller && primary.sieve !== 'according-to') speakerFrame = teller;
  // Biden “committed to …,” according to a statement: the subject of a quoting sentence speaks.
  if (speakerFrame.resolved.entity.kind === 'institution' && (primary.sieve === 'according-to' || primary.sieve === 'trailing-clause') && v.seg.quotes.length > 0) {
    const subject = sentenceSubject(v);
    const r = subject && subject[1] <= primary.from ? resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse) : null;
    if (r && confident(r) && r.entity.kind === 'person') speakerFrame = { sieve: primary.sieve, resolved: r, cue: primary.cue, from: subject![0], to: subject![1] };
  }
  const speaker = speakerFrame.resolved.entity.speaker;

  let channel: string;
  let sourceMention = primary.resolved.text;
  if (carrier) {
    sourceMention = carrier.resolved.text;
    const e = carrier.resolved.entity;
    // "an official statement": a document of no fixed side belongs to its speaker's side.
    const side = speakerFrame.resolved.entity.side;
    channel = e.channel ?? (side !== null ? side : ownChannel(e, lex, discourse));
  } else {
    channel = ownChannel(speakerFrame.resolved.entity, lex, discourse);
  }
  const e = speakerFrame.resolved.entity;
  const channelFrom = carrier || e.channel !== null || e.kind !== 'person' ? 'named' : e.side !== null && channel === e.side ? 'side' : 'default';
  const cue = primary.sieve === 'according-to' && speakerFrame !== primary ? speakerFrame.cue : primary.cue;
  return { attribution: { speaker, channel, sourceMention, cue: cue === '' ? null : cue, mode: mode(v, found) }, sieve: primary.sieve, channelFrom, speakerEntity: speakerFrame.resolved.entity, clause: [Math.min(primary.from, speakerFrame.from), Math.max(primary.to, speakerFrame.to)] };
}

/** A source that carries others' words: a document or body described, an institution, an all-caps or body name. */
function passesOn(e: Entity): boolean {
  if (e.kind === 'generic' || e.kind === 'institution') return true;
  return e.kind === 'person' && (e.body === true || (e.speaker !== null && /^[\p{Lu}\d&.-]+$/u.test(e.speaker)));
}

/**
 * direct: the claim is a quote plus its attribution (with at most a few words of time, place
 * or audience after it, "told reporters Monday", or one before it); partial: quoted fragments
 * in the outlet's words; indirect: reported speech without quotes.
 */
function mode(v: View, found: Frame[]): ClaimMode {
  if (v.seg.quotes.length === 0) return 'indirect';
  const inFrame = (i: number): boolean => found.some((f) => i >= f.from && i < f.to);
  const firstQ = v.inQuote.indexOf(true);
  const lastQ = v.inQuote.lastIndexOf(true);
  let before = 0;
  let between = 0;
  let after = 0;
  for (let i = 0; i < v.toks.length; i++) {
    if (v.inQuote[i] || inFrame(i) || !CONTENT.has(v.toks[i]!.pos)) continue;
    if (i < firstQ) before++;
    else if (i > lastQ) after++;
    else between++;
  }
  const frameAfter = found.some((f) => f.from > lastQ);
  const frameBefore = found.some((f) => f.to <= firstQ);
  if (between > 0) return 'partial';
  if (frameAfter && before === 0 && after <= 4) return 'direct';
  if (frameBefore && after === 0 && before <= 1) return 'direct';
  return 'partial';
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'PRON']);
/** Tags besides PROPN that wink-nlp gives some given names. */
const GIVEN_NAME_TAGS = new Set(['VERB', 'NOUN', 'ADJ', 'AUX']);

/**
 * "A Quebec doctor is sounding the alarm … after he said …": one person described, not named, as
 * the subject of a sentence that names no one is who its "he" or "she" may mean.
 */
function describedSubject(v: View, lex: Lexicon, discourse: Discourse): void {
  const subject = sentenceSubject(v);
  if (subject === null || !['a', 'an', 'one'].includes(v.lower[subject[0]]!)) return;
  if (v.toks.some((t, k) => !v.inQuote[k] && t.pos === 'PROPN' && k >= subject[1])) return;
  if (!v.lower.some((w, k) => k >= subject[1] && !v.inQuote[k] && (w === 'he' || w === 'she'))) return;
  const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
  if (r !== null && describedPerson(r.entity)) discourse.spoke(r.entity);
}

/** Update the discourse with every source and full name the segment mentions outside quotes, names from token `from` on. */
function remember(v: View, from: number, lex: Lexicon, discourse: Discourse): void {
  // "(Lauren Pelley / CBC News)": a photo credit names no one the article speaks of.
  if (/^\([^()]*\/[^()]*\)$/.test(v.text.slice(v.seg.start, v.seg.end).trim())) return;
  // A sentence inside a quote that runs on ("“We do what we can. It's not enough,” she said") is
  // the speaker's, not the article's: it neither names anyone nor moves the story on.
  if (v.toks.every((t, i) => v.inQuote[i] || t.pos === 'PUNCT')) return;
  const lower = v.lower.filter((_, i) => !v.inQuote[i]);
  // Sources: scan windows so that each mention counts, in order; the last one named wins.
  for (let i = 0; i < lower.length; i++) {
    const s = sourceAt(lex, lower, i);
    if (s === null) continue;
    // "the ministry" after "Ukraine's Ministry of Foreign Affairs" means that body, not the profile's.
    if (bodyMeant(s.words, discourse) === null) {
      if (s.kind === 'readout' || s.kind === 'agency') discourse.mentioned(institution(s.channel, true, s.speaker));
      else if (s.kind === 'outlet') discourse.mentioned(institution(s.channel, false, s.speaker));
    }
    i += s.words.length - 1;
  }
  // "The treasurer joined Guardian Australia …": the person a subject describes is who the
  // sentence is about (not "The Adams' eldest daughter, Halima Adam, …": the name says who).
  const subject = sentenceSubject(v);
  if (subject !== null && subject[0] >= from && v.lower[subject[0]] === 'the' && v.toks[subject[1]]?.text !== ',') {
    const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
    if (r !== null && r.how === 'description' && r.entity.kind === 'person') discourse.personMentioned(r.entity);
  }
  rememberNames(v, from, v.toks.length, lex, discourse);
  // A pronoun before the first name means someone else: "Her lawyer, David Chen, said" tells nothing of Chen.
  const named = v.toks.findIndex((t, i) => !v.inQuote[i] && t.pos === 'PROPN');
  const after = named < 0 ? [] : v.lower.filter((_, i) => i > named && !v.inQuote[i]);
  discourse.endSentence(after.filter((w) => PRONOUNS.has(w)));
}

/** People by name between tokens `start` and `end` ("Lai Ching-te", "Espinos"): "Lai said", "he said" and "the proprietor said" resolve later. */
function rememberNames(v: View, start: number, end: number, lex: Lexicon, discourse: Discourse): void {
  let from = -1;
  for (let i = start; i <= end; i++) {
    const t = v.toks[i];
    // Glued by a hyphen, apostrophe or dot ("Ching-te", "O'Toole", "U.S."); a glued comma ends the name.
    const glued = t !== undefined && from >= 0 && v.toks[i - 1]!.end === t.start && v.lower[i] !== "'s" && (t.pos !== 'PUNCT' || joiner(t.text)) && (v.toks[i - 1]!.pos !== 'PUNCT' || joiner(v.toks[i - 1]!.text));
    // wink-nlp tags some given names as verbs or nouns ("Rob Fleming", "Sue Jones", "Will Smith").
    const next = v.toks[i + 1];
    const given = t !== undefined && GIVEN_NAME_TAGS.has(t.pos) && next?.pos === 'PROPN' && isGivenName(t.text) && /^\p{Lu}/u.test(next.text) && !v.inQuote[i + 1];
    // "Justice Simon Moore", "Mr Justice Sweeney": a title the tagger took for a noun, before a name.
    const title = t !== undefined && /^\p{Lu}/u.test(t.text) && lex.titles.has(v.lower[i]!) && next?.pos === 'PROPN' && !v.inQuote[i + 1];
    // "Benoît de la Fontaine": a particle inside a name, with a capitalised word after it.
    const particle = t !== undefined && from >= 0 && nameParticle(t.text) && (v.toks[i + 1]?.pos === 'PROPN' || nameParticle(v.toks[i + 1]?.text ?? '')) && !v.inQuote[i + 1];
    // "Mr Cook also used …": a capitalised word after a title is a name, whatever its tag.
    const titled = t !== undefined && from >= 0 && /^\p{Lu}/u.test(t.text) && GIVEN_NAME_TAGS.has(t.pos) && lex.titles.has(v.lower[i - 1]!);
    if (t !== undefined && !v.inQuote[i] && (t.pos === 'PROPN' || glued || given || particle || title || titled)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) nameRun(v, from, i, lex, discourse);
    if (from >= 0 && i === from + 1) sharedFamilyName(v, from, discourse);
    from = -1;
  }
}

/** "Fay and Bruce Ross": the given name before "and" (token `k`) has the family name after it; Fay Ross is someone. */
function sharedFamilyName(v: View, k: number, discourse: Discourse): void {
  const [given, and, other, family] = [k, k + 1, k + 2, k + 3].map((x) => v.toks[x]);
  if (!given || !family || and!.text !== 'and' || !isGivenName(given.text) || !isGivenName(other!.text) || family.pos !== 'PROPN' || v.toks[k + 4]?.pos === 'PROPN') return;
  const name = `${given.text} ${family.text}`;
  discourse.person(name);
  discourse.personMentioned(named(name));
}

/** Marks that glue the pieces of one name together. */
function joiner(x: string): boolean {
  return x === '-' || x === '.' || x === "'" || x === '’';
}

/** Prepositions of place: "in Nova Scotia", "at Dixon Hall" name places and bodies, not people. */
const LOCATIVE = new Set(['in', 'at', 'across', 'near', 'into', 'throughout', 'outside', 'inside', 'around', 'within']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const ROLE_STOP = new Set(['former', 'late', 'then', 'interim', 'acting', 'deputy', 'vice', 'new', 'current', 'longtime', 'veteran']);

/**
 * A run of proper nouns outside quotes: a person named (remembered for references back, with
 * the role they were introduced with), or a body or place, which "he", "she" and "the mayor"
 * never mean.
 */
function nameRun(v: View, from: number, run: number, lex: Lexicon, discourse: Discourse): void {
  // A comma glued to the name ends it ("Shanaaz Gokool, president of …").
  let to = run;
  while (to > from && v.toks[to - 1]!.pos === 'PUNCT' && v.toks[to - 1]!.text !== '.') to--;
  if (to === from) return;
  const r = resolve(v.toks.slice(from, to), v.text, lex, discourse);
  // A one-word name is sure as a clause's subject, as a given name owning something ("Adele's
  // statement"), or after a title ("Mr Justice Sweeney").
  const owner = (name: string): boolean => isGivenName(name) && v.lower[to] === "'s";
  const titled = lex.titles.has(v.lower[from]!) && to - from > 1;
  // "One resident, Lary, with his wife …": a name set off by commas after a noun for a person.
  const apposed = from >= 2 && v.toks[from - 1]!.text === ',' && v.toks[to]?.text === ',' && v.toks[from - 2]!.pos === 'NOUN' && PERSON_HEADS.test(v.lower[from - 2]!) && !THINGS.has(v.lower[from - 2]!);
  const sure = r !== null && r.entity.kind === 'person' && (r.how === 'alias' || r.how === 'name-part' || (r.how === 'name' && (r.entity.speaker!.includes(' ') || loneSubject(v, from, run) || owner(r.entity.speaker!) || titled || apposed)));
  if (!sure) return;
  const name = r.entity.speaker!;
  const next = v.toks[to];
  // "in Nova Scotia", "the Kinder Morgan pipeline", "McCallum's Safe Surrey council".
  // "the slumping Edmonton Oilers": "the" before the modifiers of a name makes it a body's.
  let det = from - 1;
  while (det >= 0 && !v.inQuote[det] && /^\p{Ll}/u.test(v.toks[det]!.text) && ['ADJ', 'VERB', 'NUM'].includes(v.toks[det]!.pos)) det--;
  // "outside of Santa Fe", "north of Prince Albert": "of" after a word of place.
  const ofPlace = v.lower[from - 1] === 'of' && (LOCATIVE.has(v.lower[from - 2] ?? '') || DIRECTIONS.has(v.lower[from - 2] ?? ''));
  // "Santa Fe, New Mexico,": the region after a place, set off by commas (not "at the Diamond
  // Resorts, Mulder didn't hesitate").
  let before = from - 2;
  while (before >= 0 && v.toks[before]!.pos === 'PROPN') before--;
  const setOff = v.toks[from - 1]?.text === ',' && (next === undefined || next.pos === 'PUNCT');
  const region = setOff && before < from - 2 && discourse.isBody(v.text.slice(v.toks[before + 1]!.start, v.toks[from - 2]!.end));
  const place = from > 0 && (LOCATIVE.has(v.lower[from - 1]!) || v.lower[det] === 'the' || ofPlace || region);
  const attributive = next !== undefined && !v.inQuote[to] && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
  if (r.how === 'name' && (place || attributive || bodyLike(name)) && !hasGivenName(name)) {
    discourse.markBody(name);
    return;
  }
  // "Karen Olyniuk, Dale's wife, …": a possessor in apposition to a name is not who the sentence is about.
  const apposedPossessor = v.lower[to] === "'s" && from >= 2 && v.toks[from - 1]!.text === ',' && v.toks[from - 2]!.pos === 'PROPN';
  // A name before the sentence's subject, in an opening phrase ("In an interview with …,").
  const subject = sentenceSubject(v);
  const opens = firstWord(v);
  const opener = subject !== null && from > opens && from < subject[0] && OPENING_TAGS.has(v.toks[opens]!.pos);
  discourse.personMentioned(r.entity, apposedPossessor ? 'possessor' : opener ? 'opener' : 'main');
  // The role before the name: "rookie defenceman Caleb Jones", "Surrey Mayor Doug McCallum".
  const first = name.split(' ')[0]!;
  let k = from;
  while (k < to && v.toks[k]!.text !== first) k++;
  let start = from;
  while (start > 0 && !v.inQuote[start - 1] && (v.toks[start - 1]!.pos === 'NOUN' || v.toks[start - 1]!.pos === 'ADJ') && /^\p{Ll}/u.test(v.toks[start - 1]!.text)) start--;
  if (k > start) addRole(v, start, k, r.entity, discourse);
  // A description in apposition before it: "Her father, Khaled Belkacemi, …", "The mother, Jane Doe, …".
  if (from >= 2 && v.toks[from - 1]!.text === ',' && !v.inQuote[from - 2]) {
    const gender = GENDERED.get(v.lower[from - 2]!);
    if (gender) discourse.learnGender(name, gender);
  }
  // The role in apposition after it: "Nadia Jamil, principal researcher at Dixon Hall, said".
  if (next?.text === ',' && !v.inQuote[to]) {
    let a = to + 1;
    if (['the', 'a', 'an'].includes(v.lower[a] ?? '')) a++;
    let b = a;
    while (b < v.toks.length && !v.inQuote[b] && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(v.toks[b]!.pos) && b - a < 6) b++;
    const end = v.toks[b];
    if (b > a && (end === undefined || [',', '.', ';'].includes(end.text) || end.pos === 'ADP')) addRole(v, a, b, r.entity, discourse);
  }
}

/**
 * "…, Mulder didn't hesitate": a one-word name opening a clause, right before its verb, is a
 * person the next "he" or "she" may mean (a body's name is told apart by the discourse).
 */
function loneSubject(v: View, from: number, to: number): boolean {
  const verb = v.toks[to];
  const before = from === 0 ? ',' : v.toks[from - 1]!.text;
  // "Campaigns don't …", "Pastures are …": a plural common noun, by its verb, is no name.
  const common = plural(v.lower[from]!) && verb !== undefined && (PLURAL_VERBS.has(v.lower[to]!) || (verb.pos === 'VERB' && verb.lemma === v.lower[to]));
  return to === from + 1 && /^\p{Lu}\p{Ll}+$/u.test(v.toks[from]!.text) && verb !== undefined && !v.inQuote[to] && (verb.pos === 'VERB' || verb.pos === 'AUX') && /^\p{Ll}/u.test(verb.text) && (before === ',' || from === 0 || v.toks[from - 1]!.pos === 'CCONJ') && !common;
}

/** Tags of a word opening a phrase before the subject: "In …,", "Much like …,", "When …,". */
const OPENING_TAGS = new Set(['ADP', 'ADV', 'SCONJ']);

/** Verb forms that agree only with a plural subject. */
const PLURAL_VERBS = new Set(['are', 'were', 'do', 'have']);

/** Record the role words of tokens [from, to) when they end in a noun for a person. */
function addRole(v: View, from: number, to: number, e: Entity, discourse: Discourse): void {
  const head = v.toks[to - 1]!;
  if (!(head.pos === 'NOUN' || (head.pos === 'PROPN' && PERSON_ROLE.test(v.lower[to - 1]!)))) return;
  if (ROLE_STOP.has(v.lower[to - 1]!) || plural(v.lower[to - 1]!)) return;
  const words = v.lower.slice(from, to).filter((w) => /^\p{L}/u.test(w) && w !== "'s" && !ROLE_STOP.has(w));
  discourse.role(words, e);
  // "spokeswoman Hua Chunying", "Ernie LeBlanc, father of …": a gendered role tells "he" or "she".
  const gender = words.map((w) => GENDERED.get(w)).find((g) => g !== undefined);
  if (gender && e.speaker !== null) discourse.learnGender(e.speaker, gender);
}

const GENDERED = new Map<string, 'he' | 'she'>([
  ...['spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'councilwoman', 'woman', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'actress', 'girl', 'aunt', 'niece', 'widow', 'mom', 'queen', 'princess'].map((w) => [w, 'she'] as const),
  ...['spokesman', 'chairman', 'businessman', 'congressman', 'councilman', 'man', 'father', 'husband', 'son', 'brother', 'grandfather', 'boy', 'uncle', 'nephew', 'widower', 'dad', 'king', 'prince'].map((w) => [w, 'he'] as const),
]);

/** Capitalised titles that are roles ("Mayor", "Minister", "Spokesperson"), not names. */
const PERSON_ROLE = /(?:er|or|ist|ian|man|woman|person|chief|head|leader|secretary|president|chair|officer|official|coach|captain|judge|justice|magistrate|detective|sergeant|constable|attorney|counsel|principal|trustee|sheriff|dean)$/;

/**
 * A sentence that is a quote and nothing more, but for punctuation and at most two linking
 * words ("And “…”", "“…” Still."): a floating quote.
 */
function isQuoteOnly(v: View): boolean {
  if (v.seg.quotes.length === 0) return false;
  let words = 0;
  for (let i = 0; i < v.toks.length; i++) {
    const t = v.toks[i]!;
    if (v.inQuote[i] || t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    if (!['CCONJ', 'ADV', 'INTJ'].includes(t.pos) || ++words > 2) return false;
  }
  return v.toks.some((t, i) => v.inQuote[i] && t.pos !== 'PUNCT');
}

const OPENING_MARKS = new Set(['“', '"', '‘', "'", '„', '«']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»']);

/** Quotes running over sentences and quote-only sentences take their neighbour's attribution. */
function inherit(views: View[], out: Explained[]): void {
  const quoteOnly = isQuoteOnly;
  // 1. A quote running over several sentences: every sentence of it takes the attribution
  //    of the one sentence of it that has one.
  let i = 0;
  while (i < views.length) {
    let j = i;
    while (j + 1 < views.length && views[j + 1]!.seg.quoteIds.some((q) => views[j]!.seg.quoteIds.includes(q))) j++;
    if (j > i) {
      // A quote's own cue beats a guess from a sentence's subject ('quoted-subject').
      const weak = (e: Explained): boolean => e.sieve === null || e.sieve === 'quoted-subject';
      const from = out.slice(i, j + 1).findIndex((e) => !weak(e));
      if (from >= 0) {
        for (let k = i; k <= j; k++) {
          if (!weak(out[k]!)) continue;
          out[k] = { attribution: { ...out[i + from]!.attribution, mode: quoteOnly(views[k]!) ? 'direct' : 'partial' }, sieve: 'quote-continuation' };
        }
      }
    }
    i = j + 1;
  }
  // 2. A quote left open at the end of its paragraph and reopened at the start of the next
  //    (the convention for a quote running over paragraphs) takes the attribution the next
  //    paragraph's part of it has. Backwards, so that a quote over three paragraphs gets it too.
  for (let k = views.length - 2; k >= 0; k--) {
    const v = views[k]!;
    const next = views[k + 1]!;
    const last = v.seg.quotes[v.seg.quotes.length - 1];
    if (!last || next.seg.paragraph !== v.seg.paragraph + 1 || out[k + 1]!.sieve === null || out[k + 1]!.attribution.speaker === null) continue;
    const open = last.end >= v.seg.end && !CLOSING_MARKS.has(v.text[last.end] ?? '');
    const reopened = OPENING_MARKS.has(v.text[next.seg.start] ?? '');
    if (!open || !reopened) continue;
    const id = v.seg.quoteIds[v.seg.quoteIds.length - 1];
    for (let b = k; b >= 0 && views[b]!.seg.paragraph === v.seg.paragraph && (b === k || views[b]!.seg.quoteIds.includes(id!)); b--) {
      if (out[b]!.sieve !== null) break;
      out[b] = { attribution: { ...out[k + 1]!.attribution, mode: quoteOnly(views[b]!) ? 'direct' : 'partial' }, sieve: 'quote-continuation', channelFrom: out[k + 1]!.channelFrom };
    }
  }
  // 3. A quote-only sentence followed in its paragraph by a sentence that opens with an
  //    attribution clause ("“Are there prizes?” Lincicome asked before going off.") is that
  //    clause's: the sentence splitter cut "“…?” X asked" in two.
  for (let k = 0; k + 1 < views.length; k++) {
    const next = out[k + 1]!;
    if (out[k]!.sieve !== null || !quoteOnly(views[k]!) || views[k + 1]!.seg.paragraph !== views[k]!.seg.paragraph) continue;
    if (next.sieve === null || next.attribution.speaker === null || !opensWithClause(views[k + 1]!, next)) continue;
    out[k] = { attribution: { ...next.attribution, mode: 'direct' }, sieve: 'floating-quote', channelFrom: next.channelFrom };
  }
  // 4. Quote-only sentences right before a sentence that names whose words they were ("Those
  //    were the words of X", "That's how X put it") are X's.
  for (let k = 1; k < views.length; k++) {
    const e = out[k]!;
    if (e.attribution.speaker === null || !namesWordsBefore(views[k]!, e)) continue;
    for (let b = k - 1; b >= 0 && out[b]!.sieve === null && quoteOnly(views[b]!) && views[b]!.seg.paragraph >= views[k]!.seg.paragraph - 1; b--) {
      out[b] = { attribution: { ...e.attribution, mode: 'direct' }, sieve: 'floating-quote', channelFrom: e.channelFrom };
    }
  }
  // 5. A quote-only sentence takes the speaker of the last attributed sentence before it in its
  //    paragraph, or of the previous paragraph's last sentence; one that says "I" after a group
  //    spoke ("Police say …. “We don't know … I'll just make reference to it …”") takes the
  //    person last quoted, a few paragraphs back at most.
  for (let k = 0; k < views.length; k++) {
    const v = views[k]!;
    if (out[k]!.sieve !== null || !quoteOnly(v)) continue;
    for (let b = k - 1; b >= 0; b--) {
      const prev = views[b]!;
      const samePara = prev.seg.paragraph === v.seg.paragraph;
      // The paragraph before, past lines left out of the claims ("READ MORE: …", "Sign up for …").
      if (!samePara && b !== k - 1) break;
      if (out[b]!.sieve !== null && out[b]!.attribution.speaker !== null) {
        const group = groupSpoke(out[b]!) && saysI(views, k);
        const person = group ? lastQuotedPerson(views, out, b) : null;
        out[k] = { attribution: { ...out[person ?? b]!.attribution, mode: 'direct' }, sieve: 'floating-quote' };
        break;
      }
      if (!samePara) break;
    }
  }
  // 6. "The police will only say the bodies are being examined. And that there will be more
  //    details.": a sentence opening on "and that" or "but that" continues what the sentence
  //    before it, in its paragraph, reports.
  for (let k = 1; k < views.length; k++) {
    const v = views[k]!;
    const prev = out[k - 1]!;
    const first = v.toks.findIndex((t) => t.pos !== 'PUNCT');
    const opens = first >= 0 && ['and', 'but'].includes(v.lower[first]!) && v.lower[first + 1] === 'that' && v.toks[first + 1]!.pos === 'SCONJ';
    if (out[k]!.sieve !== null || !opens || views[k - 1]!.seg.paragraph !== v.seg.paragraph || prev.attribution.speaker === null || prev.attribution.mode !== 'indirect') continue;
    out[k] = { attribution: { ...prev.attribution, mode: 'indirect' }, sieve: 'second-complement', channelFrom: prev.channelFrom };
  }
}

/** The segment before `b`, within three paragraphs, whose quote a person speaks. */
function lastQuotedPerson(views: View[], out: Explained[], b: number): number | null {
  for (let k = b - 1; k >= 0 && views[k]!.seg.paragraph >= views[b]!.seg.paragraph - 3; k--) {
    const e = out[k]!;
    if (e.attribution.mode === 'direct' && e.speakerEntity?.kind === 'person') return k;
  }
  return null;
}

/** Does the quote in segment `k`'s paragraph, from `k` on, say "I"? */
function saysI(views: View[], k: number): boolean {
  for (let j = k; j < views.length && views[j]!.seg.paragraph === views[k]!.seg.paragraph; j++) {
    if (views[j]!.lower.some((w, i) => w === 'i' && views[j]!.inQuote[i])) return true;
  }
  return false;
}

/** Is the segment's speaker a group described ("Police", "Some residents")? */
function groupSpoke(e: Explained): boolean {
  const kind = e.speakerEntity?.kind;
  return (kind === 'generic' || kind === 'anonymous') && many(e.attribution.speaker!);
}

/** Does the segment open by naming whose words came before it: "Those were the words of X", "That's how X put it"? */
function namesWordsBefore(v: View, e: Explained): boolean {
  const first = v.toks.findIndex((t) => t.pos !== 'PUNCT');
  const putIt = e.attribution.cue === 'put' && v.lower.some((w, i) => w === 'put' && v.lower[i + 1] === 'it' && !v.inQuote[i]);
  const pointsBack = first >= 0 && /^(?:that|this)$/i.test(v.toks[first]!.text);
  // "That was how Gurpreet Sandhu described the night": whatever the cue.
  const how = pointsBack && ["'s", 'is', 'was'].includes(v.lower[first + 1] ?? '') && v.lower[first + 2] === 'how' && e.clause?.[0] === first + 3;
  return v.seg.quotes.length === 0 && (e.sieve === 'words-of' || (pointsBack && (putIt || how)));
}

/** Does the segment open with its attribution clause: a speaker and a cue within its first words ("Lincicome asked", "said Green", "she added")? */
function opensWithClause(v: View, e: Explained): boolean {
  if (!e.clause || v.seg.quotes.length > 0) return false;
  let first = 0;
  while (first < v.toks.length && v.toks[first]!.pos === 'PUNCT') first++;
  const [from, to] = e.clause;
  return from === first && to - from <= 6 && e.sieve !== 'according-to';
}

/**
 * A paragraph names its source once: "Xi expressed concerns …. He called this “unfair,”
 * according to a White House press release." A call participant's claim that got its channel
 * only from the speaker's side takes the one channel the paragraph names explicitly.
 */
function paragraphSource(views: View[], out: Explained[], lex: Lexicon): void {
  let start = 0;
  while (start < views.length) {
    let end = start;
    while (end < views.length && views[end]!.seg.paragraph === views[start]!.seg.paragraph) end++;
    const named = new Set<string>();
    for (let k = start; k < end; k++) {
      const e = out[k]!;
      if (e.channelFrom === 'named' && e.attribution.channel !== lex.profile.defaults.anonymous && e.attribution.channel !== lex.profile.defaults.named) named.add(e.attribution.channel);
    }
    if (named.size === 1) {
      const [channel] = [...named];
      for (let k = start; k < end; k++) {
        const e = out[k]!;
        if (e.channelFrom === 'side') out[k] = { ...e, attribution: { ...e.attribution, channel: channel! }, channelFrom: 'named' };
      }
    }
    start = end;
  }
}

/**
 * A quote standing alone with no attributed sentence before it ("But early on, he did have
 * patients die …. “When somebody dies, …”"): the person in focus says it.
 */
function standalone(views: View[], out: Explained[], focus: (Entity | null)[], lex: Lexicon, discourse: Discourse): void {
  for (let k = 1; k < views.length; k++) {
    const v = views[k]!;
    const who = focus[k];
    if (out[k]!.sieve !== null || !who || who.speaker === null) continue;
    if (!isQuoteOnly(v)) continue;
    if (v.toks.filter((t, i) => v.inQuote[i] && t.pos !== 'PUNCT').length < 4) continue;
    if (views[k - 1]!.seg.paragraph < v.seg.paragraph - 1) continue;
    const channel = who.channel ?? (who.side !== null && discourse.readoutChannels.has(who.side) ? who.side : lex.profile.defaults.named);
    out[k] = { attribution: { speaker: who.speaker, channel, sourceMention: null, cue: null, mode: 'direct' }, sieve: 'floating-quote', channelFrom: who.side !== null && channel === who.side ? 'side' : 'named' };
  }
}
