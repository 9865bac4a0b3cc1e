/**
 * claimdiff's command line: picks the command, runs it, and turns errors into the
 * contract's exit codes (0 ok, 2 the user's mistake in one line, 3 an internal error).
 */
import { EXIT, HelpRequested, UsageError } from './exit.ts';

/** A command's entry point: its own arguments in, an exit code out. */
export type Command = (argv: string[]) => Promise<number>;

/** A command: how to load it, and its usage (what `claimdiff COMMAND --help` prints). */
interface CommandEntry {
  load: () => Promise<Command>;
  usage: string;
}

const COMMANDS: Record<string, CommandEntry> = {
  analyze: {
    load: async () => (await import('./commands/analyze.ts')).analyzeCommand,
    usage: `claimdiff analyze [CORPUS] [--json]    the whole analysis`,
  },
  report: {
    load: async () => (await import('./commands/report.ts')).reportCommand,
    usage: `claimdiff report [CORPUS] [-o FILE] [--event ID]
                                         the Markdown diff report`,
  },
  review: {
    load: async () => (await import('./commands/review.ts')).reviewCommand,
    usage: `claimdiff review [CORPUS]              the interactive review UI`,
  },
  claims: {
    load: async () => (await import('./commands/claims.ts')).claimsCommand,
    usage: `claimdiff claims FILE... [--json]      attributed claims of single articles`,
  },
  match: {
    load: async () => (await import('./commands/match.ts')).matchCommand,
    usage: `claimdiff match --pairs FILE [--parts] [--json]
                                         same-claim decisions for TSV sentence pairs
                                         (id<TAB>text1<TAB>text2, - for stdin); --parts
                                         decides as clustering does (clauses, shared quotations)`,
  },
  eval: {
    load: async () => (await import('./commands/eval.ts')).evalCommand,
    usage: `claimdiff eval --gold FILE [CORPUS] [--json]
                                         score the analysis against gold annotations`,
  },
  bench: {
    load: async () => (await import('./commands/bench.ts')).benchCommand,
    usage: `claimdiff bench [--json] [--articles N] [--scales 1,2,4,8] [--seed N] [--claims N] [--workers N]
                                         the benchmark on a synthetic archive (minutes)`,
  },
};

const FOOTER = `CORPUS is a directory (default: the bundled corpus) or files; - reads stdin.
Every command takes --profile FILE to load another source profile.`;

export const USAGE = `claimdiff: who said what, who reported it, and which outlet added, dropped or changed a claim

Usage:
  claimdiff                              review the bundled corpus (report when not in a terminal)
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

${FOOTER}`;

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
  const entry = COMMANDS[name!];
  if (!entry) {
    process.stderr.write(`claimdiff: unknown command "${name}" (try claimdiff --help)\n`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    return await command(args);
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`Usage: ${entry.usage}\n\n${FOOTER}\n`);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`claimdiff: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`claimdiff: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
