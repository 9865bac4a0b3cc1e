/**
 * Cues: the words that report speech ("said", "according to", "cited as saying", "“…,”
 * quipped Green"), and the tests that tell a reporting verb from the same word used otherwise
 * (a passive, an adjective, "added to the confusion").
 */
import { PERSON_HEADS, plural, THINGS, type Lexicon } from './mentions.ts';
import { isMark, npLeft, npRight, sentenceSubject, SUBORDINATORS, type View } from './phrases.ts';
import { postCue } from './posts.ts';

export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Is the verb at i passive ("was underscored"), which makes its subject no speaker? */
export function passive(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (!/(ed|en)$/.test(v.lower[i]!) && t.lemma === v.lower[i]) return false;
  // "Officials are warning": a present participle after "be" is a progressive.
  if (/ing$/.test(v.lower[i]!)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (BE.has(v.lower[k]!)) return !(v.lower[i + 1] === 'as' && (v.lower[i + 2] === 'saying' || v.lower[i + 2] === 'telling'));
    if (v.toks[k]!.pos !== 'ADV') break;
  }
  return false;
}


/** The cue's words: "said", "told", "described … as", "called for". */
export function cueWords(v: View, i: number): string {
  const w = v.lower[i]!;
  const lemma = v.toks[i]!.lemma;
  if (v.lower[i + 1] === 'for' && lemma === 'call') return `${w} for`;
  if (['describe', 'characterize', 'characterise', 'label', 'liken'].includes(lemma)) {
    for (let k = i + 1; k < v.toks.length && k < i + 16; k++) {
      if (!v.inQuote[k] && (v.lower[k] === 'as' || (lemma === 'liken' && v.lower[k] === 'to'))) return `${w} … ${v.lower[k]}`;
    }
  }
  return w;
}

/**
 * The cue lemma of a past form wink-nlp tags as an adjective: a perfect participle ("and have
 * alleged in court documents that …"), a past tense after its subject and before "that"
 * ("Odinga's campaign alleged that …", "alleged earlier this week that …", "Tiwari also alleged
 * that …"), after a name or pronoun and before a clause ("Desautels alleged the two victims …"),
 * or after a trailing subject ("…, BJP leaders alleged after …").
 */
export function pastAsAdjective(v: View, i: number, lex: Lexicon): string | null {
  if (v.toks[i]!.pos !== 'ADJ' || !/ed$/.test(v.lower[i]!) || v.inQuote[i]) return null;
  const perfect = ['have', 'has', 'had'].includes(v.lower[i - 1] ?? '');
  // "that" may follow a time: "alleged earlier this week that …".
  let that = i + 1;
  while (that < i + 5 && ['ADV', 'DET', 'NOUN', 'PROPN'].includes(v.toks[that]?.pos ?? '') && v.lower[that] !== 'that' && !v.inQuote[that]) that++;
  // The subject's last word, past adverbs ("Manoj Tiwari also alleged that …").
  let s = i - 1;
  while (s > 0 && v.toks[s]!.pos === 'ADV' && !v.inQuote[s]) s--;
  const subject = v.toks[s]?.pos ?? '';
  const past = v.lower[that] === 'that' && ['NOUN', 'PROPN', 'PRON'].includes(subject);
  // "Desautels alleged the two victims were …": after a name and before a clause's first word.
  const clause = ['PROPN', 'PRON'].includes(subject) && ['DET', 'PRON', 'PROPN', 'NUM'].includes(v.toks[i + 1]?.pos ?? '') && !v.inQuote[i + 1];
  // "…, BJP leaders alleged after the House was adjourned": a trailing subject set off by a comma,
  // with nothing of its own after the verb (not "The charges alleged in the indictment").
  const ends = i + 1 >= v.toks.length || ['.', ',', ';'].includes(v.toks[i + 1]!.text) || SUBORDINATORS.has(v.lower[i + 1]!);
  const trailing = ends && ['NOUN', 'PROPN'].includes(subject) && v.toks[npLeft(v, s + 1)[0] - 1]?.text === ',';
  if (!perfect && !past && !clause && !trailing) return null;
  return [v.lower[i]!.slice(0, -1), v.lower[i]!.slice(0, -2)].find((lemma) => lex.cueVerbs.has(lemma)) ?? null;
}

/** Words before a participle that make it a noun's modifier: "the state's most stressed aquifers", "the stated goal". */
const BEFORE_MODIFIER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', "'s", 'most', 'more', 'less', 'least', 'very', 'highly', 'widely', 'much', 'often', 'oft']);

/** A past participle between a determiner or degree word and a noun is an adjective, no cue. */
function attributive(v: View, i: number): boolean {
  return /ed$/.test(v.lower[i]!) && i > 0 && BEFORE_MODIFIER.has(v.lower[i - 1]!) && v.toks[i + 1]?.pos === 'NOUN' && !v.inQuote[i + 1];
}

/** Cues that report only before "that": "ruled that", "determined that", "requested that", "signalled that", "accepted that". */
const THAT_CUES = new Set(['rule', 'determine', 'request', 'signal', 'accept']);

/** Verbs a document "says" with: "The report found that …", "Court documents show that …", "The coroner's report ruled …", "The policy stipulates that …". */
export const FINDINGS = new Set(['find', 'show', 'reveal', 'conclude', 'rule', 'stipulate']);
/** Documents that find and show ("a ministry inspection report", "court documents", "the data"). */
export const DOCUMENTS = new Set(['report', 'study', 'review', 'audit', 'inspection', 'survey', 'poll', 'analysis', 'data', 'document', 'record', 'filing', 'research', 'investigation', 'assessment', 'evaluation', 'census', 'statistic', 'figure', 'policy', 'agreement', 'contract', 'law', 'bylaw', 'guideline', 'regulation']);

/**
 * Is the subject of the verb at `i` a document: its head noun before any prepositional phrase,
 * or the noun right before a verb the tagger took for a noun ("Court documents show/NOUN that")?
 */
function documentSubject(v: View, i: number): boolean {
  const subject: [number, number] | null = v.toks[i]!.pos === 'VERB' ? sentenceSubject(v) : [i - 1, i];
  if (subject === null || subject[1] > i || subject[1] < 1) return false;
  const head = v.lower[subject[1] - 1]!;
  return DOCUMENTS.has(head) || (plural(head) && DOCUMENTS.has(head.slice(0, -1)));
}

/** "found Gonzalez died …", "found the drug worked": a clause without "that" after the verb at i (not "found a gap in funding"). */
export function clauseAfter(v: View, i: number): boolean {
  const [from, to] = npRight(v, i + 1);
  return to > from && !v.inQuote[from] && (v.toks[to]?.pos === 'VERB' || v.toks[to]?.pos === 'AUX');
}

/** "the owner of Silong Express said", "“…,” Mr Cook said": a capitalised verb after a name or title is part of it. */
function partOfName(v: View, i: number): boolean {
  return /^\p{Lu}/u.test(v.toks[i]!.text) && i > 0 && v.toks[i - 1]!.pos === 'PROPN' && v.toks[i - 1]!.end < v.toks[i]!.start;
}

/** Is token i a cue verb (not inside a quote, not a noun, not passive)? */
export function isCue(v: View, i: number, lex: Lexicon): boolean {
  const t = v.toks[i]!;
  if (v.inQuote[i]) return false;
  // "was cited as saying", "quoted as saying": a cue phrase of the profile.
  if (lex.cuePhrases.some((w) => w.every((x, k) => v.lower[i + k] === x || (k === 0 && v.toks[i]!.lemma === x)))) return true;
  if (postCue(v, i)) return true;
  if (attributive(v, i)) return false;
  if (partOfName(v, i)) return false;
  if (pastAsAdjective(v, i, lex) !== null) return true;
  // "who asked not to be named": a request about the speaker, no speech.
  if (t.lemma === 'ask' && v.lower[i + 1] === 'not' && v.lower[i + 2] === 'to') return false;
  // "Kalinda Burke said": wink-nlp tags some surnames as verbs, and then the "said" after them as an adjective.
  if ((v.lower[i] === 'said' || v.lower[i] === 'says') && t.pos !== 'VERB' && i > 0 && /^\p{Lu}/u.test(v.toks[i - 1]!.text) && !v.inQuote[i - 1]) return lex.cueVerbs.has('say') && !passive(v, i);
  // "The report also found that …", "Court documents show that …": what a document finds, it says.
  if (FINDINGS.has(t.lemma) && (v.lower[i + 1] === 'that' || clauseAfter(v, i)) && documentSubject(v, i)) return true;
  if (!lex.cueVerbs.has(t.lemma)) return false;
  // "Out of the Cold users report they prefer …": a plural subject's reporting verb tagged as a noun.
  if (t.pos === 'NOUN' && lex.reportVerbs.has(t.lemma) && t.lemma === v.lower[i] && i > 0 && /s$/.test(v.lower[i - 1]!) && ['NOUN', 'PROPN'].includes(v.toks[i - 1]!.pos)) {
    const next = v.toks[i + 1];
    if (next && (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'AUX' || v.lower[i + 1] === 'that' || (next.pos === 'VERB' && /ing$/.test(v.lower[i + 1]!)))) return true;
  }
  // "The mayor claims that …", "Smith points out that …": a present-tense cue tagged as a noun.
  const after = v.toks[i + 1];
  if (t.pos === 'NOUN' && /s$/.test(v.lower[i]!) && t.lemma !== v.lower[i] && i > 0 && ['NOUN', 'PROPN'].includes(v.toks[i - 1]!.pos) && !v.inQuote[i - 1] && after !== undefined) {
    // Only before "that" or a quote: "claims the democracy as its own territory" is no speech.
    const opens = v.lower[i + 1] === 'that' || (t.lemma === 'point' ? v.lower[i + 1] === 'out' : isMark(v, i + 1));
    if (opens) return true;
  }
  // "…, the AP reports.": a cue at the sentence's end, tagged as a noun.
  const atEnd = i + 1 >= v.toks.length || ['.', '!', '?'].includes(v.toks[i + 1]!.text);
  if (atEnd && t.pos === 'NOUN' && lex.reportVerbs.has(t.lemma) && i > 0 && ['NOUN', 'PROPN'].includes(v.toks[i - 1]!.pos) && /s$/.test(v.lower[i]!)) return true;
  // Right after a closing quote, "notes Espinos" / "points out X" are verbs whatever the tagger says.
  const afterQuote = i > 0 && (isMark(v, i - 1) || (v.toks[i - 1]!.text === ',' && isMark(v, i - 2)));
  if (t.pos !== 'VERB' && !(t.pos === 'AUX' && t.lemma === 'say') && !(afterQuote && (t.pos === 'NOUN' || t.pos === 'PROPN'))) return false;
  // "call" and "point" need their particle to be speech ("called for", "pointed out"), or an object + quote.
  if (t.lemma === 'point' && v.lower[i + 1] !== 'out') return false;
  // "tells riders to complain", "urged people to call": what someone is asked to say is not said.
  if (i > 1 && v.lower[i - 1] === 'to' && v.toks[i - 1]!.pos === 'PART' && ['NOUN', 'PROPN', 'PRON'].includes(v.toks[i - 2]!.pos)) return false;
  // A ruling, finding or request says what follows "that" ("The judge ruled that …"), not "ruled out".
  if (THAT_CUES.has(t.lemma) && v.lower[i + 1] !== 'that') return false;
  if (t.lemma === 'add' && addsTo(v, i)) return false;
  return !passive(v, i);
}

/** "will add a slew of new workers to the pool", "added to the confusion": putting something somewhere, no speech. */
function addsTo(v: View, i: number): boolean {
  for (let k = i + 1; k < v.toks.length && k <= i + 10 && !v.inQuote[k]; k++) {
    if (v.lower[k] === 'that' || v.toks[k]!.pos === 'AUX' || v.toks[k]!.pos === 'PUNCT') return false;
    if (v.lower[k] === 'to') return v.toks[k + 1]?.pos !== 'VERB';
  }
  return false;
}

const CLOSING_PUNCT = new Set([',', '.', '!', '?', '…', '—', '–', '-']);

/** "a “self-serving” story": a quoted word modifying the noun after it, not the end of someone's words (`mark` closes the quote). */
export function quotedModifier(v: View, mark: number): boolean {
  const next = v.toks[mark + 1];
  return !CLOSING_PUNCT.has(v.toks[mark - 1]?.text ?? '') && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^\p{Ll}/u.test(next.text);
}

/** "“…,” quipped Green", "“…,” she laughs", "“…,” the coach continued": any verb right after a closing quote and its speaker is the quote's cue. */
export function quoteVerb(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (v.inQuote[i] || t.pos !== 'VERB' || /ing$/.test(v.lower[i]!) || partOfName(v, i)) return false;
  // A quote that ends its words ("“…,” quipped"), not a quoted phrase the verb's subject ("an
  // “unauthorized third party” gained access").
  const ended = i > 1 && isMark(v, i - 1) && CLOSING_PUNCT.has(v.toks[i - 2]!.text);
  const afterQuote = ended || (i > 0 && v.toks[i - 1]!.text === ',' && isMark(v, i - 2));
  // "“…,” Green quipped", "“…,” CEO Mark Zuckerberg began", "“…,” she laughs": a name or a
  // pronoun between the quote and the verb.
  let n = i - 1;
  while (n > 0 && i - n <= 4 && v.toks[n]!.pos === 'PROPN' && !v.inQuote[n]) n--;
  const afterName = n < i - 1 && isMark(v, n);
  const afterPronoun = i > 1 && (v.lower[i - 1] === 'he' || v.lower[i - 1] === 'she') && isMark(v, i - 2);
  // "“…,” the head coach continued", "“…?” one protester screamed": a person described after a
  // quote that ends its words.
  let d = i - 1;
  while (d > 0 && i - d <= 4 && ['NOUN', 'ADJ', 'PROPN'].includes(v.toks[d]!.pos)) d--;
  const person = PERSON_HEADS.test(v.lower[i - 1]!) && !THINGS.has(v.lower[i - 1]!);
  const afterDescription = person && d < i - 1 && ['the', 'a', 'an', 'one', 'another'].includes(v.lower[d]!) && d > 1 && isMark(v, d - 1) && CLOSING_PUNCT.has(v.toks[d - 2]!.text);
  return afterQuote || afterName || afterPronoun || afterDescription;
}
