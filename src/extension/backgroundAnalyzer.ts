// Runs analyses in a worker thread when the extension host is Node (the web host analyses on its own
// thread). One worker, created on first use, answering requests in order.
import type * as WorkerThreads from 'worker_threads';
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core';
import { emptyAnalysis, unpackPiece, type PackedAnalysis } from './transfer';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type WorkerReply = { id: number; analysis: PackedAnalysis; ms: number } | { id: number; error: string };

export interface BackgroundResult {
  analysis: Analysis;
  /** Time the engine took in the worker, in milliseconds. */
  ms: number;
}

export class BackgroundAnalyzer {
  private worker: WorkerThreads.Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { text: string; resolve: (r: BackgroundResult) => void; reject: (e: Error) => void }>();

  private constructor(private readonly script: string, private readonly workerThreads: typeof WorkerThreads) {}

  /** A background analyzer when worker threads exist (Node host, extension on disk), else undefined. */
  static create(extensionUri: vscode.Uri): BackgroundAnalyzer | undefined {
    if (extensionUri.scheme !== 'file' || typeof process === 'undefined' || !process.versions?.node) return undefined;
    // Loaded only here, in the Node host: the web bundle leaves this require unresolved and never reaches it.
    const workerThreads = require('worker_threads') as typeof WorkerThreads;
    return new BackgroundAnalyzer(vscode.Uri.joinPath(extensionUri, 'dist', 'analysisWorker.js').fsPath, workerThreads);
  }

  analyze(text: string, options: AnalyzeOptions): Promise<BackgroundResult> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, resolve, reject });
      worker.postMessage({ id, text, options } satisfies WorkerRequest);
    });
  }

  private start(): WorkerThreads.Worker {
    if (this.worker) return this.worker;
    // A larger young generation than the default: fewer scavenges copy what the earlier stages of an analysis made.
    // It made a 1 MB analysis about a tenth faster when every token was an object (best of 8: 188 and 193 ms with the
    // default, 171 ms with 64 MB); since tokens are a typed-array table the two are within noise (121-160 ms).
    const worker = new this.workerThreads.Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!job) return;
      if ('error' in reply) job.reject(new Error(reply.error));
      else unpackInSteps(reply.analysis, job.text).then((analysis) => job.resolve({ analysis, ms: reply.ms }), job.reject);
    });
    // A crashed worker fails what it was doing; the next request starts a new one.
    const fail = (err: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    // Shutting down: nothing waits for these any more, and failing them would start main-thread fallbacks.
    this.pending.clear();
    void worker?.terminate();
  }
}

/** The next turn of the event loop, after pending I/O and timers: what waits for the editor thread runs first. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Rebuilds a packed analysis one piece per turn of the event loop, so that taking in a long article's analysis is
 * a series of short stretches the editor's own work can run between, not one long block. It resolves on a turn of
 * its own too: what the caller does with the analysis (indexing, painting) is another stretch.
 */
async function unpackInSteps(packed: PackedAnalysis, source: string): Promise<Analysis> {
  const analysis = emptyAnalysis(source);
  for (const piece of packed.pieces) {
    await nextTurn();
    unpackPiece(analysis, piece);
  }
  await nextTurn();
  return analysis;
}
