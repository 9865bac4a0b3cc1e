import { UsageError } from '../exit.ts';

/** `claimdiff review`: not available yet in this build. */
export async function reviewCommand(_argv: string[]): Promise<number> {
  throw new UsageError('review: not available yet');
}
