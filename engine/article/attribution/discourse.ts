/**
 * What an article has said so far about its sources, for references back: "the readout",
 * "the official", "he", "it", "Telford said". One state per article, updated claim by claim.
 */

/** A resolved source: who (speaker) and through what (channel). */
export interface Entity {
  kind: 'person' | 'anonymous' | 'institution' | 'generic';
  speaker: string | null;
  /** Channel implied by the entity itself; null for people, whose channel depends on context. */
  channel: string | null;
  /** For institutions: is it a readout-like document or body that "the readout" can mean? */
  readout: boolean;
  gender: 'he' | 'she' | 'they' | null;
  /** The side's channel of a profile speaker ("the last readout named per side"). */
  side: string | null;
  /** A named body ("the Kenya Red Cross"): it speaks, but "he" or "she" never means it. */
  body?: boolean;
}

import { firstNameHint, givenNameHint } from './names.ts';
import { headNoun, plural } from './mentions.ts';
import places from './places.json' with { type: 'json' };

/** Names ending in these words are organisations or places, which "he" or "she" never means. */
const BODY = /\b(?:International|Championships?|Cup|Games|Festival|Conference|Program|Programme|Initiative|Coalition|Federation|Organization|Organisation|Partners|Holdings|Capital|Energy|Airlines?|Motors|Systems|News|Council|Tours?|Cafe|Caf\u00e9|Technologies|Studio|Assembly|Chamber|Legislature|Parliament|Senate|Tribunal|Secretariat|Bureau|Foods|Industries|Brands|Entertainment|Airways|Communications|Solutions|Labs|Laboratories|Realty|Properties|Insurance|Financial|Logistics|Railways?|Telecom|Studios|Restaurants|Stores|Markets|Enterprises|Ventures|Investments|Securities|Mining|Resources|Pharmaceuticals|Therapeutics|LLP|LLC|PLC|Party|Association|Foundation|Institute|University|College|Ministry|Department|Agency|Police|Court|Committee|Commission|Press|Times|Post|Star|Club|Bank|Group|Inc|Corp|Ltd|Co|Centre|Center|Hospital|School|Society|Union|League|Network|Company|Government|Office|Board|Authority|Service|Services|Network|Media|Project|Fund|Alliance|America|Canada|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Columbia|Scotia|Brunswick|Labrador|Yukon|Nunavut|Territories|States|Kingdom|Republic|City|County|Province|Region|Valley|Island|Islands|Street|Avenue|Road|Church|Cathedral|Parish|Diocese|Mosque|Synagogue|Temple|Nation|Nations|Band)\.?$/;
/** A source known only by its name: a person, or a body with a person's kind of name. */
export function named(name: string, body = false): Entity {
  return { kind: 'person', speaker: name, channel: null, readout: false, gender: null, side: null, ...(body ? { body: true } : {}) };
}

/** Countries, territories and capitals (built by cli/scripts/build-name-tables.ts): "China", "Beijing". */
const PLACES = new Set(places.places.split('|'));
/** Nouns for family members. */
const KIN = new Set(['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'child', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'partner', 'fiancé', 'fiancée', 'widow', 'widower', 'mom', 'dad']);

/** Role nouns that name one role: "the judge" after "Justice Simon Moore" or "Magistrate Paul Mulroney". */
const ROLES_ALIKE = new Map([['justice', 'judge'], ['magistrate', 'judge']]);
const sameRole = (head: string): string => ROLES_ALIKE.get(head) ?? head;

/** Does a name end like an organisation's or a place's ("Dixon Hall Centre", "Canada"), or name a country or a capital ("India", "Beijing")? */
export const bodyLike = (name: string): boolean => BODY.test(name) || PLACES.has(name);

/**
 * The names "the union" may mean, the likelier first (a "Union" before an "Association", which
 * may be the employers'); any other noun means a name with that word in it ("the ministry").
 * Not "the company" for any "Inc.": the company last named often has no suffix ("media buying
 * company GroupM").
 */
const BODY_KINDS: Record<string, RegExp[]> = {
  union: [/\bUnion\b/, /\b(?:Association|Federation|Local|Guild)\b/],
};

/** Generational suffixes that end a name after its family name. */
const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** How many roles the state keeps: it stays linear in the text. */
const ROLES_KEPT = 64;
const RECENT_KEPT = 32;


export class Discourse {
  /** The last readout or state body named, whatever its side. */
  lastReadout: Entity | null = null;
  /** The last institution, or body that spoke ("the union said", "Gatsby said"): what "it said" means. */
  lastInstitution: Entity | null = null;
  lastAnonymous: Entity | null = null;
  /** Anonymous sources named so far, most recent last. */
  anonymous: Entity[] = [];
  /** Channels whose readout the article has named so far. */
  readoutChannels = new Set<string>();
  /** The last speaker, and the last speaker per gender. */
  lastSpeaker: Entity | null = null;
  private lastByGender = new Map<string, { e: Entity; seq: number }>();
  private seq = 0;
  /** A given name → the first full name with it, for "Imperial said" after "Imperial Oil" (family names: `families`). */
  private nameParts = new Map<string, string>();
  /** Family name → the full names that bear it, in the order the article named them. */
  private families = new Map<string, string[]>();
  /** People introduced as someone's kin ("his son Paul Murdaugh"): a bare family name seldom means them. */
  private kin = new Set<string>();
  private genders = new Map<string, 'he' | 'she'>();
  /** Names used for an organisation or a place ("the Edmonton Oilers", "in Nova Scotia"). */
  private bodies = new Set<string>();
  /** Roles people were introduced with ("rookie defenceman Caleb Jones", "Nadia Jamil, principal researcher"). */
  private roles: { words: string[]; e: Entity }[] = [];
  /** When each person was last mentioned (a running count of mentions). */
  private seen = new Map<string, number>();
  /** The people mentioned last, most recent last (a few kept: the state stays linear). */
  private recent: Entity[] = [];
  private mentions = 0;

  /** Remember a mention of a source, whether or not it was the speaker of a claim. */
  mentioned(e: Entity): void {
    if (e.kind === 'institution') {
      this.lastInstitution = e;
      if (e.readout && e.channel !== null) {
        this.lastReadout = e;
        this.readoutChannels.add(e.channel);
      }
    }
    if (e.kind === 'anonymous' && e.speaker !== null && !plural(e.speaker)) {
      this.lastAnonymous = e;
      this.anonymous = [...this.anonymous.filter((a) => a.speaker !== e.speaker), e];
    }
  }

  /**
   * A name used as an organisation's or a place's: never "he" or "she", never "the mayor".
   * A name already known as a person's (it spoke, or a pronoun referred to it) stays one.
   */
  markBody(name: string): void {
    if (this.speakers.has(name) || this.genders.has(name)) return;
    this.bodies.add(name);
    this.namedBody(named(name, true));
  }

  isBody(name: string): boolean {
    return this.bodies.has(name);
  }

  /** Remember the role a person was introduced with: `words` lower case, the role's head noun last. */
  role(words: string[], e: Entity): void {
    if (words.length === 0 || e.speaker === null || this.isBody(e.speaker)) return;
    this.roles = [...this.roles.slice(1 - ROLES_KEPT), { words, e }];
    if (KIN.has(words[words.length - 1]!)) this.kin.add(e.speaker);
  }

  /**
   * "the minister", "the rookie defenceman", "the prime minister": the person last introduced
   * with a role of the same head noun whose words include all of the description's.
   */
  byRole(words: string[]): Entity | null {
    const head = sameRole(words[words.length - 1]!);
    // Of the people with such a role, the one mentioned last ("the minister" after Freeland
    // spoke, though Prime Minister Trudeau was introduced since).
    let best: Entity | null = null;
    let seen = -1;
    for (const r of this.roles) {
      if (sameRole(r.words[r.words.length - 1]!) !== head || !words.slice(0, -1).every((w) => r.words.includes(w))) continue;
      const at = this.seen.get(r.e.speaker!) ?? -1;
      if (at >= seen) [best, seen] = [r.e, at];
    }
    return best;
  }

  /** Remember a person's full name so that a later "Lastname" (or given name) resolves to it. */
  person(full: string): void {
    // "Statistics Canada" lends "Canada" to no later "Health Canada".
    if (this.isBody(full) || bodyLike(full)) return;
    // "Vladimir Guerrero Jr.": the family name is the word before the suffix.
    const parts = full.split(' ').filter((w, k) => k === 0 || !NAME_SUFFIXES.has(w));
    if (parts.length < 2) return;
    const family = parts[parts.length - 1]!;
    const holders = this.families.get(family) ?? [];
    if (!holders.includes(full)) this.families.set(family, [...holders, full]);
    if (!this.nameParts.has(parts[0]!)) this.nameParts.set(parts[0]!, full);
  }

  /**
   * "the senior US administration official": the most recent anonymous source whose words
   * all appear in the phrase (or the other way round); a bare or unmatched definite phrase
   * means the last anonymous source.
   */
  anonymousLike(words: string[], matchedOnly = false): Entity | null {
    const set = new Set(words);
    for (let k = this.anonymous.length - 1; k >= 0; k--) {
      const own = this.anonymous[k]!.speaker!.toLowerCase().split(' ');
      if (own.every((w) => set.has(w)) || words.every((w) => own.includes(w))) return this.anonymous[k]!;
    }
    return matchedOnly ? null : this.lastAnonymous;
  }

  /**
   * The full name "Lastname" (or a given name) stands for. Of people sharing a family name, the
   * first who has spoken: writers call the other by the given name ("Megan Gallant … her father,
   * Ray Gallant, … Ray said … Gallant said"); if none has, the one named last who was not
   * introduced as someone's kin ("Alex Murdaugh … his son Paul Murdaugh. Murdaugh said"). A title
   * (`gender`: "Ms Ross") picks those it fits.
   */
  fullName(part: string, gender: 'he' | 'she' | null = null): string | null {
    const all = this.families.get(part);
    // "Ms Ross" of Bruce and Fay Ross: only those the title fits.
    const fitting = gender === null ? all : all?.filter((h) => this.mayBe(named(h), gender));
    const holders = fitting !== undefined && fitting.length > 0 ? fitting : all;
    if (holders !== undefined) return holders.find((h) => this.speakers.has(h)) ?? holders.findLast((h) => !this.kin.has(h)) ?? holders[holders.length - 1]!;
    return this.nameParts.get(part) ?? null;
  }

  /** Record a pronoun seen for a person ("Telford said … he added"). */
  learnGender(name: string, gender: 'he' | 'she'): void {
    // Never against a given name: in "O'Brien's wife, Sheila, said he …" he is someone else.
    const hint = firstNameHint(name.split(' ')[0]!);
    if (!this.genders.has(name) && (hint === null || hint === gender)) this.genders.set(name, gender);
  }

  genderOf(e: Entity): 'he' | 'she' | 'they' | null {
    if (e.gender !== null) return e.gender;
    return e.speaker !== null ? (this.genders.get(e.speaker) ?? null) : null;
  }

  /** Is this entity a person named, and not a body or a place as far as the article tells? */
  isPerson(e: Entity): boolean {
    return e.kind === 'person' && this.personLike(e);
  }

  /** Could this entity's name be a person's as far as the article tells (not a body's, not a place's)? */
  private personLike(e: Entity): boolean {
    // An acronym ("UNHCR", "RCMP") is a body's.
    return e.speaker !== null && e.body !== true && !this.bodies.has(e.speaker) && !bodyLike(e.speaker) && !/^\p{Lu}{2,}$/u.test(e.speaker);
  }

  /** Who issued the statement or release the article named last ("X said in a statement"). */
  documentOwner: Entity | null = null;
  private sentenceCount = 0;
  /** The last sentence that named a person. */
  private lastPersonAt = -1;
  private lastSpokeAt = -1;
  /** The last sentence in which someone named spoke. */
  private personSpokeAt = -1;

  /** The last speaker, if they spoke in this sentence or the one before ("Gatsby said …. A statement said …"). */
  recentSpeaker(): Entity | null {
    return this.lastSpokeAt >= this.sentenceCount - 1 ? this.lastSpeaker : null;
  }

  /** The last speaker if it was a person described, not named ("a nurse at the hospital"), and no one was named since. */
  unnamedSpeaker(): Entity | null {
    const e = this.lastSpeaker;
    return e !== null && (e.kind === 'generic' || e.kind === 'anonymous') && e.speaker !== null && !plural(headNoun(e.speaker)) && this.lastPersonAt <= this.lastSpokeAt ? e : null;
  }

  /** An unnamed source named later ("The woman, Leila Haddad, said"): from now on that person. */
  named(e: Entity, name: string): void {
    e.kind = 'person';
    e.speaker = name;
    this.person(name);
  }

  /** Bodies named and sources that spoke under a name, most recent last (a few kept): what "the union said" may mean. */
  private bodiesNamed: Entity[] = [];

  private namedBody(e: Entity): void {
    this.bodiesNamed = [...this.bodiesNamed.filter((n) => n.speaker !== e.speaker).slice(1 - RECENT_KEPT), e];
  }

  /**
   * "The union said" after "the Ontario Nurses' Association said", "the ministry said" after
   * "Ontario's Ministry of Long-Term Care said": the last body named, or to speak under a name,
   * that the noun fits.
   */
  bodyFor(noun: string): Entity | null {
    const kinds = BODY_KINDS[noun] ?? [new RegExp(`\\b${noun[0]!.toUpperCase()}${noun.slice(1)}\\b`)];
    for (const fits of kinds) {
      for (let k = this.bodiesNamed.length - 1; k >= 0; k--) if (fits.test(this.bodiesNamed[k]!.speaker!)) return this.bodiesNamed[k]!;
    }
    return null;
  }

  /** Remember who said a claim. */
  spoke(e: Entity): void {
    this.mentioned(e);
    this.personMentioned(e);
    if (e.speaker === null) return;
    if (/\p{Lu}/u.test(e.speaker)) this.namedBody(e);
    this.lastSpeaker = e;
    this.lastSpokeAt = this.sentenceCount;
    if (!this.personLike(e)) {
      this.lastInstitution = e;
      return;
    }
    this.speakers.add(e.speaker);
    if (e.kind === 'person') this.personSpokeAt = this.sentenceCount;
    const g = this.genderOf(e);
    this.seq++;
    if (g === 'he' || g === 'she') this.lastByGender.set(g, { e, seq: this.seq });
    else if (e.kind === 'person') this.lastByGender.set('?', { e, seq: this.seq });
  }

  /** People mentioned per sentence, most recent sentence last (a few kept). */
  private sentences: Entity[][] = [];
  private current: Entity[] = [];

  /** Mentions of people in a sentence's opening phrase. */
  private openers = new WeakSet<Entity>();

  /**
   * A person mentioned in the current sentence (as speaker or not); bodies are left out. A
   * `possessor` in apposition ("Karen Olyniuk, Dale's wife, keeps the books") is remembered
   * but is not what the sentence is about; one named in an `opener` ("In an interview with
   * Ann Lee, Chalmers dismissed …", "Much like Grassick, Oleksyn …") comes after the
   * sentence's other people.
   */
  personMentioned(e: Entity, place: 'main' | 'opener' | 'possessor' = 'main'): void {
    if (e.kind !== 'person' || !this.personLike(e)) return;
    this.seen.set(e.speaker!, this.mentions++);
    this.recent = [...this.recent.filter((r) => r.speaker !== e.speaker).slice(1 - RECENT_KEPT), e];
    if (place === 'possessor' || this.current.some((c) => c.speaker === e.speaker)) return;
    const firstOpener = this.current.findIndex((c) => this.openers.has(c));
    if (place === 'opener') this.openers.add(e);
    if (place === 'opener' || firstOpener < 0) this.current.push(e);
    else this.current.splice(firstOpener, 0, e);
  }

  /** The current sentence is done; `pronouns` are the personal pronouns it used outside quotes. */
  endSentence(pronouns: string[] = []): void {
    // One person and pronouns of one gender only: that is the person's gender. Not "him": an
    // object is seldom the subject ("Nijjar-Lowe said a police dog tracked him to a back lane").
    const he = pronouns.some((p) => p === 'he' || p === 'his');
    const she = pronouns.some((p) => p === 'she' || p === 'her' || p === 'hers');
    if (this.current.length === 1 && he !== she && this.current[0]!.speaker !== null) this.learnGender(this.current[0]!.speaker, he ? 'he' : 'she');
    if (this.current.length > 0) {
      this.sentences = [...this.sentences.slice(-4), this.current];
      this.lastPersonAt = this.sentenceCount;
    }
    this.current = [];
    this.sentenceCount++;
  }

  /**
   * May "he" or "she" mean this entity? Failing a gender the text showed, an English given name
   * hints at one ("Wendy Golden"); `known`: only then, not when nothing tells.
   */
  mayBe(e: Entity, gender: 'he' | 'she', known = false): boolean {
    return (this.genderOf(e) ?? (e.speaker !== null ? givenNameHint(e.speaker) : null) ?? (known ? null : gender)) === gender;
  }

  /**
   * "he" / "she": the first person of that gender (or of unknown gender) in the current
   * sentence, else in the most recent sentence that mentions one (its subject is usually first);
   * never one `exclude` rules out.
   */
  pronoun(gender: 'he' | 'she', exclude: (e: Entity) => boolean = () => false): Entity | null {
    const hinted = (e: Entity): boolean => this.mayBe(e, gender) && !exclude(e);
    // "A Toronto resident said …. “…,” she said": an unnamed speaker of the sentence before,
    // with no one named since, is who the pronoun means.
    const unnamed = this.recentSpeaker();
    // ("Ybarra said she was stunned when a customer told her …. “…,” she said": not when someone
    // named spoke in that sentence too.)
    if (unnamed !== null && unnamed.kind !== 'person' && unnamed.kind !== 'institution' && this.current.length === 0 && this.lastPersonAt <= this.lastSpokeAt && this.personSpokeAt < this.lastSpokeAt && hinted(unnamed) && !plural(headNoun(unnamed.speaker ?? 's'))) return unnamed;
    // Within a sentence, a full name, or one the text shows to be "he" or "she", before a one-word
    // name nothing tells of ("Ottawa was small … when Dorothy Tennant was born. “…,” she told …").
    const told = (e: Entity): boolean => e.speaker!.includes(' ') || this.mayBe(e, gender, true);
    return this.salient(hinted, told) ?? this.lastSpeakerOf(gender, hinted) ?? [...this.recent].reverse().find(hinted) ?? null;
  }

  /**
   * The most salient person: in the current sentence, else in the latest sentence naming one;
   * within a sentence, the first who has spoken in the article, failing that the first named.
   */
  salient(fits: (e: Entity) => boolean = () => true, preferred: (e: Entity) => boolean = () => false): Entity | null {
    for (const list of [this.current, ...[...this.sentences].reverse()]) {
      const hit = list.find((e) => fits(e) && this.speakers.has(e.speaker!) && !this.openers.has(e)) ?? list.find((e) => fits(e) && preferred(e)) ?? list.find(fits);
      if (hit) return hit;
    }
    return null;
  }

  /** A body described by a common noun spoke ("the union said"): "it" may mean it next. */
  bodySpoke(e: Entity): void {
    this.lastInstitution = e;
  }

  /** The person the latest sentence naming people is about: the first it names. */
  focus(): Entity | null {
    for (const list of [this.current, ...[...this.sentences].reverse()]) if (list.length > 0) return list[0]!;
    return null;
  }

  /** The last group that spoke together ("they said"). */
  lastGroup: Entity | null = null;

  group(e: Entity): void {
    this.lastGroup = e;
  }

  /** Names of everyone who has spoken so far. */
  private speakers = new Set<string>();

  private lastSpeakerOf(gender: 'he' | 'she', fits: (e: Entity) => boolean): Entity | null {
    const known = this.lastByGender.get(gender);
    const unknown = this.lastByGender.get('?');
    const candidates = [known, unknown].filter((c): c is { e: Entity; seq: number } => c !== undefined && fits(c.e));
    if (candidates.length === 0) return null;
    // The more recent of the two.
    candidates.sort((a, b) => b.seq - a.seq);
    return candidates[0]!.e;
  }
}
