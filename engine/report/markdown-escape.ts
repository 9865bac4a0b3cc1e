/**
 * Escaping article text for GitHub-flavoured Markdown: nothing from an article may become
 * markup, HTML or a broken table.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escape text for running Markdown: HTML characters and Markdown punctuation; whitespace runs become one space. */
export function escapeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`);
}

/** Escape text for a table cell: as {@link escapeText}, which also escapes pipes and folds newlines. */
export function escapeCell(text: string): string {
  return escapeText(text) || ' ';
}

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
