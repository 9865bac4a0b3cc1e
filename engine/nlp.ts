/**
 * The one module that talks to wink-nlp. It loads the model once per process (or worker)
 * and returns plain data: tokens and sentences with character offsets into the text it
 * was given. No wink object leaves this module.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A token with its exact character span, lemma and universal POS tag. */
export interface Token {
  /** Offset of the first character, in UTF-16 code units, into the text passed to {@link parse}. */
  start: number;
  end: number;
  text: string;
  /** Lower-case lemma ("said" → "say"). */
  lemma: string;
  /** Universal POS tag ("NOUN", "PROPN", "VERB", "PUNCT", …). */
  pos: string;
}

/** A sentence as a half-open range of token indices plus its character span. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

export interface Parsed {
  tokens: Token[];
  sentences: Sentence[];
}

// sbd gives sentences; pos gives POS tags and, with them, lemmas. Nothing else is needed,
// and each extra pipe costs throughput (DESIGN-NOTES: 1.9 MB/s default vs 3.0 MB/s sbd+pos).
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * A run of more than 100 characters without whitespace, tried only where a run starts: the
 * bare `\S{101}` is tried from every character of every word, at two and a half times the
 * cost on text that has no such run (nearly all of it).
 */
const LONG_RUN = /(?:^|\s)\S{101}/;
/** Letters of Latin Extended-A, B and Additional, which wink-nlp takes for word breaks. */
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/g;
/** Letters with no decomposition to a base letter. */
const BASE: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Ŋ: 'N', ŋ: 'n', Ŧ: 'T', ŧ: 't', Œ: 'O', œ: 'o', Ĳ: 'I', ĳ: 'i', ĸ: 'k', Ŀ: 'L', ŀ: 'l', ſ: 's' };

/** `text` with each letter beyond Latin-1 replaced by one base letter ("Rajaković" → "Rajakovic"): the same length. */
function foldLetters(text: string): string {
  return text.replace(BEYOND_LATIN1, (ch) => {
    const base = ch.normalize('NFD')[0]!;
    return BASE[ch] ?? (/[A-Za-z]/.test(base) ? base : /\p{Lu}/u.test(ch) ? 'X' : 'x');
  });
}

/**
 * Tokenise and sentence-split `text`. Offsets are exact: each token's text is located in
 * `text` from the end of the previous one, so whatever wink-nlp does with whitespace or
 * unusual characters, `text.slice(t.start, t.end) === t.text` holds for every token.
 */
export function parse(text: string): Parsed {
  if (text.trim() === '') return { tokens: [], sentences: [] };
  // wink-nlp splits words at letters beyond Latin-1 ("Rajakovi" + "ć", "Ł" + "ukasz"), so it
  // reads a copy where each is folded to its base letter, one character for one: offsets hold.
  const folded = foldLetters(text);
  // Its tokenizer is also quadratic in the length of a run without whitespace (a 40,000-
  // character URL or dash run takes seconds, 5 MB hours). No word is that long, so wink reads
  // a copy where such runs are broken every 100 characters; the tokens are still found in
  // `folded` below, so offsets are unaffected.
  const doc = nlp.readDoc(LONG_RUN.test(folded) ? folded.replace(/\S{100}(?=\S)/g, '$& ') : folded);
  const values = doc.tokens().out() as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];

  const tokens: Token[] = [];
  const tokenIndexOfWink: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = value === '' ? -1 : folded.indexOf(value, cursor);
    // A token wink-nlp normalised beyond recognition is dropped rather than given a guessed span.
    if (at < 0) {
      tokenIndexOfWink.push(tokens.length);
      continue;
    }
    tokenIndexOfWink.push(tokens.length);
    tokens.push({ start: at, end: at + value.length, text: text.slice(at, at + value.length), lemma: (lemmas[i] ?? value).toLowerCase(), pos: tags[i] ?? 'X' });
    cursor = at + value.length;
  }

  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [from, to] of spans) {
    const firstToken = tokenIndexOfWink[from] ?? tokens.length;
    const endToken = tokenIndexOfWink[to + 1] ?? tokens.length;
    if (endToken <= firstToken) continue;
    sentences.push({ start: tokens[firstToken]!.start, end: tokens[endToken - 1]!.end, firstToken, endToken });
  }
  return { tokens, sentences };
}
