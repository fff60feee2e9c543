// The command line, kept free of process globals so that tests can run it in-process: `main` gets its
// arguments and its input/output as parameters and returns the exit status.
import { analyze } from '../core';
import { parseArgs, USAGE } from './args';
import type { Format } from './args';
import { decodeText } from './decode';
import { jsonDocument } from './json';
import { textDocument } from './text';

export interface CliIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Whether standard output is a terminal (chooses the default format). */
  isTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

const STDIN_NAME = '-';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') { io.stdout(USAGE); return EXIT_OK; }
  if (args.command === 'error') { io.stderr(`factlens: ${args.message}\n\n${USAGE}`); return EXIT_USAGE; }

  const format: Format = args.format ?? (io.isTTY ? 'text' : 'json');
  let status = EXIT_OK;
  let written = 0;
  // Documents are written as they are analysed: hundreds of files never sit in memory together.
  if (format === 'json') io.stdout('{"version":1,"documents":[');
  for (const path of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = path === STDIN_NAME ? await io.readStdin() : await io.readFile(path);
    } catch (e) {
      io.stderr(`factlens: ${path}: cannot read: ${(e as Error).message}\n`);
      status = EXIT_FILE_ERROR;
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.stderr(`factlens: ${path}: ${decoded.reason}\n`);
      status = EXIT_FILE_ERROR;
      continue;
    }
    const analysis = analyze(decoded.text, { summarySentences: args.sentences });
    if (format === 'json') io.stdout((written ? ',\n' : '\n') + JSON.stringify(jsonDocument(path, analysis, decoded.bom)));
    else io.stdout((written ? '\n' : '') + textDocument(path, analysis));
    written++;
  }
  if (format === 'json') io.stdout('\n]}\n');
  return status;
}
