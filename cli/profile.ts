import { readFileSync } from 'node:fs';
import { Profile } from '../engine/schema.ts';
import { builtInProfile } from '../engine/profiles/us-china.ts';
import { UsageError } from './exit.ts';
import { parseJson, validate } from './json.ts';

/** The built-in profile, or the one in FILE (`--profile FILE`), validated; mistakes name the file and field. */
export function loadProfile(file: string | undefined): Profile {
  if (file === undefined) return builtInProfile;
  if (file === '') throw new UsageError('--profile needs a file name');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const words = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot read';
    throw new UsageError(`${file}: cannot read the profile: ${words} (${code})`);
  }
  return validate(Profile, parseJson(text, file), file);
}
