/** Wrap `text` to lines of at most `width` characters, breaking at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > width) {
      if (line) lines.push(line), (line = '');
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else lines.push(line), (line = word);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
