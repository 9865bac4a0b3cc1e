/**
 * Issue 6, options: an unknown option, a missing value or an unwritable output path ends
 * with exit 2 and one line naming the option or file, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../cli/args.ts';
import { UsageError } from '../../cli/exit.ts';
import { runCli } from './helpers.ts';

const REPORT = { output: { type: 'string' as const, short: 'o' }, event: { type: 'string' as const } };

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('command-line options', () => {
  it('names an unknown option and suggests the one meant', () => {
    expect(message(() => parseCommandArgs('analyze', ['--jsn'], { json: { type: 'boolean' } }))).toBe('analyze: unknown option --jsn (did you mean --json? options: --profile VALUE, -h/--help, --json)');
    expect(message(() => parseCommandArgs('report', ['-x'], REPORT))).toBe('report: unknown option -x (options: --profile VALUE, -h/--help, -o/--output VALUE, --event VALUE)');
  });

  it('names an option whose value is missing', () => {
    expect(message(() => parseCommandArgs('report', ['--event'], REPORT))).toBe('report: option --event needs a value');
    expect(message(() => parseCommandArgs('report', ['-o', '--event', 'x'], REPORT))).toBe('report: option -o needs a value (the next argument looks like an option)');
  });

  it('refuses a value given to a flag', () => {
    expect(message(() => parseCommandArgs('analyze', ['--json=yes'], { json: { type: 'boolean' } }))).toMatch(/^analyze: Option '--json' does not take an argument$/);
  });

  it.each([
    [['report', '-o', '/proc/claimdiff-nope/report.md'], 'claimdiff: /proc/claimdiff-nope/report.md: cannot write: no such directory (ENOENT)\n'],
    [['report', '-o', '/etc/hostname/report.md'], 'claimdiff: /etc/hostname/report.md: cannot write: a parent is not a directory (ENOTDIR)\n'],
    // Refused before the corpus is read (this directory has no articles: that would be the error otherwise).
    [['report', 'tests/robustness', '-o', '/etc/hostname/report.md'], 'claimdiff: /etc/hostname/report.md: cannot write: a parent is not a directory (ENOTDIR)\n'],
    [['analyze', '--profile'], 'claimdiff: analyze: option --profile needs a value\n'],
    [['analyze', '/tmp/claimdiff-no-such-corpus', '--json'], 'claimdiff: /tmp/claimdiff-no-such-corpus: no such file or directory\n'],
    [['analyze', '--profile', '/tmp/claimdiff-no-such-profile.json'], 'claimdiff: /tmp/claimdiff-no-such-profile.json: cannot read the profile: no such file (ENOENT)\n'],
    [['bench', '--articles', 'x'], 'claimdiff: bench: --articles must be a positive integer, not "x"\n'],
  ])('claimdiff %j exits 2 with one line', async (args, stderr) => {
    const result = await runCli(args);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  }, 60_000);

  it.each(['analyze', 'report', 'review', 'claims', 'match', 'eval', 'bench'])('claimdiff %s --help prints its usage and runs nothing', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Usage: claimdiff ${command} `));
    expect(result.stdout).toContain('--profile FILE');
  }, 60_000);
});
