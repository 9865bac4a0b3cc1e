/**
 * The synthetic corpus's outlets: each with its own habits (how much of the story it
 * keeps, how freely it rewords) and its own boilerplate, in the shapes scraped news
 * carries: navigation, bylines, captions, prompts, tag lines, copyright, PREV/NEXT links.
 */
export interface Outlet {
  name: string;
  /** Share of an event's claims the outlet carries. */
  keep: number;
  /** Chance of each applicable near-synonym swap. */
  reword: number;
  /** Chance of moving a leading phrase, and of trimming a trailing clause. */
  move: number;
  trim: number;
  /** Lines before the title, after the title, in the middle of the text, and at the end. */
  header: string[];
  byline: string | null;
  middle: string | null;
  footer: string[];
  /** A dateline put before the first sentence ("Washington (CNN) — "). */
  dateline: string | null;
}

export const OUTLETS: Outlet[] = [
  {
    name: 'Capital Wire', keep: 0.85, reword: 0.1, move: 0.1, trim: 0.05, dateline: 'Washington (Capital Wire) — ',
    header: ['Skip to Content'], byline: 'By Dana Whitfield and Omar Haddad, Capital Wire',
    middle: null, footer: ['™ & © {year} Capital Wire Inc. All rights reserved.', 'Jump to comments ↓', 'Please keep your comments respectful and relevant.'],
  },
  {
    name: 'Pacific Ledger', keep: 0.7, reword: 0.35, move: 0.3, trim: 0.2, dateline: null,
    header: ['For the best experience, open', 'on your mobile browser.'], byline: null,
    middle: null, footer: ['Tags: Biden Xi phone call China US relations'],
  },
  {
    name: 'Newsline (AP)', keep: 0.55, reword: 0.2, move: 0.15, trim: 0.3, dateline: null,
    header: [], byline: null, middle: 'story continues below', footer: ['(More China stories.)'],
  },
  {
    name: 'Harbour Times', keep: 0.75, reword: 0.45, move: 0.2, trim: 0.15, dateline: null,
    header: ['Skip to content', 'Home | World | Asia | Business'], byline: 'Photo: Reuters/Getty Images',
    middle: null, footer: ['PREV Markets rally as trade talks resume', 'NEXT Storm warnings issued for coastal towns', 'The article is in Dutch'],
  },
  {
    name: 'Beijing Business Review', keep: 0.65, reword: 0.25, move: 0.25, trim: 0.25, dateline: null,
    header: [], byline: 'Contact reporter Li Wen and editor Mark Fraser',
    middle: null, footer: ['Support quality journalism in China. Subscribe to Beijing Business Review starting at $0.99.', 'Share this article', 'Open WeChat and scan the QR code'],
  },
  {
    name: 'Midwest Daily', keep: 0.6, reword: 0.3, move: 0.1, trim: 0.35, dateline: 'WASHINGTON — ',
    header: ['Subscribe now | Sign in'], byline: 'By Carla Jennings | Midwest Daily',
    middle: 'Advertisement', footer: ['Copyright {year} Midwest Daily. All rights reserved.', 'Comments are closed.'],
  },
  {
    name: 'Asia Current', keep: 0.8, reword: 0.5, move: 0.35, trim: 0.1, dateline: 'New Delhi — ',
    header: ['Menu', 'Search'], byline: null,
    middle: 'Also read: Markets watch the talks', footer: ['Follow us on X and Facebook for more updates.'],
  },
  {
    name: 'Global Review', keep: 0.5, reword: 0.15, move: 0.2, trim: 0.4, dateline: null,
    header: ['Skip to main content'], byline: 'Photo credit: AFP via Getty Images',
    middle: null, footer: ['This story has been updated with additional developments.', '© {year} Global Review'],
  },
];
