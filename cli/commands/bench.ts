/**
 * `claimdiff bench [--json]`: the benchmark of the contract (see cli/bench/run.ts). Not part
 * of `npm test`; run it with `npm run bench -- --json`.
 */
import { availableParallelism } from 'node:os';
import { parseCommandArgs } from '../args.ts';
import { EXIT, UsageError } from '../exit.ts';
import { startProgress } from '../progress.ts';
import { DEFAULT_BENCH, runBench, type BenchOptions } from '../bench/run.ts';
import { renderBench } from '../bench/table.ts';

function positiveInt(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`bench: --${name} must be a positive integer, not "${String(value)}"`);
  return n;
}

export async function benchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('bench', argv, {
    json: { type: 'boolean' },
    articles: { type: 'string' },
    scales: { type: 'string' },
    seed: { type: 'string' },
    claims: { type: 'string' },
    workers: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`bench: unexpected argument "${positionals[0]}"`);
  const scales = values.scales === undefined
    ? DEFAULT_BENCH.scales
    : String(values.scales).split(',').map((s) => positiveInt('scales', s.trim(), 1));
  const options: BenchOptions = {
    base: positiveInt('articles', values.articles, DEFAULT_BENCH.base),
    scales,
    seed: positiveInt('seed', values.seed, DEFAULT_BENCH.seed),
    clusterClaims: positiveInt('claims', values.claims, DEFAULT_BENCH.clusterClaims),
    workers: positiveInt('workers', values.workers, DEFAULT_BENCH.workers),
    onStage: (label, total) => {
      if (process.stderr.isTTY) process.stderr.write(`claimdiff bench: ${label}\n`);
      if (total === 0) return () => {};
      const bar = startProgress(label, total, { unit: 'articles' });
      return (done) => (done >= total ? bar.done() : bar.update(done));
    },
  };
  const result = await runBench(options);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderBench(result, availableParallelism()));
  return EXIT.ok;
}
