// Documents of the output: analysed and written as json or text. The same functions run in the command line's own
// thread or in one of its worker threads (src/cli/pool.ts).
import { GROUP_CHARS, GROUP_DOCUMENTS, analyze, analyzeMany, type Analysis } from '../core';
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

/** The document's part of the output, from its analysis: a json object (without separators) or a text listing. */
function written(job: RenderJob, analysis: Analysis): string {
  return job.format === 'json' ? JSON.stringify(jsonDocument(job.path, analysis, job.bom)) : textDocument(job.path, analysis);
}

/** The engine's calls that renderDocuments makes (tests replace them). */
export interface Engine {
  analyze: typeof analyze;
  analyzeMany: typeof analyzeMany;
}

/**
 * The outputs of several documents, in order: each its part of the output, or the error the engine met on it.
 * The documents are analysed together (analyzeMany: a sixth faster over news articles); if that fails, one by one, so
 * that a failure costs only the document it is met on.
 */
function renderDocuments(jobs: readonly RenderJob[], engine: Engine = { analyze, analyzeMany }): (string | Error)[] {
  const sentences = jobs[0]?.sentences;
  if (jobs.length > 1 && jobs.every((j) => j.sentences === sentences)) {
    try {
      const analyses = engine.analyzeMany(jobs.map((j) => j.text), { summarySentences: sentences });
      return jobs.map((job, i) => written(job, analyses[i]));
    } catch {
      // Found again below, on its document alone.
    }
  }
  return jobs.map((job) => {
    try {
      return written(job, engine.analyze(job.text, { summarySentences: job.sentences }));
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

/**
 * Collects the documents given in one turn of the event loop, up to analyzeMany's group (GROUP_DOCUMENTS, or
 * GROUP_CHARS of text), and renders them together: the command line reads its files ahead of the output, and a worker
 * thread receives several at once, so each hands over several before it waits for the first.
 */
export class BatchingRenderer implements DocumentRenderer {
  private queue: { job: RenderJob; resolve(output: string): void; reject(error: Error): void }[] = [];
  private queuedChars = 0;
  private scheduled = false;
  readonly inFlight = GROUP_DOCUMENTS;
  /** A group's text and the next one's: a long document goes through alone, not with dozens more held in memory. */
  readonly inFlightChars = 2 * GROUP_CHARS;

  constructor(private readonly engine?: Engine) {}

  render(job: RenderJob): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.queuedChars += job.text.length;
      if (this.queue.length >= GROUP_DOCUMENTS || this.queuedChars >= GROUP_CHARS) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Renders the documents waiting. */
  flush(): void {
    this.scheduled = false;
    const waiting = this.queue;
    if (!waiting.length) return;
    this.queue = [];
    this.queuedChars = 0;
    const outputs = renderDocuments(waiting.map((w) => w.job), this.engine);
    waiting.forEach((w, i) => {
      const out = outputs[i];
      if (out instanceof Error) w.reject(out);
      else w.resolve(out);
    });
  }

  async close(): Promise<void> {
    this.flush();
  }
}

/** Where documents are rendered: this thread, or a pool of worker threads. */
export interface DocumentRenderer {
  render(job: RenderJob): Promise<string>;
  /** How many documents to hand over before waiting for the first one's output (the command line's default if absent). */
  readonly inFlight?: number;
  /** How much of their text (UTF-16 code units) at most, if bounded. */
  readonly inFlightChars?: number;
  /** Releases the renderer's threads; no render() after it. */
  close(): Promise<void>;
}

