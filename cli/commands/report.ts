import { renderReport } from '../../engine/report/markdown.ts';
import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { analyzeParallel } from '../parallel.ts';
import { stagedProgress } from '../progress.ts';
import { checkWritable, writeFileAtomic } from '../write.ts';
import { EXIT, UsageError } from '../exit.ts';

/** `claimdiff report [CORPUS] [-o FILE] [--event ID]`: the Markdown diff report. */
export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, { output: { type: 'string', short: 'o' }, event: { type: 'string' } });
  const profile = loadProfile(values.profile as string | undefined);
  const output = values.output as string | undefined;
  // An archive takes minutes to analyse: find out first whether the report can be written at all.
  if (output) checkWritable(output);
  const corpus = loadCorpus(positionals);
  const bars = stagedProgress();
  const result = await analyzeParallel(corpus.docs, profile, corpus.warnings, { onStage: bars.stage }).finally(() => bars.done());
  printWarnings(result.warnings);
  const eventId = values.event as string | undefined;
  if (eventId !== undefined && !result.events.some((e) => e.id === eventId)) {
    throw new UsageError(`report: --event ${eventId}: no such event (events: ${result.events.map((e) => e.id).join(', ')})`);
  }
  const sources = new Map(corpus.docs.map((d) => [d.id, d.source]));
  const markdown = renderReport(result, { profile, sources, ...(eventId ? { eventId } : {}) });
  if (output) writeFileAtomic(output, markdown);
  else process.stdout.write(markdown);
  return EXIT.ok;
}
