/**
 * Cleaning without editing: find the lines of an article that are not news (navigation,
 * captions and credits, bylines, paywall, share and comment prompts, copyright, dates,
 * repeated headlines) and its title and sub-headings. The text is never changed; cleaning
 * returns ranges for later stages to skip. Decisions come from general features of a line
 * (see cleaning/signals.ts), its place in the article and repetition, not from known strings.
 */
import { endsSentence, logicalLines, type Line } from './cleaning/lines.ts';
import { BOILERPLATE, LONG_PARAGRAPH_WORDS, boilerplateSignals, scoreOf, wordsOf, type Signal } from './cleaning/signals.ts';
import { findRepeats } from './cleaning/repeats.ts';

/** A half-open character range into an article's plain text. */
export interface Range {
  start: number;
  end: number;
}

/** What cleaning found: spans that yield no claims, and the article's own title and sub-headings. */
export interface Cleaning {
  /** Sorted, non-overlapping ranges to skip (boilerplate, titles, headings). */
  skip: Range[];
  title: string | null;
  headings: Range[];
}

/** What a line of the article is. */
export type LineKind = 'body' | 'title' | 'heading' | 'repeat' | 'boilerplate';

/** One line's verdict, with the reason in words (for tests and for debugging the rules). */
export interface LineMark extends Range {
  kind: LineKind;
  reason: string;
  score: number;
}

/** Longest title or heading, in words and characters: longer unpunctuated lines are prose. */
const HEADLINE_WORDS = 20;
const HEADLINE_CHARS = 160;

/**
 * A line shaped like a headline: one line alone in its paragraph, starting with a capital
 * (or a digit or quote), no sentence-final punctuation except a question mark, not too long,
 * not a list item and not ending on a comma or colon. `words`: the line's {@link wordsOf}
 * count (a Markdown heading's marks are no words, so it holds for the text without them).
 */
function headlineShaped(line: Line, soleInParagraph: boolean, words: number): boolean {
  const text = line.text.replace(/^#{1,6}\s+/, '');
  if (!soleInParagraph || words === 0 || words > HEADLINE_WORDS || text.length > HEADLINE_CHARS) return false;
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(text) && !/^#/.test(line.text)) return false;
  if (/[,;:–—-]$/.test(text)) return false;
  // An opened quote that does not close runs on into the next paragraph: a sentence cut by a blank line.
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  if (count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g)) return false;
  return !endsSentence(text) || text.endsWith('?');
}

/**
 * A line with its attribution clause at an end: ", Freedom Mobile says", ", he said", "Plan
 * ‘will save lives,’ says Tory", "Board says …", "Harris condemns court, says …".
 */
const ATTRIBUTED = /, (?:[\p{L}'’.-]+ ){1,4}(?:says|said)$|,['’"”]? (?:says|said) \p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}$|^\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+,?){0,4} (?:says|said) \S/u;

/** Signals that end the article: what follows is page furniture, however it reads. */
const END_SIGNALS = new Set(['copyright', 'byline', 'editor note', 'pagination', 'label']);

function reasonOf(signals: readonly Signal[]): string {
  return signals
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((s) => s.name)
    .filter((name, i, all) => all.indexOf(name) === i)
    .join(', ');
}

/** Classify every non-blank line of `text`: body, title, heading, repeat or boilerplate. */
export function markLines(text: string): LineMark[] {
  const lines = logicalLines(text);
  const perParagraph = new Map<number, number>();
  for (const line of lines) perParagraph.set(line.paragraph, (perParagraph.get(line.paragraph) ?? 0) + 1);
  const repeats = findRepeats(lines);
  const marks: LineMark[] = [];

  // Counted once: the signals, the length and the headline tests all read a line's word count.
  const wordCounts = lines.map((line) => wordsOf(line.text).length);
  const signalsOf = lines.map((line, i) => boilerplateSignals(line.text, wordCounts[i]));
  // The article's last paragraph of prose: page furniture (the trailer) can only come after it.
  let lastProse = -1;
  signalsOf.forEach((signals, i) => {
    if (signals.some((s) => s.name === 'long sentence' || s.name === 'long paragraph') && scoreOf(signals) < BOILERPLATE) lastProse = i;
  });

  let seenBody = false;
  let title = -1;
  let inTrailer = false;
  lines.forEach((line, i) => {
    const signals = signalsOf[i]!;
    const score = scoreOf(signals);
    const words = wordCounts[i]!;
    const long = words >= LONG_PARAGRAPH_WORDS;
    const sole = perParagraph.get(line.paragraph) === 1;
    const headline = headlineShaped(line, sole, words);
    const mark = (kind: LineKind, reason: string): void => {
      marks.push({ start: line.start, end: line.end, kind, reason, score });
    };
    const strongEnd = seenBody && i > lastProse && signals.some((s) => END_SIGNALS.has(s.name) && s.weight >= 3);
    const comments = signals.filter((s) => s.name === 'comments').length >= 2;

    // A strong signal decides alone (except in a long paragraph); weak ones add up, and prose counts against them.
    if (score >= BOILERPLATE || (!long && signals.some((s) => s.weight >= BOILERPLATE))) {
      mark('boilerplate', reasonOf(signals));
      if (strongEnd || (seenBody && i > lastProse && comments)) inTrailer = true;
      return;
    }
    if (repeats[i]!.sameAs >= 0 && (headline || repeats[i]!.sameAs === title)) {
      mark('repeat', repeats[i]!.sameAs === title ? 'repeated headline' : 'repeated line');
      return;
    }
    // A line that repeats part of another (a caption under its markup, a standfirst) — but not the title.
    if (repeats[i]!.partOf >= 0 && title !== i && !(title < 0 && !seenBody && headline && words >= 4)) {
      mark('repeat', 'repeats part of another line');
      return;
    }
    // After the article's end, headline-shaped lines and anything with a word of boilerplate go too.
    if (inTrailer && (headline || score > 0)) {
      mark('boilerplate', `after the end of the article${score > 0 ? `: ${reasonOf(signals)}` : ''}`);
      return;
    }
    if (headline && !seenBody && title < 0) {
      // Short labels above the headline are section names ("World", "CNN Politics"); a
      // Markdown heading says it is a headline whatever its length.
      if (words >= 4 || /^#{1,6}\s/.test(line.text)) {
        title = i;
        mark('title', 'first headline');
      } else {
        mark('boilerplate', 'label above the headline');
      }
      return;
    }
    // "Technology used to help, Freedom Mobile says", "Board says it is ‘monitoring’": a
    // sub-heading that reports someone's words is a claim.
    if (headline && !ATTRIBUTED.test(line.text)) {
      mark('heading', 'headline-shaped line');
      return;
    }
    if (repeats[i]!.sameAs >= 0) {
      mark('repeat', 'repeated line');
      return;
    }
    seenBody = true;
    mark('body', score > 0 ? `body despite: ${reasonOf(signals)}` : 'body');
  });
  return marks;
}

/** Mark boilerplate, title and headings of an article's plain text, without editing it. */
export function clean(text: string): Cleaning {
  const marks = markLines(text);
  const skip: Range[] = [];
  const headings: Range[] = [];
  let title: string | null = null;
  for (const m of marks) {
    if (m.kind === 'body') continue;
    skip.push({ start: m.start, end: m.end });
    if (m.kind === 'heading') headings.push({ start: m.start, end: m.end });
    if (m.kind === 'title' && title === null) title = text.slice(m.start, m.end).replace(/^#{1,6}\s+/, '').replace(/\s+/g, ' ');
  }
  return { skip, title, headings };
}
