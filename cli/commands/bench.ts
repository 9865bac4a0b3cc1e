import { UsageError } from '../exit.ts';

/** `claimdiff bench`: not available yet in this build. */
export async function benchCommand(_argv: string[]): Promise<number> {
  throw new UsageError('bench: not available yet');
}
