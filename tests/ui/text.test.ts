import { describe, expect, it } from 'vitest';
import { cellWidth, columns, fit, highlight, plain, splitWidth, wrap } from '../../cli/ui/text.ts';

describe('terminal text layout', () => {
  it('cuts a line to its width with an ellipsis and pads a short one', () => {
    expect(plain(fit([{ text: 'candid and constructive', style: 'plain' }], 10))).toBe('candid an…');
    expect(plain(fit([{ text: 'frank', style: 'plain' }], 8))).toBe('frank   ');
  });

  it('counts CJK characters as two cells', () => {
    expect(cellWidth('习近平')).toBe(6);
    expect(cellWidth('Xi')).toBe(2);
    expect(cellWidth(plain(fit([{ text: '习近平主席', style: 'plain' }], 7)))).toBe(7);
  });

  it('wraps at spaces and never exceeds the width, keeping each word its style', () => {
    const lines = wrap([{ text: 'without unduly ', style: 'plain' }, { text: 'restricting', style: 'changed' }, { text: ' trade and investment.', style: 'plain' }], 16);
    expect(lines.map(plain)).toEqual(['without unduly', 'restricting', 'trade and', 'investment.']);
    expect(lines[1]!.spans).toEqual([{ text: 'restricting', style: 'changed' }]);
    for (const l of lines) expect(cellWidth(plain(l))).toBeLessThanOrEqual(16);
  });

  it('keeps a word together when its style changes midway (a search hit followed by a comma)', () => {
    const lines = wrap([{ text: 'concerns about ', style: 'plain' }, { text: 'TikTok', style: 'match' }, { text: ', which is owned', style: 'plain' }], 21);
    expect(lines.map(plain)).toEqual(['concerns about', 'TikTok, which is', 'owned']);
  });

  it('breaks a hyphenated word after a hyphen, and cuts a word still longer than the line', () => {
    expect(wrap([{ text: 'the one-hour-45-minute conversation', style: 'plain' }], 17).map(plain)).toEqual(['the one-hour-45-', 'minute', 'conversation']);
    expect(wrap([{ text: 'one-hour-45-minute', style: 'plain' }], 8).map(plain)).toEqual(['one-', 'hour-45-', 'minute']);
    expect(wrap([{ text: 'US-China', style: 'plain' }, { text: '-led', style: 'changed' }], 20)).toEqual([{ spans: [{ text: 'US-China', style: 'plain' }, { text: '-led', style: 'changed' }] }]);
    expect(wrap([{ text: 'Sino-US', style: 'plain' }], 4).map(plain)).toEqual(['Sino', '-US']);
    expect(wrap([{ text: 'semiconductors', style: 'plain' }], 8).map(plain)).toEqual(['semicond', 'uctors']);
    expect(wrap([{ text: '- a list -- item', style: 'plain' }], 40).map(plain)).toEqual(['- a list -- item']);
  });

  it('puts blocks side by side at their widths', () => {
    const out = columns([[{ spans: [{ text: 'limiting', style: 'plain' }] }], [{ spans: [{ text: 'restricting', style: 'plain' }] }, { spans: [{ text: 'trade', style: 'plain' }] }]], [10, 12], 2);
    expect(out.map(plain)).toEqual(['limiting    restricting ', '            trade       ']);
  });

  it('splits a width into columns that add up to it', () => {
    const widths = splitWidth(53, 3, 2);
    expect(widths.reduce((a, b) => a + b, 0) + 4).toBe(53);
  });

  it('marks every occurrence of the search query, ignoring case', () => {
    expect(highlight('TikTok and tiktok', 'tiktok').map((s) => s.style)).toEqual(['match', 'plain', 'match']);
  });
});
