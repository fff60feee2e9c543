// Worker threads for the command line: with many files, each thread analyses whole documents, so that a
// call over hundreds of files uses every processor. Documents are independent (duplicates are found
// within a document), so the output is the same as from one thread.
import { Worker, parentPort } from 'node:worker_threads';
import { GROUP_CHARS, GROUP_DOCUMENTS } from '../core';
import { BatchingRenderer, type DocumentRenderer, type RenderJob } from './render';

/** Each thread holds its own engine and model (about 100 MB): the default stops here on large machines. */
const DEFAULT_THREADS_AT_MOST = 8;
/**
 * Text per thread, at least, for the default to start another one. Each thread first runs the engine slowly
 * while the JavaScript compiler optimises it, and compiles it all again (some seconds of compiling, on the
 * processors the threads share): on two processors, two threads took 25-31 % longer than one over 1 MB of news
 * articles and 3-8 % longer over 4.6 MB, and 7-12 % less time over 18 MB (bench/cli.bench.mjs and single runs).
 */
export const DEFAULT_BYTES_PER_THREAD = 8_000_000;

/**
 * How many threads analyse `files` documents of `bytes` bytes in all: `jobs` if asked (no more than the
 * documents), else one for every DEFAULT_BYTES_PER_THREAD of text, up to one per processor and
 * DEFAULT_THREADS_AT_MOST.
 * 1 means the command line's own thread.
 */
export function threadCount(request: { jobs?: number; files: number; bytes: number; processors: number }): number {
  const { jobs, files, bytes, processors } = request;
  const wanted = jobs ?? Math.min(processors, DEFAULT_THREADS_AT_MOST, Math.ceil(bytes / DEFAULT_BYTES_PER_THREAD));
  return Math.max(1, Math.min(wanted, files));
}

interface Request { id: number; job: RenderJob }
type Reply = { id: number; output: string } | { id: number; error: string };

interface Waiting { resolve(output: string): void; reject(error: Error): void; size: number }

/**
 * Runs in a worker thread started by WorkerPool: renders every job posted to it, those that arrive together in one
 * group (BatchingRenderer).
 */
export function serveRenderJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRenderJobs runs in a worker thread');
  const renderer = new BatchingRenderer();
  port.on('message', ({ id, job }: Request) => {
    renderer.render(job).then(
      (output) => port.postMessage({ id, output } satisfies Reply),
      (e: Error) => port.postMessage({ id, error: e.stack ?? e.message } satisfies Reply),
    );
  });
}

/** One worker thread and the jobs it has not answered yet. */
class RenderThread {
  readonly worker: Worker;
  readonly waiting = new Map<number, Waiting>();
  /** Characters of the jobs waiting: a new job goes to the thread with the least. */
  load = 0;
  /** Why the thread stopped, once it has: jobs posted after that fail at once rather than wait forever. */
  private stopped: Error | null = null;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.on('message', (reply: Reply) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      this.load -= w.size;
      if ('output' in reply) w.resolve(reply.output);
      else w.reject(new Error(reply.error));
    });
    this.worker.on('error', (e) => this.stop(e));
    this.worker.on('exit', (code) => this.stop(new Error(`analysis thread stopped (exit code ${code})`)));
  }

  post(id: number, job: RenderJob, waiting: Waiting): void {
    if (this.stopped) {
      waiting.reject(this.stopped);
      return;
    }
    this.waiting.set(id, waiting);
    this.load += waiting.size;
    this.worker.postMessage({ id, job } satisfies Request);
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
    this.load = 0;
  }
}

/** Renders documents in `size` worker threads, each running `script` (which calls serveRenderJobs()). */
export class WorkerPool implements DocumentRenderer {
  private readonly threads: RenderThread[] = [];
  private nextId = 0;
  /** A group's worth of documents per thread (and two groups' worth of text): each thread analyses the documents that reach it together. */
  readonly inFlight: number;
  readonly inFlightChars: number;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) this.threads.push(new RenderThread(script));
    this.inFlight = GROUP_DOCUMENTS * size;
    this.inFlightChars = 2 * GROUP_CHARS * size;
  }

  render(job: RenderJob): Promise<string> {
    let thread = this.threads[0];
    for (const t of this.threads) if (t.load < thread.load) thread = t;
    return new Promise((resolve, reject) => thread.post(this.nextId++, job, { resolve, reject, size: job.text.length + 1 }));
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
