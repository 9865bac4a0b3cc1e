import { extractAll } from '../../engine/pipeline.ts';
import { articleRecord } from '../../engine/article/claims.ts';
import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { renderClaimsTable } from '../format/claims-table.ts';
import { EXIT } from '../exit.ts';

/** `claimdiff report [CORPUS]`: until the Markdown report lands, the claims per article. */
export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, { output: { type: 'string', short: 'o' }, event: { type: 'string' } });
  const profile = loadProfile(values.profile as string | undefined);
  const corpus = loadCorpus(positionals);
  const extracted = extractAll(corpus.docs, profile);
  printWarnings(corpus.warnings);
  const articles = extracted.map((a) => articleRecord(a, a.doc.event ?? a.doc.id));
  process.stdout.write(renderClaimsTable(articles, extracted.flatMap((a) => a.claims), process.stdout.columns ?? 100));
  return EXIT.ok;
}
