import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, markLines, type LineKind } from '../../engine/article/clean.ts';
import { SEED_BOILERPLATE, SEED_HEADINGS, SEED_TITLES } from '../robustness/seed-boilerplate.ts';

const corpus = new URL('../../corpus/', import.meta.url);
const seed = (file: string): string => readFileSync(new URL(file, corpus), 'utf8');

/** The kind of every line of `text` whose trimmed content is `line`. */
function kindsOf(text: string, line: string): LineKind[] {
  const kinds: LineKind[] = [];
  for (const m of markLines(text)) {
    const content = text.slice(m.start, m.end);
    if (content === line || content.split(/\r?\n/).includes(line)) kinds.push(m.kind);
  }
  return kinds;
}

/** The kind of the one line in a small text made of `lines` (one per paragraph). */
function kindOf(line: string, before = 'Biden and Xi last spoke on the phone in July 2022, officials said on Monday.'): LineKind {
  const text = `${before}\n\n${line}\n\nThe two leaders also discussed climate change, according to a White House readout.`;
  const at = text.indexOf(line);
  const mark = markLines(text).find((m) => m.start === at);
  return mark!.kind;
}

describe('cleaning the seed articles', () => {
  for (const [file, boilerplate] of Object.entries(SEED_BOILERPLATE)) {
    const text = seed(file);
    const cleaning = clean(text);
    const title = SEED_TITLES[file]!;
    const headings = SEED_HEADINGS[file]!;

    it(`${file}: marks every boilerplate line as skipped`, () => {
      for (const line of boilerplate) {
        const kinds = kindsOf(text, line);
        expect(kinds.length, line).toBeGreaterThan(0);
        for (const kind of kinds) expect(kind, line).not.toBe('body');
      }
    });

    it(`${file}: keeps every other line as news`, () => {
      const notNews = new Set([...boilerplate, ...headings, ...(title ? [title] : [])]);
      for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || notNews.has(trimmed)) continue;
        expect(kindsOf(text, trimmed), trimmed).toEqual(['body']);
      }
    });

    it(`${file}: finds the title and the sub-headings`, () => {
      expect(cleaning.title).toBe(title);
      expect(cleaning.headings.map((h) => text.slice(h.start, h.end))).toEqual(headings);
    });

    it(`${file}: judges every line the same with CRLF or CR line ends`, () => {
      const kinds = markLines(text).map((m) => `${m.kind}:${m.reason}`);
      expect(markLines(text.replace(/\n/g, '\r\n')).map((m) => `${m.kind}:${m.reason}`)).toEqual(kinds);
      expect(markLines(text.replace(/\n/g, '\r')).map((m) => `${m.kind}:${m.reason}`)).toEqual(kinds);
    });

    it(`${file}: returns sorted, non-overlapping skip ranges that cover the headings`, () => {
      for (let i = 1; i < cleaning.skip.length; i++) expect(cleaning.skip[i]!.start).toBeGreaterThanOrEqual(cleaning.skip[i - 1]!.end);
      for (const h of cleaning.headings) expect(cleaning.skip).toContainEqual(h);
    });
  }

  it('skips a headline printed again as a repeat, not as a heading', () => {
    const text = seed('004_f0a7e87750fbe364.txt');
    const marks = markLines(text).filter((m) => text.slice(m.start, m.end) === SEED_TITLES['004_f0a7e87750fbe364.txt']);
    expect(marks.map((m) => m.kind)).toEqual(['title', 'repeat', 'repeat']);
  });

  it('keeps a sub-heading that reports someone\'s words as a claim, and the title as the title', () => {
    const text = 'Phones for the homeless, city says\n\nThe program handed out 120 phones last winter.\n\nTechnology used to help, Freedom Mobile says\n\nThe company donated the phones and a year of service.\n\nBoard says it is ‘monitoring’\n\nThe board said it would act.\n\nRoute ‘will save hours,’ says Okafor\n\nThe mayor spoke at city hall.\n\nMayor tours depot, says ‘buses are coming’\n\nThe tour lasted an hour.\n\nWhat comes next\n\nThe city will decide in March.';
    const kinds = markLines(text).map((m) => [text.slice(m.start, m.end), m.kind]);
    expect(kinds).toContainEqual(['Phones for the homeless, city says', 'title']);
    expect(kinds).toContainEqual(['Technology used to help, Freedom Mobile says', 'body']);
    expect(kinds).toContainEqual(['Board says it is ‘monitoring’', 'body']);
    // The speaker after the quote, or after a first clause.
    expect(kinds).toContainEqual(['Route ‘will save hours,’ says Okafor', 'body']);
    expect(kinds).toContainEqual(['Mayor tours depot, says ‘buses are coming’', 'body']);
    expect(kinds).toContainEqual(['What comes next', 'heading']);
  });

  it('skips a caption line repeated right below the caption markup', () => {
    const text = seed('001_37eae74700f00adc.txt');
    const caption = "President Joe Biden and Chinese President Xi Jinping walk together after a meeting during the Asia-Pacific Economic Cooperation (APEC) Leaders' week in Woodside";
    expect(markLines(text).find((m) => text.slice(m.start, m.end) === caption)?.reason).toBe('repeats part of another line');
  });

  it('skips a pull quote, a line that repeats a quote given with its speaker elsewhere', () => {
    const pull = '"Nobody should have to choose between rent and food."';
    const text = `Housing crisis deepens in Halifax\n\nTom Reyes has lived in his car since June. He works two jobs.\n\nMayor Mike Savage said the first units would open next year.\n\n${pull}\n\n"We are doing what we can," Savage said.\n\nReyes is not convinced. "Nobody should have to choose between rent and food," said Reyes, who grew up in Dartmouth.\n`;
    expect(kindsOf(text, pull)).toEqual(['repeat']);
  });
});

describe('cleaning rules beyond the seeds', () => {
  it.each([
    'Photo: Reuters/Evelyn Hockstein',
    'Mandel Ngan/AFP via Getty Images',
    'Copyright 2023 The Associated Press. All rights reserved.',
    '© Reuters 2021',
    'Updated 3:04 PM EDT, Tue April 2, 2024',
    '2024-04-02 14:05',
    'By Jane Doe and John Roe, Reuters',
    'Additional reporting by Laurie Chen in Beijing',
    'Sign up for our China newsletter',
    'Already a subscriber? Log in',
    'Read more: How the Biden-Xi summit unfolded',
    'Next article: Yellen lands in Guangzhou',
    'Share on Facebook',
    'Click here to download our app',
    'Advertisement: Scroll to continue',
    '(Reuters stories on China.)',
    'Back to top',
    '* * *',
    '![Xi and Biden in Woodside](xi-biden.jpg)',
    'This article has been corrected to fix the date of the call.',
    'The story was translated from German',
    'Elaine Kurtenbach, The Associated Press',
    'With files from The Canadian Press',
    '– With files from Kyle Benning and Slav Kornik',
    'Article Continued Below',
    'WATCH: Scheer receives warm welcome at oil rally',
    'In September, the minister said future benefits would not be provided to a family member in prison. (Adrian Wyld/Canadian Press)',
  ])('marks "%s" as boilerplate', (line) => {
    expect(kindOf(line)).toBe('boilerplate');
  });

  it.each([
    'Xi’s comments to Biden drew a sharp response from Washington, a spokesman said.',
    'The White House shared a photo of the call, which lasted 105 minutes.',
    'Next month, Lai Ching-te will be sworn in as Taiwan’s new president.',
    'Biden urged Beijing to sign up to new rules on artificial intelligence.',
    'Biden and Xi last spoke on the phone in July 2022.',
    '“You cannot decouple the two economies,” Yellen told students in Guangzhou.',
    'A senior official said the call was “candid”.',
    'The report said Xi warned Biden.',
    'Author Salman Rushdie said the award had surprised him.',
    'Washington, Beijing and Moscow have all sent envoys, the Associated Press reported.',
  ])('keeps the news sentence "%s"', (line) => {
    expect(kindOf(line)).toBe('body');
  });

  it('keeps a long paragraph of prose even when a bio or a prompt was glued to its end', () => {
    const paragraph = 'The delegation’s historic trip drew national attention to discriminatory immigration laws and paved the way for change. “These guys were smart enough to go to Ottawa and say we have a different vision for our country,” he says. By the late 1960s, the activism of Black train porters had yielded a series of victories. Jennifer Yang is a Toronto-based reporter. Share your story with us and follow her on Twitter: @jyangstar';
    expect(kindOf(paragraph)).toBe('body');
  });

  it('starts the page furniture only after the last paragraph of prose', () => {
    const text = [
      'Biden spoke with Xi on Tuesday in a call that lasted nearly two hours, according to a readout released by the White House.',
      'Reuters contributed to this report.',
      'CNN Newsource',
      'Xi warned that “negative factors” had been growing in the relationship and required attention from both sides, a ministry readout said.',
      'Copyright 2024 Cable News Network. All rights reserved.',
      'CNN Newsource',
    ].join('\n\n');
    expect(markLines(text).map((m) => m.kind)).toEqual(['body', 'boilerplate', 'heading', 'body', 'boilerplate', 'repeat']);
  });

  it('never takes a quote cut by a blank line for a heading', () => {
    const text = 'Trevor Nicholson outlined how the policy functions.\n\n"Who may be included in a veteran\'s treatment plan is at the discretion of the decision-maker\n\nbased on the recommendation of the health professional," said Nicholson in an email.\n';
    expect(markLines(text).map((m) => m.kind)).toEqual(['body', 'body', 'body']);
  });

  it('takes a Markdown heading as the title and a second one as a heading', () => {
    const text = '# Biden and Xi hold their first call in months\n\nBiden spoke with Xi on Tuesday, the White House said.\n\n## What they discussed\n\nThe leaders discussed Taiwan, officials said.\n';
    const cleaning = clean(text);
    expect(cleaning.title).toBe('Biden and Xi hold their first call in months');
    expect(cleaning.headings.map((h) => text.slice(h.start, h.end))).toEqual(['## What they discussed']);
  });

  it('takes a short Markdown heading as the title, but not a short label', () => {
    expect(clean('# Biden and Xi\n\nXi said peace matters, Xinhua reported.\n').title).toBe('Biden and Xi');
    expect(clean('World News\n\nBiden and Xi hold their first call in months\n\nXi said peace matters, Xinhua reported.\n').title).toBe('Biden and Xi hold their first call in months');
  });

  it('never takes fragments of hard-wrapped prose for headings', () => {
    const text = [
      'Xi said the two countries could open up more contact in economic, financial,',
      'law enforcement and military spheres, and called for dialogue to foster',
      'Mutual Understanding between the two peoples and the wider world, Xinhua said.',
    ].join('\n');
    expect(markLines(text).map((m) => m.kind)).toEqual(['body', 'body', 'body']);
    expect(clean(text).skip).toEqual([]);
  });

  it('treats CRLF line ends like LF and keeps offsets into the text as it is', () => {
    const text = 'Skip to Content\r\n\r\nBiden spoke with Xi on Tuesday, the White House said.\r\n';
    const cleaning = clean(text);
    expect(cleaning.skip).toEqual([{ start: 0, end: 15 }]);
  });

  it('marks nothing in a text without lines, and stays linear on a long single line', () => {
    expect(clean('')).toEqual({ skip: [], title: null, headings: [] });
    const line = 'Xi said “peace”, Biden said “stability”. '.repeat(50_000);
    const cleaning = clean(line);
    expect(cleaning.skip).toEqual([]);
  });
});
