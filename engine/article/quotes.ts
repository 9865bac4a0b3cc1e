/**
 * Quote pairing by the actual characters, in one left-to-right pass (linear time, no regular
 * expressions that could backtrack). Double quotes (“ ” and straight ") make quotes; single
 * quotes (‘ ’ and straight ') make quotes only when they clearly pair up, and inside a double
 * quote they are nested quotes that belong to the outer one. A ’ or ' between letters is an
 * apostrophe ("China’s"), never a quote. A quote that is still open at the end of its
 * paragraph ends there.
 */

/** A quote: the character range between its marks (marks excluded) and where the marks are. */
export interface QuoteRange {
  /** First character after the opening mark. */
  start: number;
  /** The closing mark's offset, or the end of the paragraph when the quote was left open. */
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** One past the closing mark (equal to `end` when the quote was left open). */
  close: number;
  closed: boolean;
}

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

const SINGLES = "‘’'";

interface Open {
  at: number;
  double: boolean;
}

/**
 * Pair the quotes of `text[from, to)`, which must be one paragraph. Returns top-level quotes
 * in order; nested quotes are part of their outer quote.
 */
export function pairQuotes(text: string, from = 0, to = text.length): QuoteRange[] {
  const out: QuoteRange[] = [];
  // At most one open double quote and, inside or outside it, at most one open single quote.
  let dbl: Open | null = null;
  let sgl: Open | null = null;

  const emit = (o: Open, closeAt: number, closed: boolean): void => {
    out.push({ start: o.at + 1, end: closeAt, open: o.at, close: closed ? closeAt + 1 : closeAt, closed });
  };
  /** End the open quote just before `at`, trimming the whitespace it ends with. */
  const endBefore = (o: Open, at: number): void => {
    let end = at;
    while (end > o.at + 1 && isSpace(text[end - 1])) end--;
    emit(o, end, false);
  };

  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    // Two single marks typed for a double one: ‘‘ … ’’, '' … '', and mixed pairs like ‘’ as an opener.
    const doubled = SINGLES.includes(ch) && i + 1 < to && SINGLES.includes(text[i + 1]!);
    if (doubled && (dbl !== null ? !isLetterOrDigit(i + 2 < to ? text[i + 2] : undefined) : !isLetterOrDigit(i > from ? text[i - 1] : undefined))) {
      if (dbl !== null) {
        emit(dbl, i, true);
        out[out.length - 1]!.close = i + 2;
        dbl = null;
      } else dbl = { at: i + 1, double: true };
      sgl = null;
      i++;
      continue;
    }
    if (ch === '“' || ch === '”' || ch === '"' || ch === '„' || ch === '«' || ch === '»') {
      const prev = i > from ? text[i - 1] : undefined;
      const next = i + 1 < to ? text[i + 1] : undefined;
      const opener = ch === '“' || ch === '„' || ch === '«';
      const closer = ch === '”' || ch === '»';
      if (dbl === null) {
        // A closing mark with nothing open is a stray (a quote opened in an earlier paragraph).
        if (closer) continue;
        // A straight quote stuck to the end of a word, before a space, is a stray closer.
        if (!opener && isLetterOrDigit(prev) && isSpace(next)) continue;
        dbl = { at: i, double: true };
        sgl = null;
        continue;
      }
      // A double quote is open.
      const looksLikeOpener = opener || (!closer && isSpace(prev) && next !== undefined && !isSpace(next) && i > dbl.at + 1);
      if (looksLikeOpener) {
        // The earlier quote lost its closing mark: end it here and open a new one.
        endBefore(dbl, i);
        dbl = { at: i, double: true };
        sgl = null;
        continue;
      }
      emit(dbl, i, true);
      dbl = null;
      sgl = null;
      continue;
    }
    if (ch === '‘' || ch === '’' || ch === "'") {
      const prev = i > from ? text[i - 1] : undefined;
      const next = i + 1 < to ? text[i + 1] : undefined;
      // Between letters or digits: an apostrophe ("China’s", "don't", "’90s" after a digit).
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue;
      const canOpen = ch !== '’' && !isLetterOrDigit(prev) && next !== undefined && !isSpace(next);
      if (sgl !== null && ch !== '‘' && !isSpace(prev) && !isLetterOrDigit(next)) {
        if (dbl === null) emit(sgl, i, true);
        sgl = null;
        continue;
      }
      if (canOpen && sgl === null) sgl = { at: i, double: false };
      // Anything else ("the nations’ economies", "’90s") is an apostrophe.
    }
  }
  if (dbl !== null) endBefore(dbl, to);
  // An open single quote at the paragraph's end was most likely an apostrophe: dropped; unless
  // it opened the paragraph before a capital, as a quote running on over paragraphs does in
  // papers that quote with single marks ("'So, for most buyers …").
  else if (sgl !== null && sgl.at === from && /\p{Lu}/u.test(text[from + 1] ?? '')) endBefore(sgl, to);
  out.sort((a, b) => a.open - b.open);
  return dropNested(out);
}

/** Single quotes closed inside a double quote were emitted before it; keep top-level ones only. */
function dropNested(quotes: QuoteRange[]): QuoteRange[] {
  const kept: QuoteRange[] = [];
  let reach = -1;
  for (const q of quotes) {
    if (q.open < reach) continue;
    kept.push(q);
    reach = q.close;
  }
  return kept;
}
