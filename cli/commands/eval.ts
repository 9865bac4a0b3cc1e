import { readFileSync } from 'node:fs';
import { analyze } from '../../engine/pipeline.ts';
import { evaluate, renderEvaluation } from '../../engine/evaluate.ts';
import { Gold, GoldApart, GoldAttribution, GoldClaimRef, GoldGroup, type Warning } from '../../engine/schema.ts';
import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { EXIT, UsageError } from '../exit.ts';
import { parseJson, unknownFields, validate } from '../json.ts';

/** Field names of an object, prefixed, that the gold format does not know (a typo would be silently ignored). */
function unknownGoldFields(raw: unknown): string[] {
  const found = unknownFields(raw, Object.keys(Gold.shape), '');
  const list = (key: string): unknown[] => {
    const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
    return Array.isArray(value) ? value : [];
  };
  const refKeys = Object.keys(GoldClaimRef.shape);
  list('attributions').forEach((a, i) => found.push(...unknownFields(a, Object.keys(GoldAttribution.shape), `attributions.${i}.`)));
  list('groups').forEach((g, i) => {
    found.push(...unknownFields(g, Object.keys(GoldGroup.shape), `groups.${i}.`));
    const members = (g as { members?: unknown }).members;
    if (Array.isArray(members)) members.forEach((m, j) => found.push(...unknownFields(m, refKeys, `groups.${i}.members.${j}.`)));
  });
  list('apart').forEach((p, i) => {
    found.push(...unknownFields(p, Object.keys(GoldApart.shape), `apart.${i}.`));
    for (const side of ['a', 'b'] as const) found.push(...unknownFields((p as Record<string, unknown>)[side], refKeys, `apart.${i}.${side}.`));
  });
  return found;
}

/**
 * Read and validate a gold file. A file that cannot be read or is not valid is a UsageError
 * naming the file and the field; fields the format does not know come back as warnings.
 */
export function loadGold(file: string): { gold: Gold; warnings: Warning[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const raw = parseJson(text, file);
  const gold = validate(Gold, raw, file);
  return { gold, warnings: unknownGoldFields(raw).map((message) => ({ file, message })) };
}

/** `claimdiff eval --gold FILE [CORPUS] [--json]`: score the analysis of CORPUS against gold annotations. */
export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', argv, { gold: { type: 'string' }, json: { type: 'boolean' } });
  const goldFile = values.gold as string | undefined;
  if (goldFile === undefined) throw new UsageError('eval: option --gold FILE is required (a gold annotations file, see the README)');
  const { gold, warnings } = loadGold(goldFile);
  printWarnings(warnings);
  const profile = loadProfile(values.profile as string | undefined);
  const corpus = loadCorpus(positionals);
  const result = analyze(corpus.docs, profile, corpus.warnings);
  printWarnings(result.warnings);
  const report = evaluate(result, gold);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderEvaluation(report));
  return EXIT.ok;
}
