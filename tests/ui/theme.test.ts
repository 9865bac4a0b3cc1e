import { describe, expect, it } from 'vitest';
import { colorEnabled, paint } from '../../cli/ui/theme.ts';

describe('theme', () => {
  it('paints a changed word bold, underlined and yellow, and plain text as it is', () => {
    expect(paint([{ text: 'without unduly ', style: 'plain' }, { text: 'restricting', style: 'changed' }], true)).toBe('without unduly \x1b[1;4;33mrestricting\x1b[0m');
  });

  it('keeps only attributes without colour: bold and underline, no colour codes', () => {
    expect(paint([{ text: 'restricting', style: 'changed' }, { text: 'omitted', style: 'omitted' }], false)).toBe('\x1b[1;4mrestricting\x1b[0m\x1b[1momitted\x1b[0m');
  });

  it('inverts every span of the selected line', () => {
    expect(paint([{ text: '›', style: 'bold' }, { text: ' Biden noted', style: 'plain' }], false, true)).toBe('\x1b[1;7m›\x1b[0m\x1b[7m Biden noted\x1b[0m');
  });

  it('turns colour off for NO_COLOR, FORCE_COLOR=0 and dumb terminals only', () => {
    expect(colorEnabled({ TERM: 'xterm-256color' })).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' })).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled({ TERM: 'dumb' })).toBe(false);
  });
});
