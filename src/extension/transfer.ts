// Sending an analysis between threads cheaply. Structured clone copies every string, and an analysis repeats
// its text many times over (paragraphs, sentences, mentions, duplicate pairs): for a 1.5 MB article that is
// about 15 MB to copy, most of it on the receiving (editor) thread. So the worker drops every span text that
// is a plain slice of the article, and the receiver, which has the article, slices it back. No vscode import.
import type { Analysis } from '../core';

/** An analysis whose span texts are null where they equal the slice of the article they point to. */
export interface PackedAnalysis {
  readonly packed: unknown;
}

type Node = Record<string, unknown>;

function walk(value: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value !== null && typeof value === 'object') {
    visit(value as Node);
    for (const key of Object.keys(value)) walk((value as Node)[key], visit);
  }
}

const isSpanLike = (n: Node): boolean => typeof n.start === 'number' && typeof n.end === 'number';

/** Packs an analysis for postMessage. Mutates it: use only on an analysis that is sent away. */
export function packAnalysis(analysis: Analysis): PackedAnalysis {
  const source = analysis.text;
  walk({ ...analysis, text: null }, (n) => {
    if (isSpanLike(n) && typeof n.text === 'string' && n.text === source.slice(n.start as number, n.end as number)) n.text = null;
  });
  return { packed: { ...analysis, text: null } };
}

/** Restores what packAnalysis dropped, from the article text the analysis was made of. */
export function unpackAnalysis(message: PackedAnalysis, source: string): Analysis {
  const analysis = message.packed as Node;
  walk(analysis, (n) => {
    if (isSpanLike(n) && n.text === null) n.text = source.slice(n.start as number, n.end as number);
  });
  analysis.text = source;
  return analysis as unknown as Analysis;
}
