import { Worker } from 'node:worker_threads';
import { createBucketSortKernel, type BucketSortKernel } from './bucket-sort-kernel.js';

/**
 * Sorting the buckets of large score columns on two threads: the main thread and one worker share the buckets
 * through a counter in shared memory, each claiming the next chunk of buckets until none is left. Nothing waits
 * for the worker to start: while it boots, or if it never does, the main thread simply claims every chunk
 * itself. The result does not depend on which thread sorted what, since every bucket is sorted the same way.
 *
 * The caller stays synchronous (the metrics are pure functions): the main thread blocks in `Atomics.wait` only
 * for chunks the worker has claimed and not finished. `useSortWorker(false)` (the entry points' reading of
 * `MODEL_GATE_THREADS=1`) keeps everything on one thread.
 */

/** Below this many keys, handing work over costs more than it saves. */
const PARALLEL_MIN_KEYS = 1 << 18;
/** Chunks per call: enough that the two threads finish close together. */
const CHUNKS = 64;
/**
 * A worker that holds a chunk this long has failed (a chunk is a 64th of a column: milliseconds); the run stops
 * with an internal error rather than guess.
 */
const STALL_MS = 30_000;
const THREADS_HINT = 'set MODEL_GATE_THREADS=1 to sort on one thread, and please report this';

/** Keys to sort: pairs in shared memory, and bucket starts (see BucketSortKernel.sortBuckets). */
export interface BucketJob {
  readonly keys: Uint32Array;
  readonly starts: Uint32Array;
}

const kernel: BucketSortKernel = createBucketSortKernel();
let worker: Worker | undefined;
let workerFailed = false;
let workerAllowed = true;

/** Allows or forbids the sort worker (allowed unless an entry point says otherwise). */
export function useSortWorker(allowed: boolean): void {
  workerAllowed = allowed;
}

/** Buckets handed to the pool and not yet known to be sorted (see `startSortingBuckets`). */
export interface SortTicket {
  readonly jobs: readonly BucketJob[];
  /** (job, first bucket, end bucket) triples; empty when everything was sorted on the spot. */
  readonly chunks: Int32Array;
  /** [next chunk to claim, chunks finished, chunks the worker failed]. */
  readonly control: Int32Array;
}

/**
 * Hands the buckets to the worker and returns at once, so that the main thread can prepare the next column
 * while the worker sorts this one; `finishSortingBuckets` must be called before the keys are read. Small jobs,
 * or no worker: everything is sorted here and now.
 */
export function startSortingBuckets(jobs: readonly BucketJob[]): SortTicket {
  let total = 0;
  for (const job of jobs) total += job.keys.length / 2;
  const helper = total >= PARALLEL_MIN_KEYS && jobs.every((j) => j.keys.buffer instanceof SharedArrayBuffer) ? sortWorker() : undefined;
  // control[0]: next chunk to claim; control[1]: chunks finished; control[2]: chunks the worker failed.
  const control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  if (!helper) {
    for (const { keys, starts } of jobs) kernel.sortBuckets(keys, starts, 0, starts.length - 1);
    return { jobs, chunks: new Int32Array(0), control };
  }
  const chunks = splitIntoChunks(jobs, total);
  helper.postMessage({ jobs, chunks, control });
  return { jobs, chunks, control };
}

/** Sorts the chunks nobody has claimed yet, waits for those the worker holds; returns how many it sorted. */
export function finishSortingBuckets({ jobs, chunks, control }: SortTicket): number {
  const count = chunks.length / 3;
  let sortedHere = 0;
  for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
    const job = jobs[chunks[3 * c]!]!;
    kernel.sortBuckets(job.keys, job.starts, chunks[3 * c + 1]!, chunks[3 * c + 2]!);
    Atomics.add(control, 1, 1);
    sortedHere++;
  }
  for (let done = Atomics.load(control, 1); done < count; done = Atomics.load(control, 1)) {
    if (Atomics.wait(control, 1, done, STALL_MS) === 'timed-out') throw new Error(`the sort worker stopped responding; ${THREADS_HINT}`);
  }
  if (Atomics.load(control, 2) > 0) throw new Error(`the sort worker failed; ${THREADS_HINT}`);
  return count - sortedHere;
}

/**
 * Chunks as (job, first bucket, end bucket) triples in shared memory, each holding about `total / CHUNKS` keys;
 * a bucket is never split.
 */
function splitIntoChunks(jobs: readonly BucketJob[], total: number): Int32Array {
  const target = Math.max(1, Math.ceil(total / CHUNKS));
  const triples: number[] = [];
  jobs.forEach(({ starts }, j) => {
    const buckets = starts.length - 1;
    let first = 0;
    for (let d = 0; d < buckets; d++) {
      if (starts[d + 1]! - starts[first]! >= target || d === buckets - 1) {
        triples.push(j, first, d + 1);
        first = d + 1;
      }
    }
  });
  const chunks = new Int32Array(new SharedArrayBuffer(Math.max(1, triples.length) * Int32Array.BYTES_PER_ELEMENT));
  chunks.set(triples);
  return chunks;
}

/** The worker, started on first use and never keeping the process alive; undefined when threads are off. */
function sortWorker(): Worker | undefined {
  if (workerFailed || !workerAllowed) return undefined;
  if (!worker) {
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true });
    } catch {
      workerFailed = true;
      return undefined;
    }
    worker.unref();
    // A worker that cannot start never claims a chunk, so the main thread does them all; just stop using it.
    worker.on('error', () => {
      workerFailed = true;
      worker = undefined;
    });
  }
  return worker;
}

/**
 * The worker: the kernel's own source, and a loop claiming chunks. The worker allocates almost nothing, so its
 * garbage collector would hardly ever run and free the shared arrays each message brought (a column's worth of
 * memory per sort); it collects after every message instead (a few milliseconds on its tiny heap), where the
 * runtime lets it expose the collector (if not, it only keeps more memory).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
let collect = () => {};
try {
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  if (typeof gc === 'function') collect = gc;
} catch {}
const kernel = (${createBucketSortKernel.toString()})();
parentPort.on('message', (message) => {
  const { jobs, chunks, control } = message;
  const count = chunks.length / 3;
  for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
    try {
      const job = jobs[chunks[3 * c]];
      kernel.sortBuckets(job.keys, job.starts, chunks[3 * c + 1], chunks[3 * c + 2]);
    } catch {
      Atomics.add(control, 2, 1);
    }
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
  }
  message.jobs = undefined;
  setImmediate(collect);
});
`;
