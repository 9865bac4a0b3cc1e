import type { BenchResult } from './result.ts';

function mbps(bytes: number, seconds: number): string {
  return seconds > 0 ? `${(bytes / 1e6 / seconds).toFixed(2)} MB/s` : '-';
}

/** The benchmark as a readable table, with each target and whether it is met. */
export function renderBench(r: BenchResult, cores: number): string {
  const threads = r.pipelineWorkers;
  const first = r.scaling[0]!;
  const last = r.scaling[r.scaling.length - 1]!;
  const growth = first.seconds > 0 ? last.seconds / first.seconds / (last.articles / first.articles) : 0;
  const cpuGrowth = first.cpuSeconds > 0 ? last.cpuSeconds / first.cpuSeconds / (last.articles / first.articles) : 0;
  const cpuThroughput = r.winkCpuSeconds > 0 && last.cpuSeconds > 0 ? r.winkCpuSeconds / last.cpuSeconds : 0;
  const throughput = r.winkSeconds > 0 && r.pipelineSeconds > 0 ? r.winkSeconds / r.pipelineSeconds : 0;
  const speedup = r.clustering.blockedSeconds > 0 ? r.clustering.allPairsSeconds / r.clustering.blockedSeconds : 0;
  const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const lines = [
    `claimdiff bench (${cores} cores, Node ${process.versions.node})`,
    '',
    `corpus            ${r.corpusArticles} articles, ${(r.corpusBytes / 1e6).toFixed(1)} MB`,
    `pipeline          ${r.pipelineSeconds.toFixed(2)} s  (${mbps(r.corpusBytes, r.pipelineSeconds)}, ${threads} worker thread${threads === 1 ? '' : 's'})`,
    `bare wink-nlp     ${r.winkSeconds.toFixed(2)} s  (${mbps(r.corpusBytes, r.winkSeconds)}, one thread)`,
    '',
    'articles    claims   seconds   s per 1,000 articles   CPU seconds (all threads)',
    ...r.scaling.map((s) =>
      `${String(s.articles).padStart(8)}  ${String(s.claims).padStart(8)}  ${s.seconds.toFixed(2).padStart(8)}   ${((s.seconds / s.articles) * 1000).toFixed(2).padStart(8)}               ${s.cpuSeconds.toFixed(2).padStart(8)}`),
    '',
    `clustering        ${r.clustering.claims} claims: blocked ${r.clustering.blockedSeconds.toFixed(2)} s, all pairs ${r.clustering.allPairsSeconds.toFixed(2)} s (one-core seconds), recall ${(r.clustering.pairRecall * 100).toFixed(2)} %`,
    `peak RSS          ${r.peakRssMB} MB`,
    '',
    'target                                   measured   status',
    `pipeline >= 0.5 x bare wink throughput   ${throughput.toFixed(2).padStart(8)}   ${mark(throughput >= 0.5)}  (${threads} threads vs one; per thread ${(throughput / threads).toFixed(2)}; per CPU second ${cpuThroughput.toFixed(2)})`,
    `growth 1x -> ${last.articles / first.articles}x <= 1.25 x linear          ${growth.toFixed(2).padStart(8)}   ${mark(growth <= 1.25)}  (in CPU seconds: ${cpuGrowth.toFixed(2)})`,
    `${last.articles} articles <= 1,500 MB peak RSS   ${String(r.peakRssMB).padStart(8)}   ${mark(r.peakRssMB <= 1500 && last.articles >= 10000)}`,
    `blocked >= 50 x faster than all pairs    ${speedup.toFixed(0).padStart(8)}   ${mark(speedup >= 50 && r.clustering.claims >= 5000)}`,
    `blocked finds >= 98 % of all-pairs       ${(r.clustering.pairRecall * 100).toFixed(2).padStart(8)}   ${mark(r.clustering.pairRecall >= 0.98)}`,
  ];
  return `${lines.join('\n')}\n`;
}
