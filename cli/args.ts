import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HelpRequested, UsageError } from './exit.ts';
import { nearestName } from './json.ts';

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

/**
 * Parse a command's arguments strictly: an unknown option, a missing value or a value given
 * to a flag is a UsageError in one line naming the option, never a stack trace.
 */
export function parseCommandArgs(command: string, argv: string[], options: Options) {
  const all = { ...COMMON, ...options };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
    if (unknown) {
      const guess = nearestName(unknown[2]!, Object.keys(all));
      const hint = guess ? `did you mean --${guess}? ` : '';
      throw new UsageError(`${command}: unknown option ${unknown[1]}${unknown[2]} (${hint}options: ${optionList(all)})`);
    }
    const missing = /^Option '([^']*?)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new UsageError(`${command}: option ${missing[1]} needs a value`);
    const ambiguous = /^Option '([^']*)' argument is ambiguous/.exec(message);
    if (ambiguous) throw new UsageError(`${command}: option ${ambiguous[1]} needs a value (the next argument looks like an option)`);
    throw new UsageError(`${command}: ${message.replace(/\. To specify a positional.*$/, '')}`);
  }
  // Checked before any work: `claimdiff bench --help` must not start a five-minute benchmark.
  if (parsed.values.help) throw new HelpRequested();
  return parsed;
}
