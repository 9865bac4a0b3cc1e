/**
 * Citing a claim by file, line and column. Line starts are computed once per source and
 * looked up by binary search; every citation comes from the claim's own offsets.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      // \r\n counts as one break; a lone \r too.
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column (in UTF-16 code units) of `offset`. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
