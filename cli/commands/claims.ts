import { extractAll } from '../../engine/pipeline.ts';
import { articleRecord } from '../../engine/article/claims.ts';
import { SCHEMA_VERSION, type ClaimsResult } from '../../engine/schema.ts';
import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { renderClaimsTable } from '../format/claims-table.ts';
import { EXIT, UsageError } from '../exit.ts';

/** `claimdiff claims FILE… [--json]`: attributed claims of single articles, no clustering. */
export async function claimsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('claims', argv, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('claims: name at least one FILE (or - for stdin)');
  const profile = loadProfile(values.profile as string | undefined);
  const corpus = loadCorpus(positionals);
  const extracted = extractAll(corpus.docs, profile);
  const articles = extracted.map((a) => articleRecord(a, a.doc.event ?? a.doc.id));
  const claims = extracted.flatMap((a) => a.claims);
  printWarnings(corpus.warnings);
  if (values.json) {
    const result: ClaimsResult = { schemaVersion: SCHEMA_VERSION, articles, claims, warnings: corpus.warnings };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(renderClaimsTable(articles, claims, process.stdout.columns ?? 100));
  }
  return EXIT.ok;
}
