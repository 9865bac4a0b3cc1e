/**
 * Comparing the claims of a cluster: agreement, or divergences of wording (the quoted words
 * differ), attribution (different channels), speaker or cue; and which coverage articles of
 * the event leave the claim out.
 */
import type { Claim, Cluster, Divergence, Event } from '../schema.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

/** The quoted words of a claim, or null when it quotes nothing. */
function quoted(claim: Claim): string | null {
  return claim.quotes.length > 0 ? claim.quotes.map((q) => q.text).join(' … ') : null;
}

/**
 * What an edge of a diff (the words before the first or after the last shared run) says
 * about wording: words only one side has there are trimming; where both sides have words,
 * the ones next to the shared run are a change ("candid" vs "a frank" → candid → frank).
 */
function edgeChange(edge: DiffPart[], side: 'leading' | 'trailing'): DiffPart[] {
  const words = (op: DiffPart['op']) => edge.filter((p) => p.op === op).flatMap((p) => p.text.split(' '));
  const removed = words('removed');
  const added = words('added');
  const n = Math.min(removed.length, added.length);
  if (n === 0) return [];
  const pick = (ws: string[]) => (side === 'leading' ? ws.slice(-n) : ws.slice(0, n)).join(' ');
  return [
    { op: 'removed', text: pick(removed) },
    { op: 'added', text: pick(added) },
  ];
}

/** Two quotations are two wordings of the same words when they share at least this share of the shorter one's words. */
const SAME_WORDS_SHARE = 0.5;

/**
 * The changed words between two quotations of the same claim, ignoring what one outlet
 * quoted beyond the other. Empty when the shared part is word for word the same, and when
 * the two quote different words of the statement ("peace and stability" / "support for
 * Russia's defense industrial base"): that is no change of wording.
 */
export function wordingChanges(a: string, b: string): DiffPart[] {
  const wordsOnly = (text: string) => text.replace(/[^\p{L}\p{N}\s'’]/gu, ' ');
  const parts = wordDiff(wordsOnly(a), wordsOnly(b));
  const words = (op: DiffPart['op']) => parts.reduce((n, p) => (p.op === op ? n + p.text.split(/\s+/).filter(Boolean).length : n), 0);
  const same = words('same');
  if (same < SAME_WORDS_SHARE * (same + Math.min(words('removed'), words('added')))) return [];
  let from = 0;
  let to = parts.length;
  while (from < to && parts[from]!.op !== 'same') from++;
  while (to > from && parts[to - 1]!.op !== 'same') to--;
  const changes = [
    ...edgeChange(parts.slice(0, from), 'leading'),
    ...parts.slice(from, to),
    ...(to > from ? edgeChange(parts.slice(to), 'trailing') : []),
  ];
  return changes.some((p) => p.op !== 'same') ? changes : [];
}

/** "limiting → restricting; US technologies → American technology" */
function describeChanges(parts: DiffPart[]): string {
  const changes: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.op === 'same') continue;
    const next = parts[k + 1];
    if (p.op === 'removed' && next?.op === 'added') {
      changes.push(`“${p.text}” → “${next.text}”`);
      k++;
    } else changes.push(p.op === 'removed' ? `“${p.text}” dropped` : `“${p.text}” added`);
  }
  return changes.join('; ');
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The divergences among the claims of one cluster, in a stable order. */
export function divergencesOf(claims: Claim[]): Divergence[] {
  const out: Divergence[] = [];
  for (let x = 0; x < claims.length; x++) {
    for (let y = x + 1; y < claims.length; y++) {
      // Wording is compared between outlets: one article's two sentences quote two parts of the statement.
      if (claims[x]!.articleId === claims[y]!.articleId) continue;
      const qa = quoted(claims[x]!);
      const qb = quoted(claims[y]!);
      if (qa === null || qb === null) continue;
      const changes = wordingChanges(qa, qb);
      if (changes.length > 0) out.push({ kind: 'wording', detail: describeChanges(changes), claimIds: [claims[x]!.id, claims[y]!.id] });
    }
  }
  const byValue = (kind: Divergence['kind'], value: (c: Claim) => string | null) => {
    const having = claims.filter((c) => value(c) !== null);
    const values = distinct(having.map((c) => value(c)!));
    if (values.length > 1) out.push({ kind, detail: values.join(' vs '), claimIds: having.map((c) => c.id) });
  };
  byValue('attribution', (c) => c.channel);
  byValue('speaker', (c) => c.speaker);
  byValue('cue', (c) => c.cue);
  return out;
}

/**
 * The contract's Cluster record for a group of claims of one event. `carriers` are claims of
 * other clusters that carry this one within a longer sentence: their articles do not omit it.
 */
export function compareCluster(id: string, event: Event, coverage: Set<string>, claims: Claim[], carriers: Claim[] = []): Cluster {
  const articleIds = distinct(claims.map((c) => c.articleId));
  const carrying = new Set(carriers.map((c) => c.articleId));
  const divergences = claims.length > 1 ? divergencesOf(claims) : [];
  return {
    id,
    eventId: event.id,
    claimIds: claims.map((c) => c.id),
    articleIds,
    missingArticleIds: event.articleIds.filter((a) => coverage.has(a) && !articleIds.includes(a) && !carrying.has(a)),
    carriedWithin: carriers.map((c) => c.id),
    status: claims.length === 1 ? 'single' : divergences.length > 0 ? 'divergence' : 'agreement',
    divergences,
  };
}
