/**
 * What the matcher knows about English words, from WordNet 3.1 (data built by
 * cli/scripts/build-wordnet-data.ts; no file is read at run time):
 *
 * - synonym groups (synonyms.json): a group is a synset's single words for which that synset
 *   is one of their three most frequent senses, so "candid" ~ "frank", "limit" ~ "restrict";
 * - word counts (word-counts.json): how often a word was sense-tagged in WordNet's semantic
 *   concordance, which makes common words ("say", "make") weigh less than rare ones.
 */
import synonyms from './synonyms.json' with { type: 'json' };
import wordCounts from './word-counts.json' with { type: 'json' };

const EMPTY: readonly number[] = [];
let groupIndex: Map<string, number[]> | undefined;
let counts: Map<string, number> | undefined;

/** Word → group ids, built on first use (about 47,000 words). */
function groupsByWord(): Map<string, number[]> {
  if (groupIndex) return groupIndex;
  groupIndex = new Map();
  const groups = (synonyms as { groups: string[] }).groups;
  for (let g = 0; g < groups.length; g++) {
    for (const word of groups[g]!.split(' ')) {
      const list = groupIndex.get(word);
      if (list) list.push(g);
      else groupIndex.set(word, [g]);
    }
  }
  return groupIndex;
}

/**
 * The synonym groups of a lower-case lemma, ascending; empty when WordNet has none.
 * @example synonymGroups('candid') and synonymGroups('frank') share a group.
 */
export function synonymGroups(lemma: string): readonly number[] {
  return groupsByWord().get(lemma) ?? EMPTY;
}

const TOTAL = (wordCounts as { total: number }).total;
const LOG_TOTAL = Math.log(TOTAL + 1);

/**
 * How informative a lower-case lemma is, in (0, 1]: log((N+1)/(count+1)) / log(N+1) over
 * WordNet's tag counts. Words WordNet never saw tagged (names, numbers, rare words) weigh 1.
 */
export function wordWeight(lemma: string): number {
  if (!counts) {
    counts = new Map();
    for (const entry of (wordCounts as { counts: string }).counts.split('|')) {
      const space = entry.lastIndexOf(' ');
      counts.set(entry.slice(0, space), Number(entry.slice(space + 1)));
    }
  }
  const count = counts.get(lemma) ?? 0;
  return Math.max(0.05, Math.log((TOTAL + 1) / (count + 1)) / LOG_TOTAL);
}
