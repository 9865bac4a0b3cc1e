/** One run of a word-level diff: words both texts share, or words only one of them has. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const fold = (word: string) => word.toLowerCase().replace(/’/g, "'");

/**
 * Word-level diff of `a` against `b` (longest common subsequence over words, compared
 * case-insensitively): "removed" words are only in `a`, "added" only in `b`.
 * Runs of the same op are merged, words joined by single spaces.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const x = words(a);
  const y = words(b);
  // Common prefix and suffix first: claims that differ in a word or two stay cheap.
  let head = 0;
  while (head < x.length && head < y.length && fold(x[head]!) === fold(y[head]!)) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && fold(x[x.length - 1 - tail]!) === fold(y[y.length - 1 - tail]!)) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const n = xs.length;
  const m = ys.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = fold(xs[i]!) === fold(ys[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  };
  for (const w of x.slice(0, head)) push('same', w);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && fold(xs[i]!) === fold(ys[j]!)) push('same', xs[i++]!), j++;
    // Removals before additions, so a replaced word reads "old → new".
    else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push('removed', xs[i++]!);
    else push('added', ys[j++]!);
  }
  for (const w of x.slice(x.length - tail)) push('same', w);
  return parts;
}
