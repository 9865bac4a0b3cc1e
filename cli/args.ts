import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './exit.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
const COMMON: Options = {
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** "--json, -o/--output FILE, --profile FILE": the options a command knows, for error messages. */
function optionList(options: Options): string {
  return Object.entries(options)
    .map(([name, o]) => `${o.short ? `-${o.short}/` : ''}--${name}${o.type === 'string' ? ' VALUE' : ''}`)
    .join(', ');
}

/** The known option closest to a mistyped one (edit distance at most 2), if any. */
function nearest(typed: string, names: readonly string[]): string | null {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const here = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = here;
      }
    }
    return row[b.length]!;
  };
  const scored = names.map((n) => ({ n, d: distance(typed, n) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1));
  return scored[0]?.n ?? null;
}

/**
 * Parse a command's arguments strictly: an unknown option, a missing value or a value given
 * to a flag is a UsageError in one line naming the option, never a stack trace.
 */
export function parseCommandArgs(command: string, argv: string[], options: Options) {
  const all = { ...COMMON, ...options };
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
    if (unknown) {
      const guess = nearest(unknown[2]!, Object.keys(all));
      const hint = guess ? `did you mean --${guess}? ` : '';
      throw new UsageError(`${command}: unknown option ${unknown[1]}${unknown[2]} (${hint}options: ${optionList(all)})`);
    }
    const missing = /^Option '([^']*?)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new UsageError(`${command}: option ${missing[1]} needs a value`);
    const ambiguous = /^Option '([^']*)' argument is ambiguous/.exec(message);
    if (ambiguous) throw new UsageError(`${command}: option ${ambiguous[1]} needs a value (the next argument looks like an option)`);
    throw new UsageError(`${command}: ${message.replace(/\. To specify a positional.*$/, '')}`);
  }
}
