// Worker thread entry (Node extension host only, bundled as dist/analysisWorker.js): runs the engine off the
// extension host's thread, so a long article never blocks the editor while it is analysed.
import { parentPort } from 'worker_threads';
import { analyze, type EngineOptions } from '../core';
import type { WorkerReply, WorkerRequest } from './backgroundAnalyzer';
import { packAnalysis } from './transfer';

parentPort?.on('message', ({ id, text, options }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const t0 = performance.now();
    const analysis = analyze(text, options satisfies EngineOptions);
    reply = { id, analysis: packAnalysis(analysis), ms: performance.now() - t0 };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
