// Quoted passages: pairs of quotation marks in prose paragraphs, found in one left-to-right scan.
// Double marks (“ ” and ") make quotes; single marks (‘ ’) only at the top level, so apostrophes
// (don’t, Ukraine’s, ’90s, rock ’n’ roll) and quotes nested inside a double-quoted passage are not passages.
// An opening mark with no closing one ends at its paragraph's end, unless the next paragraph reopens with a
// mark (the news convention for a quote that continues over several paragraphs): then the passage goes on.
import type { DocumentStructure, Paragraph, Span } from '../types';

export interface Passage {
  start: number;
  /** End of the closing mark, or of the text when the passage was never closed. */
  end: number;
  /** The quoted words between the marks, one piece per paragraph. */
  pieces: Span[];
  closed: boolean;
  /** Opened with a single mark (‘…’): the headline style of quoting, never a scare quote in body text. */
  single: boolean;
}

/** Kinds of block whose text is prose; code, tables and rules never hold quotes. */
const PROSE_KINDS = new Set(['prose', 'heading', 'list', 'quote']);

const MARKS = /[“”"‘’]/g;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);

type Family = 'curly' | 'straight' | 'single';

interface Open { family: Family; start: number; contentStart: number; pieces: Span[] }

function piece(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The mark a paragraph opens with, if it opens with one: continuing quotes reopen this way. */
function openingFamily(p: Paragraph): Family | null {
  const c = p.text.trimStart()[0];
  if (c === '“') return 'curly';
  if (c === '"') return 'straight';
  if (c === '‘') return 'single';
  return null;
}

export function findPassages(doc: DocumentStructure): Passage[] {
  const { text } = doc;
  const out: Passage[] = [];
  const paragraphs = doc.paragraphs.filter((p) => PROSE_KINDS.has(p.kind));
  let open: Open | null = null;

  const finish = (end: number, closeAt: number, closed: boolean): void => {
    if (!open) return;
    open.pieces.push(piece(text, open.contentStart, closeAt));
    const pieces = open.pieces.filter((s) => s.end > s.start);
    if (pieces.length) out.push({ start: open.start, end, pieces, closed, single: open.family === 'single' });
    open = null;
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let continuing = open !== null; // carried over from the previous paragraph, which ended open
    MARKS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARKS.exec(p.text))) {
      const at = p.start + m.index;
      const mark = m[0];
      const before = text[at - 1];
      const after = text[at + 1];
      if (continuing) {
        // The reopening mark of a continued quote: the passage goes on from here.
        continuing = false;
        open!.contentStart = at + 1;
        continue;
      }
      const cur = open as Open | null;
      if (mark === '“') {
        if (cur?.family === 'single') continue; // a nested quote inside a single-quoted headline
        // An opening mark typed for a closing one: glued to the words before it, space after.
        if (cur && before !== undefined && !/\s/.test(before) && (after === undefined || /\s/.test(after))) { finish(at + 1, at, true); continue; }
        if (cur) finish(trimmedEnd(text, cur.contentStart, at), trimmedEnd(text, cur.contentStart, at), false);
        open = { family: 'curly', start: at, contentStart: at + 1, pieces: [] };
      } else if (mark === '”') {
        if (cur?.family === 'curly' || (cur?.family === 'straight')) finish(at + 1, at, true);
        else if (!cur && isSpaceOrStart(before) && isWordChar(after)) open = { family: 'curly', start: at, contentStart: at + 1, pieces: [] };
      } else if (mark === '"') {
        if (cur?.family === 'straight') finish(at + 1, at, true);
        else if (cur?.family === 'curly') finish(at + 1, at, true);
        // Not an opening mark: markup (attr="…">), inch marks (6' 2"), a mark glued after a word.
        else if (!cur && after !== undefined && !/[\s>]/.test(after) && before !== '=' && !(isWordChar(before) && /[\s.,;:!?)]/.test(after))) {
          open = { family: 'straight', start: at, contentStart: at + 1, pieces: [] };
        }
      } else if (mark === '‘') {
        if (!cur && isSpaceOrStart(before) && isWordChar(after)) open = { family: 'single', start: at, contentStart: at + 1, pieces: [] };
      } else if (cur?.family === 'single' && !isWordChar(after) && before !== undefined && !/\s/.test(before)) {
        finish(at + 1, at, true);
      }
    }
    if (open) {
      const o = open as Open;
      const next = paragraphs[pi + 1];
      const endOfText = trimmedEnd(text, o.contentStart, p.end);
      if (next && openingFamily(next) === o.family && next.index === p.index + 1) {
        o.pieces.push(piece(text, o.contentStart, endOfText));
      } else if (o.family === 'single') {
        open = null; // an unclosed single mark is an apostrophe or a typo, not a quote
      } else {
        finish(endOfText, endOfText, false);
      }
    }
  }
  return out;
}

/** End of `text[start, end)` without trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
