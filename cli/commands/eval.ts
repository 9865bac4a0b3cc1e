import { readFileSync } from 'node:fs';
import { analyze } from '../../engine/pipeline.ts';
import { evaluate, renderEvaluation } from '../../engine/evaluate.ts';
import { Gold } from '../../engine/schema.ts';
import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { EXIT, UsageError } from '../exit.ts';

/** Read and validate a gold file; every problem is one line naming the file and field. */
export function loadGold(file: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code ? `cannot read (${code})` : `malformed JSON (${(error as Error).message})`}`);
  }
  const parsed = Gold.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** `claimdiff eval --gold FILE [CORPUS] [--json]`: score the analysis of CORPUS against gold annotations. */
export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', argv, { gold: { type: 'string' }, json: { type: 'boolean' } });
  const goldFile = values.gold as string | undefined;
  if (goldFile === undefined) throw new UsageError('eval: option --gold FILE is required (a gold annotations file, see the README)');
  const gold = loadGold(goldFile);
  const profile = loadProfile(values.profile as string | undefined);
  const corpus = loadCorpus(positionals);
  const result = analyze(corpus.docs, profile, corpus.warnings);
  printWarnings(result.warnings);
  const report = evaluate(result, gold);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderEvaluation(report));
  return EXIT.ok;
}
