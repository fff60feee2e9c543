// One document of the output: analysed and written as json or text. The same function runs in the
// command line's own thread or in one of its worker threads (src/cli/pool.ts).
import { analyze } from '../core';
import type { Format } from './args';
import { jsonDocument } from './json';
import { textDocument } from './text';

/** What a document's output needs: plain data, so that it can be posted to a worker thread. */
export interface RenderJob {
  path: string;
  text: string;
  /** Whether a UTF-8 byte-order mark was removed from the file. */
  bom: boolean;
  format: Format;
  sentences?: number;
}

/** The document's part of the output: a json object (without separators) or a text listing. */
export function renderDocument(job: RenderJob): string {
  const analysis = analyze(job.text, { summarySentences: job.sentences });
  return job.format === 'json' ? JSON.stringify(jsonDocument(job.path, analysis, job.bom)) : textDocument(job.path, analysis);
}

/** Where documents are rendered: this thread, or a pool of worker threads. */
export interface DocumentRenderer {
  render(job: RenderJob): Promise<string>;
  /** Releases the renderer's threads; no render() after it. */
  close(): Promise<void>;
}

export const inThreadRenderer: DocumentRenderer = {
  render: async (job) => renderDocument(job),
  close: async () => undefined,
};
