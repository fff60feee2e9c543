// The command line, kept free of process globals so that tests can run it in-process: `main` gets its
// arguments and its input/output as parameters and returns the exit status.
import { parseArgs, USAGE } from './args';
import type { Format } from './args';
import { decodeText } from './decode';
import { BatchingRenderer, type DocumentRenderer } from './render';

export interface CliIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Whether standard output is a terminal (chooses the default format). */
  isTTY: boolean;
  /**
   * Where the documents are analysed, given the --jobs asked for (if any) and the files ("-" for standard
   * input); in this thread when absent (see src/cli/pool.ts for the worker threads).
   */
  startRenderer?(request: { jobs?: number; files: readonly string[] }): DocumentRenderer;
}

export const EXIT_OK = 0;
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

const STDIN_NAME = '-';
/**
 * Documents handed to the renderer and not yet written, for a renderer that does not say how many it wants (see
 * DocumentRenderer.inFlight). Some in flight keep the analysis going while a long document holds up the output
 * (documents are written in the order given), and let the renderer analyse several together; a bound keeps hundreds
 * of files from sitting in memory together.
 */
const IN_FLIGHT = 16;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') { io.stdout(USAGE); return EXIT_OK; }
  if (args.command === 'error') { io.stderr(`factlens: ${args.message}\n\n${USAGE}`); return EXIT_USAGE; }

  const format: Format = args.format ?? (io.isTTY ? 'text' : 'json');
  const renderer = io.startRenderer?.({ jobs: args.jobs, files: args.files }) ?? new BatchingRenderer();
  const inFlight = renderer.inFlight ?? IN_FLIGHT;
  const inFlightChars = renderer.inFlightChars ?? Infinity;
  let pendingChars = 0;
  let status = EXIT_OK;
  let written = 0;
  const pending: { path: string; output: Promise<string>; chars: number }[] = [];
  const writeNext = async (): Promise<void> => {
    const next = pending.shift()!;
    pendingChars -= next.chars;
    let out: string;
    try {
      out = await next.output;
    } catch (e) {
      // An engine failure on one document (a bug: please report it) loses that document only, as a file that cannot
      // be read does; the output of the others stays whole.
      io.stderr(`factlens: ${next.path}: could not be analysed: ${(e as Error).message}\n`);
      status = EXIT_FILE_ERROR;
      return;
    }
    if (format === 'json') io.stdout((written ? ',\n' : '\n') + out);
    else io.stdout((written ? '\n' : '') + out);
    written++;
  };
  try {
    // Documents are written as they are analysed, in the order given.
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
      const output = renderer.render({ path, text: decoded.text, bom: decoded.bom, format, sentences: args.sentences });
      // A failure is met when its turn to be written comes; until then it must not count as unhandled.
      output.catch(() => undefined);
      pending.push({ path, output, chars: decoded.text.length });
      pendingChars += decoded.text.length;
      while (pending.length >= inFlight || pendingChars >= inFlightChars) await writeNext();
    }
    while (pending.length) await writeNext();
    if (format === 'json') io.stdout('\n]}\n');
  } finally {
    await renderer.close();
  }
  return status;
}
