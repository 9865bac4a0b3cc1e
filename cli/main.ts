/**
 * claimdiff's command line: picks the command, runs it, and turns errors into the
 * contract's exit codes (0 ok, 2 the user's mistake in one line, 3 an internal error).
 */
import { EXIT, UsageError } from './exit.ts';

/** A command's entry point: its own arguments in, an exit code out. */
export type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  claims: async () => (await import('./commands/claims.ts')).claimsCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  review: async () => (await import('./commands/review.ts')).reviewCommand,
  match: async () => (await import('./commands/match.ts')).matchCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
  bench: async () => (await import('./commands/bench.ts')).benchCommand,
};

export const USAGE = `claimdiff: who said what, who reported it, and which outlet added, dropped or changed a claim

Usage:
  claimdiff                              review the bundled corpus (report when not in a terminal)
  claimdiff analyze [CORPUS] [--json]    the whole analysis
  claimdiff report [CORPUS] [-o FILE] [--event ID]
                                         the Markdown diff report
  claimdiff review [CORPUS]              the interactive review UI
  claimdiff claims FILE... [--json]      attributed claims of single articles
  claimdiff match --pairs FILE [--json]  same-claim decisions for TSV sentence pairs
  claimdiff eval --gold FILE [CORPUS] [--json]
                                         score the analysis against gold annotations

CORPUS is a directory (default: the bundled corpus) or files; - reads stdin.
Every command takes --profile FILE to load another source profile.`;

/** Run claimdiff with `argv` (without node and the script) and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  // `claimdiff analyze --json | head`: the reader left; stop quietly instead of a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  let name = first;
  let args = rest;
  if (first === undefined || first.startsWith('-')) {
    // No command: review in a terminal, the report when piped (CI, `npm start > file`).
    name = process.stdout.isTTY && process.stdin.isTTY ? 'review' : 'report';
    args = argv;
  }
  const load = COMMANDS[name!];
  if (!load) {
    process.stderr.write(`claimdiff: unknown command "${name}" (try claimdiff --help)\n`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`claimdiff: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`claimdiff: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
