// Command line entry point (dist/cli.js): wires `main` to the process. See src/cli/main.ts.
import { readFile } from 'node:fs/promises';
import { main } from './cli/main';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (path) => readFile(path),
  readStdin,
  isTTY: process.stdout.isTTY === true,
}).then((status) => { process.exitCode = status; }, (e) => {
  process.stderr.write(`factlens: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 70;
});
