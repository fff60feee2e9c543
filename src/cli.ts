// Command line entry point (dist/cli.js): wires `main` to the process. See src/cli/main.ts. The same file
// is the script of the command line's worker threads (src/cli/pool.ts).
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { main } from './cli/main';
import { WorkerPool, serveRenderJobs, threadCount } from './cli/pool';
import { BatchingRenderer } from './cli/render';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Bytes of the files that exist (standard input and unreadable files count for nothing). */
function totalSize(files: readonly string[]): number {
  let bytes = 0;
  for (const f of files) {
    if (f === '-') continue;
    try { bytes += statSync(f).size; } catch { /* reported when it is read */ }
  }
  return bytes;
}

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
    startRenderer: ({ jobs, files }) => {
      const threads = threadCount({ jobs, files: files.length, bytes: jobs === undefined ? totalSize(files) : 0, processors: availableParallelism() });
      return threads > 1 ? new WorkerPool(__filename, threads) : new BatchingRenderer();
    },
  }).then((status) => { process.exitCode = status; }, (e) => {
    process.stderr.write(`factlens: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 70;
  });
}
