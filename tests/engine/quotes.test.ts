import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairQuotes } from '../../engine/article/quotes.ts';

const inner = (text: string): string[] => pairQuotes(text).map((q) => text.slice(q.start, q.end));

describe('pairQuotes', () => {
  it('pairs curly quotes and leaves the apostrophe of "China’s" alone', () => {
    const text = '“If (the US) is adamant on containing China’s hi-tech development, China is not going to sit back and watch,” Xi said, according to China’s readout.';
    expect(inner(text)).toEqual(['If (the US) is adamant on containing China’s hi-tech development, China is not going to sit back and watch,']);
  });

  it('pairs a straight opening quote with a curly closing one', () => {
    const text = 'what the White House has labeled as "coercive and unfair” trade practices by the Chinese, the AP reports.';
    expect(inner(text)).toEqual(['coercive and unfair']);
  });

  it('pairs a curly opening quote with a straight closing one', () => {
    const text = 'The White House said in a statement the “two leaders had a broad, strategic discussion." It said the leaders "discussed the responsibility of both nations."';
    expect(inner(text)).toEqual(['two leaders had a broad, strategic discussion.', 'discussed the responsibility of both nations.']);
  });

  it('keeps single quotes nested in a double quote inside it', () => {
    const text = 'urged the US to act in accordance “with President Biden’s commitment of not supporting ‘Taiwan independence,’” the readout said.';
    expect(inner(text)).toEqual(['with President Biden’s commitment of not supporting ‘Taiwan independence,’']);
  });

  it('treats a closed pair of single quotes outside double quotes as a quote', () => {
    expect(inner("President Xi urged concrete actions reflecting President Biden's commitment to not support 'Taiwan independence'")).toEqual(['Taiwan independence']);
    expect(inner('Taiwan remains ‘red line’')).toEqual(['red line']);
  });

  it('reads the apostrophe of the plural possessive "nations’ economies" as no quote', () => {
    expect(inner('assurances that it does not want to decouple the two nations’ economies.')).toEqual([]);
  });

  it('reads two single marks typed for a double one as a double quote, mixed pairs included', () => {
    expect(inner('“We dedicate ourselves to local creators,’’ says the founder.')).toEqual(['We dedicate ourselves to local creators,']);
    expect(inner('‘’It’s not a question of who wins ... we all lose.” Shelby said.')).toEqual(['It’s not a question of who wins ... we all lose.']);
  });

  it('runs a quote over several sentences', () => {
    const text = '“Chinese-U.S. cooperation can achieve many great things. Confrontation between China and the U.S. would certainly be a disaster,” said Xi.';
    const [q] = pairQuotes(text);
    expect(text.slice(q!.start, q!.end)).toContain('great things. Confrontation');
    expect(q!.closed).toBe(true);
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = '“I don’t think we ever really take the Chinese at their word';
    const [q] = pairQuotes(text);
    expect(q).toMatchObject({ start: 1, end: text.length, closed: false });
  });

  it('runs a single-mark quote that opens its paragraph on to the paragraph\'s end, but drops an open apostrophe', () => {
    const text = "'So, for most buyers the amount they can spend is decided by their deposit.";
    const [q] = pairQuotes(text);
    expect(q).toMatchObject({ start: 1, end: text.length, closed: false });
    expect(inner("'90s music is back in fashion.")).toEqual([]);
  });

  it('ends a quote whose closing mark was lost where the next quote opens', () => {
    const text = 'He said “first part and then “second part” here.';
    expect(inner(text)).toEqual(['first part and then', 'second part']);
  });

  it('never throws and gives ranges inside the text, in order, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '‘', '’', 'a', ' ', '.', '\n', 'b') }), (text) => {
        const quotes = pairQuotes(text);
        let last = -1;
        for (const q of quotes) {
          expect(q.open).toBeGreaterThan(last);
          expect(q.start).toBe(q.open + 1);
          expect(q.end).toBeGreaterThanOrEqual(q.start);
          expect(q.close).toBeLessThanOrEqual(text.length);
          last = q.close - 1;
        }
      }),
    );
  });

  it('does work linear in the input: doubling a run of quote marks doubles the steps at most', () => {
    // Count character reads through a proxy string: the steps, not the clock.
    const steps = (n: number): number => {
      let reads = 0;
      const base = '“"”\'‘’'.repeat(n);
      const counted = new Proxy(new String(base), {
        get(target, prop) {
          if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      pairQuotes(counted as unknown as string, 0, base.length);
      return reads;
    };
    const small = steps(2000);
    const large = steps(4000);
    expect(large / small).toBeLessThan(2.2);
    expect(small).toBeGreaterThan(0);
  });
});
