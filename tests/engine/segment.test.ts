import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { segment, type SegmentOptions } from '../../engine/article/segment.ts';
import type { Cleaning } from '../../engine/article/clean.ts';

const none: Cleaning = { skip: [], title: null, headings: [] };
const corpus = new URL('../../corpus/', import.meta.url);
const texts = (text: string, cleaning: Cleaning = none, options: SegmentOptions = {}): string[] => segment(text, cleaning, options).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('mends the split wink-nlp makes inside "U.S." and keeps the two quoted sentences apart', () => {
    const text = '“Chinese-U.S. cooperation can achieve many great things that benefit both countries and the whole world. Confrontation between China and the U.S. would certainly be a disaster for both countries and the world,” said Xi.';
    const parts = texts(text);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe('“Chinese-U.S. cooperation can achieve many great things that benefit both countries and the whole world.');
  });

  it('keeps a quote that opens on a lowercase word after an abbreviation in its sentence', () => {
    const text = 'Toronto retiree Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life.';
    expect(texts(text)).toEqual([text]);
  });

  it('keeps an abbreviated title and the name after it in one sentence: "… filed by Cpl. Dana Reid noted …"', () => {
    const text = 'According to the prosecutor, a report filed by RCMP investigator Cpl. Dana Reid noted the road was dry. Sgt. Omar Haddad agreed.';
    expect(texts(text)).toEqual(['According to the prosecutor, a report filed by RCMP investigator Cpl. Dana Reid noted the road was dry.', 'Sgt. Omar Haddad agreed.']);
  });

  it('keeps "Co. Ltd., said" in one sentence', () => {
    const text = 'Biden’s policy would fall somewhere between the two, Gao Ruidong, chief macroeconomist at Everbright Securities Co. Ltd., said in a Caixin column.';
    expect(texts(text)).toEqual([text]);
  });

  it('treats every line break as a paragraph boundary', () => {
    const text = 'The call came amid high tensions\nBoth leaders extended greetings to the other for the Lunar New Year.';
    const segs = segment(text, none);
    expect(segs.map((s) => s.paragraph)).toEqual([0, 1]);
    expect(texts(text)[0]).toBe('The call came amid high tensions');
  });

  it('gives each segment its quotes clipped to it, a quote running over two sentences in both', () => {
    const text = '“I don’t think we ever really take the Chinese at their word. It is about verifying, as the president says,” the official told CNN.';
    const segs = segment(text, none);
    expect(segs).toHaveLength(2);
    expect(segs[0]!.quotes[0]!.text).toBe('I don’t think we ever really take the Chinese at their word.');
    expect(segs[1]!.quotes[0]!.text).toBe('It is about verifying, as the president says,');
    expect(segs[0]!.quoteIds).toEqual(segs[1]!.quoteIds);
  });

  it('cuts a sentence carrying two attributions from different sources into two claims', () => {
    const text = 'The two leaders had a candid and constructive conversation, the White House said, and they had a candid and in-depth exchange, the ministry said.';
    expect(texts(text)).toEqual([
      'The two leaders had a candid and constructive conversation, the White House said,',
      'and they had a candid and in-depth exchange, the ministry said.',
    ]);
  });

  it('cuts where a second source speaks after a conjunction, a dash or a leading "while" clause', () => {
    const cues = { cueVerbs: ['say', 'deny', 'argue'] };
    expect(texts('He has denied wrongdoing, and his supporters argue he was scapegoated after the leaks.', none, cues)).toEqual([
      'He has denied wrongdoing,',
      'and his supporters argue he was scapegoated after the leaks.',
    ]);
    expect(texts('The company has said it signed agreements with every band — but the hereditary chiefs say those agreements do not apply.', none, cues)).toEqual([
      'The company has said it signed agreements with every band —',
      'but the hereditary chiefs say those agreements do not apply.',
    ]);
    expect(texts('While some critics say the plan costs too much, the director says it pays for itself.', none, cues)).toEqual([
      'While some critics say the plan costs too much,',
      'the director says it pays for itself.',
    ]);
  });

  it('cuts off a comment on what a source said: "…, Beijing said Monday, a move Ottawa called …", "…, which the mayor described as …"', () => {
    const cues = { cueVerbs: ['say', 'call', 'describe'] };
    expect(texts('Two Canadians have been charged, Beijing said Monday, a move Ottawa called "deeply troubling."', none, cues)).toEqual([
      'Two Canadians have been charged, Beijing said Monday,',
      'a move Ottawa called "deeply troubling."',
    ]);
    expect(texts('The company cut 500 jobs, the union said, which the mayor described as a disaster.', none, cues)).toEqual([
      'The company cut 500 jobs, the union said,',
      'which the mayor described as a disaster.',
    ]);
    // No report before the comment: one claim.
    const whole = 'The company cut 500 jobs, a move the mayor called a disaster.';
    expect(texts(whole, none, cues)).toEqual([whole]);
  });

  it('keeps one source\'s sentence whole: quoted joints, a pronoun going on, a clause without its own subject', () => {
    const cues = { cueVerbs: ['say', 'add'] };
    const whole = [
      '“We said no, and they said yes,” Smith said.',
      'Biden said the United States would act, and he said China must act too.',
      'Officials said the talks were productive, and added that more would follow.',
      'While in Beijing, Blinken said the two sides had agreed to keep talking.',
      'Although the ministry said it would respond, no statement came.',
    ];
    for (const text of whole) expect(texts(text, none, cues)).toEqual([text]);
  });

  it('keeps an embedded attribution in one claim', () => {
    const text = 'Biden noted his worries about China’s trade tactics that the White House said harm American workers.';
    expect(texts(text)).toEqual([text]);
  });

  it('leaves skip ranges and headings out of every segment', () => {
    const text = 'Skip to Content\n\nA ‘check in’\n\nThe conversation Tuesday was meant to serve as a “check in,” the official said.';
    const skip = [{ start: 0, end: 15 }];
    const headings = [{ start: 17, end: 29 }];
    const parts = texts(text, { skip, headings, title: null });
    expect(parts).toEqual(['The conversation Tuesday was meant to serve as a “check in,” the official said.']);
  });

  it('gives segments exact offsets and their own tokens on every seed article', () => {
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, corpus), 'utf8');
      const segs = segment(text, none);
      expect(segs.length).toBeGreaterThan(10);
      for (const s of segs) {
        const slice = text.slice(s.start, s.end);
        expect(slice).toBe(slice.trim());
        expect(s.tokens[0]!.start).toBe(s.start);
        expect(s.tokens.at(-1)!.end).toBe(s.end);
        for (const q of s.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      }
    }
  });

  it('never throws and keeps segments in order inside the text, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '’', 'Xi', ' said', '.', ' ', '\n', 'U.S.', ',') }), (text) => {
        let last = 0;
        for (const s of segment(text, none)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
          last = s.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
