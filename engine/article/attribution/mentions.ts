/**
 * Mentions of sources: find the noun phrase that names a speaker next to a cue, and resolve it
 * against the profile (source patterns, speaker aliases, anonymous descriptors, titles) and the
 * article's discourse state (references back, pronouns, "Lastname"). Nothing here knows a
 * leader's name or an outlet: all of that comes from the profile.
 */
import type { Token } from '../../nlp.ts';
import type { Profile } from '../../schema.ts';
import { bodyLike, named, type Discourse, type Entity } from './discourse.ts';
import { hasGivenName, isGivenName, nameParticle } from './names.ts';

/** Common nouns for a body ("the union", "the ministry"): "the …" may mean one named before, and "it" one described so. */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'union', 'ministry', 'department', 'agency', 'party', 'association', 'council', 'commission', 'committee', 'board',
  'organization', 'organisation', 'group', 'university', 'college', 'hospital', 'school', 'church', 'city', 'province', 'club', 'team', 'bank',
  'network', 'charity', 'coalition', 'federation', 'institute', 'society', 'foundation', 'authority', 'tribunal', 'court', 'police', 'service',
  'office', 'centre', 'center', 'panel',
]);

/** Does a lower-case noun look plural ("officials", not "witness")? */
export const plural = (word: string): boolean => /[^s]s$/.test(word);

/** Nouns for many people that do not end in "s": "Provincial police said …. They said …". */
const COLLECTIVES = new Set(['police', 'people', 'staff', 'personnel']);

/** Does a description name many people ("Provincial police", "Some residents")? */
export const many = (description: string): boolean => plural(description) || COLLECTIVES.has(norm(description.split(' ').pop()!));

/** Words that end a description's head ("member of the group", "nurse at the hospital", "person involved in …"). */
const AFTER_HEAD = new Set(['of', 'at', 'in', 'with', 'for', 'from', 'on', 'near', 'involved', 'who', 'that', 'familiar', 'close']);

/** May a definite description with this head ("the woman", "the member") mean an unnamed speaker ("a member of the group")? */
export function describes(head: string, unnamed: Entity): boolean {
  return headNoun(unnamed.speaker!) === head || ['woman', 'man', 'person'].includes(head);
}

/** The head noun of a description, lower case: the word before its first modifier ("member of the sponsorship group" → "member"). */
export function headNoun(phrase: string): string {
  const words = phrase.split(' ').map(norm);
  const cut = words.findIndex((w, k) => k > 0 && AFTER_HEAD.has(w));
  return words[cut > 0 ? cut - 1 : words.length - 1]!;
}

/** A token as the matchers see it: lower case, curly apostrophes straightened. */
export const norm = (t: string): string => t.toLowerCase().replace(/’/g, "'");

/** A phrase split the way wink-nlp splits text ("china's" → "china", "'s"). */
function phraseTokens(phrase: string): string[] {
  return norm(phrase)
    .split(/\s+/)
    .flatMap((w) => (w.endsWith("'s") && w.length > 2 ? [w.slice(0, -2), "'s"] : [w]))
    .filter((w) => w !== '');
}

interface SourceMatcher {
  words: string[];
  channel: string;
  kind: string;
  speaker: string | null;
}
interface AliasMatcher {
  words: string[];
  name: string;
  gender: 'he' | 'she' | 'they';
  side: string | null;
}

/** The profile turned into token matchers, built once per profile. */
export interface Lexicon {
  profile: Profile;
  sources: SourceMatcher[];
  aliases: AliasMatcher[];
  cueVerbs: Set<string>;
  /** Verb-led cue phrases as words ("cited as saying", "quoted as saying"). */
  cuePhrases: string[][];
  reportVerbs: Set<string>;
  anonymousHeads: Set<string>;
  documentNouns: Set<string>;
  titles: Set<string>;
}

const lexicons = new WeakMap<Profile, Lexicon>();

export function lexicon(profile: Profile): Lexicon {
  const cached = lexicons.get(profile);
  if (cached) return cached;
  const byLength = <T extends { words: string[] }>(a: T, b: T): number => b.words.length - a.words.length;
  const lex: Lexicon = {
    profile,
    sources: profile.sources.map((s) => ({ words: phraseTokens(s.pattern), channel: s.channel, kind: s.kind, speaker: s.speaker })).sort(byLength),
    aliases: profile.speakers
      .flatMap((sp) => [sp.name, ...sp.aliases].map((a) => ({ words: phraseTokens(a), name: sp.name, gender: sp.gender, side: sp.side })))
      .sort(byLength),
    cueVerbs: new Set(profile.cueVerbs),
    cuePhrases: profile.cuePhrases.map(phraseTokens).filter((w) => w.length > 1 && !['according', 'in'].includes(w[0]!)),
    reportVerbs: new Set(profile.reportVerbs),
    anonymousHeads: new Set(profile.anonymousNouns.map((n) => phraseTokens(n).at(-1)!)),
    documentNouns: new Set(profile.documentNouns.map((n) => phraseTokens(n).at(-1)!)),
    titles: new Set(profile.titles.map(norm)),
  };
  lexicons.set(profile, lex);
  return lex;
}

/** Where `words` occurs in `toks` (`*` matches any one token), or -1. */
function find(toks: string[], words: string[]): number {
  outer: for (let i = 0; i + words.length <= toks.length; i++) {
    for (let k = 0; k < words.length; k++) if (words[k] !== '*' && words[k] !== toks[i + k]) continue outer;
    return i;
  }
  return -1;
}

/** A mention resolved to a source, with the words that named it. */
export interface Resolved {
  entity: Entity;
  text: string;
  /** How it was resolved (for tests and debugging). */
  how: 'body' | 'description' | 'source' | 'alias' | 'name' | 'name-part' | 'pronoun' | 'readout-anaphor' | 'anonymous' | 'anonymous-anaphor' | 'it' | 'generic' | 'document';
  /** The unnamed source the words stand for if the sentence says the speaker would not be named ("the official"). */
  unnamed?: Entity;
}

/** Provinces and states abbreviated after a town ("Saint John, N.B.", "Kingston, Ont."), without a final dot: places, never a person. */
const REGION_ABBREVIATIONS = new Set(['N.B', 'N.S', 'Ont', 'Que', 'B.C', 'Alta', 'Sask', 'Man', 'P.E.I', 'N.L', 'Nfld', 'N.W.T', 'Y.T', 'Calif', 'Fla', 'Mass', 'Wash', 'N.Y', 'Ill', 'Pa', 'Tex', 'Ga', 'Mich', 'Minn', 'Wis', 'Ariz', 'Colo', 'Va', 'N.C', 'S.C', 'N.J', 'Conn', 'Md', 'Tenn', 'Ky', 'Ala', 'La', 'Okla', 'Kan', 'Neb', 'Nev', 'Ore', 'D.C']);
/** Letters after a name: honours, silk, seats ("QC", "OBE", "MP"). */
const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'MP', 'MPP', 'MLA', 'MHA', 'MNA', 'TD', 'MSP', 'MEP', 'PhD']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday']);
/** Nouns for a person's role, by their endings or as words ("resident", "proprietor", "mother"). */
export const PERSON_HEADS = /(?:er|or|ist|ian|man|woman|person|dad|mom|mother|father|son|daughter|wife|husband|boy|girl|chief|head|coach|veteran|native|owner|founder|member|official|expert|student|resident|president|agent|spokesperson|candidate|leader|partner|friend|self|witness|nurse|patient|victim|tenant|parent|neighbour|neighbor|volunteer|athlete|teen|employee|refugee|evacuee|retiree|trainee|attendee|nominee|appointee|client|customer|passenger|commuter|guest|relative|cousin|aunt|uncle|niece|nephew|sibling|sister|colleague|classmate|pupil|spouse|participant|applicant|immigrant|migrant|inmate|suspect|defendant|plaintiff|claimant|complainant|analyst|attorney|judge|diplomat|envoy|secretary|clerk|child|kid|youth|adult|senior|elder|citizen|individual|local|surgeon|physician|paramedic|medic|chef|cook|guard|pilot|cadet|recruit|graduate|poet|priest|monk|nun|imam|rabbi|bishop|chaplain|fan)$/;
/** A role noun, by its ending or as a word, that opens a description of one person ("neighbour", "resident"). */
const PERSON_WORDS = new RegExp(`${PERSON_HEADS.source}|ee$`);
/** Words that make a description someone not met before ("the first witness", "the other driver"). */
const NEW_REFERENT = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'last', 'other', 'new', 'latest', 'final']);
/** Plural nouns for people that open sentences ("Tenants say", "Critics argue"): never a name. */
const PEOPLE_PLURALS = new Set(['residents', 'tenants', 'critics', 'experts', 'officials', 'parents', 'workers', 'employees', 'neighbours', 'neighbors', 'protesters', 'protestors', 'advocates', 'supporters', 'opponents', 'researchers', 'scientists', 'doctors', 'lawyers', 'nurses', 'teachers', 'students', 'voters', 'families', 'activists', 'farmers', 'patients', 'victims', 'survivors', 'witnesses', 'organizers', 'organisers', 'volunteers', 'users', 'members', 'owners', 'investigators', 'prosecutors', 'police', 'firefighters', 'paramedics', 'analysts', 'economists', 'officers', 'authorities', 'proponents', 'deputies', 'troopers', 'agents', 'attorneys', 'lawmakers', 'legislators', 'councillors', 'councilors', 'leaders', 'locals', 'fans', 'players', 'coaches', 'educators', 'clinicians', 'physicians', 'epidemiologists']);
/** Titles written as acronyms that head a description of one person ("the Liberal MP"). */
const ROLE_ACRONYMS = new Set(['mp', 'mpp', 'mla', 'mna', 'ceo', 'cfo']);
/** Nouns with a person-like ending that name things or bodies, not people ("the letter said", "the regulator said"). */
export const THINGS = new Set(['letter', 'paper', 'order', 'number', 'matter', 'center', 'centre', 'power', 'water', 'sector', 'factor', 'floor', 'error', 'meter', 'chapter', 'register', 'filter', 'monitor', 'mirror', 'harbor', 'labor', 'labour', 'corridor', 'motor', 'regulator', 'insurer', 'retailer', 'broadcaster', 'publisher', 'manufacturer', 'distributor', 'carrier', 'provider', 'supplier', 'lender', 'automaker', 'grocer']);
/** What someone says or writes: "her message", "Trudeau's response", "his words" are their owner speaking. */
/** Nouns for what someone said or wrote: "her message" is hers. */
export const SPEECH_NOUNS = new Set(['post', 'letter', 'email', 'tweet', 'message', 'response', 'reply', 'answer', 'words', 'remarks', 'comments', 'advice', 'argument', 'explanation', 'verdict', 'plea', 'warning', 'view', 'position']);
/** Heads of organisations a possessive can be part of ("the Prime Minister's Office"). */
const OFFICES = /^(?:Office|Department|Ministry|Bureau|Cabinet|Council|Commission|Secretariat|Service|Services|Agency)$/;
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that', 'these', 'those', 'some', 'two', 'three', 'several', 'many']);
const DEFINITE = new Set(['the', 'this', 'that']);
// "d’Entremont", "l’Heureux": an elided particle before the capital.
const isCapitalised = (t: Token): boolean => /^(?:[dl][’'])?\p{Lu}/u.test(t.text);

export const institution = (channel: string | null, readout: boolean, speaker: string | null = null): Entity => ({
  kind: 'institution', speaker, channel, readout, gender: null, side: null,
});

/**
 * A pattern that refers back ("the ministry") names nothing when "of" follows it: "the Ministry
 * of Health" is a body of its own name.
 */
function namesOther(s: SourceMatcher, lower: string[], at: number): boolean {
  return s.words.length === 2 && s.words[0] === 'the' && lower[at + 2] === 'of';
}

/** Find a profile source pattern in tokens; the longest wins. */
export function findSource(lex: Lexicon, lower: string[]): SourceMatcher | null {
  for (const s of lex.sources) {
    const at = find(lower, s.words);
    if (at >= 0 && !namesOther(s, lower, at)) return s;
  }
  return null;
}

/** The longest profile source pattern starting exactly at `lower[i]`. */
export function sourceAt(lex: Lexicon, lower: string[], i: number): SourceMatcher | null {
  for (const s of lex.sources) {
    if (s.words[0] !== '*' && s.words[0] !== lower[i]) continue;
    if (s.words.every((w, k) => w === '*' || w === lower[i + k]) && !namesOther(s, lower, i)) return s;
  }
  return null;
}

function sourceEntity(s: SourceMatcher): Entity {
  if (s.kind === 'anonymous') return { kind: 'anonymous', speaker: s.speaker, channel: s.channel, readout: false, gender: null, side: null };
  if (s.kind === 'person') return { kind: 'person', speaker: s.speaker, channel: s.channel, readout: false, gender: null, side: null };
  return institution(s.channel, s.kind === 'readout' || s.kind === 'agency', s.speaker);
}

/**
 * "The union said", "the ministry said": the body named before that the words mean. It comes
 * before any source of the profile ("the ministry" after "Ukraine's Ministry of Foreign Affairs").
 */
export function bodyMeant(lower: string[], discourse: Discourse): Entity | null {
  return lower.length === 2 && lower[0] === 'the' && BODY_NOUNS.has(lower[1]!) ? discourse.bodyFor(lower[1]!) : null;
}

/**
 * Resolve a noun phrase naming a source. `np` are the phrase's tokens (outside quotes).
 * Returns null when the phrase names no one the engine can stand behind.
 */
export function resolve(np: Token[], text: string, lex: Lexicon, discourse: Discourse): Resolved | null {
  if (np.length === 0) return null;
  const mention = text.slice(np[0]!.start, np[np.length - 1]!.end);
  const lower = np.map((t) => norm(t.text));
  const head = lower[lower.length - 1]!;

  // Pronouns.
  if (np.length === 1 && (head === 'he' || head === 'she')) {
    const e = discourse.pronoun(head);
    return e ? { entity: e, text: mention, how: 'pronoun' } : null;
  }
  if (np.length === 1 && head === 'it') {
    const e = discourse.lastInstitution;
    return e ? { entity: e, text: mention, how: 'it' } : null;
  }
  if (np.length === 1 && head === 'they' && discourse.lastGroup !== null) return { entity: discourse.lastGroup, text: mention, how: 'pronoun' };
  if (np.length === 1 && np[0]!.pos === 'PRON') return null;

  // Anonymous sources: the head is an anonymous noun ("a senior White House official").
  // ("Officials said" opening a sentence is capitalised; "Foreign Ministry Official" is a name.)
  if (lex.anonymousHeads.has(head) && (!isCapitalised(np[np.length - 1]!) || np.length === 1)) {
    const words = np.filter((t, i) => !(i === 0 && DETERMINERS.has(norm(t.text))));
    const speaker = words.map((t) => (t.pos === 'PROPN' || /^\p{Lu}{2,}/u.test(t.text) ? t.text : norm(t.text))).join(' ').replace(/ - /g, '-').replace(/ ('s)/g, '$1');
    const unnamed: Entity = { kind: 'anonymous', speaker, channel: lex.profile.defaults.anonymous, readout: false, gender: null, side: null };
    const plural = head.endsWith('s') && !head.endsWith('ss');
    if (DEFINITE.has(lower[0]!) && !plural) {
      const words = lower.slice(1).filter((w) => w !== "'s");
      // "the spokesperson" after "TransLink spokesperson Ben Murphy": the person of that role,
      // unless an anonymous source of those very words was named.
      const back = discourse.anonymousLike(words, true);
      if (back !== null) return { entity: back, text: mention, how: 'anonymous-anaphor' };
      const role = described(np, lower, discourse);
      if (role) return { entity: role, text: mention, how: 'description' };
      const last = discourse.anonymousLike(words);
      if (last !== null) return { entity: last, text: mention, how: 'anonymous-anaphor' };
      // "Filippo Grandi visited the camps. The UN official said …": with no unnamed official
      // before it, "the official" is the person in focus.
      const focus = discourse.salient((e) => discourse.isPerson(e));
      if (focus !== null) return { entity: focus, text: mention, how: 'description', unnamed };
    }
    return { entity: unnamed, text: mention, how: 'anonymous' };
  }

  const body = bodyMeant(lower, discourse);
  if (body !== null) return { entity: body, text: mention, how: 'body' };

  // Sources of the profile: readouts, ministries, agencies, outlets. A name ending the phrase
  // is a person speaking for the source ("foreign ministry spokeswoman Hua Chunying").
  const source = findSource(lex, lower);
  if (source) {
    const at = find(lower, source.words);
    const person = at + source.words.length < np.length ? nameOf(np.slice(at + source.words.length), text, lex) : null;
    if (person !== null && person.includes(' ')) {
      discourse.person(person);
      return { entity: { ...personEntity(person, np, discourse), channel: source.channel }, text: mention, how: 'name' };
    }
    return { entity: sourceEntity(source), text: mention, how: 'source' };
  }

  // "her statement", "Trudeau's statement": the owner of the document speaks.
  if (lex.documentNouns.has(head) || SPEECH_NOUNS.has(head)) {
    const owner = possessor(np, lower);
    if (owner !== null) {
      const r = resolve(owner, text, lex, discourse);
      if (r && (r.entity.kind === 'person' || r.entity.kind === 'anonymous')) return { ...r, text: mention };
    }
  }

  // "the readout", "the statement": the readout named last, unless whoever just spoke issued
  // one ("Bernadette Whitecalf said in a statement that …. “…,” the statement said").
  if (lex.documentNouns.has(head)) {
    const issuer = discourse.documentOwner;
    if (DEFINITE.has(lower[0]!) && issuer !== null && issuer.speaker !== null && issuer === discourse.recentSpeaker()) return { entity: issuer, text: mention, how: 'document' };
    if (DEFINITE.has(lower[0]!) && discourse.lastReadout !== null) return { entity: discourse.lastReadout, text: mention, how: 'readout-anaphor' };
    // No readout named: the statement of whoever issued one, or of the source that just spoke
    // ("The Canadian Beverage Association said in a statement …. The statement also said …").
    // "Gatsby said …. A statement said …": a statement not yet named is the source's that just
    // spoke, even after a readout or agency named further back.
    const owner = discourse.lastReadout === null ? (discourse.documentOwner ?? discourse.recentSpeaker()) : discourse.recentSpeaker();
    if (owner !== null && owner.speaker !== null) return { entity: owner, text: mention, how: 'document' };
    return { entity: institution(null, true), text: mention, how: 'document' };
  }

  // Speakers of the profile, by alias ("the Chinese leader", "President Xi").
  for (const a of lex.aliases) {
    const at = find(lower, a.words);
    if (at < 0) continue;
    // An alias must end the phrase or be followed by a name-less tail (not "Xi's comments").
    if (at + a.words.length !== lower.length) continue;
    const e: Entity = { kind: 'person', speaker: a.name, channel: null, readout: false, gender: a.gender, side: a.side };
    return { entity: e, text: mention, how: 'alias' };
  }

  // "the Liberal MP", "the Ottawa South MPP", "the CEO": a title heading a definite phrase is a
  // role, not a name: the person introduced with it, else the person in focus.
  if (DEFINITE.has(lower[0]!) && np.length > 1 && lex.titles.has(head) && (ROLE_ACRONYMS.has(head) || PERSON_HEADS.test(head))) {
    const words = lower.slice(1).filter((w) => w !== "'s" && /^\p{L}/u.test(w));
    const e = discourse.byRole(words) ?? (lower[0] === 'the' ? discourse.salient() : null);
    if (e !== null) return { entity: e, text: mention, how: 'description' };
  }

  // A person (or body) by name: the capitalised run ending the phrase, titles dropped. A name
  // after "the" is a body's ("the Kenya Red Cross", "The California Democrat"), not a person's.
  const name = nameOf(np, text, lex);
  const runStart = name === null ? -1 : np.findIndex((t) => t.text.replace(/[\u200b-\u200d\ufeff]/g, '') === name.split(' ')[0]);
  // So is one owned, with no given name ("Toronto's Daily Bread"; not "Canada's Justin Trudeau").
  const owned = runStart > 0 && lower[runStart - 1] === "'s" && name !== null && name.includes(' ') && !hasGivenName(name);
  if (name !== null && runStart > 0 && (lower[runStart - 1] === 'the' || owned)) {
    discourse.markBody(name);
    return { entity: named(name, true), text: mention, how: 'body' };
  }
  if (name !== null) {
    const parts = name.split(' ');
    // "Fontaine", or "de la Fontaine" after "Benoît de la Fontaine": a family name alone.
    const family = parts.length === 1 || nameParticle(parts[0]!);
    const full = family ? discourse.fullName(parts[parts.length - 1]!, titleGender(lower)) : null;
    if (full !== null && (parts.length === 1 || full.endsWith(name))) return { entity: personEntity(full, np, discourse), text: mention, how: 'name-part' };
    if (parts.length > 1) discourse.person(name);
    return { entity: personEntity(name, np, discourse), text: mention, how: 'name' };
  }

  const role = described(np, lower, discourse);
  if (role) return { entity: role, text: mention, how: 'description' };

  // A definite description of one person ("the affable proprietor", "the 34-year-old"): the person
  // last mentioned; not one related to someone else ("the band's lawyer" is someone new), nor
  // one counted or set apart ("the first witness", "the other driver").
  const aged = head === 'old' && lower.includes('year');
  if (lower[0] === 'the' && !lower.includes("'s") && !lower.includes('of') && !lower.some((w) => NEW_REFERENT.has(w)) && ((np[np.length - 1]!.pos === 'NOUN' && !plural(head) && PERSON_HEADS.test(head) && !THINGS.has(head)) || aged)) {
    // "The mother of one victim … said …. “…,” the woman said", "A member of the group … said
    // …. “…,” the member said": a person quoted unnamed, with no one named since.
    const unnamed = discourse.unnamedSpeaker();
    const e = unnamed !== null && describes(head, unnamed) ? unnamed : discourse.salient();
    if (e !== null) return { entity: e, text: mention, how: 'description' };
  }

  // Any other noun phrase ("experts", "the agency"): usable only with plain reporting verbs.
  if (np.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
    const words = np.filter((t, i) => !(i === 0 && (lower[0] === 'a' || lower[0] === 'an' || lower[0] === 'the')));
    const e: Entity = { kind: 'generic', speaker: text.slice(words[0]!.start, words[words.length - 1]!.end), channel: null, readout: false, gender: null, side: null };
    return { entity: e, text: mention, how: 'generic' };
  }
  return null;
}

/** The owner in "her statement" (a pronoun) or "Trudeau's statement" (a name before 's). */
function possessor(np: Token[], lower: string[]): Token[] | null {
  if (lower[0] === 'his' || lower[0] === 'her') return [{ ...np[0]!, text: lower[0] === 'his' ? 'he' : 'she', pos: 'PRON' }];
  const s = lower.indexOf("'s");
  if (s > 0) return np.slice(0, s);
  // "The RCMP statement": the name before the document noun.
  const names = np.slice(DETERMINERS.has(lower[0]!) ? 1 : 0, -1);
  return names.length > 0 && names.every((t) => isCapitalised(t)) ? names : null;
}

function personEntity(name: string, np: Token[], discourse: Discourse): Entity {
  const title = norm(np[0]!.text);
  const gender = title === 'mr.' || title === 'mr' ? 'he' : title === 'mrs.' || title === 'ms.' || title === 'mrs' || title === 'ms' ? 'she' : null;
  const e: Entity = { kind: 'person', speaker: name, channel: null, readout: false, gender, side: null };
  if (discourse.isBody(name)) e.body = true;
  return e;
}

/**
 * "the minister", "the rookie defenceman": a definite description naming the role a person
 * was introduced with (see Discourse.role).
 */
function described(np: Token[], lower: string[], discourse: Discourse): Entity | null {
  // wink-nlp tags some role nouns as adjectives ("the premier").
  if (!DEFINITE.has(lower[0]!) || np.length < 2 || !['NOUN', 'ADJ'].includes(np[np.length - 1]!.pos) || isCapitalised(np[np.length - 1]!)) return null;
  const words = lower.slice(1).filter((w) => w !== "'s" && /^\p{L}/u.test(w));
  return words.length > 0 ? discourse.byRole(words) : null;
}

/**
 * Where a body's name that runs on through "of" starts, for the capitalised run at `start`: left
 * over "of" (or "of the") and the run before it, as far as a run that ends like a body's
 * ("Board", "Office", "University"); `start` when there is none ("Richard Shelby of Alabama").
 */
function bodyStart(np: Token[], start: number): number {
  let best = start;
  let at = start;
  for (let hops = 0; hops < 3; hops++) {
    let link = at - 1;
    if (link >= 0 && norm(np[link]!.text) === 'the') link--;
    if (link < 1 || norm(np[link]!.text) !== 'of') break;
    let runStart = link;
    while (runStart > 0 && isCapitalised(np[runStart - 1]!) && np[runStart - 1]!.pos !== 'DET') runStart--;
    if (runStart === link) break;
    if (bodyLike(np[link - 1]!.text)) best = runStart;
    at = runStart;
  }
  return best;
}

/** The pronoun a title in the phrase calls for ("Ms Ross", "Mr. Scheer"), if any. */
function titleGender(lower: string[]): 'he' | 'she' | null {
  if (lower.some((w) => ['ms', 'ms.', 'mrs', 'mrs.', 'miss'].includes(w))) return 'she';
  return lower.some((w) => w === 'mr' || w === 'mr.') ? 'he' : null;
}

/** The first token of the hyphenated word that token k ends ("nurse" for "charge" in "nurse-in-charge"). */
function hyphenatedFrom(np: Token[], k: number): number {
  while (k >= 2 && np[k - 1]!.text === '-' && np[k - 1]!.start === np[k - 2]!.end && np[k]!.start === np[k - 1]!.end) k -= 2;
  return k;
}

/** The name at the end of a noun phrase: its last run of capitalised words, titles dropped. */
export function nameOf(np: Token[], text: string, lex: Lexicon): string | null {
  let end = np.length;
  // A possessive or trailing punctuation is not part of the name.
  while (end > 0 && (np[end - 1]!.pos === 'PUNCT' || norm(np[end - 1]!.text) === "'s")) end--;
  // "Chris Daw QC", "Jane Hill MP": letters after a name are no part of it.
  while (end > 1 && POST_NOMINALS.has(np[end - 1]!.text.replace(/\./g, '')) && isCapitalised(np[end - 2]!)) end--;
  // "spokeswoman Hua Chunying shot (back)": a verb the tagger took for a noun after a full name.
  if (end >= 3 && !isCapitalised(np[end - 1]!) && isCapitalised(np[end - 2]!) && isCapitalised(np[end - 3]!) && np[end - 3]!.pos !== 'DET' && np[end - 1]!.pos === 'NOUN' && !lex.anonymousHeads.has(norm(np[end - 1]!.text))) end--;
  let start = end;
  while (start > 0) {
    const t = np[start - 1]!;
    const gluedRight = start < end && np[start]!.start === t.end; // "Ching-te", "O'Toole"
    // "Lai Ching-te", "Ji-woo Han": a lower-case part of a hyphenated name, not a role before it ("nurse-in-charge Angela Fiddler").
    const gluedLeft = start - 2 >= 0 && np[start - 2]!.end === t.start && np[start - 2]!.text === '-' && isCapitalised(np[hyphenatedFrom(np, start - 1)]!);
    // "the Prime Minister's Office", "St. Matthew's United Church": a possessive between
    // capitalised words is inside the name of an office or a body.
    const inner = norm(t.text) === "'s" && start >= 2 && isCapitalised(np[start - 2]!) && (start === end - 1 ? OFFICES.test(np[end - 1]!.text) : bodyLike(np[end - 1]!.text));
    // "the Ontario Nurses’ Association": a plural possessive between capitalised words too.
    const plural = (t.text === "'" || t.text === '’') && start < end && start >= 2 && np[start - 2]!.end === t.start && /s$/.test(np[start - 2]!.text) && isCapitalised(np[start - 2]!);
    // "Benoît de la Fontaine": particles between the capitalised words of a name.
    const particle = nameParticle(t.text) && start < end && (start === 1 || isCapitalised(np[start - 2]!) || nameParticle(np[start - 2]!.text));
    if (isCapitalised(t) || gluedRight || gluedLeft || inner || plural || particle) start--;
    else break;
  }
  // "Both Green and …", "Also …": a function word capitalised at the sentence's start is no name.
  // "Added Singh: …": neither is a cue verb opening the sentence.
  while (start < end && (['DET', 'PRON', 'ADV', 'CCONJ', 'SCONJ', 'ADP'].includes(np[start]!.pos) || (np[start]!.pos === 'VERB' && lex.cueVerbs.has(np[start]!.lemma))) && start + 1 < end) start++;
  // "the 34-year-old": words glued by hyphens with no capital among them are no name.
  if (!np.slice(start, end).some(isCapitalised)) return null;
  // Drop everything up to the last title ("Treasury Secretary Janet Yellen" → "Janet Yellen"),
  // but not a title owning what follows ("the Prime Minister's Office").
  let from = start;
  for (let i = start; i < end; i++) if (lex.titles.has(norm(np[i]!.text)) && norm(np[i + 1]?.text ?? '') !== "'s") from = i + 1;
  // "Health Canada", "Health Quality Ontario": a title before a body's or a place's name is part of it.
  if (from > start && from < end && bodyLike(np[end - 1]!.text)) from = start;
  // "the Toronto Region Board of Trade", "the Office of the Privacy Commissioner of Canada".
  const body = from === start ? bodyStart(np, start) : start;
  if (body < start) return text.slice(np[body]!.start, np[end - 1]!.end).replace(/\s+/g, ' ');
  // "father of Jason LeBlanc": a name after "<noun> of" is not the phrase's head.
  if (start >= 2 && norm(np[start - 1]!.text) === 'of' && !isCapitalised(np[start - 2]!)) return null;
  // "Richard Shelby of Alabama": a name before "of <Place>" is the person's.
  if (start >= 2 && norm(np[start - 1]!.text) === 'of') {
    const before = nameOf(np.slice(0, start - 1), text, lex);
    if (before !== null && before.includes(' ')) return before;
  }
  // "Neighbour Tom Baker", "Resident Amira Haddad": a role noun capitalised at the sentence's start
  // before a full name is no part of it.
  const wordCount = (k: number): number => text.slice(np[k]!.start, np[end - 1]!.end).split(/\s+/).length;
  if (from < end && wordCount(from) === 3 && np[from + 1]!.start > np[from]!.end && !bodyLike(np[end - 1]!.text) && PERSON_WORDS.test(norm(np[from]!.text)) && !isGivenName(np[from]!.text) && !THINGS.has(norm(np[from]!.text))) from++;
  if (from >= end) return null;
  if (from + 1 === end && (CALENDAR.has(norm(np[from]!.text)) || REGION_ABBREVIATIONS.has(np[from]!.text.replace(/\.$/, '')))) return null;
  // "Residents in the area said", "Critics say": a plural common noun capitalised at the sentence's
  // start, which the tagger may also take for a name ("Tenants want …").
  const word = np[from]!.text;
  if (from + 1 === end && ((np[from]!.pos === 'NOUN' && plural(word) && !/^\p{Lu}{2,}/u.test(word)) || PEOPLE_PLURALS.has(norm(word)))) return null;
  const words = np.slice(from, end);
  // A name needs a noun-like word; wink-nlp tags some names as verbs ("Ford said").
  if (!words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ' || (t.pos === 'VERB' && isCapitalised(t)))) return null;
  // Keep at most the last three words of a long run ("Everbright Securities Co Ltd" stays a body),
  // particles not counted ("Benoît de la Fontaine", "Erick De Los Reyes").
  const name = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').split(' ');
  let first = name.length;
  for (let kept = 0; first > 0 && kept < 3; first--) if (!nameParticle(name[first - 1]!.toLowerCase())) kept++;
  return name.slice(first).join(' ');
}
