/**
 * Work on every core, in worker threads. Three uses:
 * - {@link ExtractPool#extract} / {@link extractParallel}: phase one (per-article
 *   `extractClaims`, pure and serialisable). Articles are streamed: pulled from an iterable
 *   only when a worker has room, sent in small batches, and only the claims come back (the
 *   main thread keeps the one copy of each document). The result equals
 *   `extractAll(docs, profile)` whatever the number of workers or the order in which batches
 *   finish.
 * - {@link ExtractPool#cluster} / {@link analyzeParallel}: the clustering of phase two, one
 *   event at a time (events are independent); the rest of phase two stays on the main thread.
 *   The result equals `analyze(docs, profile)` byte for byte.
 * - {@link runInWorkers}: one call of an exported function per payload, one worker each.
 *
 * A small pool of our own rather than piscina: one message shape, batches, ordered results
 * and back-pressure from an iterator fit in this file, and piscina's workers would still need
 * the same tsx loader shim.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { analyzeEvent, clusterClaims, compareArticles, extractAll, finishComparison, planComparison, type EventClaims, type EventClusters } from '../engine/pipeline.ts';
import { extractClaims, type ArticleClaims } from '../engine/article/claims.ts';
import type { AnalysisResult, Profile, SourceDoc, Warning } from '../engine/schema.ts';

/** What a worker sends back for one article: everything but the document, which the main thread has. */
type Extracted = Omit<ArticleClaims, 'doc'>;

/** Phase one for a batch of documents, without the documents themselves (runs in a worker). */
export function extractBatch(docs: SourceDoc[], profile: Profile): Extracted[] {
  return docs.map((doc) => {
    const { doc: _sent, ...extracted } = extractClaims(doc, profile);
    return extracted;
  });
}

/** The clusters of a batch of events (runs in a worker). */
export function clusterBatch(events: EventClaims[], profile: Profile): EventClusters[] {
  return events.map((event) => clusterClaims(event, profile));
}

/** Both phases for the articles of one event, without the documents (runs in a worker). */
export function analyzeEventDocs(docs: SourceDoc[], profile: Profile): { articles: Extracted[]; clusters: EventClusters } {
  const { articles, clusters } = analyzeEvent(docs, profile);
  return { articles: articles.map(({ doc: _sent, ...extracted }) => extracted), clusters };
}

type FromWorker = { ready: true } | { id: number; result: unknown } | { id: number; error: string };

// Workers do not inherit the tsx loader that cli/claimdiff.js registered (Node 20): each one
// registers it first, then imports the TypeScript module whose export does the work.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then(({ register }) => { register(); return import(workerData.module); })
  .then((module) => {
    parentPort.on('message', ({ id, fn, payload }) => {
      try {
        parentPort.postMessage({ id, result: module[fn ?? workerData.fn](payload, workerData.context) });
      } catch (error) {
        parentPort.postMessage({ id, error: String((error && error.stack) || error) });
      }
    });
    parentPort.postMessage({ ready: true });
  });
`;

/** Number of workers to use by default: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** A worker running one exported function of one module, with the number of calls it has queued. */
interface Slot {
  worker: Worker;
  inFlight: number;
}

/** Start a worker for `module`'s export `fn`; resolves once the module is loaded. */
function startWorker(module: URL, fn: string, context: unknown): Promise<Slot> {
  const workerData = { tsx: import.meta.resolve('tsx/esm/api'), module: module.href, fn, context };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.once('error', reject);
    worker.once('message', () => {
      worker.off('error', reject);
      resolve({ worker, inFlight: 0 });
    });
  });
}

/**
 * Call `module`'s export `fn(payload)` once per payload, each in a worker thread of its own
 * (at most one per core at a time is the caller's choice: pass that many payloads).
 */
export async function runInWorkers<P, R>(module: URL, fn: string, payloads: P[]): Promise<R[]> {
  const slots = await Promise.all(payloads.map(() => startWorker(module, fn, null)));
  try {
    return await Promise.all(slots.map((slot, k) => new Promise<R>((resolve, reject) => {
      slot.worker.once('error', reject);
      slot.worker.once('message', (message: FromWorker) => {
        if ('error' in message) reject(new Error(`worker failed: ${message.error}`));
        else if ('result' in message) resolve(message.result as R);
      });
      slot.worker.postMessage({ id: 0, payload: payloads[k] });
    })));
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** A pool of engine workers (extraction and clustering), started once and reusable for several corpora. */
export class ExtractPool {
  private constructor(private readonly slots: Slot[]) {}

  /** Start `size` workers for `profile`; resolves when every worker has loaded the engine. */
  static async open(profile: Profile, size: number = defaultWorkers()): Promise<ExtractPool> {
    const module = new URL(import.meta.url);
    const slots = await Promise.all(Array.from({ length: Math.max(1, size) }, () => startWorker(module, 'extractBatch', profile)));
    return new ExtractPool(slots);
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Extract the claims of every document, in `extractAll`'s order. Documents are pulled from
   * `docs` only as workers free up, so a generator is never held in memory as a whole.
   */
  async extract(docs: Iterable<SourceDoc>, onProgress?: (done: number) => void, batchSize = 8): Promise<ArticleClaims[]> {
    const out: ArticleClaims[] = [];
    let done = 0;
    await this.run<SourceDoc[], Extracted[]>('extractBatch', batches(docs[Symbol.iterator](), batchSize), (batch, results) => {
      batch.forEach((doc, k) => out.push({ ...results[k]!, doc }));
      done += batch.length;
      onProgress?.(done);
    });
    return sortById(out);
  }

  /**
   * The clusters of every event (`clusterClaims` of each, in the order given). The largest
   * events go first, so that no worker is left with a big one at the end; small events
   * travel together.
   */
  async cluster(events: EventClaims[], onProgress?: (done: number) => void): Promise<EventClusters[]> {
    const order = events.map((_, e) => e).sort((a, b) => events[b]!.claims.length - events[a]!.claims.length || a - b);
    const tasks: number[][] = [];
    let claims = 0;
    for (const e of order) {
      if (tasks.length === 0 || claims >= CLUSTER_BATCH_CLAIMS) {
        tasks.push([]);
        claims = 0;
      }
      tasks[tasks.length - 1]!.push(e);
      claims += events[e]!.claims.length;
    }
    const out: EventClusters[] = new Array(events.length);
    let done = 0;
    const payloads = tasks.map((task) => ({ task, payload: task.map((e) => events[e]!) }));
    await this.run<{ task: number[]; payload: EventClaims[] }, EventClusters[]>('clusterBatch', payloads[Symbol.iterator](), ({ task }, results) => {
      task.forEach((e, k) => (out[e] = results[k]!));
      done += task.length;
      onProgress?.(done);
    }, ({ payload }) => payload);
    return out;
  }

  /**
   * The whole analysis on the pool's workers: the same result as `analyze(docs, profile,
   * warnings)`. When every document names its event (an archive with a manifest), each event
   * is taken through both phases by one worker and only the claims, the clusters and each
   * cluster's representative come back, so memory stays near what the largest event needs.
   * Otherwise events are only known once every article is extracted: extraction, then the
   * clustering of each event.
   */
  async analyze(docs: SourceDoc[], warnings: Warning[] = [], onStage: OnStage = () => () => {}): Promise<AnalysisResult> {
    if (docs.some((d) => !d.event)) {
      const plan = planComparison(await this.extract(docs, onStage('Extracting claims', docs.length, 'articles')));
      return finishComparison(plan, await this.cluster(plan.perEvent, onStage('Clustering claims', plan.events.length, 'events')), warnings);
    }
    const byEvent = new Map<string, SourceDoc[]>();
    for (const doc of docs) {
      const group = byEvent.get(doc.event!);
      if (group) group.push(doc);
      else byEvent.set(doc.event!, [doc]);
    }
    // The largest events first, so that no worker is left with a big one at the end.
    const size = (group: SourceDoc[]): number => group.reduce((n, d) => n + d.source.length, 0);
    const tasks = [...byEvent].map(([label, group]) => ({ label, group, chars: size(group) }));
    tasks.sort((a, b) => b.chars - a.chars || (a.label < b.label ? -1 : 1));
    const tick = onStage('Analysing events', docs.length, 'articles');
    const articles: ArticleClaims[] = [];
    const clustersOf = new Map<string, EventClusters>();
    let done = 0;
    await this.run<(typeof tasks)[number], ReturnType<typeof analyzeEventDocs>>('analyzeEventDocs', tasks[Symbol.iterator](), ({ label, group }, result) => {
      // The worker's articles come in extractAll's order: by id, ties in the order sent.
      byIdStable(group).forEach((doc, k) => articles.push({ ...result.articles[k]!, doc }));
      clustersOf.set(label, result.clusters);
      done += group.length;
      tick(done);
    }, ({ group }) => group);
    const plan = planComparison(articles);
    const clustered = plan.events.map((event, e) => {
      const own = clustersOf.get(event.id);
      if (!own || own.groups.reduce((n, g) => n + g.length, 0) !== plan.perEvent[e]!.claims.length) {
        throw new Error(`event ${event.id} is not the manifest's event of its articles`);
      }
      return own;
    });
    return finishComparison(plan, clustered, warnings);
  }

  /**
   * Send every task to the workers running `fn`, at most two per worker at a time (one being
   * worked on and one waiting, so no worker idles), pulling tasks only as workers free up.
   */
  private run<T, R>(fn: string, tasks: Iterator<T>, onResult: (task: T, result: R) => void, payloadOf: (task: T) => unknown = (task) => task): Promise<void> {
    const sent = new Map<number, T>();
    let nextId = 0;
    let exhausted = false;

    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error): void => {
        if (settled) return;
        settled = true;
        for (const { slot, onMessage, onError } of handlers) {
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
        }
        if (error) reject(error);
        else resolve();
      };
      const feed = (slot: Slot): void => {
        while (!exhausted && slot.inFlight < 2) {
          const next = tasks.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          const id = nextId++;
          sent.set(id, next.value);
          slot.inFlight++;
          slot.worker.postMessage({ id, fn, payload: payloadOf(next.value) });
        }
        if (exhausted && sent.size === 0) finish();
      };
      const handlers = this.slots.map((slot) => {
        const onMessage = (message: FromWorker): void => {
          if (!('id' in message)) return;
          if ('error' in message) return finish(new Error(`${fn} failed in a worker: ${message.error}`));
          const task = sent.get(message.id)!;
          sent.delete(message.id);
          slot.inFlight--;
          try {
            onResult(task, message.result as R);
            feed(slot);
          } catch (error) {
            finish(error as Error);
          }
        };
        const onError = (error: Error): void => finish(error);
        slot.worker.on('message', onMessage);
        slot.worker.on('error', onError);
        return { slot, onMessage, onError };
      });
      try {
        for (const slot of this.slots) feed(slot);
      } catch (error) {
        finish(error as Error);
      }
    });
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Events of fewer claims than this travel to a worker together (one message, one reply). */
const CLUSTER_BATCH_CLAIMS = 500;

/** Consecutive batches of `size` items of an iterator. */
function* batches<T>(iterator: Iterator<T>, size: number): Generator<T[]> {
  for (;;) {
    const batch: T[] = [];
    while (batch.length < size) {
      const next = iterator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < size) return;
  }
}

/** Articles in the order `extractAll` gives them: by document id, ties in input order. */
function sortById(list: ArticleClaims[]): ArticleClaims[] {
  return list
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.doc.id < y.a.doc.id ? -1 : x.a.doc.id > y.a.doc.id ? 1 : x.i - y.i))
    .map(({ a }) => a);
}

/** Documents in `extractAll`'s order (Array.prototype.sort is stable: ties keep their order). */
function byIdStable(docs: SourceDoc[]): SourceDoc[] {
  return [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Below this much text, starting workers costs more than it saves. */
const IN_PROCESS_CHARS = 512 * 1024;

export interface ExtractOptions {
  /** Number of worker threads (default: one per core). */
  workers?: number;
  /** Called with the number of articles done so far. */
  onProgress?: (done: number) => void;
}

/**
 * Phase one of a corpus: the same result as `extractAll(docs, profile)`, on every core when
 * the corpus is large enough to pay for starting workers (an iterable always uses them).
 */
export async function extractParallel(docs: SourceDoc[] | Iterable<SourceDoc>, profile: Profile, options: ExtractOptions = {}): Promise<ArticleClaims[]> {
  const workers = options.workers ?? defaultWorkers();
  const small = Array.isArray(docs) && docs.reduce((n, d) => n + d.source.length, 0) < IN_PROCESS_CHARS;
  if (workers <= 1 || small) {
    const result = extractAll([...docs], profile);
    options.onProgress?.(result.length);
    return result;
  }
  const pool = await ExtractPool.open(profile, workers);
  try {
    return await pool.extract(docs, options.onProgress);
  } finally {
    await pool.close();
  }
}

/** Told that a stage of the analysis starts (its label, total and unit); returns what to tell as it advances. */
export type OnStage = (label: string, total: number, unit: string) => (done: number) => void;

export interface AnalyzeOptions {
  /** Number of worker threads (default: one per core). */
  workers?: number;
  /** Progress of the stages: extracting claims (articles), clustering (events). */
  onStage?: OnStage;
  /** Corpora of fewer characters are analysed in-process (default: half a million). */
  inProcessBelow?: number;
}

/**
 * The whole analysis (`analyze(docs, profile, warnings)`, the same result byte for byte) with
 * extraction and clustering on every core once the corpus is large enough to pay for starting
 * workers; smaller corpora are analysed in-process.
 */
export async function analyzeParallel(docs: SourceDoc[], profile: Profile, warnings: Warning[] = [], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const workers = options.workers ?? defaultWorkers();
  const stage: OnStage = options.onStage ?? (() => () => {});
  if (workers <= 1 || docs.reduce((n, d) => n + d.source.length, 0) < (options.inProcessBelow ?? IN_PROCESS_CHARS)) {
    const extracted = extractAll(docs, profile);
    stage('Extracting claims', docs.length, 'articles')(docs.length);
    return compareArticles(extracted, profile, warnings);
  }
  const pool = await ExtractPool.open(profile, workers);
  try {
    return await pool.analyze(docs, warnings, stage);
  } finally {
    await pool.close();
  }
}
