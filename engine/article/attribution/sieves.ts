/**
 * Attribution frames of one segment: every place where a cue ("said", "according to", "cited
 * as saying") meets a mention of a source. Sieves find them most precise first; the segment's
 * attribution is then chosen from the frames (see ../attribute.ts). What counts as a cue is in cues.ts.
 */
import type { Token } from '../../nlp.ts';
import { BE, clauseAfter, cueWords, DOCUMENTS, FINDINGS, isCue, passive, pastAsAdjective, quotedModifier, quoteVerb } from './cues.ts';
import { bodyLike, type Discourse, type Entity } from './discourse.ts';
import { hasGivenName, isGivenName } from './names.ts';
import { firstPronoun, firstWord, isMark, isPunct, lastComma, modifiedHead, npLeft, npRight, POSSESSIVE, sentenceSubject, skipParenthetical, SUBORDINATORS, titleDot, topicEnd, WEEKDAYS, type View } from './phrases.ts';
import { BODY_NOUNS, DETERMINERS, findSource, headNoun, many, norm, PERSON_HEADS, plural, resolve, sourceAt, SPEECH_NOUNS, THINGS, type Lexicon, type Resolved } from './mentions.ts';

/** Which sieve found a frame: it explains the result and makes errors easy to find. */
export type Sieve =
  | 'quote-then-speaker' // "…," X said
  | 'quote-then-cue' // "…," said X
  | 'speaker-then-quote' // X said: "…"
  | 'cited-as-saying' // "…," X was cited as saying in an official statement
  | 'according-to' // according to X
  | 'trailing-clause' // …, a ministry readout said.
  | 'cue-subject' // X told reporters that …
  | 'sentence-subject' // X, previewing the call, was quick to note …; X …, telling Biden …
  | 'quote-continuation' // a quote running on from (or into) an attributed sentence
  | 'floating-quote' // a quote-only sentence after a sentence naming a speaker
  | 'second-complement' // "X said …. And that …": a sentence continuing what the one before reports
  | 'source-mention' // a quote in a sentence that names a readout, agency or outlet but no cue
  | 'quoted-subject' // X became "acutely aware": a partial quote in a sentence about a person, no cue
  | 'words-of' // "…." Those were the words of X / That was the message from X
  | 'post-signature'; // an embedded post: "… — Name (@handle) December 30, 2018"

export interface Frame {
  sieve: Sieve;
  resolved: Resolved;
  cue: string;
  /** Token indices [from, to) of the attribution clause (mention and cue). */
  from: number;
  to: number;
  /** The clause is subordinate ("when reporters asked"): it attributes less than the main clause. */
  subordinate?: boolean;
}

const SKIP_BEFORE_VERB = new Set(['also', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'previously', 'later', 'then', 'again', 'further', 'repeatedly', 'earlier', 'quickly', 'not', 'never', 'reportedly', 'publicly', 'vocally', 'recently', 'already', 'once', 'just']);
const CLAUSE_WORDS = new Set(['when', 'where', 'if', 'after', 'before', 'while', 'as', 'because', 'since', 'whether', 'how', 'why']);
/**
 * Common nouns for what "it" may mean: a body, the government or a document. "The government"
 * is not among the body nouns: a name with "Government" in it ("… Government and General
 * Employees Union") is not what "the government said" means.
 */
const IT_NOUNS = new Set([...BODY_NOUNS, 'government', 'report', 'study', 'letter', 'statement']);
/** Heads of descriptions of organisations and documents, which never mean a person. */
const BODIES = new Set([...IT_NOUNS, 'embassy', 'consulate', 'airline', 'body', 'regulator', 'insurer', 'retailer', 'utility', 'broadcaster', 'corporation', 'force', 'website', 'survey', 'memo', 'post', 'release', 'state', 'country', 'campaign', 'league']);
const NEGATION = new Set(['not', "n't", 'never']);
/** Modal auxiliaries: "would testify", "could say" (speech that may not happen). */
const MODALS = new Set(['would', 'could', 'might', 'may', 'will', 'shall', 'should', 'can']);

/**
 * A speaking "he" or "she" after words that name a person means someone else (the person in
 * focus before them), unless the person named is the sentence's topic ("As for Bearspaw, she says").
 */
function notNamedBefore(v: View, r: Resolved, from: number, discourse: Discourse): Resolved {
  if (from === firstPronoun(v) && topicEnd(v) > 0) return r;
  const words = new Set(v.lower.slice(0, from).filter((_, k) => !v.inQuote[k]));
  const named = (e: Entity): boolean => e.speaker !== null && e.speaker.split(' ').some((w) => words.has(norm(w)));
  if (!named(r.entity)) return r;
  const other = discourse.pronoun(v.lower[from] === 'she' ? 'she' : 'he', named);
  return other ? { ...r, entity: other } : r;
}

function apposedName(r: Resolved): boolean {
  return r.entity.kind === 'person' && (confident(r) || (r.how === 'name' && isGivenName(r.entity.speaker!)));
}

/** The person named in apposition after the comma at `comma` ("the band's lawyer, Jane Ross, …"): their phrase, resolved, or null. */
function namedAfter(v: View, comma: number, lex: Lexicon, discourse: Discourse): { r: Resolved; from: number; to: number } | null {
  if (v.toks[comma]?.text !== ',') return null;
  const [from, to] = npRight(v, comma + 1);
  const r = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
  return r && apposedName(r) ? { r, from, to } : null;
}

/** "The hospital's president and CEO, Martin Osei, defended …": after a subject that describes, the name in apposition. */
function apposed(v: View, subjectEnd: number, r: Resolved | null, lex: Lexicon, discourse: Discourse): { r: Resolved; from: number; to: number } | null {
  const describes = r !== null && (r.how === 'description' || r.entity.kind === 'generic' || r.entity.kind === 'anonymous');
  return describes ? namedAfter(v, subjectEnd, lex, discourse) : null;
}

/**
 * "Deans was told by the city manager, Steve Kanellakos, that …": a reporting verb in the
 * passive speaks for its agent (a name in apposition after a description names it).
 */
function passiveAgent(v: View, i: number, lex: Lexicon, discourse: Discourse): Frame | null {
  if (v.inQuote[i] || v.lower[i + 1] !== 'by' || !lex.reportVerbs.has(v.toks[i]!.lemma) || !passive(v, i)) return null;
  let [from, to] = npRight(v, i + 2);
  let r = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
  const named = r && (r.entity.kind !== 'person' || r.how === 'description') ? namedAfter(v, to, lex, discourse) : null;
  if (named) [r, from, to] = [named.r, named.from, named.to];
  return r && r.entity.speaker !== null && (confident(r) || r.entity.kind === 'generic') ? { sieve: 'cue-subject', resolved: r, cue: `${v.lower[i]} by`, from: i, to } : null;
}

/** What makes a described person an anonymous source: "who asked not to be named", "on condition of anonymity". */
const ANONYMITY = /\b(?:asked not to be (?:named|identified)|declined to be (?:named|identified)|(?:on|under) (?:the )?condition (?:of|that) (?:anonymity|(?:he|she|they) not be (?:named|identified))|not authori[sz]ed to (?:speak|comment)|wished to remain anonymous|requested anonymity|speaking anonymously)\b/i;

/**
 * "A person familiar with the negotiations, who was not authorized to speak publicly, said": a
 * person described, not named, who speaks on condition of anonymity is an anonymous source
 * (and "the source" after means them); so is "the official" who would otherwise be the person in focus.
 */
function anonymity(v: View, frame: Frame, lex: Lexicon): void {
  const e = frame.resolved.entity;
  if (!ANONYMITY.test(v.text.slice(v.seg.start, v.seg.end))) return;
  if (frame.resolved.unnamed) frame.resolved = { ...frame.resolved, entity: frame.resolved.unnamed };
  else if (describedPerson(e)) frame.resolved = { ...frame.resolved, entity: { ...e, kind: 'anonymous', channel: lex.profile.defaults.anonymous } };
}

/** One person described, not named ("a Toronto resident", "a worker at a care home"). */
export function describedPerson(e: Entity): boolean {
  if (e.kind !== 'generic' || e.speaker === null) return false;
  const head = headNoun(e.speaker);
  return !plural(head) && PERSON_HEADS.test(head);
}

/** Entities that may speak after this cue: generic phrases only with plain reporting verbs. */
function acceptable(r: Resolved | null, lemma: string, lex: Lexicon, tight: boolean): r is Resolved {
  if (r === null) return false;
  if (r.entity.kind !== 'generic') return true;
  const last = norm(r.entity.speaker!.split(' ').pop()!);
  // "a total of 18,391 dengue cases reported in 2023": a count of things does not speak.
  if (/^[\d.,]+ /.test(r.entity.speaker!) && !peopleHead(last)) return false;
  // "A joint investigation by the AFL found …", "The board's policy stipulates that …".
  const finding = FINDINGS.has(lemma) && DOCUMENTS.has(last);
  return tight || lex.reportVerbs.has(lemma) || speakingNoun(r) || finding;
}

/**
 * A description whose head names a body, a document or a group that speaks up ("advocates
 * urged", "the group warned", "the study highlights"): it speaks with any cue, not only with
 * plain reporting verbs.
 */
function speakingNoun(r: Resolved): boolean {
  const head = norm(r.entity.speaker!.split(' ').pop()!);
  const one = /[^s]s$/.test(head) ? head.slice(0, -1) : head;
  return BODIES.has(one) || SPEAKING.has(head);
}

/** Does a description's head name people ("residents", "the head", "members", "the man")? */
function peopleHead(word: string): boolean {
  const one = /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  return PEOPLE.has(word) || SPEAKING.has(word) || (PERSON_HEADS.test(one) && !THINGS.has(one) && !BODIES.has(one));
}
const PEOPLE = new Set(['members', 'member', 'head', 'heads', 'staff', 'people', 'man', 'woman', 'men', 'women', 'residents', 'workers', 'employees', 'neighbours', 'neighbors', 'friends', 'relatives', 'victims', 'survivors', 'witnesses', 'patients', 'tenants', 'owners', 'users']);
const SPEAKING = new Set(['people', 'police', 'authorities', 'residents', 'critics', 'experts', 'advocates', 'parents', 'families', 'family', 'opponents', 'supporters', 'protesters', 'activists', 'scientists', 'researchers', 'doctors', 'lawyers', 'study', 'studies', 'report', 'reports', 'letter', 'lawsuit', 'complaint', 'petition', 'document', 'documents', 'survey', 'poll']);

/**
 * Next to a quote, "the bow-tied maverick" is a person described: the person in focus.
 * (Away from quotes only nouns for people's roles count, see mentions.ts.)
 */
function describedNextToQuote(r: Resolved, np: Token[], discourse: Discourse): Resolved {
  const head = norm(np[np.length - 1]!.text);
  if (r.how !== 'generic' || norm(np[0]!.text) !== 'the' || np[np.length - 1]!.pos !== 'NOUN' || plural(head) || BODIES.has(head)) return r;
  const e = discourse.salient();
  return e ? { entity: e, text: r.text, how: 'description' } : r;
}

/**
 * What a speaker tells the discourse: who spoke (a person described, not named, may be "she"
 * in the next sentence, unless they only asked), which body "it" means, which group "they" means
 * ("Out of the Cold users report …", "officials say …").
 */
function heard(e: Entity, discourse: Discourse, asker = false): void {
  if (e.kind === 'person' || e.kind === 'anonymous' || (describedPerson(e) && !asker)) discourse.spoke(e);
  else if (e.kind === 'generic' && e.speaker !== null && BODIES.has(norm(e.speaker.split(' ').pop()!))) discourse.bodySpoke(e);
  if ((e.kind === 'generic' || e.kind === 'anonymous') && e.speaker !== null && many(e.speaker)) discourse.group(e);
}

/** Every frame of the segment, left to right. */
export function frames(v: View, lex: Lexicon, discourse: Discourse): Frame[] {
  const out: Frame[] = [];
  const n = v.toks.length;
  pluralSubject(v, lex, discourse);
  bodySubject(v, lex, discourse);
  const first = firstWord(v);
  for (let i = 0; i < n; i++) {
    if (v.inQuote[i]) continue;
    // "according to X"; "Per X, …" opening the sentence; "According X" with its "to" lost.
    const per = v.lower[i] === 'per' && i === first && /^\p{Lu}/u.test(v.toks[i + 1]?.text ?? '');
    const according = v.lower[i] === 'according' && (v.lower[i + 1] === 'to' || ['DET', 'PROPN'].includes(v.toks[i + 1]?.pos ?? ''));
    if (per || according) {
      const open = v.lower[i + 1] === 'to' ? i + 2 : i + 1;
      let to = open;
      while (to < n && !v.inQuote[to] && !isMark(v, to) && (![',', '.', ';', ':', '?', '!', '('].includes(v.toks[to]!.text) || titleDot(v, to)) && to - i < 16) to++;
      // A noun phrase follows "according to": "to police" is no infinitive, whatever wink-nlp says.
      const phrase = v.toks.slice(open, to).map((t, k) => (k === 0 && t.pos === 'VERB' ? { ...t, pos: 'NOUN' } : t));
      let r = resolve(phrase, v.text, lex, discourse);
      // "According to the band's lawyer, Jane Ross, …": the name in apposition after a description.
      const named = r && r.entity.kind !== 'institution' ? namedAfter(v, to, lex, discourse) : null;
      if (named && v.toks[named.to]?.text === ',' && v.toks.slice(named.from, named.to).every((t) => /^\p{Lu}/u.test(t.text))) [r, to] = [named.r, named.to];
      if (r) {
        out.push({ sieve: 'according-to', resolved: r, cue: 'according to', from: i, to });
        heard(r.entity, discourse);
      }
      i = to - 1;
      continue;
    }
    // "Those were the words of X", "“…” was the response of X"
    if (i === first || isMark(v, i - 1)) {
      const words = wordsOf(v, i, first, lex, discourse);
      if (words) {
        out.push(words);
        i = words.to - 1;
        continue;
      }
    }
    // "in her words", "in Golden's words", "in the words of X"
    if (v.lower[i] === 'in' && !v.inQuote[i + 1]) {
      const words = inWords(v, i, lex, discourse);
      if (words) {
        out.push(words);
        i = words.to - 1;
        continue;
      }
    }
    const agent = passiveAgent(v, i, lex, discourse);
    if (!agent && !isCue(v, i, lex) && !quoteVerb(v, i)) continue;
    const found = agent ?? cueFrame(v, i, lex, discourse);
    const frame = found && subjectAntecedent(v, found, lex, discourse);
    // "… whether his client would testify": speech that may or may not happen has no speaker.
    if (frame && ['whether', 'if'].includes(v.lower[frame.from - 1] ?? '') && MODALS.has(v.lower[i - 1]!)) continue;
    if (frame && frame.from > 0 && SUBORDINATORS.has(v.lower[frame.from - 1]!) && frame.sieve === 'cue-subject') frame.subordinate = true;
    if (frame) {
      anonymity(v, frame, lex);
      out.push(frame);
      const e = frame.resolved.entity;
      // "“…?” he asked" of someone the text has not shown to be a man: he is from now on.
      const pronoun = norm(frame.resolved.text);
      if (frame.resolved.how === 'pronoun' && e.kind === 'person' && e.speaker !== null && (pronoun === 'he' || pronoun === 'she')) discourse.learnGender(e.speaker, pronoun);
      // "Smith said she …", "Smith told reporters that he …": the speaker's own pronoun.
      if (e.kind === 'person' && e.speaker !== null && frame.from < i && frame.resolved.how !== 'pronoun') {
        const k = v.lower[i + 1] === 'that' ? i + 2 : i + 1;
        // Not when someone else of that gender is in focus ("Okemaw-Ferreira offered free oil
        // changes. Grace Nanowin said he had looked after her car").
        const g = v.lower[k];
        if (!v.inQuote[k] && (g === 'he' || g === 'she') && discourse.salient((x) => x.speaker !== e.speaker && discourse.mayBe(x, g, true)) === null) discourse.learnGender(e.speaker, g);
      }
      // "Beaumont was asked by a reporter whether …": the person named, not the one asking, is who the story follows.
      const asker = agent !== null && v.toks.some((t, k) => k < frame.from && !v.inQuote[k] && t.pos === 'PROPN');
      heard(e, discourse, asker);
    }
  }
  // "Martell, the addictions doctor, is more blunt: “…”": a quote after a colon is the subject's;
  // "Her message now is simple: don't share …": so is anything after a colon when the subject is what someone said.
  if (out.length === 0) {
    const colon = v.toks.findIndex((t, k) => t.text === ':' && !v.inQuote[k]);
    const quoted = colon > 0 && (v.inQuote[colon + 1] || (isMark(v, colon + 1) && v.inQuote[colon + 2]));
    const subject = colon > 0 ? sentenceSubject(v) : null;
    if (subject && subject[1] <= colon && (quoted || SPEECH_NOUNS.has(v.lower[subject[1] - 1]!))) {
      const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
      if (r && confident(r) && r.entity.kind !== 'institution') out.push({ sieve: 'speaker-then-quote', resolved: r, cue: ':', from: subject[0], to: colon + 1 });
    }
  }
  if (out.length === 0 && v.seg.quotes.length > 0) {
    const named = sourceMention(v, lex, discourse) ?? quotedSubject(v, lex, discourse);
    if (named) out.push(named);
  }
  return out;
}

/**
 * "These are generous assumptions and Morneau was clutching at straws when he said …": "he" or
 * "she" after a clause whose subject is a person named (a name, or a name's document, then its
 * verb) means that person, not whoever the sentences before were about, when the person is
 * known to be one "he" or "she" means, or reports in that clause. The nearest such clause counts.
 */
function subjectAntecedent(v: View, frame: Frame, lex: Lexicon, discourse: Discourse): Frame {
  const pronoun = frame.resolved.text.toLowerCase();
  if (frame.resolved.how !== 'pronoun' || (pronoun !== 'he' && pronoun !== 'she')) return frame;
  // "Tina was not violent …, she added": who adds is who spoke last, whoever the words are about.
  if (/^add/.test(frame.cue) && frame.resolved.entity === discourse.recentSpeaker()) return frame;
  for (let at = frame.from; at > 0; at--) {
    const verb = v.toks[at];
    // "While Johnston's report said …, he said …": the owner of a document that reports.
    const owned = at >= 3 && DOCUMENTS.has(v.lower[at - 1]!) && v.lower[at - 2] === "'s";
    const end = owned ? at - 2 : at;
    if (v.inQuote[end - 1] || v.toks[end - 1]!.pos !== 'PROPN' || verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    let from = end - 1;
    while (from > 0 && !v.inQuote[from - 1] && v.toks[from - 1]!.pos === 'PROPN') from--;
    if (from > 0 && v.toks[from - 1]!.pos === 'ADP') continue;
    const r = resolve(v.toks.slice(from, end), v.text, lex, discourse);
    if (r === null || !confident(r) || !['name', 'name-part', 'alias'].includes(r.how) || !discourse.isPerson(r.entity)) continue;
    // "Crenshaw said while …, he said …": a person who reports in the same sentence may be the
    // pronoun's even when the text has not shown their gender.
    const reports = lex.reportVerbs.has(verb.lemma) && !v.inQuote[end];
    return discourse.mayBe(r.entity, pronoun, !reports) ? { ...frame, resolved: { ...frame.resolved, entity: r.entity } } : frame;
  }
  return frame;
}

/** "in her words", "in Golden's own words", "in the words of the mayor": like "according to". */
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'such']);
const COPULAS = new Set(['was', 'were', 'is', 'are', "'s"]);
/** What a sentence may call the words before it: "the words of", "the message from", "the verdict of". */
const UTTERANCES = new Set(['words', 'word', 'message', 'verdict', 'view', 'warning', 'assessment', 'reaction', 'response', 'advice', 'plea', 'promise']);

/**
 * "Those were the words of Chief Na'Moks, …", "That was the message from Bank of Canada
 * governor Stephen Poloz" (a sentence naming the speaker of the words before it), and "“The
 * best sleigh this Christmas!” was the response of one jolly viewer" (right after the quote).
 */
function wordsOf(v: View, i: number, first: number, lex: Lexicon, discourse: Discourse): Frame | null {
  let k = i;
  if (i === first && DEMONSTRATIVES.has(v.lower[i]!)) k++;
  else if (i === 0 || !isMark(v, i - 1)) return null;
  if (!COPULAS.has(v.lower[k] ?? '') || v.lower[k + 1] !== 'the' || !UTTERANCES.has(v.lower[k + 2] ?? '')) return null;
  if (v.lower[k + 3] !== 'of' && v.lower[k + 3] !== 'from') return null;
  const [from, to] = npRight(v, k + 4);
  const r = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
  return r && r.entity.speaker !== null ? { sieve: 'words-of', resolved: r, cue: v.text.slice(v.toks[k + 2]!.start, v.toks[k + 3]!.end), from: i, to } : null;
}

function inWords(v: View, i: number, lex: Lexicon, discourse: Discourse): Frame | null {
  let k = i + 1;
  let owner: Token[] = [];
  if (v.lower[k] === 'the' && v.lower[k + 1] === 'words' && v.lower[k + 2] === 'of') {
    const [from, to] = npRight(v, k + 3);
    owner = v.toks.slice(from, to);
    k = to;
  } else {
    while (k < v.toks.length && k - i <= 5 && v.lower[k] !== 'words' && !v.inQuote[k]) k++;
    if (v.lower[k] !== 'words' || k === i + 1) return null;
    const before = v.toks.slice(i + 1, k).filter((t) => norm(t.text) !== 'own');
    const last = before.length > 0 ? norm(before[before.length - 1]!.text) : '';
    if (before.length === 1 && (last === 'his' || last === 'her' || last === 'their')) owner = [{ ...before[0]!, text: last === 'his' ? 'he' : last === 'her' ? 'she' : 'they', pos: 'PRON' }];
    else if (last === "'s") owner = before.slice(0, -1);
    else return null;
    k++;
  }
  if (owner.length === 0) return null;
  const r = resolve(owner, v.text, lex, discourse);
  return r && r.entity.speaker !== null && r.entity.kind !== 'institution' ? { sieve: 'according-to', resolved: r, cue: v.text.slice(v.toks[i]!.start, v.toks[k - 1]!.end), from: i, to: k } : null;
}

/**
 * "Tesla posted a video …. It said …", "the government is grappling with what it says is …":
 * a body as the sentence's subject is what "it" means, in the sentence and after it.
 */
function bodySubject(v: View, lex: Lexicon, discourse: Discourse): void {
  const subject = sentenceSubject(v);
  if (subject === null || v.inQuote[subject[0]]) return;
  const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
  if (r !== null && itCandidate(r, v.lower[subject[1] - 1]!, discourse)) discourse.bodySpoke(r.entity);
}

/** A subject that "it" can mean: a body named or described, or a one-word name no one called a person. */
function itCandidate(r: Resolved, head: string, discourse: Discourse): boolean {
  const e = r.entity;
  if (e.speaker === null) return false;
  if (e.kind === 'generic') return IT_NOUNS.has(head);
  if (e.kind !== 'person') return false;
  if (!discourse.isPerson(e)) return true;
  return r.how === 'name' && !e.speaker.includes(' ') && !/^\p{Lu}+$/u.test(e.speaker) && discourse.genderOf(e) === null && !isGivenName(e.speaker);
}


/**
 * "Republican senators are eager …, and they say …", "Almost all revenues, they promise, …"
 * after "the Liberals' hopes": a plural subject is the group a later "they" means.
 */
function pluralSubject(v: View, lex: Lexicon, discourse: Discourse): void {
  const subject = sentenceSubject(v);
  if (subject === null) return;
  const head = v.toks[subject[1] - 1]!;
  const word = norm(head.text);
  if (!(head.pos === 'NOUN' || head.pos === 'PROPN') || !/[^s]s$/.test(word) || v.inQuote[subject[1] - 1]) return;
  // People ("senators", "residents", "the Liberals") or bodies ("environmental groups"), not things ("revenues").
  if (head.pos === 'NOUN' && !PERSON_HEADS.test(word.slice(0, -1)) && !BODIES.has(word.replace(/ies$/, 'y').replace(/s$/, '')) && !['people', 'residents', 'critics', 'experts', 'officials', 'police', 'parents', 'students', 'voters', 'protesters', 'protestors', 'advocates', 'opponents', 'supporters', 'families'].includes(word)) return;
  const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
  if (r && (r.entity.kind === 'generic' || r.entity.kind === 'anonymous' || r.entity.body === true) && r.entity.speaker !== null) discourse.group(r.entity);
}

/**
 * "But early on, he … became “acutely aware” of …", "she didn't want her son to be looked on
 * as “another druggie”": a short quote inside a sentence about a person, with no cue, is that
 * person's words (the Gender Gap Tracker's heuristic quotes). The subject must be a person or a
 * pronoun for one, and the quote must stand after it.
 */
function quotedSubject(v: View, lex: Lexicon, discourse: Discourse): Frame | null {
  const subject = sentenceSubject(v);
  const firstQuote = v.inQuote.indexOf(true);
  if (subject === null || firstQuote < subject[1]) return null;
  // Two people as subject are no one speaker.
  if (v.toks.slice(subject[0], subject[1]).some((t) => t.pos === 'CCONJ')) return null;
  // "His comments came on the heels of Xi's pledge to “…”": another name before the quote may own it.
  for (let k = subject[1]; k < firstQuote; k++) if (v.toks[k]!.pos === 'PROPN' || v.lower[k] === "'s") return null;
  const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
  if (r === null || r.entity.kind !== 'person' || !['name', 'name-part', 'alias', 'pronoun'].includes(r.how) || !discourse.isPerson(r.entity)) return null;
  if (r.how === 'name' && !confident(r)) return null;
  return { sieve: 'quoted-subject', resolved: r, cue: '', from: subject[0], to: subject[1] };
}

/** "with a commentary in state media Xinhua calling those a “pretext …”": the source named. */
function sourceMention(v: View, lex: Lexicon, discourse: Discourse): Frame | null {
  for (let i = 0; i < v.toks.length; i++) {
    if (v.inQuote[i]) continue;
    const s = sourceAt(lex, v.lower, i);
    if (s === null || v.inQuote.slice(i, i + s.words.length).some(Boolean)) continue;
    const r = resolve(v.toks.slice(i, i + s.words.length), v.text, lex, discourse);
    if (r && r.entity.kind === 'institution') return { sieve: 'source-mention', resolved: r, cue: '', from: i, to: i + s.words.length };
  }
  return null;
}

/** A cue verb in a segment, with what the sieves that look for its speaker need to know. */
interface CueSite {
  v: View;
  /** The cue verb's token. */
  i: number;
  /** Where the verb group starts ("was" in "was cited as saying"). */
  verbStart: number;
  /** The token before the verb group and its adverbs (-1: the verb opens the segment). */
  j: number;
  lemma: string;
  cue: string;
  /** The cue comes right after a closing quote ("“…,” she said"). */
  afterQuote: boolean;
  /** Next to a quote, where generic phrases may speak with any cue. */
  tight: boolean;
  /** The sieve to report: "cited as saying" names its own. */
  sieveFor: (s: Sieve) => Sieve;
  lex: Lexicon;
  discourse: Discourse;
}

/**
 * A sieve that looks for the speaker of a cue: a frame, null when the cue has no speaker, or
 * undefined when the construction is not its own (the next sieve looks).
 */
type CueSieve = (site: CueSite) => Frame | null | undefined;

/** The speaker of the cue verb at i, if any: each construction's sieve in turn. */
function cueFrame(v: View, i: number, lex: Lexicon, discourse: Discourse): Frame | null {
  const site = cueSite(v, i, lex, discourse);
  if (site === null) return null;
  for (const sieve of CUE_SIEVES) {
    const frame = sieve(site);
    if (frame !== undefined) return frame;
  }
  return subjectFurtherOn(site);
}

/** "the Canadian Union of Public Employees (CUPE) said": the token before the acronym in brackets that token k closes, else k. */
function beforeAcronym(v: View, k: number): number {
  if (k < 2 || v.toks[k]!.text !== ')' || v.inQuote[k]) return k;
  const open = v.toks.findLastIndex((t, n) => n < k && n >= k - 4 && t.text === '(');
  return open > 0 && v.toks.slice(open + 1, k).every((t) => /^\p{Lu}/u.test(t.text)) ? open - 1 : k;
}

/** Where the cue verb at i stands, or null when it reports nothing (subordinate, negated). */
function cueSite(v: View, i: number, lex: Lexicon, discourse: Discourse): CueSite | null {

  const lemma = pastAsAdjective(v, i, lex) ?? v.toks[i]!.lemma;
  let cue = cueWords(v, i);
  // "was cited as saying", "was quoted as saying"
  let verbStart = i;
  if ((v.lower[i + 1] === 'as') && (v.lower[i + 2] === 'saying' || v.lower[i + 2] === 'telling')) {
    cue = `${v.lower[i]} as ${v.lower[i + 2]}`;
    while (verbStart > 0 && BE.has(v.lower[verbStart - 1]!)) verbStart--;
  }
  // Walk left over auxiliaries and adverbs to the subject.
  let j = verbStart - 1;
  while (j >= 0 && !v.inQuote[j] && (SKIP_BEFORE_VERB.has(v.lower[j]!) || (v.toks[j]!.pos === 'ADV' && !CLAUSE_WORDS.has(v.lower[j]!)))) j--;
  j = beforeAcronym(v, j);
  // "UFCW Local 832 late Friday said", "The party on Monday said": the day is not the subject's.
  if (j >= 1 && WEEKDAYS.has(v.lower[j]!) && !v.inQuote[j]) {
    j--;
    if (['late', 'early', 'on', 'last', 'this'].includes(v.lower[j]!)) j--;
  }
  // "when asked", "after underscoring": a subordinate cue has no subject of its own.
  if (j >= 0 && CLAUSE_WORDS.has(v.lower[j]!)) return null;
  // "McCallum didn't respond": no speech.
  for (let k = j + 1; k < verbStart; k++) if (NEGATION.has(v.lower[k]!)) return null;
  const afterQuote = j >= 0 && (isMark(v, j) || (v.toks[j]!.text === ',' && j > 0 && isMark(v, j - 1)));
  const tight = afterQuote || quoteFollows(v, i, true);
  const sieveFor = (s: Sieve): Sieve => (cue.includes(' as saying') ? 'cited-as-saying' : s);
  return { v, i, verbStart, j, lemma, cue, afterQuote, tight, sieveFor, lex, discourse };
}

/** A participle ("…, telling Biden that …", "noting …") speaks for the sentence's subject. */
function participleSubject(site: CueSite): Frame | null | undefined {
  const { v, i, j, lemma, cue, lex, discourse } = site;
  // "Officials are warning that …" is a progressive, with its subject before it like any cue.
  if (!/ing$/.test(v.lower[i]!) || cue.includes(' as ') || BE.has(v.lower[i - 1] ?? '')) return undefined;
  // Only plain reporting ("telling Biden that …", "noting …", "pointing out that …", "describing
  // the scene as …"); "underscoring the importance" is not speech.
  const pointsOut = lemma === 'point' && v.lower[i + 1] === 'out';
  if (!lex.reportVerbs.has(lemma) && !cue.includes(' … as') && !pointsOut) return null;
  // "with a spokesperson for the camp describing the scene as …": the phrase after "with" speaks.
  const withSubject = absoluteSubject(v, j, lex, discourse);
  if (withSubject) return { sieve: 'sentence-subject', resolved: withSubject.r, cue, from: withSubject.from, to: i + 1 };
  // "Evidence suggesting the lander is on its side comes from …": right after the subject, the
  // participle modifies it.
  const subject = sentenceSubject(v);
  if (subject === null || subject[1] >= i) return null;
  const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
  const named = apposed(v, subject[1], r, lex, discourse);
  if (named) return { sieve: 'sentence-subject', resolved: named.r, cue, from: named.from, to: named.to };
  // The sentence's subject may be a one-word name or a body ("SNC-Lavalin applied …, arguing …").
  const head = norm(v.toks[subject[1] - 1]!.text);
  const sure = r !== null && (confident(r) || r.how === 'name' || (r.entity.kind === 'generic' && (BODIES.has(head) || peopleHead(head))));
  return sure ? { sieve: 'sentence-subject', resolved: r, cue, from: subject[0], to: subject[1] } : null;
}

/** "X said", "Pompeo praised … and said", "Smith, who said": the phrase right before the cue. */
function subjectBefore(site: CueSite): Frame | null | undefined {
  const { v, i, j, verbStart, lemma, cue, afterQuote, tight, sieveFor, lex, discourse } = site;
  if (j < 0 || afterQuote || (v.toks[j]!.pos === 'PUNCT' && v.toks[j]!.text !== "'s")) return undefined;

  // "Pompeo praised China's support … and said he did not think …", "Murdaugh spoke briefly and
  // denied that …", "Bolsonaro had cast doubt …, and hinted he might …": the sentence's subject.
  if (v.toks[j]!.pos === 'CCONJ' && (lex.reportVerbs.has(lemma) || v.lower[i + 1] === 'that' || clauseAfter(v, i))) {
    const subject = sentenceSubject(v);
    const r = subject && subject[1] <= j ? resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse) : null;
    const named = r && apposed(v, subject![1], r, lex, discourse);
    if (named) return { sieve: 'sentence-subject', resolved: named.r, cue, from: named.from, to: named.to };
    // A subject the verb could take directly counts ("Norman's lawyers … have alleged").
    return r && (confident(r) || acceptable(r, lemma, lex, false)) && r.entity.kind !== 'institution' ? { sieve: 'sentence-subject', resolved: r, cue, from: subject![0], to: subject![1] } : null;
  }
  if (v.toks[j]!.pos === 'CCONJ' || v.toks[j]!.pos === 'SCONJ' && v.lower[j] !== 'that') return null;
  // "Smith, who said the plan was flawed, voted …": the relative clause's antecedent speaks, in a subordinate clause.
  // "… by Judge Steven Everett who said": after a name, the comma may be missing.
  const named = v.toks[j - 1]?.pos === 'PROPN' && !v.inQuote[j - 1];
  if (v.lower[j] === 'who' && j >= 2 && (v.toks[j - 1]!.text === ',' || named)) {
    const [af, at] = npLeft(v, named ? j : j - 1);
    const r = at > af ? resolve(v.toks.slice(af, at), v.text, lex, discourse) : null;
    if (r && (r.entity.kind === 'person' || r.entity.kind === 'anonymous' || acceptable(r, lemma, lex, tight))) return { sieve: sieveFor('cue-subject'), resolved: r, cue, from: af, to: i + 1, subordinate: true };
    return null;
  }
  // "Tehran, which described the move as …", "The union, which called the offer …": a body or a place.
  if (v.lower[j] === 'which' && j >= 2 && v.toks[j - 1]!.text === ',') {
    const [af, at] = npLeft(v, j - 1);
    const r = at > af ? resolve(v.toks.slice(af, at), v.text, lex, discourse) : null;
    const body = r !== null && r.entity.speaker !== null && !discourse.isPerson(r.entity) && (r.entity.kind !== 'generic' || speakingNoun(r));
    return body && r.entity.kind !== 'anonymous' ? { sieve: sieveFor('cue-subject'), resolved: r, cue, from: af, to: i + 1, subordinate: true } : null;
  }
  // "… how someone who had claimed to love Tina could …": a relative clause speaks for its
  // antecedent or no one, never for the sentence's subject.
  if (v.lower[j] === 'who' || v.lower[j] === 'which' || v.lower[j] === 'that') return null;
  // "Some argued …", "Most said …", "One of them said …": a quantifier stands for people.
  const some = lex.reportVerbs.has(lemma) ? quantifierSubject(v, j) : null;
  if (some) return { sieve: sieveFor('cue-subject'), resolved: some.r, cue, from: some.from, to: i + 1 };
  let [from, to] = npLeft(v, j + 1);
  // "Neither the police nor (BC) Emergency Health Services responded": no one spoke.
  let nor = from - 1;
  while (nor > 0 && !v.inQuote[nor] && /^\p{Lu}/u.test(v.toks[nor]!.text)) nor--;
  if (v.lower[nor] === 'nor') return null;
  // "Whitfield and her co-authors wrote": the person named leads the people who are theirs.
  if (from >= 2 && v.lower[from - 1] === 'and' && POSSESSIVE.has(v.lower[from]!) && v.toks[from - 2]!.pos === 'PROPN') {
    const [nf, nt] = npLeft(v, from - 1);
    const lead = nt > nf ? resolve(v.toks.slice(nf, nt), v.text, lex, discourse) : null;
    if (lead && lead.entity.kind === 'person' && lex.reportVerbs.has(lemma)) return { sieve: sieveFor('cue-subject'), resolved: lead, cue, from: nf, to: i + 1 };
  }
  // "Xi and Biden have pledged": two speakers are no one speaker; "China and Lai has said":
  // a singular verb takes the last of them.
  const and = v.lower.slice(from, to).lastIndexOf('and');
  // ("the Irish Nurses and Midwives Organisation has claimed": one body's name.)
  const bodyName = bodyLike(v.toks[to - 1]!.text) && v.toks.slice(from, to).every((t, k) => /^\p{Lu}/u.test(t.text) || ['and', 'of', 'the', '&'].includes(v.lower[from + k]!));
  // (Not the object of a document's "by": "A joint investigation by the AFL and Richmond found …".)
  const object = v.lower[from - 1] === 'by' && DOCUMENTS.has(v.lower[from - 2] ?? '');
  if (and >= 0 && v.toks[from + and]!.pos === 'CCONJ' && findSource(lex, v.lower.slice(from, to)) === null && !bodyName && !object) {
    const between = v.lower.slice(to, verbStart);
    const singular = between.some((w) => w === 'has' || w === 'is' || w === 'was') || (between.length === 0 && /[^s]s$/.test(v.lower[i]!));
    const joint = singular ? null : jointSpeaker(v, from, to, lex, discourse);
    if (singular) from = from + and + 1;
    // "Stella's owners Tore Sohlberg and Lehla Abreder said": they speak together.
    else if (joint) return lex.reportVerbs.has(lemma) ? { sieve: 'cue-subject', resolved: joint, cue, from, to: i + 1 } : null;
    // "city councillor and tenants advocate Josh Matlow told": one person's two roles.
  }
  const relative = relativeSubject(v, from, lemma, tight, lex, discourse);
  if (relative) return { ...relative, sieve: sieveFor('cue-subject'), cue, to: i + 1 };
  // "professor Kent Moore at the University of Toronto says", "a spokesperson for the camp
  // said": the phrase before the preposition names the speaker.
  if (to > from && from >= 2 && (['at', 'of', 'from', 'for', 'with', 'in'].includes(v.lower[from - 1]!) || object) && v.toks[from - 1]!.pos === 'ADP' && !fieldThenName(v, from, to, lex, discourse)) {
    const [pf, pt] = npLeft(v, from - 1);
    const rp = pt > pf ? resolve(v.toks.slice(pf, pt), v.text, lex, discourse) : null;
    // "A statement from Watson's office said": the document's issuer speaks.
    const issued = rp !== null && (rp.how === 'document' || rp.how === 'readout-anaphor') && v.lower[from - 1] === 'from';
    // "the owner of a bakery said": a role of something new is someone new, whoever had the role before.
    const fresh = rp !== null && rp.how === 'description' && (v.lower[from] === 'a' || v.lower[from] === 'an');
    if (!issued && !fresh && rp && confident(rp) && (rp.entity.kind === 'person' || rp.entity.kind === 'anonymous')) [from, to] = [pf, pt];
    // "Residents in the area said", "The head of the union said": people described with where
    // they belong; "China's embassy in Ottawa warned": a body, with any cue a body speaks with.
    else if (rp && (rp.entity.kind === 'generic' || fresh || (rp.how === 'name' && pt - pf === 1)) && ((peopleHead(v.lower[pt - 1]!) && lex.reportVerbs.has(lemma)) || ((BODIES.has(v.lower[pt - 1]!) || DOCUMENTS.has(v.lower[pt - 1]!)) && acceptable(rp, lemma, lex, tight)))) {
      const words = v.text.slice(v.toks[v.lower[pf] === 'the' || v.lower[pf] === 'a' || v.lower[pf] === 'an' ? pf + 1 : pf]!.start, v.toks[to - 1]!.end);
      const entity: Entity = { kind: 'generic', speaker: words, channel: null, readout: false, gender: null, side: null };
      return { sieve: sieveFor('cue-subject'), resolved: { entity, text: v.text.slice(v.toks[pf]!.start, v.toks[to - 1]!.end), how: 'generic' }, cue, from: pf, to: i + 1 };
    }
  }
  if (to > from) {
    let r = resolve(v.toks.slice(from, to), v.text, lex, discourse);
    // "The union representing officers said", "a security professional present during the
    // attack told Reuters": the phrase before the cue is an object inside a modifier, and the
    // phrase the modifier hangs on speaks; only where that object would speak, and not a
    // named person or body ("a report filed by Cpl. Douglas Green noted").
    const head = acceptable(r, lemma, lex, tight) && r.entity.kind === 'generic' ? modifiedHead(v, from) : null;
    const rh = head && resolve(v.toks.slice(head[0], head[1]), v.text, lex, discourse);
    const document = rh !== null && (rh.how === 'document' || rh.how === 'readout-anaphor');
    if (head && !document && acceptable(rh, lemma, lex, tight)) return { sieve: sieveFor('cue-subject'), resolved: rh, cue, from: head[0], to: i + 1 };
    // Not a quoted word modifying the phrase ("a “self-serving” story Skibicki told").
    const nextToQuote = from > 0 && ((isMark(v, from - 1) && !quotedModifier(v, from - 1)) || (v.toks[from - 1]!.text === ',' && from > 1 && isMark(v, from - 2)));
    if (r && nextToQuote) r = describedNextToQuote(r, v.toks.slice(from, to), discourse);
    // "Macharia and some colleagues hid under desks, he said": "he" is not someone the words before name.
    if (r && r.how === 'pronoun' && !nextToQuote && from > 0 && v.toks[from - 1]!.text === ',') r = notNamedBefore(v, r, from, discourse);
    if (acceptable(r, lemma, lex, tight || nextToQuote)) {
      const trailing = from > 0 && v.toks[from - 1]!.text === ',';
      const sieve = nextToQuote ? 'quote-then-speaker' : quoteFollows(v, i) ? 'speaker-then-quote' : trailing ? 'trailing-clause' : 'cue-subject';
      return { sieve: sieveFor(sieve), resolved: r, cue, from, to: i + 1 };
    }
    if (r !== null) return null;
  }
  return undefined;
}

/** "…, X, the Y of Z, said" / "The official, who was not authorized …, said" / "Biden – after … – told". */
function subjectBeforeParenthetical(site: CueSite): Frame | null | undefined {
  const { v, i, j, lemma, cue, afterQuote, tight, sieveFor, lex, discourse } = site;
  if (j < 0 || ![',', '–', '—'].includes(v.toks[j]!.text) || afterQuote) return undefined;

  // "…, says Kim." / "…, said Telford.": a sure name right after the cue (not the one told:
  // "Joshua Roy, forward, told Global News").
  if (v.toks[j]!.text === ',' && lemma !== 'tell') {
    const [from, to] = npRight(v, i + 1);
    const r = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
    const ends = to >= v.toks.length || [',', '.', ';', '!', '?'].includes(v.toks[to]!.text);
    if (r && confident(r) && ends) return { sieve: 'trailing-clause', resolved: r, cue, from: i, to };
  }
  // "A woman who uses home support …, and who came to the rally …, said": the subject before its relative clause.
  const relative = relativeSubject(v, j, lemma, tight, lex, discourse);
  if (relative) return { ...relative, sieve: sieveFor('cue-subject'), cue, to: i + 1 };
  // "Gao Ruidong, chief macroeconomist at …, said", "The official, who was not authorized …,
  // said", "Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman …, said": the
  // nearest sure source left of the parentheticals; a name that is a preposition's object
  // ("father of Jason LeBlanc") is not the subject.
  let open = skipParenthetical(v, j);
  let fallback: Frame | null = null;
  for (let hop = 0; open !== null && hop < 5; hop++) {
    let [from, to] = npLeft(v, beforeAcronym(v, open - 1) + 1);
    // "The mother of two, who asked not to be named, said": the head before "of" speaks.
    if (to > from && from >= 2 && v.lower[from - 1] === 'of' && v.toks[from - 2]!.pos === 'NOUN') {
      const [hf] = npLeft(v, from - 1);
      if (hf < from - 1) from = hf;
    }
    if (to > from) {
      const r = resolve(v.toks.slice(from, to), v.text, lex, discourse);
      const frame = (res: Resolved): Frame => ({ sieve: sieveFor(from > 0 && v.toks[from - 1]!.text === ',' ? 'trailing-clause' : 'cue-subject'), resolved: res, cue, from, to: i + 1 });
      // "after John McCallum, Canada's ambassador to China, told …": a subordinator opens a clause, it takes no object.
      const object = from > 0 && v.toks[from - 1]!.pos === 'ADP' && !SUBORDINATORS.has(v.lower[from - 1]!);
      // "An expert cited in the report, which looked at …, said", "A worker at Maple Crest
      // Manor, who …, said": the phrase the modifier hangs on, whatever its object names.
      const head = object ? modifiedHead(v, from) : null;
      // The phrase opens the sentence, or its clause after an opening phrase ("At a regular
      // briefing in Beijing, a spokesperson for the ministry, Gao Wenjie, said").
      const opens = head !== null && (head[0] === firstWord(v) || head[0] === sentenceSubject(v)?.[0]);
      const rh = head && opens ? resolve(v.toks.slice(head[0], head[1]), v.text, lex, discourse) : null;
      // "A statement from Perrin Beatty, president of …, says": the document's issuer speaks.
      const issuer = rh !== null && (rh.how === 'document' || rh.how === 'readout-anaphor') && v.lower[from - 1] === 'from';
      if (issuer && r && confident(r) && r.entity.kind === 'person') return { sieve: sieveFor('cue-subject'), resolved: r, cue, from: head![0], to: i + 1 };
      if (head && rh && (rh.entity.kind === 'generic' || rh.entity.kind === 'anonymous') && acceptable(rh, lemma, lex, tight)) {
        // "A spokesperson for the ministry, Priya Raman, said": the name in apposition speaks.
        const named = namedAfter(v, to, lex, discourse);
        if (named) return { sieve: sieveFor('cue-subject'), resolved: named.r, cue, from: named.from, to: i + 1 };
        return { sieve: sieveFor('cue-subject'), resolved: rh, cue, from: head[0], to: i + 1 };
      }
      // "One red-state Democrat, Montana Sen. Jon Tester, said": a common noun that happens to
      // end someone's name, after a determiner, describes; the name in apposition speaks.
      const loose = r !== null && r.how === 'name-part' && to - from > 1 && (['DET', 'NUM'].includes(v.toks[from]!.pos) || v.lower[from] === 'one');
      // "The mayor, Jim Watson, said", "The city's spokesperson, Dana Reid, said": a description
      // that stands for someone yields to the name after it.
      const standsFor = r !== null && (r.how === 'description' || r.entity.kind === 'anonymous');
      // "Ontario's Minister of Economic Development, Victoria Szabo-Nnamdi, said": a name with a
      // title in it names a role, which yields to a person's full name after it.
      const titled = r !== null && v.lower.slice(from, to).some((w) => lex.titles.has(w));
      if (r && confident(r) && !object && !loose && !standsFor && !titled) return frame(r);
      // "His father, Ernie LeBlanc, says": the name in apposition after a description.
      const described = r !== null && (r.how === 'generic' || standsFor || loose);
      if (described || titled || r === null || !confident(r)) {
        const [nf, nt] = npRight(v, open + 1);
        // After a description any name; after an unclear phrase only a clean name ("Keeper of
        // the Ruler's Seal, Syed Danial Syed Ahmad, said"), not a list ("Innovation, Science and …").
        const clean = described || titled || v.toks.slice(nf, nt).every((t) => /^\p{Lu}/u.test(t.text));
        // "The first witness, Const. Jason Whitford of Toronto police, testified": the name before its own phrase.
        const of = v.toks.slice(nf, nt).findIndex((t, k) => k > 0 && t.pos === 'ADP');
        const ends = clean && nt > nf && [',', '–', '—'].includes(v.toks[nt]?.text ?? '');
        const rn = ends ? resolve(v.toks.slice(nf, nt), v.text, lex, discourse) : null;
        const own = ends && described && of > 0 && !(rn && apposedName(rn)) ? resolve(v.toks.slice(nf, nf + of), v.text, lex, discourse) : null;
        for (const r2 of [rn, own]) if (r2 && apposedName(r2) && (!titled || described || hasGivenName(r2.entity.speaker!))) return { sieve: 'cue-subject', resolved: r2, cue, from: nf, to: i + 1 };
      }
      // "Neil Hetherington, CEO of Toronto's Daily Bread, which …, said", "Jessica González, CEO
      // of Free Press, which …, said": a role at a body is the name's before it.
      const roleOf = v.lower.slice(from, to).some((w, k) => lex.titles.has(w) && v.lower[from + k + 1] === 'of');
      const roleAtBody = titled && r !== null && (r.entity.body === true || roleOf);
      if (r && confident(r) && !object && (standsFor || titled) && !roleAtBody) return frame(r);
      if (!object && acceptable(r, lemma, lex, tight) && fallback === null) fallback = frame(r);
      const comma = object ? lastComma(v, from) : from > 0 && v.toks[from - 1]!.text === ',' ? from - 1 : -1;
      if (comma >= 0) {
        open = comma;
        continue;
      }
    }
    break;
  }
  // "Ernie LeBlanc, father of Jason LeBlanc, 42, says": nothing but phrases before the cue,
  // so the sentence's subject is the speaker.
  const subject = sentenceSubject(v);
  if (subject && subject[0] === firstWord(v) && !v.toks.slice(0, j).some((t, k) => !v.inQuote[k] && (t.pos === 'VERB' || t.pos === 'AUX'))) {
    const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
    // "His father, Ernie LeBlanc, says" / "One red-state Democrat, Montana Sen. Jon Tester, said":
    // a name in apposition names the speaker better than a description.
    // "A spokesperson for Morneau, Pierre-Olivier Herbert, said": past the description's own phrase.
    let after = subject[1];
    if (v.toks[after]?.pos === 'ADP' && v.lower[after] !== 'of') after = npRight(v, after + 1)[1];
    const named = r && (!confident(r) || r.how === 'description' || r.entity.kind === 'anonymous') ? namedAfter(v, after, lex, discourse) : null;
    if (named) return { sieve: 'cue-subject', resolved: named.r, cue, from: named.from, to: i + 1 };
    if (r && confident(r)) return { sieve: 'cue-subject', resolved: r, cue, from: subject[0], to: i + 1 };
  }
  return fallback ?? undefined;
}

/** "“…,” said X", "…, says Kim.": the speaker after the cue. */
function speakerAfter(site: CueSite): Frame | undefined {
  const { v, i, j, lemma, cue, afterQuote, lex, discourse } = site;
  if (!(j < 0 || afterQuote || v.toks[j]!.text === ',')) return undefined;

  const particle = v.toks[i + 1]?.pos === 'ADP' || v.toks[i + 1]?.pos === 'PART' ? (v.lower[i + 1] === 'out' || v.lower[i + 1] === 'up' ? 1 : 0) : 0;
  let [from, to] = npRight(v, i + 1 + particle);
  // "says Campbell's partner, Jason Louth", "said the teacher, Graham Oyelowo-Bennett": the
  // name in apposition is the speaker, whoever the description alone would stand for.
  const first = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
  // "said Black Ferns director of rugby Wayne Smith": the name after the role's field.
  if (to > from && v.lower[to] === 'of') {
    const [nf, nt] = npRight(v, to + 1);
    if (fieldThenName(v, nf, nt, lex, discourse)) [from, to] = [nf, nt];
  }
  // ("said the helicopter's chief pilot back on Earth, Havard Grip, …": past a short phrase of place.)
  let comma = to;
  while (comma < to + 4 && ['ADV', 'ADP', 'PROPN', 'NOUN'].includes(v.toks[comma]?.pos ?? '') && !v.inQuote[comma]) comma++;
  if (to > from && !(first && confident(first) && first.how !== 'description') && v.toks[comma]?.text === ',' && v.toks[comma + 1]?.pos === 'PROPN') {
    const [nf, nt] = npRight(v, comma + 1);
    const set = nt >= v.toks.length || [',', '.'].includes(v.toks[nt]!.text);
    if (nt > nf && (comma === to || set) && v.toks.slice(nf, nt).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '-')) [from, to] = [nf, nt];
  }
  // "…, said the Council of Rulers held a meeting": away from a quote, the phrase after the cue
  // speaks only if it ends the clause ("…, said analyst Lemar Persaud prior to …" does).
  const ends = to >= v.toks.length || [',', '.', ';', '!', '?', ':', '–', '—'].includes(v.toks[to]!.text) || v.toks[to]!.pos === 'ADP' || v.toks[to]!.pos === 'ADV' || isMark(v, to);
  if (to > from && (afterQuote || j < 0 || ends)) {
    let r = resolve(v.toks.slice(from, to), v.text, lex, discourse);
    if (r && afterQuote) r = describedNextToQuote(r, v.toks.slice(from, to), discourse);
    // "said a statement released by the Prime Minister's Office": the issuer speaks.
    const issuer = r && (r.how === 'document' || r.how === 'readout-anaphor') ? issuedBy(v, to, lex, discourse) : null;
    if (issuer) return { sieve: afterQuote ? 'quote-then-cue' : 'trailing-clause', resolved: issuer.r, cue, from: i, to: issuer.to };
    // "…, Ont., say lengthy delays at the board … are causing": away from a quote, a phrase
    // described speaks after the cue only if it names people or a body that speaks.
    const speaks = afterQuote || r === null || r.entity.kind !== 'generic' || peopleHead(norm(v.toks[to - 1]!.text)) || speakingNoun(r);
    if (speaks && acceptable(r, lemma, lex, afterQuote)) return { sieve: afterQuote ? 'quote-then-cue' : 'trailing-clause', resolved: r, cue, from: i, to };
  }
  return undefined;
}

/**
 * "(director of) rugby Wayne Smith", "(minister of) health Jane Doe": the object of "of" at
 * [from, to) is a role's field and a full name after it, the name's role (not "father of Jason
 * LeBlanc", where the name is the object).
 */
function fieldThenName(v: View, from: number, to: number, lex: Lexicon, discourse: Discourse): boolean {
  if (to <= from || v.lower[from - 1] !== 'of' || !/^\p{Ll}/u.test(v.toks[from]!.text) || DETERMINERS.has(v.lower[from]!)) return false;
  const r = resolve(v.toks.slice(from, to), v.text, lex, discourse);
  return r !== null && r.how === 'name' && discourse.isPerson(r.entity) && r.entity.speaker!.includes(' ');
}

const CUE_SIEVES: CueSieve[] = [participleSubject, subjectBefore, subjectBeforeParenthetical, speakerAfter];

/**
 * The sentence's subject, when the cue sits further on ("X, previewing the call, was quick to
 * note"); "A judge in London, Ont. has ruled that …": one person described, with a plain reporting verb.
 */
function subjectFurtherOn(site: CueSite): Frame | null {
  const { v, i, lemma, cue, lex, discourse } = site;
  const subject = sentenceSubject(v);
  if (subject && subject[1] <= i) {
    const r = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
    if (r && (confident(r) || (describedPerson(r.entity) && lex.reportVerbs.has(lemma)))) return { sieve: 'sentence-subject', resolved: r, cue, from: subject[0], to: i + 1 };
  }
  return null;
}

/** Words that stand for people as a subject: "Some argued", "Both admitted", "Most said". */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'both', 'several', 'others', 'few', 'each']);

/** A quantifier opening the clause whose last token before the cue is `j`: "Some", "Both", or "One of them". */
function quantifierSubject(v: View, j: number): { r: Resolved; from: number } | null {
  let from = j;
  // "One of them", "some of those".
  if (from >= 2 && ['them', 'those', 'these'].includes(v.lower[from]!) && v.lower[from - 1] === 'of' && (v.lower[from - 2] === 'one' || QUANTIFIERS.has(v.lower[from - 2]!))) from -= 2;
  else if (!QUANTIFIERS.has(v.lower[from]!)) return null;
  const opens = from === firstWord(v) || [',', ';'].includes(v.toks[from - 1]!.text) || v.toks[from - 1]!.pos === 'CCONJ';
  if (!opens || v.inQuote[from]) return null;
  const words = v.text.slice(v.toks[from]!.start, v.toks[j]!.end);
  return { r: { entity: { kind: 'generic', speaker: words, channel: null, readout: false, gender: null, side: null }, text: words, how: 'generic' }, from };
}

const RELATIVES = new Set(['who', 'whose']);

/** "A Calgary woman who lost her home in a fire says": the sentence's subject, when a relative clause right after it (before token `before`) separates it from the cue. */
function relativeSubject(v: View, before: number, lemma: string, tight: boolean, lex: Lexicon, discourse: Discourse): { resolved: Resolved; from: number } | null {
  const subject = sentenceSubject(v);
  // "The union, whose members include assistants, clerical staff …, says": set off by commas
  // too, when the cue follows the closing one.
  const setOff = v.toks[before]?.text === ',' && v.lower[subject?.[1] ?? -1] === ',' && RELATIVES.has(v.lower[subject![1] + 1] ?? '');
  // "Workers at the Seattle store who spoke to the media said": past the subject's own phrase.
  let who = subject?.[1] ?? -1;
  while (who >= 0 && who < before && who < subject![1] + 8 && !v.inQuote[who] && ['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(v.toks[who]!.pos)) who++;
  const relative = subject !== null && (v.lower[who] === 'who' || setOff);
  // Not past a clause of its own: "THE armorer who handled the gun has shut down …, and sources say".
  if (subject === null || !relative || subject[1] >= before || v.toks[before - 1]?.pos === 'CCONJ') return null;
  const rs = resolve(v.toks.slice(subject[0], subject[1]), v.text, lex, discourse);
  return rs && rs.entity.speaker !== null && (rs.entity.kind === 'person' || rs.entity.kind === 'anonymous' || acceptable(rs, lemma, lex, tight)) ? { resolved: rs, from: subject[0] } : null;
}

/**
 * "…, with a spokesperson for the camp describing the scene as …": the noun phrase between
 * "with" and the participle (token `j` is the participle's left neighbour), its head before
 * any prepositional phrase.
 */
function absoluteSubject(v: View, j: number, lex: Lexicon, discourse: Discourse): { r: Resolved; from: number } | null {
  if (j < 0 || v.inQuote[j]) return null;
  let [from, to] = npLeft(v, j + 1);
  for (let hop = 0; hop < 2 && to > from && from >= 2 && ['of', 'for', 'at', 'from'].includes(v.lower[from - 1]!); hop++) [from, to] = npLeft(v, from - 1);
  if (to <= from || from === 0 || v.lower[from - 1] !== 'with') return null;
  const end = v.lower.slice(from, j + 1).findIndex((w, k) => ['of', 'for', 'at', 'from'].includes(w) && v.toks[from + k]!.pos === 'ADP');
  const head = end > 0 ? from + end : to;
  const r = resolve(v.toks.slice(from, head), v.text, lex, discourse);
  return r && r.entity.kind !== 'institution' ? { r, from } : null;
}

/** After a document: "(released|issued|sent|published) by X" or "from X", the issuer X resolved. */
function issuedBy(v: View, at: number, lex: Lexicon, discourse: Discourse): { r: Resolved; to: number } | null {
  let k = at;
  if (['released', 'issued', 'sent', 'published', 'posted', 'signed'].includes(v.lower[k] ?? '')) k++;
  if (v.lower[k] !== 'by' && v.lower[k] !== 'from') return null;
  const [from, to] = npRight(v, k + 1);
  const r = to > from ? resolve(v.toks.slice(from, to), v.text, lex, discourse) : null;
  return r && r.entity.speaker !== null ? { r, to } : null;
}

/** "Tore Sohlberg and Lehla Abreder": two people named together, as one speaker. */
function jointSpeaker(v: View, from: number, to: number, lex: Lexicon, discourse: Discourse): Resolved | null {
  const and = from + v.lower.slice(from, to).lastIndexOf('and');
  const left = resolve(v.toks.slice(from, and), v.text, lex, discourse);
  const right = resolve(v.toks.slice(and + 1, to), v.text, lex, discourse);
  if (!left || !right || left.entity.kind !== 'person' || right.entity.kind !== 'person') return null;
  const speaker = `${left.entity.speaker} and ${right.entity.speaker}`;
  const entity = { kind: 'generic' as const, speaker, channel: null, readout: false, gender: 'they' as const, side: null };
  discourse.group(entity);
  return { entity, text: v.text.slice(v.toks[from]!.start, v.toks[to - 1]!.end), how: 'generic' };
}

/** A subject far from its verb must be a sure source: not a phrase, not a lone unknown name. */
export function confident(r: Resolved): boolean {
  if (r.entity.kind === 'generic') return false;
  return !(r.how === 'name' && r.entity.speaker !== null && !r.entity.speaker.includes(' ') && !titledName(r));
}

/** A one-word name after the title it was written with ("Hereditary Chief Spookwx", "Mayor Tory"): a person. */
function titledName(r: Resolved): boolean {
  const words = r.text.split(/\s+/);
  return r.entity.kind === 'person' && r.entity.body !== true && words.length > 1 && words[words.length - 1] === r.entity.speaker && words.slice(0, -1).every((w) => /^\p{Lu}[\p{Ll}.]+$/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
}

/**
 * Does a quote open right after the cue ("said: “…", "told reporters, “…")? `loose` also lets
 * an object with its determiner stand between ("called the plan “a disaster”", "described
 * as a “…”"): enough to accept a described speaker, not to call the frame speaker-then-quote.
 */
function quoteFollows(v: View, i: number, loose = false): boolean {
  for (let k = i + 1; k < v.toks.length && k <= i + 4; k++) {
    if (isMark(v, k) && v.inQuote[k + 1]) return true;
    if (v.inQuote[k]) return true;
    if (!(isPunct(v, k) || v.toks[k]!.pos === 'NOUN' || v.toks[k]!.pos === 'PROPN' || v.toks[k]!.pos === 'PRON' || v.lower[k] === 'that' || (loose && (v.toks[k]!.pos === 'DET' || v.lower[k] === 'as')))) return false;
  }
  return false;
}
