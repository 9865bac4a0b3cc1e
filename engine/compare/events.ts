/**
 * Grouping articles into events (the same call). The manifest's `event` is taken as given;
 * articles without one join an event, or form one, by their dates and the content they share.
 */
import type { Event } from '../schema.ts';
import type { ArticleClaims } from '../article/claims.ts';
import { findDate } from './dates.ts';
import { matchedPairs } from './pairs.ts';

/** Articles dated this many days apart can still cover the same call (time zones, next-day write-ups). */
const WINDOW_DAYS = 3;
/** Content similarity that links two articles published within the window. */
const LINK_DATED = 0.12;
/**
 * When either date is unknown, only shared claims link two articles: at least this many
 * matched claims, making up at least {@link SHARED_SHARE} of the shorter article.
 */
const SHARED_CLAIMS = 2;
const SHARED_SHARE = 0.15;

interface Node {
  articleIds: string[];
  label: string | null;
  /** Days since the epoch of each dated article. */
  days: number[];
  bag: Map<string, number>;
  claims: number;
}

/** Content lemmas of an article with their counts. */
function bagOf(article: ArticleClaims): Map<string, number> {
  const bag = new Map<string, number>();
  for (const item of article.matchItems) for (const lemma of item.lemmas) bag.set(lemma, (bag.get(lemma) ?? 0) + 1);
  return bag;
}

function merge(bags: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const bag of bags) for (const [k, v] of bag) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

/** TF-IDF cosine of two bags, IDF over the nodes being grouped. */
function cosine(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    const w = v * (idf.get(k) ?? 0);
    na += w * w;
    const u = b.get(k);
    if (u !== undefined) dot += w * u * (idf.get(k) ?? 0);
  }
  for (const [k, v] of b) {
    const w = v * (idf.get(k) ?? 0);
    nb += w * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Whether both nodes are dated, and if so whether some of their dates fall within the window. */
function dateRelation(x: Node, y: Node): 'near' | 'far' | 'unknown' {
  if (x.days.length === 0 || y.days.length === 0) return 'unknown';
  return x.days.some((d) => y.days.some((e) => Math.abs(d - e) <= WINDOW_DAYS)) ? 'near' : 'far';
}

/** For each pair of nodes "i,j" (i < j), how many claims of the smaller side the other shares. */
function sharedClaims(articles: ArticleClaims[], nodeOfArticle: Map<string, number>): Map<string, number> {
  const items = articles.flatMap((a) => a.matchItems);
  const owner = articles.flatMap((a) => a.matchItems.map(() => nodeOfArticle.get(a.doc.id)!));
  const seen = new Map<string, Set<number>[]>();
  for (const { i, j } of matchedPairs(items, owner)) {
    const [x, y] = owner[i]! < owner[j]! ? [i, j] : [j, i];
    const key = `${owner[x]},${owner[y]}`;
    const sides = seen.get(key) ?? [new Set<number>(), new Set<number>()];
    sides[0]!.add(x);
    sides[1]!.add(y);
    seen.set(key, sides);
  }
  return new Map([...seen].map(([key, [a, b]]) => [key, Math.min(a!.size, b!.size)]));
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Group articles into events. Articles sharing a manifest `event` form that event; the others
 * are linked to each other or to a labelled event when their dates fall within a few days and
 * their content overlaps (TF-IDF cosine of content lemmas), strongest links first, never
 * joining two labelled events. Each connected group is one event.
 */
export function groupEvents(articles: ArticleClaims[]): Event[] {
  const dayOf = new Map<string, number | null>();
  for (const a of articles) dayOf.set(a.doc.id, findDate(a.doc.published ?? '') ?? findDate(a.doc.source.slice(0, 400)));

  const labelled = new Map<string, ArticleClaims[]>();
  const loose: ArticleClaims[] = [];
  for (const a of articles) {
    if (a.doc.event) labelled.set(a.doc.event, [...(labelled.get(a.doc.event) ?? []), a]);
    else loose.push(a);
  }
  const nodeOf = (group: ArticleClaims[], label: string | null): Node => ({
    articleIds: group.map((a) => a.doc.id),
    label,
    days: group.map((a) => dayOf.get(a.doc.id)).filter((d): d is number => d != null),
    bag: merge(group.map(bagOf)),
    claims: group.reduce((n, a) => n + a.claims.length, 0),
  });
  const nodes: Node[] = [
    ...[...labelled.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([label, group]) => nodeOf(group, label)),
    ...loose.map((a) => nodeOf([a], null)),
  ];

  const df = new Map<string, number>();
  for (const n of nodes) for (const k of n.bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = new Map([...df].map(([k, d]) => [k, Math.log((nodes.length + 1) / d)]));

  const nodeOfArticle = new Map(nodes.flatMap((n, k) => n.articleIds.map((id) => [id, k] as const)));
  const shared = loose.length > 0 ? sharedClaims(articles, nodeOfArticle) : new Map<string, number>();
  const links: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [x, y] = [nodes[i]!, nodes[j]!];
      if (x.label !== null && y.label !== null) continue;
      const relation = dateRelation(x, y);
      if (relation === 'far') continue;
      const sim = cosine(x.bag, y.bag, idf);
      const common = shared.get(`${i},${j}`) ?? 0;
      const linked =
        relation === 'near'
          ? sim >= LINK_DATED || common > 0
          : common >= SHARED_CLAIMS && common >= SHARED_SHARE * Math.min(x.claims, y.claims);
      if (linked) links.push({ i, j, sim: sim + common });
    }
  }
  links.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);

  const parent = nodes.map((_, i) => i);
  const labelOf = nodes.map((n) => n.label);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const { i, j } of links) {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj || (labelOf[ri] !== null && labelOf[rj] !== null)) continue;
    parent[rj] = ri;
    labelOf[ri] = labelOf[ri] ?? labelOf[rj]!;
  }

  const groups = new Map<number, string[]>();
  nodes.forEach((n, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), ...n.articleIds]));
  const titleOf = new Map(articles.map((a) => [a.doc.id, a.title]));
  const used = new Set<string>();
  const events: Event[] = [];
  for (const [root, ids] of groups) {
    const days = ids.map((id) => dayOf.get(id)).filter((d): d is number => d != null);
    const date = days.length > 0 ? isoDay(Math.min(...days)) : null;
    const articleIds = [...ids].sort();
    const base = labelOf[root] ?? `event-${date ?? articleIds[0]}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const earliest = [...articleIds].sort((x, y) => (dayOf.get(x) ?? Infinity) - (dayOf.get(y) ?? Infinity))[0]!;
    events.push({ id, label: titleOf.get(earliest) ?? id, date, articleIds });
  }
  return events.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id.localeCompare(y.id));
}
