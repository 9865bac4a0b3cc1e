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

/** Mark boilerplate without editing the text (STUB: nothing marked yet). */
export function clean(_text: string): Cleaning {
  return { skip: [], title: null, headings: [] };
}
