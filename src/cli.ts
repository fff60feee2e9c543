// Command line entry point (dist/cli.js): wires `main` to the process. See src/cli/main.ts. The same file
// is the script of the command line's worker threads (src/cli/pool.ts).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { main } from './cli/main';
import { WorkerPool, serveRenderJobs } from './cli/pool';
import { inThreadRenderer } from './cli/render';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Each thread holds its own engine and model (about 100 MB): the default stops here on large machines. */
const DEFAULT_THREADS_AT_MOST = 8;

if (!isMainThread) {
  serveRenderJobs();
} else {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    // Read at once: the files are read one after another anyway, and an asynchronous read of each of hundreds
    // of small files left the thread idle for a fifth of the run.
    readFile: async (path) => readFileSync(path),
    readStdin,
    isTTY: process.stdout.isTTY === true,
    // One file, or one processor: no thread to start (a thread loads the engine and its model again).
    startRenderer: ({ jobs, files }) => {
      const threads = Math.min(jobs ?? Math.min(availableParallelism(), DEFAULT_THREADS_AT_MOST), files);
      return threads > 1 ? new WorkerPool(__filename, threads) : inThreadRenderer;
    },
  }).then((status) => { process.exitCode = status; }, (e) => {
    process.stderr.write(`factlens: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 70;
  });
}
