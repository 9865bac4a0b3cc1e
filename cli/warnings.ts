import type { Warning } from '../engine/schema.ts';

/** Print warnings to stderr, one line each, naming the file. */
export function printWarnings(warnings: Warning[]): void {
  for (const w of warnings) process.stderr.write(`claimdiff: warning: ${w.file}: ${w.message}\n`);
}
