import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { analyzeParallel } from '../parallel.ts';
import { stagedProgress } from '../progress.ts';
import { EXIT } from '../exit.ts';

/** `claimdiff analyze [CORPUS] [--json]`: the whole analysis. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', argv, { json: { type: 'boolean' } });
  const profile = loadProfile(values.profile as string | undefined);
  const corpus = loadCorpus(positionals);
  const bars = stagedProgress();
  const result = await analyzeParallel(corpus.docs, profile, corpus.warnings, { onStage: bars.stage }).finally(() => bars.done());
  printWarnings(result.warnings);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  const multi = result.clusters.filter((c) => c.claimIds.length > 1).length;
  const lines = [
    `${result.articles.length} articles, ${result.events.length} events, ${result.claims.length} claims, ${result.clusters.length} clusters (${multi} across outlets)`,
    ...result.events.map((e) => `  ${e.id}  ${e.date ?? 'undated'}  ${e.articleIds.length} articles: ${e.articleIds.join(', ')}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
