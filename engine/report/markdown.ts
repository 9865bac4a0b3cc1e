/**
 * The Markdown diff report: per event, who covered it, where each outlet's claims came from,
 * which claims each outlet carries or omits, where wordings and attributions diverge, what
 * each readout said, and claims that recur across events. Every claim is cited by file,
 * line and column. Pure and deterministic: the same analysis gives the same bytes.
 */
import type { AnalysisResult, Article, Claim, Cluster, Event, Profile } from '../schema.ts';
import { reconstructReadouts, sourcingProfiles, type EventReadouts } from '../compare/readouts.ts';
import { alignToPrimary, type Alignment } from '../compare/primary.ts';
import { wordDiff } from '../compare/word-diff.ts';
import { wordingChanges } from '../compare/compare.ts';
import { escapeCell, escapeText, table } from './markdown-escape.ts';
import { LineIndex } from './cite.ts';

export interface ReportOptions {
  profile: Profile;
  /** The decoded source of each article, by article id: for line:column citations. */
  sources: Map<string, string>;
  /** Only this event (all events when absent). */
  eventId?: string;
}

/** Longest text shown for a claim in a table cell before it is shortened. */
const CELL_CHARS = 110;

class Context {
  readonly claimOf: Map<string, Claim>;
  readonly articleOf: Map<string, Article>;
  readonly clusterOf: Map<string, Cluster>;
  /** The cluster each claim is in. */
  readonly clusterOfClaim: Map<string, Cluster>;
  readonly channelLabel: Map<string, string>;
  private readonly lines = new Map<string, LineIndex>();

  constructor(
    readonly result: AnalysisResult,
    readonly options: ReportOptions,
  ) {
    this.claimOf = new Map(result.claims.map((c) => [c.id, c]));
    this.articleOf = new Map(result.articles.map((a) => [a.id, a]));
    this.clusterOf = new Map(result.clusters.map((c) => [c.id, c]));
    this.clusterOfClaim = new Map(result.clusters.flatMap((c) => c.claimIds.map((id) => [id, c] as const)));
    this.channelLabel = new Map(options.profile.channels.map((c) => [c.id, c.label]));
  }

  outlet(articleId: string): string {
    return this.articleOf.get(articleId)?.outlet ?? articleId;
  }

  /** "CNN, 001.txt:24:1" */
  cite(claim: Claim): string {
    const article = this.articleOf.get(claim.articleId)!;
    let index = this.lines.get(claim.articleId);
    if (!index) this.lines.set(claim.articleId, (index = new LineIndex(this.options.sources.get(claim.articleId) ?? '')));
    const { line, column } = index.position(claim.start);
    return `${escapeText(article.outlet)}, ${escapeText(article.sourceFile)}:${line}:${column}`;
  }

  short(text: string, limit = CELL_CHARS): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat;
  }

  claims(cluster: Cluster): Claim[] {
    return cluster.claimIds.map((id) => this.claimOf.get(id)!);
  }

  /** The articles that carry a cluster's claim: its own, then those carrying it within a longer claim. */
  carrying(cluster: Cluster): string[] {
    const within = cluster.carriedWithin.map((id) => this.claimOf.get(id)!.articleId);
    return [...new Set([...cluster.articleIds, ...within])];
  }

  /** The wording shown for a cluster: its longest claim. */
  headline(cluster: Cluster): string {
    return this.short([...this.claims(cluster)].sort((a, b) => b.text.length - a.text.length)[0]!.text);
  }
}

function percent(part: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((100 * part) / total)}%`;
}

function clusterNumber(cluster: Cluster): string {
  return cluster.id.slice(cluster.id.lastIndexOf('/') + 1);
}

function summary(ctx: Context, event: Event, coverage: Article[]): string {
  const rows = event.articleIds.map((id) => {
    const a = ctx.articleOf.get(id)!;
    const own = ctx.result.claims.filter((c) => c.articleId === id);
    const attributed = own.filter((c) => c.mode !== 'unattributed').length;
    return [escapeCell(a.outlet), escapeCell(a.published ?? 'undated'), escapeCell(a.role), escapeCell(a.sourceFile), String(own.length), String(attributed)];
  });
  const clusters = ctx.result.clusters.filter((c) => c.eventId === event.id);
  const shared = clusters.filter((c) => ctx.carrying(c).length > 1).length;
  return [
    `${coverage.length} coverage article(s), ${clusters.length} distinct claims, ${shared} carried by more than one outlet, ` +
      `${clusters.filter((c) => c.status === 'divergence').length} with divergences.`,
    '',
    table(['Outlet', 'Published', 'Role', 'File', 'Claims', 'Attributed'], rows),
  ].join('\n');
}

function sourcing(ctx: Context, event: Event): string {
  const profiles = sourcingProfiles(ctx.result).filter((p) => p.eventId === event.id);
  const channels = ctx.options.profile.channels.map((c) => c.id);
  const rows = profiles.map((p) => [
    escapeCell(ctx.outlet(p.articleId)),
    ...channels.map((ch) => (p.byChannel[ch] ? `${percent(p.byChannel[ch]!, p.total)} (${p.byChannel[ch]})` : '—')),
  ]);
  return table(['Outlet', ...channels.map((ch) => escapeCell(ctx.channelLabel.get(ch) ?? ch))], rows);
}

function coverageMatrix(ctx: Context, event: Event, coverage: Article[]): string {
  const shared = ctx.result.clusters
    .filter((c) => c.eventId === event.id && ctx.carrying(c).length > 1)
    .sort((a, b) => ctx.carrying(b).length - ctx.carrying(a).length || Number(clusterNumber(a)) - Number(clusterNumber(b)));
  if (shared.length === 0) return '_No claim is carried by more than one outlet._';
  const rows = shared.map((cluster) => {
    const byArticle = new Map(ctx.claims(cluster).map((c) => [c.articleId, c]));
    const within = new Map(cluster.carriedWithin.map((id) => [ctx.claimOf.get(id)!.articleId, id]));
    return [
      `#${clusterNumber(cluster)}`,
      escapeCell(ctx.headline(cluster)),
      ...coverage.map((a) => {
        const claim = byArticle.get(a.id);
        if (claim) return escapeCell(claim.channel);
        const carrier = within.get(a.id);
        return carrier ? `within #${clusterNumber(ctx.clusterOfClaim.get(carrier)!)}` : '**omitted**';
      }),
    ];
  });
  return table(['#', 'Claim', ...coverage.map((a) => escapeCell(a.outlet))], rows);
}

/** Words of a diff run as they are written: "in-depth", "sides,", "“unfair”" rather than "in - depth", "sides ,". */
function written(words: string): string {
  return words
    .replace(/ ([,.;:!?…”’)\]])/g, '$1')
    .replace(/([“‘(\[]) /g, '$1')
    .replace(/([\p{L}\p{N}]) ([-–]) ([\p{L}\p{N}])/gu, '$1$2$3');
}

/** "without unduly ~~limiting~~ **restricting** trade" */
function markedDiff(a: string, b: string): string {
  return wordDiff(a, b)
    .map((p) => {
      const text = escapeText(written(p.text));
      const marked = p.op === 'same' ? text : p.op === 'removed' ? `~~${text}~~` : `**${text}**`;
      // Punctuation closing a run stays on the word before it: "crossed**.", not "crossed** .".
      return p.op === 'same' && /^[,.;:!?…”’)\]]/.test(p.text) ? marked : ` ${marked}`;
    })
    .join('')
    .trimStart();
}

function divergences(ctx: Context, event: Event): string {
  const diverging = ctx.result.clusters.filter((c) => c.eventId === event.id && c.status === 'divergence');
  if (diverging.length === 0) return '_The outlets agree wherever they carry the same claim._';
  const out: string[] = [];
  for (const cluster of diverging) {
    out.push(`#### #${clusterNumber(cluster)} ${escapeText(ctx.headline(cluster))}`, '');
    for (const d of cluster.divergences) {
      const claims = d.claimIds.map((id) => ctx.claimOf.get(id)!);
      out.push(`- **${d.kind}**: ${escapeText(d.detail)}`);
      if (d.kind === 'wording' && claims.length === 2) {
        const [a, b] = claims as [Claim, Claim];
        const qa = a.quotes.map((q) => q.text).join(' … ');
        const qb = b.quotes.map((q) => q.text).join(' … ');
        out.push(`  - ${escapeText(ctx.outlet(a.articleId))} → ${escapeText(ctx.outlet(b.articleId))}: ${markedDiff(qa, qb)}`);
        if (wordingChanges(qa, qb).length === 0) continue;
      }
      for (const c of claims) {
        const facets = { attribution: c.channel, speaker: c.speaker ?? 'no speaker', cue: c.cue ?? 'no cue', wording: null }[d.kind];
        out.push(`  - ${facets ? `\`${facets.replace(/`/g, "'")}\` ` : ''}“${escapeText(ctx.short(c.text, 240))}” (${ctx.cite(c)})`);
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function omissions(ctx: Context, event: Event, coverage: Article[]): string {
  const clusters = ctx.result.clusters.filter((c) => c.eventId === event.id);
  const out: string[] = [];
  for (const article of coverage) {
    const omitted = clusters.filter((c) => ctx.carrying(c).length > 1 && c.missingArticleIds.includes(article.id));
    const onlyHere = clusters.filter((c) => ctx.carrying(c).length === 1 && c.articleIds[0] === article.id);
    const attributedOnlyHere = onlyHere.filter((c) => ctx.claims(c).some((claim) => claim.mode !== 'unattributed'));
    out.push(
      `#### ${escapeText(article.outlet)}`,
      '',
      `Omits ${omitted.length} claim(s) that other outlets share; carries ${onlyHere.length} claim(s) no other outlet has (${attributedOnlyHere.length} attributed).`,
      '',
    );
    for (const c of omitted) {
      const carriers = ctx.carrying(c).map((id) => escapeText(ctx.outlet(id))).join(', ');
      out.push(`- omits #${clusterNumber(c)} “${escapeText(ctx.headline(c))}” (carried by ${carriers})`);
    }
    for (const c of attributedOnlyHere) {
      const claim = ctx.claims(c)[0]!;
      out.push(`- only here: #${clusterNumber(c)} \`${claim.channel}\` “${escapeText(ctx.short(claim.text))}” (${ctx.cite(claim)})`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function readouts(ctx: Context, eventReadouts: EventReadouts): string {
  const filled = eventReadouts.readouts.filter((r) => r.parts.length > 0);
  if (filled.length === 0) return '_No claim of this event is attributed to a readout or an official briefing._';
  const out: string[] = [];
  const partCell = (clusterId: string, channel: string) => {
    const part = eventReadouts.readouts.find((r) => r.channel === channel)!.parts.find((p) => p.clusterId === clusterId)!;
    const outlets = part.articleIds.map((id) => ctx.outlet(id)).join(', ');
    return escapeCell(`#${clusterNumber(ctx.clusterOf.get(clusterId)!)} “${ctx.short(part.text)}” — ${outlets}`);
  };
  if (eventReadouts.counterparts.length > 0) {
    const [left, right] = eventReadouts.counterparts[0]!.channels;
    const pairs = eventReadouts.counterparts.filter((c) => c.channels[0] === left && c.channels[1] === right);
    out.push(
      'Counterparts: the two readouts on the same moment of the call.',
      '',
      table(
        [escapeCell(ctx.channelLabel.get(left) ?? left), escapeCell(ctx.channelLabel.get(right) ?? right)],
        pairs.map((p) => [partCell(p.clusterIds[0], left), partCell(p.clusterIds[1], right)]),
      ),
      '',
    );
  }
  for (const readout of filled) {
    out.push(`**${escapeText(readout.label)}** (${readout.parts.length} part(s)):`, '');
    for (const part of readout.parts) {
      const claim = ctx.claimOf.get(part.claimId)!;
      const outlets = part.articleIds.map((id) => escapeText(ctx.outlet(id))).join(', ');
      const speaker = part.speaker ? `${escapeText(part.speaker)}: ` : '';
      out.push(`- #${clusterNumber(ctx.clusterOf.get(part.clusterId)!)} ${speaker}“${escapeText(ctx.short(part.text, 240))}” — carried by ${outlets} (${ctx.cite(claim)})`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function primary(ctx: Context, alignments: Alignment[]): string {
  const rows = alignments.map((a) => {
    const claim = ctx.claimOf.get(a.claimId)!;
    const source = a.primaryClaimId ? ctx.claimOf.get(a.primaryClaimId)! : null;
    return [
      escapeCell(ctx.outlet(claim.articleId)),
      `**${a.kind}**`,
      escapeCell(ctx.short(claim.text)),
      source ? escapeCell(ctx.short(source.text)) : '—',
      escapeCell(ctx.cite(claim)),
    ];
  });
  return table(['Outlet', 'Against the primary', 'Coverage claim', 'Primary source', 'Cited at'], rows);
}

function recurring(ctx: Context, eventIds: Set<string>): string {
  const groups = ctx.result.recurring.filter((r) => r.eventIds.some((e) => eventIds.has(e)));
  if (groups.length === 0) return '_No claim recurs across events._';
  const out: string[] = [];
  groups.forEach((group, k) => {
    out.push(`${k + 1}. In ${group.eventIds.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}:`);
    for (const id of group.clusterIds) {
      const cluster = ctx.clusterOf.get(id)!;
      const claim = ctx.claims(cluster)[0]!;
      const who = claim.speaker ? `${escapeText(claim.speaker)}, ` : '';
      out.push(`   - ${who}“${escapeText(ctx.short(claim.text, 240))}” (${ctx.cite(claim)})`);
    }
  });
  return out.join('\n');
}

/** Render the Markdown diff report of an analysis. */
export function renderReport(result: AnalysisResult, options: ReportOptions): string {
  const ctx = new Context(result, options);
  const events = result.events.filter((e) => !options.eventId || e.id === options.eventId);
  const allReadouts = new Map(reconstructReadouts(result, options.profile).map((r) => [r.eventId, r]));
  const out: string[] = [
    '# claimdiff report',
    '',
    `${result.articles.length} article(s) in ${result.events.length} event(s): ${result.claims.length} claims in ${result.clusters.length} clusters. ` +
      'Cited as outlet, file:line:column.',
    '',
  ];
  if (result.warnings.length > 0) {
    out.push('Warnings:', '', ...result.warnings.map((w) => `- ${escapeText(w.file)}: ${escapeText(w.message)}`), '');
  }
  out.push(...events.map((e) => `- [${escapeText(e.label)}](#${e.id.toLowerCase().replace(/[^a-z0-9-]/g, '')}) — ${e.date ?? 'undated'}`), '');
  for (const event of events) {
    const articles = event.articleIds.map((id) => ctx.articleOf.get(id)!);
    const coverage = articles.filter((a) => a.role === 'coverage');
    const alignments = alignToPrimary(result, event.id);
    out.push(
      `## ${escapeText(event.id)}`,
      '',
      `**${escapeText(event.label)}** — ${event.date ?? 'undated'}`,
      '',
      summary(ctx, event, coverage),
      '',
      '### Sourcing profile',
      '',
      'Share of each outlet’s claims by the channel they came through.',
      '',
      sourcing(ctx, event),
      '',
      '### What each side said',
      '',
      readouts(ctx, allReadouts.get(event.id)!),
      '',
      '### Coverage matrix',
      '',
      'Claims carried by more than one outlet: the channel each outlet attributes it to, “within #N” where the outlet says it inside a longer claim (cluster #N), or **omitted**.',
      '',
      coverageMatrix(ctx, event, coverage),
      '',
      '### Divergences',
      '',
      divergences(ctx, event),
      '',
      '### Omissions and additions by outlet',
      '',
      omissions(ctx, event, coverage),
      '',
    );
    if (alignments.length > 0) out.push('### Against the primary source', '', primary(ctx, alignments), '');
  }
  out.push('## Recurring claims across events', '', recurring(ctx, new Set(events.map((e) => e.id))), '');
  return out.join('\n');
}
