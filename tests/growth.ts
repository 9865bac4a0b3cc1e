/**
 * Whether work grows linearly with input, told apart from quadratic growth without a
 * wall-clock limit: the same work on an input eight times larger should take about eight
 * times as long if linear, sixty-four if quadratic. Time is this process's CPU time, not wall
 * time, since tests run in parallel on a machine shared with other jobs; the small and the
 * large input are timed in turn, several times, and the fastest of each is kept.
 */
import { expect } from 'vitest';

/** Size ratio of the two inputs. */
export const SCALE = 8;
/** Above this ratio of times, growth is not linear: three times the linear ratio, a third of the quadratic one. */
const MAX_RATIO = SCALE * 3;
/** A large run faster than this is too short to time, and passes. */
const MIN_MS = 40;

/**
 * Expect `work` on `make(size * SCALE)` to take at most {@link MAX_RATIO} times as long as on
 * `make(size)`.
 */
export function expectLinear(label: string, work: (input: string) => unknown, make: (chars: number) => string, size: number, repeats = 3): void {
  const small = make(size);
  const large = make(size * SCALE);
  work(small); // warm up
  let fastSmall = Infinity;
  let fastLarge = Infinity;
  for (let r = 0; r < repeats; r++) {
    fastSmall = Math.min(fastSmall, timed(() => work(small)));
    fastLarge = Math.min(fastLarge, timed(() => work(large)));
  }
  if (fastLarge < MIN_MS) return;
  expect(fastLarge / Math.max(fastSmall, 1), `${label}: ${fastSmall.toFixed(0)} ms → ${fastLarge.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
}

/** CPU milliseconds of this process spent on `run`: what other processes on the machine do does not count. */
function timed(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
