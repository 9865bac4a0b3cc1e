/** Exit codes of the contract, in one place. */
export const EXIT = { ok: 0, usage: 2, internal: 3 } as const;

/**
 * A mistake of the user's (bad option, missing file, malformed manifest): printed as one
 * line on stderr, exit 2, never a stack trace. The message names the file, field or option.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The user asked for a command's usage (-h/--help): printed on stdout, exit 0, nothing run. */
export class HelpRequested extends Error {
  override name = 'HelpRequested';
}
