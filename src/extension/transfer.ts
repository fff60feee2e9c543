// Sending an analysis between threads cheaply. Two costs fall on the receiving (editor) thread, and both block it:
// - Copying. An analysis repeats its text many times over (paragraphs, sentences, mentions, duplicate pairs): for
//   a 1.5 MB article that is about 15 MB. So the worker drops every span text that is a plain slice of the article,
//   and the receiver, which has the article, slices it back.
// - Rebuilding the objects. A structured clone of tens of thousands of objects is rebuilt in one go when the
//   message arrives (60 ms and more for a 1 MB article). So the analysis travels as JSON texts, a list field split
//   into pieces of about PIECE_CHARS characters: a string arrives at the cost of a copy, and the receiver parses
//   one piece at a time (see unpackPiece), free to let other work run in between.
// No vscode import, no Node API.
import type { Analysis } from '../core';

/** Characters of JSON per piece of a list (a single larger item makes a larger piece): parses in a few milliseconds. */
const PIECE_CHARS = 64 * 1024;

/** A field of the analysis (a list field possibly in several pieces, in order) as JSON whose span texts are null where they equal the article's slice. */
export interface PackedPiece {
  readonly field: Exclude<keyof Analysis, 'text'>;
  readonly json: string;
}

export interface PackedAnalysis {
  readonly pieces: readonly PackedPiece[];
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
  const pieces: PackedPiece[] = [];
  for (const field of Object.keys(analysis) as (keyof Analysis)[]) {
    if (field === 'text') continue;
    const value = analysis[field];
    walk(value, (n) => {
      if (isSpanLike(n) && typeof n.text === 'string' && n.text === source.slice(n.start as number, n.end as number)) n.text = null;
    });
    if (Array.isArray(value)) pieces.push(...listPieces(field, value));
    else pieces.push({ field, json: JSON.stringify(value) });
  }
  return { pieces };
}

/** A list as JSON arrays of about PIECE_CHARS characters each (at least one, `[]` for an empty list). */
function listPieces(field: PackedPiece['field'], list: readonly unknown[]): PackedPiece[] {
  const pieces: PackedPiece[] = [];
  let items: string[] = [];
  let chars = 0;
  for (const item of list) {
    const json = JSON.stringify(item);
    items.push(json);
    chars += json.length + 1;
    if (chars >= PIECE_CHARS) {
      pieces.push({ field, json: `[${items.join(',')}]` });
      items = [];
      chars = 0;
    }
  }
  if (items.length || !pieces.length) pieces.push({ field, json: `[${items.join(',')}]` });
  return pieces;
}

/** An analysis being rebuilt piece by piece: start with emptyAnalysis, then unpackPiece each piece in order. */
export function emptyAnalysis(source: string): Analysis {
  return { text: source } as Analysis;
}

/** Parses one piece into `into`, restoring the span texts packAnalysis dropped from the article text. */
export function unpackPiece(into: Analysis, piece: PackedPiece): void {
  const value = JSON.parse(piece.json) as unknown;
  const source = into.text;
  walk(value, (n) => {
    if (isSpanLike(n) && n.text === null) n.text = source.slice(n.start as number, n.end as number);
  });
  const target = into as unknown as Node;
  const had = target[piece.field];
  if (Array.isArray(had) && Array.isArray(value)) for (const item of value) had.push(item);
  else target[piece.field] = value;
}

/** Restores a whole packed analysis at once, from the article text it was made of. */
export function unpackAnalysis(message: PackedAnalysis, source: string): Analysis {
  const analysis = emptyAnalysis(source);
  for (const piece of message.pieces) unpackPiece(analysis, piece);
  return analysis;
}
