import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeCell, escapeText, table } from '../../engine/report/markdown-escape.ts';

describe('escapeCell', () => {
  it('keeps pipes, backticks, HTML and newlines from breaking a table', () => {
    expect(escapeCell('a | b `code` <script>alert(1)</script>\nnext')).toBe('a \\| b \\`code\\` &lt;script&gt;alert(1)&lt;/script&gt; next');
  });

  it('turns the CNN caption markup into text', () => {
    expect(escapeText('<i>Brendan Smialowski/AFP/Getty Images via CNN Newsource</i><br/>')).toBe(
      '&lt;i&gt;Brendan Smialowski/AFP/Getty Images via CNN Newsource&lt;/i&gt;&lt;br/&gt;',
    );
  });

  it('never lets an unescaped pipe, angle bracket or line break through, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const cell = escapeCell(text);
        expect(cell).not.toMatch(/(^|[^\\])\|/);
        expect(cell).not.toMatch(/[<>\n\r]/);
      }),
    );
  });
});

describe('table', () => {
  it('renders a GitHub-flavoured table with one separator row', () => {
    expect(table(['Outlet', 'Claims'], [['CNN', '61']])).toBe('| Outlet | Claims |\n| --- | --- |\n| CNN | 61 |');
  });
});
