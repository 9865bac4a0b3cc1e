import { UsageError } from '../exit.ts';

/** `claimdiff eval`: not available yet in this build. */
export async function evalCommand(_argv: string[]): Promise<number> {
  throw new UsageError('eval: not available yet');
}
