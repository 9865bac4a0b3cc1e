/** Finding a calendar date in metadata or in an article's opening lines. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_FIRST = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4})\b/i;
const DAY_FIRST = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{4})\b/i;

function day(year: number, month: number, date: number): number | null {
  if (month < 1 || month > 12 || date < 1 || date > 31 || year < 1900 || year > 2200) return null;
  return Math.floor(Date.UTC(year, month - 1, date) / 86_400_000);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The first full calendar date in `text` ("2024-04-02", "Feb 11, 2021", "3 April 2024"),
 * as days since 1970-01-01; null when there is none.
 */
export function findDate(text: string): number | null {
  const iso = ISO.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mf = MONTH_FIRST.exec(text);
  if (mf) return day(Number(mf[3]), monthNumber(mf[1]!), Number(mf[2]));
  const df = DAY_FIRST.exec(text);
  if (df) return day(Number(df[3]), monthNumber(df[2]!), Number(df[1]));
  return null;
}
