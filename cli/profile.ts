import { readFileSync } from 'node:fs';
import { Profile } from '../engine/schema.ts';
import { builtInProfile } from '../engine/profiles/us-china.ts';
import { UsageError } from './exit.ts';

/** The built-in profile, or the one in FILE (`--profile FILE`), validated. */
export function loadProfile(file: string | undefined): Profile {
  if (file === undefined) return builtInProfile;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code ? `cannot read (${code})` : `malformed JSON (${(error as Error).message})`}`);
  }
  const parsed = Profile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
