/**
 * A progress bar on stderr for analyses that take more than a moment. It draws only when
 * stderr is a terminal (never into a pipe, a file or CI logs), appears only after a short
 * delay (quick runs show nothing), redraws at most ten times a second, and erases itself
 * when done, so stdout and the rest of stderr are untouched.
 *
 * Usage: `const bar = startProgress('Extracting claims', docs.length);`, then
 * `bar.update(done)` as work completes and `bar.done()` at the end (also on error).
 */

/** A running progress bar (or a silent one when there is no terminal). */
export interface Progress {
  /** Report that `done` of the total units are finished. */
  update(done: number): void;
  /** Erase the bar; further updates are ignored. */
  done(): void;
}

/** The stream the bar writes to: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Show nothing until this many milliseconds have passed (default 400). */
  delayMs?: number;
  /** Milliseconds between redraws (default 100). */
  intervalMs?: number;
  /** The unit counted, for the label ("articles"). */
  unit?: string;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
}

/** The bar's line for `done` of `total` after `elapsedMs`, fitted to `width` columns. */
export function renderProgress(label: string, done: number, total: number, elapsedMs: number, width: number, unit = ''): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const count = `${done}/${total}${unit ? ` ${unit}` : ''}`;
  let eta = '';
  if (done > 0 && done < total) {
    const seconds = Math.ceil(((total - done) * elapsedMs) / done / 1000);
    eta = seconds >= 60 ? ` ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s left` : ` ${seconds}s left`;
  }
  const text = ` ${percent} ${count}${eta}`;
  const barWidth = Math.max(0, Math.min(40, width - label.length - text.length - 4));
  if (barWidth < 5) return `${label}${text}`.slice(0, Math.max(0, width - 1));
  const filled = Math.round(share * barWidth);
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${text}`;
}

const SILENT: Progress = { update() {}, done() {} };

/**
 * Start a progress bar for `total` units of work. Returns a silent bar when the stream is
 * not a terminal.
 */
export function startProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return SILENT;
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 400;
  const intervalMs = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  let finished = false;
  return {
    update(done: number): void {
      if (finished) return;
      const t = now();
      if (t - started < delayMs || t - lastDraw < intervalMs) return;
      lastDraw = t;
      drawn = true;
      const line = renderProgress(label, done, total, t - started, stream.columns ?? 80, options.unit);
      stream.write(`\r${line}\u001b[K`);
    },
    done(): void {
      if (finished) return;
      finished = true;
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

/** Progress bars for stages run one after another (extracting, then clustering, ...). */
export interface StagedProgress {
  /** Start a stage: the previous stage's bar is erased and this one's begins. */
  stage(label: string, total: number, unit: string): (done: number) => void;
  /** Erase the current bar. */
  done(): void;
}

/** One bar per stage, on the same line, each erased when the next starts or all is done. */
export function stagedProgress(options: ProgressOptions = {}): StagedProgress {
  let current: Progress = SILENT;
  return {
    stage(label, total, unit) {
      current.done();
      const bar = startProgress(label, total, { ...options, unit });
      current = bar;
      return (done) => bar.update(done);
    },
    done() {
      current.done();
    },
  };
}
