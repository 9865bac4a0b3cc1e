import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './exit.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
const COMMON: Options = {
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Parse a command's arguments strictly: an unknown option or a missing value is a
 * UsageError naming the option, never a stack trace.
 */
export function parseCommandArgs(command: string, argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    throw new UsageError(`claimdiff ${command}: ${message}`);
  }
}
