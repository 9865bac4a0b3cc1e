/**
 * Whether work grows linearly with input, told apart from quadratic growth without a
 * wall-clock limit: the same work on an input eight times larger should take about eight
 * times as long if linear, sixty-four if quadratic. Time is this process's CPU time, not wall
 * time, since tests run in parallel on a machine shared with other jobs; the small input is
 * made large enough to time (fast work on a tiny input is all noise: JIT tiers, a collection),
 * then the small and the large input are timed in turn, several times, and the fastest of
 * each is kept; a ratio above the bound is measured again before it fails the test.
 */
import { expect } from 'vitest';

/** Size ratio of the two inputs. */
const SCALE = 8;
/** Above this ratio of times, growth is not linear: three times the linear ratio, a third of the quadratic one. */
const MAX_RATIO = SCALE * 3;
/** The small input is doubled until the work on it takes this long... */
const MIN_SMALL_MS = 50;
/** ...or it reaches this many characters. */
const MAX_SMALL_CHARS = 400_000;
/** Measurements above the bound are taken again, up to this many in all. */
const ATTEMPTS = 3;
/** A large run faster than this is too short to time, and passes. */
const MIN_MS = 40;

/**
 * Expect `work` on `make(size * 8)` to take at most {@link MAX_RATIO} times as long as on
 * `make(size)`, for a size from `start` characters up that is long enough to time.
 */
export function expectLinear(label: string, work: (input: string) => unknown, make: (chars: number) => string, start = 10_000, repeats = 3): void {
  let size = start;
  work(make(size)); // warm up
  while (size < MAX_SMALL_CHARS && fastest(work, make(size), 2) < MIN_SMALL_MS) size *= 2;
  const small = make(size);
  const large = make(size * SCALE);
  let ratio = Infinity;
  let seen = '';
  // Quadratic work exceeds the bound every time; a collection or another job's burst on the
  // large run only now and then (seen: 18 → 439 ms, 24.3×, on linear HTML parsing), so a
  // measurement above the bound is taken again before it counts.
  for (let attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
    let fastSmall = Infinity;
    let fastLarge = Infinity;
    for (let r = 0; r < repeats; r++) {
      fastSmall = Math.min(fastSmall, timed(() => work(small)));
      fastLarge = Math.min(fastLarge, timed(() => work(large)));
    }
    if (fastLarge < MIN_MS) return;
    ratio = Math.min(ratio, fastLarge / Math.max(fastSmall, 1));
    seen += `${seen ? ', ' : ''}${fastSmall.toFixed(0)} ms → ${fastLarge.toFixed(0)} ms`;
  }
  expect(ratio, `${label}, ${small.length} → ${large.length} chars: ${seen}`).toBeLessThan(MAX_RATIO);
}

/** The fastest of `runs` timings of `work` on `input`. */
function fastest(work: (input: string) => unknown, input: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) best = Math.min(best, timed(() => work(input)));
  return best;
}

/** CPU milliseconds of this process spent on `run`: what other processes on the machine do does not count. */
function timed(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
