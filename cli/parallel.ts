/**
 * Work on every core, in worker threads. Two uses:
 * - {@link ExtractPool} / {@link extractParallel}: phase one (per-article `extractClaims`,
 *   pure and serialisable). Articles are streamed: pulled from an iterable only when a
 *   worker has room, sent in small batches, and only the claims come back (the main thread
 *   keeps the one copy of each document). The result equals `extractAll(docs, profile)`
 *   whatever the number of workers or the order in which batches finish.
 * - {@link runInWorkers}: one call of an exported function per payload, one worker each.
 *
 * A small pool of our own rather than piscina: one message shape, batches, ordered results
 * and back-pressure from an iterator fit in this file, and piscina's workers would still need
 * the same tsx loader shim.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extractAll } from '../engine/pipeline.ts';
import { extractClaims, type ArticleClaims } from '../engine/article/claims.ts';
import type { Profile, SourceDoc } from '../engine/schema.ts';

/** What a worker sends back for one article: everything but the document, which the main thread has. */
type Extracted = Omit<ArticleClaims, 'doc'>;

/** Phase one for a batch of documents, without the documents themselves (runs in a worker). */
export function extractBatch(docs: SourceDoc[], profile: Profile): Extracted[] {
  return docs.map((doc) => {
    const { doc: _sent, ...extracted } = extractClaims(doc, profile);
    return extracted;
  });
}

type FromWorker = { ready: true } | { id: number; result: unknown } | { id: number; error: string };

// Workers do not inherit the tsx loader that cli/claimdiff.js registered (Node 20): each one
// registers it first, then imports the TypeScript module whose export does the work.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then(({ register }) => { register(); return import(workerData.module); })
  .then((module) => {
    const fn = module[workerData.fn];
    parentPort.on('message', ({ id, payload }) => {
      try {
        parentPort.postMessage({ id, result: fn(payload, workerData.context) });
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

/** A pool of extraction workers, started once and reusable for several corpora. */
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
  extract(docs: Iterable<SourceDoc>, onProgress?: (done: number) => void, batchSize = 8): Promise<ArticleClaims[]> {
    const iterator = docs[Symbol.iterator]();
    const sent = new Map<number, SourceDoc[]>();
    const out: ArticleClaims[] = [];
    let nextId = 0;
    let exhausted = false;
    let done = 0;

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
        else resolve(sortById(out));
      };
      const feed = (slot: Slot): void => {
        // Two batches per worker: one being worked on and one waiting, so no worker idles.
        while (!exhausted && slot.inFlight < 2) {
          const batch: SourceDoc[] = [];
          while (batch.length < batchSize) {
            const next = iterator.next();
            if (next.done) {
              exhausted = true;
              break;
            }
            batch.push(next.value);
          }
          if (batch.length === 0) break;
          const id = nextId++;
          sent.set(id, batch);
          slot.inFlight++;
          slot.worker.postMessage({ id, payload: batch });
        }
        if (exhausted && sent.size === 0) finish();
      };
      const handlers = this.slots.map((slot) => {
        const onMessage = (message: FromWorker): void => {
          if (!('id' in message)) return;
          if ('error' in message) return finish(new Error(`extraction failed in a worker: ${message.error}`));
          const batch = sent.get(message.id)!;
          const results = message.result as Extracted[];
          sent.delete(message.id);
          slot.inFlight--;
          batch.forEach((doc, k) => out.push({ ...results[k]!, doc }));
          done += batch.length;
          onProgress?.(done);
          try {
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

/** Articles in the order `extractAll` gives them: by document id, ties in input order. */
function sortById(list: ArticleClaims[]): ArticleClaims[] {
  return list
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.doc.id < y.a.doc.id ? -1 : x.a.doc.id > y.a.doc.id ? 1 : x.i - y.i))
    .map(({ a }) => a);
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
