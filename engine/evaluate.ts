/**
 * Scoring an analysis against gold annotations (`claimdiff eval`). Pure: an AnalysisResult
 * and a Gold document in, an EvaluationReport out; `renderEvaluation` turns it into text.
 *
 * Gold refers to claims by article id and a phrase copied from the claim's text. A phrase
 * is looked up in the claims of its article (whitespace runs count as one space); it must
 * occur in exactly one claim. When it occurs in several the first is used and a note says
 * so; when it occurs in none the ref is "not found" and every figure it takes part in
 * counts it as a miss.
 *
 * Figures:
 * - attribution: channel accuracy and speaker accuracy over the gold attributions.
 * - clusters: pairwise recall = pairs of members of the same gold group that share an
 *   engine cluster / all such pairs; pairwise precision = among pairs of gold members (of
 *   any groups) that share an engine cluster, the share that belong to the same gold group.
 * - apart: pairs that must never share a cluster; a violation is a pair that does.
 * - omissions: for each group and each coverage article of its event, gold says omitted iff
 *   the article is in `omittedBy`. An engine cluster says omitted iff the article is not in
 *   its `articleIds` and is in its `missingArticleIds`. The engine is right when every
 *   cluster holding a member of the group says what gold says (a group split over several
 *   clusters shows a reader contradicting answers, which counts as wrong).
 */
import {
  SCHEMA_VERSION,
  type AnalysisResult, type Claim, type Cluster, type EvalScore, type EvaluationReport, type Gold, type GoldClaimRef,
} from './schema.ts';

/** How a gold ref resolved: the claim it names, or null when no claim carries the phrase. */
interface Resolved {
  ref: GoldClaimRef;
  claim: Claim | null;
}

function score(correct: number, total: number): EvalScore {
  return { correct, total, value: total === 0 ? null : correct / total };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function refLabel(ref: GoldClaimRef): string {
  return `${ref.article}: "${ref.phrase}"`;
}

/** Finds the claims named by gold refs, collecting notes about unknown and ambiguous refs. */
class Resolver {
  private readonly byArticle = new Map<string, Claim[]>();
  private readonly cache = new Map<string, Claim | null>();
  private readonly articles: Set<string>;

  constructor(result: AnalysisResult, private readonly notes: string[]) {
    for (const claim of result.claims) {
      const list = this.byArticle.get(claim.articleId) ?? [];
      list.push(claim);
      this.byArticle.set(claim.articleId, list);
    }
    this.articles = new Set(result.articles.map((a) => a.id));
  }

  resolve(ref: GoldClaimRef): Resolved {
    const key = `${ref.article}\u0000${ref.phrase}`;
    if (!this.cache.has(key)) this.cache.set(key, this.lookup(ref));
    return { ref, claim: this.cache.get(key)! };
  }

  private lookup(ref: GoldClaimRef): Claim | null {
    if (!this.articles.has(ref.article)) {
      this.notes.push(`unknown article "${ref.article}" (phrase "${ref.phrase}")`);
      return null;
    }
    const phrase = squash(ref.phrase);
    const hits = (this.byArticle.get(ref.article) ?? []).filter((c) => squash(c.text).includes(phrase));
    if (hits.length > 1) {
      this.notes.push(`${refLabel(ref)} occurs in ${hits.length} claims (${hits.map((c) => c.id).join(', ')}); the first is used`);
    }
    return hits[0] ?? null;
  }
}

function clusterIndex(clusters: Cluster[]): Map<string, Cluster> {
  const index = new Map<string, Cluster>();
  for (const cluster of clusters) for (const id of cluster.claimIds) index.set(id, cluster);
  return index;
}

function scoreAttributions(gold: Gold, resolver: Resolver): EvaluationReport['attribution'] {
  const misses: EvaluationReport['attribution']['misses'] = [];
  let channelRight = 0;
  let speakerRight = 0;
  for (const item of gold.attributions) {
    const { claim } = resolver.resolve(item);
    const base = { article: item.article, phrase: item.phrase, claimId: claim?.id ?? null };
    if (claim && claim.channel === item.channel) channelRight++;
    else misses.push({ ...base, field: 'channel', expected: item.channel, got: claim ? claim.channel : null });
    if (claim && claim.speaker === item.speaker) speakerRight++;
    else misses.push({ ...base, field: 'speaker', expected: item.speaker, got: claim ? claim.speaker : null });
  }
  const total = gold.attributions.length;
  return { channel: score(channelRight, total), speaker: score(speakerRight, total), misses };
}

function scoreClusters(gold: Gold, resolver: Resolver, clusterOf: Map<string, Cluster>): EvaluationReport['clusters'] {
  const misses: EvaluationReport['clusters']['misses'] = [];
  const members = gold.groups.flatMap((group) => group.members.map((ref) => ({ group: group.id, ...resolver.resolve(ref) })));
  const clusterId = (claim: Claim | null) => (claim ? clusterOf.get(claim.id)?.id ?? null : null);
  const where = (r: Resolved) => (r.claim ? `${r.claim.id} in ${clusterId(r.claim) ?? 'no cluster'}` : 'not found');

  let together = 0;
  let goldPairs = 0;
  let enginePairs = 0;
  let enginePairsRight = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      const sameGroup = a.group === b.group;
      const ka = clusterId(a.claim);
      const shared = ka !== null && ka === clusterId(b.claim);
      if (sameGroup) {
        goldPairs++;
        if (shared) together++;
        else misses.push({ kind: 'split', a: a.ref, b: b.ref, groups: [a.group], detail: `${where(a)}; ${where(b)}` });
      }
      if (shared) {
        enginePairs++;
        if (sameGroup) enginePairsRight++;
        else misses.push({ kind: 'merged', a: a.ref, b: b.ref, groups: [a.group, b.group], detail: `both in ${ka}` });
      }
    }
  }
  return { groups: gold.groups.length, precision: score(enginePairsRight, enginePairs), recall: score(together, goldPairs), misses };
}

function scoreApart(gold: Gold, resolver: Resolver, clusterOf: Map<string, Cluster>, notes: string[]): EvaluationReport['apart'] {
  const violations: EvaluationReport['apart']['violations'] = [];
  let checked = 0;
  for (const pair of gold.apart) {
    const a = resolver.resolve(pair.a).claim;
    const b = resolver.resolve(pair.b).claim;
    if (!a || !b) {
      notes.push(`apart pair ${refLabel(pair.a)} / ${refLabel(pair.b)} not checked: a phrase is not found`);
      continue;
    }
    checked++;
    const ka = clusterOf.get(a.id);
    if (ka && ka === clusterOf.get(b.id)) violations.push({ a: pair.a, b: pair.b, clusterId: ka.id, why: pair.why ?? null });
  }
  return { pairs: gold.apart.length, checked, violations };
}

function scoreOmissions(
  result: AnalysisResult, gold: Gold, resolver: Resolver, clusterOf: Map<string, Cluster>, notes: string[],
): EvaluationReport['omissions'] {
  const misses: EvaluationReport['omissions']['misses'] = [];
  const eventOf = new Map(result.articles.map((a) => [a.id, a.eventId] as const));
  let right = 0;
  let total = 0;
  for (const group of gold.groups) {
    const events = [...new Set(group.members.map((m) => eventOf.get(m.article)).filter((e): e is string => e !== undefined))];
    if (events.length !== 1) {
      notes.push(`group ${group.id}: omissions not scored, its members belong to ${events.length} events`);
      continue;
    }
    const coverage = result.articles.filter((a) => a.eventId === events[0] && a.role === 'coverage').map((a) => a.id);
    const carriers = new Set(group.members.map((m) => m.article));
    for (const id of group.omittedBy) {
      if (!coverage.includes(id)) notes.push(`group ${group.id}: omittedBy "${id}" is not a coverage article of ${events[0]}`);
      if (carriers.has(id)) notes.push(`group ${group.id}: omittedBy "${id}" also carries a member`);
    }
    const clusters = [...new Map(group.members
      .map((m) => resolver.resolve(m).claim)
      .flatMap((c) => (c && clusterOf.has(c.id) ? [clusterOf.get(c.id)!] : []))
      .map((k) => [k.id, k] as const)).values()];
    for (const article of coverage) {
      total++;
      const expected = group.omittedBy.includes(article) ? 'omitted' : 'not omitted';
      if (clusters.length === 0) {
        misses.push({ group: group.id, article, expected, got: 'not found' });
        continue;
      }
      const verdicts = clusters.map((k) => ({
        id: k.id,
        says: !k.articleIds.includes(article) && k.missingArticleIds.includes(article) ? 'omitted' : 'not omitted',
      }));
      if (verdicts.every((v) => v.says === expected)) {
        right++;
        continue;
      }
      const kinds = new Set(verdicts.map((v) => v.says));
      const got = kinds.size === 1 ? verdicts[0]!.says : `split: ${verdicts.map((v) => `${v.says} in ${v.id}`).join(', ')}`;
      misses.push({ group: group.id, article, expected, got });
    }
  }
  return { score: score(right, total), misses };
}

/** Score `result` against `gold`. */
export function evaluate(result: AnalysisResult, gold: Gold): EvaluationReport {
  const notes: string[] = [];
  const resolver = new Resolver(result, notes);
  const clusterOf = clusterIndex(result.clusters);
  const attribution = scoreAttributions(gold, resolver);
  const clusters = scoreClusters(gold, resolver, clusterOf);
  const apart = scoreApart(gold, resolver, clusterOf, notes);
  const omissions = scoreOmissions(result, gold, resolver, clusterOf, notes);
  return { schemaVersion: SCHEMA_VERSION, notes: [...new Set(notes)], attribution, clusters, apart, omissions };
}

function figure(s: EvalScore): string {
  return s.value === null ? 'n/a (nothing to score)' : `${s.value.toFixed(3)} (${s.correct}/${s.total})`;
}

function shown(value: string | null): string {
  return value === null ? '(none)' : value;
}

/** The report as plain text: the figures first, then every miss. */
export function renderEvaluation(report: EvaluationReport): string {
  const { attribution, clusters, apart, omissions } = report;
  const lines = [
    'Attribution',
    `  channel accuracy   ${figure(attribution.channel)}`,
    `  speaker accuracy   ${figure(attribution.speaker)}`,
    `Clusters (${clusters.groups} gold groups)`,
    `  pairwise precision ${figure(clusters.precision)}`,
    `  pairwise recall    ${figure(clusters.recall)}`,
    `Must stay apart      ${apart.violations.length} merged of ${apart.checked} checked (${apart.pairs} in gold)`,
    `Omissions            ${figure(omissions.score)}`,
  ];
  if (attribution.misses.length > 0) {
    lines.push('', `Attribution misses (${attribution.misses.length})`);
    for (const m of attribution.misses) {
      const got = m.claimId === null ? 'not found' : shown(m.got);
      lines.push(`  ${m.article}: "${m.phrase}"`, `    ${m.field}: expected ${shown(m.expected)}, got ${got}`);
    }
  }
  if (clusters.misses.length > 0) {
    lines.push('', `Cluster misses (${clusters.misses.length})`);
    for (const m of clusters.misses) {
      const label = m.kind === 'split' ? `split in group ${m.groups[0]}` : `merged across groups ${m.groups.join(' and ')}`;
      lines.push(`  ${label}: ${m.detail}`, `    ${refLabel(m.a)}`, `    ${refLabel(m.b)}`);
    }
  }
  if (apart.violations.length > 0) {
    lines.push('', `Must-stay-apart pairs merged (${apart.violations.length})`);
    for (const v of apart.violations) {
      lines.push(`  in ${v.clusterId}${v.why ? ` (${v.why})` : ''}`, `    ${refLabel(v.a)}`, `    ${refLabel(v.b)}`);
    }
  }
  if (omissions.misses.length > 0) {
    lines.push('', `Omission misses (${omissions.misses.length})`);
    for (const m of omissions.misses) lines.push(`  group ${m.group}, ${m.article}: expected ${m.expected}, got ${m.got}`);
  }
  if (report.notes.length > 0) {
    lines.push('', `Notes (${report.notes.length})`);
    for (const note of report.notes) lines.push(`  ${note}`);
  }
  return `${lines.join('\n')}\n`;
}
