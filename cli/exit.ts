/** Exit codes of the contract, in one place. */
export const EXIT = { ok: 0, usage: 2, internal: 3 } as const;

/**
 * A mistake of the user's (bad option, missing file, malformed manifest): printed as one
 * line on stderr, exit 2, never a stack trace. The message names the file, field or option.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
