/**
 * What makes a line boilerplate, as features with weights rather than a list of known strings.
 * Boilerplate has a shape (short, no sentence-final punctuation, names joined by slashes,
 * markup left in the text, a label and a colon, dates alone) and a vocabulary of its own
 * (subscribe, share, scan, comments, rights reserved, photo, skip to …). Each feature found
 * adds its weight; a line scoring {@link BOILERPLATE} or more yields no claims.
 */
import { endsSentence } from './lines.ts';

/** Score from which a line is boilerplate. Strong signals reach it alone; weak ones need company. */
export const BOILERPLATE = 3;

/** Longest line, in characters, that is scored for boilerplate at all. */
export const LONGEST_BOILERPLATE = 2000;

/** Words from which a line is a paragraph of prose, whatever its end, and strong signals no longer decide alone. */
export const LONG_PARAGRAPH_WORDS = 40;

/** A feature of a line, with its weight and a name to explain the decision. */
export interface Signal {
  name: string;
  weight: number;
}

/** Features of the line's wording: a pattern and its weight. Patterns are linear (no nested quantifiers). */
const VOCABULARY: { name: string; weight: number; pattern: RegExp }[] = [
  // Navigation and links to elsewhere.
  { name: 'navigation', weight: 3, pattern: /\b(?:skip|jump|back|return|go) to (?:the )?(?:main )?(?:content|comments?|top|navigation|menu|search|article|home)\b/i },
  // Upper-case PREV/NEXT only: "Next month, Lai Ching-te will be sworn in" is news.
  { name: 'pagination', weight: 3, pattern: /^(?:PREV|NEXT|PREVIOUS)\b/ },
  { name: 'pagination', weight: 3, pattern: /^(?:previous|next|related|more) (?:articles?|story|stories|posts?|page|news)\b/i },
  { name: 'continuation', weight: 3, pattern: /^(?:read|see|watch|listen) (?:more|also|next|the full)\b|\b(?:story|article) continue[sd]?\b|\bcontinue reading\b/i },
  // A label and a colon: "Tags: …", "Photo: …", "--- Photo: @POTUS/X".
  { name: 'label', weight: 3, pattern: /^(?:tags?|topics?|related|read more|see also|more from|filed under|categor(?:y|ies)|keywords|photo|image|picture|credit|video|watch|watch below|listen|advertisement|sponsored|source|updated|published|posted)\s*:/i },
  { name: 'caption', weight: 3, pattern: /(?:^|\s)(?:-{2,}|—|–|\|)\s*(?:photo|image|picture|credit|file)s?\b/i },
  // Copyright lines.
  { name: 'copyright', weight: 3, pattern: /©|\(c\)\s*\d{4}|\bcopyright (?:\(c\) )?\d{4}|\ball rights reserved\b/i },
  // Credits and bylines.
  { name: 'byline', weight: 3, pattern: /\bcontributed (?:reporting |to the reporting )?(?:to|for) (?:this|the) (?:report|story|article)\b/i },
  { name: 'byline', weight: 3, pattern: /^(?:contact|email|e-mail|follow|write to) (?:the )?(?:reporter|author|writer|editor|correspondent)s?\b|^(?:additional )?(?:reporting|writing|editing|research) by\b|^(?:authors?|editors?)\s*:|^(?:written|reported) by\b|^[—–-]?\s*with (?:a )?(?:report|reports|files|reporting|additional reporting) (?:from|by)\b/i },
  // Notes about the article itself rather than the news.
  { name: 'editor note', weight: 3, pattern: /\b(?:this|the) (?:story|article|report|post) (?:has been|was|is being) (?:updated|corrected|amended|edited)\b/i },
  { name: 'editor note', weight: 3, pattern: /\b(?:article|story|original|text) (?:is|was) (?:originally )?(?:written |published )?in \p{Lu}\p{Ll}+$|\b(?:machine[- ])?translated from \p{Lu}\p{Ll}+\b/u },
  // Subscriptions and paywalls.
  { name: 'subscription', weight: 2, pattern: /\bsubscri(?:be|bed|ber|bers|ption|ptions)\b|\bnewsletters?\b|\bpaywall\b|\bfree trial\b|\bunlimited (?:digital )?access\b/i },
  { name: 'subscription', weight: 2, pattern: /\bsupport (?:quality |independent |local |our )?journalism\b|\b(?:sign|log) (?:up|in)\b|\bstarting at \$|\balready a (?:member|subscriber)\b/i },
  // Sharing, apps and devices.
  { name: 'share', weight: 2, pattern: /^share\b|\bshare (?:this|on|via|the story|the article|a story|your)\b|\bqr code\b|\bscan (?:the|this|a)\b/i },
  { name: 'share', weight: 1, pattern: /\b(?:wechat|whatsapp|facebook|twitter|linkedin|telegram|instagram|email this|print this)\b/i },
  { name: 'app', weight: 2, pattern: /\b(?:mobile (?:browser|app|site|version)|our app|the app|your browser|best experience|enable javascript|accept cookies)\b/i },
  { name: 'prompt', weight: 2, pattern: /\b(?:click|tap|submit it|sign up|download)\b[^.!?]{0,40}\bhere\b|\bclicking here\b/i },
  // Comment sections and their policies.
  { name: 'comments', weight: 1, pattern: /\bcomments?\b|\bcommenting\b/i },
  { name: 'comments', weight: 1, pattern: /\bforum\b|\bcommunity guidelines\b|\bguidelines\b/i },
  { name: 'comments', weight: 1, pattern: /\b(?:civil|respectful|moderat(?:ed|ion|ors?))\b/i },
  // Photo captions and credits.
  { name: 'caption', weight: 2, pattern: /\b(?:photo|photos|photograph|photographer|getty|afp|images|file photo|pictured|credit)\b/i },
];

/** Embedded HTML tags in a text file: a scraped caption or widget ("<i>…</i><br/>"). */
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** Names joined by slashes, as photo credits are ("Brendan Smialowski/AFP/Getty Images", "@POTUS/X"). */
const CREDIT = /[\p{Lu}@][\p{L}.'’-]*\/[\p{Lu}@]/u;

/** A byline without "By": names, a comma and a news organisation ("Elaine Kurtenbach, The Associated Press"). */
const NAME_AND_OUTLET = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}, (?:the )?[\p{Lu}][\p{L}&.'’ -]*\b(?:press|news|post|times|herald|reuters|agency|network|journal|tribune|star|globe|mail|television|radio|bloomberg|afp|ap|cnn|bbc|cbc|ctv|media|staff|correspondent|contributor|producer|reporter|writer|editor|columnist)$/iu;

/** A byline: "By" and names only ("By MJ Lee and Donald Judd, CNN"). */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*)*$/iu;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?';
const DATE_WORD = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}:\\d{2}(?::\\d{2})?|[ap]\\.?m\\.?|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+z?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|[a-z]{1,2}[sd]?t|gmt|utc|updated|published|posted|last|on|at|\\||-|–|—|/|,)$`,
  'i',
);

/** A line of dates and times only ("Feb 11, 2021 11:55 AM", "Updated 3:04 PM EDT, Tue April 2, 2024"). */
export function isDateLine(text: string): boolean {
  // The digit first: most lines have none, and the split is the costly part.
  if (!/\d/.test(text)) return false;
  const words = text.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 12) return false;
  return words.every((w) => DATE_WORD.test(w));
}

/** Words of a line: runs of letters and digits (CJK text without spaces counts as one word per run). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/** The line with quoted speech removed, so that a quote's "you" or "comments" does not count. */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, ' ');
}

/**
 * The features of one line of text that speak for boilerplate (positive weights) or for
 * article prose (negative weights). `words` is the line's {@link wordsOf} count, for a caller
 * that has counted them already (cleaning needs the count of every line anyway).
 */
export function boilerplateSignals(text: string, words = wordsOf(text).length): Signal[] {
  // Boilerplate is short: a line of thousands of characters is prose (or a scraper's run-on
  // dump), and scanning it with every pattern would only cost time.
  if (text.length > LONGEST_BOILERPLATE) return [{ name: 'long paragraph', weight: -3 }];
  const signals: Signal[] = [];
  const sentence = endsSentence(text);
  const prose = outsideQuotes(text);

  if (words === 0) signals.push({ name: 'no words', weight: 3 });
  if (MARKUP.test(text)) signals.push({ name: 'markup', weight: 3 });
  if (isDateLine(text)) signals.push({ name: 'date', weight: 3 });
  if (!sentence && BYLINE.test(text) && words <= 14) signals.push({ name: 'byline', weight: 3 });
  if (!sentence && words <= 10 && NAME_AND_OUTLET.test(text)) signals.push({ name: 'byline', weight: 3 });
  if (!sentence && CREDIT.test(text)) signals.push({ name: 'credit', weight: 2 });
  // A short line wholly in parentheses is an aside of the page ("(More President Biden stories.)").
  if (/^[(\[][^()\[\]]*[)\]]$/.test(text) && words <= 12) signals.push({ name: 'aside', weight: 3 });
  // Markdown that is not prose: rules, images, a lone link.
  if (/^(?:[-*_=]\s*){3,}$/.test(text)) signals.push({ name: 'rule', weight: 3 });
  if (/^!\[[^\]]*\]\([^)]*\)/.test(text) || /^\[[^\]]*\]\([^)]*\)$/.test(text)) signals.push({ name: 'link', weight: 3 });

  const seen = new Set<RegExp>();
  for (const v of VOCABULARY) {
    const subject = v.name === 'comments' || v.name === 'caption' || v.name === 'share' ? prose : text;
    if (!seen.has(v.pattern) && v.pattern.test(subject)) {
      signals.push({ name: v.name, weight: v.weight });
      seen.add(v.pattern);
    }
  }
  // The reader addressed directly, outside quotes: prompts do that, news prose does not.
  if (/\b(?:you|your|you['’](?:ve|re|ll|d))\b/i.test(prose)) signals.push({ name: 'addresses the reader', weight: 1 });

  if (!sentence) signals.push({ name: 'no final punctuation', weight: 1 });
  if (words <= 6) signals.push({ name: 'short', weight: 1 });
  // Prose: a real sentence of some length is news unless strong signals say otherwise.
  // A long paragraph is prose even when a scraper glued a bio or a credit to its end.
  if (words >= LONG_PARAGRAPH_WORDS) signals.push({ name: 'long paragraph', weight: -3 });
  else if (sentence && words >= 20) signals.push({ name: 'long sentence', weight: -3 });
  else if (sentence && words >= 10) signals.push({ name: 'sentence', weight: -1 });
  return signals;
}

/** The total weight of some signals. */
export function scoreOf(signals: readonly Signal[]): number {
  return signals.reduce((sum, s) => sum + s.weight, 0);
}
