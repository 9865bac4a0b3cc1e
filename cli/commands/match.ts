import { UsageError } from '../exit.ts';

/** `claimdiff match`: not available yet in this build. */
export async function matchCommand(_argv: string[]): Promise<number> {
  throw new UsageError('match: not available yet');
}
