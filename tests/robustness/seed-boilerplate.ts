/**
 * The boilerplate of the five seed articles, written by reading them line by line: every line
 * that is not news (navigation, captions and credits, bylines, paywall, share and comment
 * prompts, copyright, dates, repeated headlines, notes about the article) — and the titles
 * and sub-headings, which are metadata, not claims. Each entry is a whole line of the file,
 * copied verbatim. Every other non-blank line of the seeds is news.
 */
export const SEED_BOILERPLATE: Record<string, string[]> = {
  '000_7453a6a4d015fd0b.txt': [
    'Feb 11, 2021 11:55 AM',
    'Luo Meihan and Bloomberg contributed to the story',
    'Contact reporter Han Wei ( and editor Doug Young (',
    'Support quality journalism in China. Subscribe to Caixin Global starting at $0.99.',
    "You've accessed an article available only to subscribers",
    'Share this article',
    'Open WeChat and scan the QR code',
  ],
  '001_37eae74700f00adc.txt': [
    'Skip to Content',
    '<i>Brendan Smialowski/AFP/Getty Images via CNN Newsource</i><br/>President Joe Biden and Chinese President Xi Jinping walk together after a meeting during the Asia-Pacific Economic Cooperation (APEC) Leaders\' week in Woodside',
    'Brendan Smialowski/AFP/Getty Images via CNN Newsource',
    "President Joe Biden and Chinese President Xi Jinping walk together after a meeting during the Asia-Pacific Economic Cooperation (APEC) Leaders' week in Woodside",
    'By MJ Lee and Donald Judd, CNN',
    'This story has been updated with additional developments on Tuesday.',
    'CNN’s Simone McCarthy, Sam Fossum and Arlette Saenz contributed to this report.',
    '™ & © 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.',
    'Article Topic Follows: CNN - US Politics',
    'Jump to comments ↓',
    'Author Profile Photo',
    'CNN Newsource',
    'KIFI Local News 8 is committed to providing a forum for civil and constructive conversation.',
    'Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here',
    'If you would like to share a story idea, please submit it here.',
    'Skip to content',
  ],
  '002_3509497b077d475c.txt': ['story continues below', '(More', 'President Biden stories.)'],
  '003_1e5dd3f874457f56.txt': [
    'For the best experience, open',
    'on your mobile browser.',
    // The standfirst repeats the first sentence of a later paragraph, which stays a claim.
    "Addressing concerns about U.S. actions affecting China's trade and technology development, President Xi urged concrete actions reflecting President Biden's commitment to not support 'Taiwan independence'",
    'are us and china rebuilding relations as biden xi talk on phone',
    'Are US and China rebuilding relations as Biden-Xi talk on phone? --- Photo: @POTUS/X',
  ],
  '004_f0a7e87750fbe364.txt': [
    'The article is in Dutch',
    'Tags: phone call Biden months global tensions',
    'PREV Hilarity over failed Russian diversion: helicopter lands on painted image of fighter plane',
    'NEXT Biden calls on Florida residents to ‘make their voices heard’ on abortion rights | Abroad',
  ],
};

/** Titles (first headline) and sub-headings of the seeds: skipped as claims, kept as metadata. */
export const SEED_TITLES: Record<string, string | null> = {
  '000_7453a6a4d015fd0b.txt': 'President Xi Speaks with Biden in First Official Phone Call',
  '001_37eae74700f00adc.txt': 'Biden and Xi speak for first time since November summit amid global tensions',
  '002_3509497b077d475c.txt': null,
  '003_1e5dd3f874457f56.txt': 'Are US and China rebuilding relations as Biden-Xi talk on phone?',
  '004_f0a7e87750fbe364.txt': 'First phone call between Biden and Xi in months amid global tensions',
};

export const SEED_HEADINGS: Record<string, string[]> = {
  '000_7453a6a4d015fd0b.txt': [],
  '001_37eae74700f00adc.txt': ['A ‘check in’', 'Yellen set to visit China this week'],
  '002_3509497b077d475c.txt': [],
  '003_1e5dd3f874457f56.txt': [],
  '004_f0a7e87750fbe364.txt': ['Taiwan remains ‘red line’'],
};
