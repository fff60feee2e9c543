// Quoted passages: pairs of quotation marks in prose paragraphs, found in one left-to-right scan.
// Double marks (“ ” and ", and '' as some archives' copy of newspapers types them) make quotes; single marks
// (‘ ’, and ' ' in the British style typed without curly marks) only at the top level, so apostrophes (don’t,
// Ukraine’s, ’90s, rock ’n’ roll, the players' union) and quotes nested inside a double-quoted passage are not
// passages.
// An opening mark with no closing one ends at its paragraph's end, unless the next paragraph reopens with a
// mark (the news convention for a quote that continues over several paragraphs): then the passage goes on.
import type { DocumentStructure, Paragraph, Span } from '../types';
import { hiddenInline, overlapsAny } from '../structure';
import { isAsciiLetter, isSpace } from './chars';

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

// The scan reads char codes: a code is NaN before the text's start and after its end. Characters
// beyond ASCII are asked of a regex one UTF-16 unit at a time (a surrogate half is neither a letter nor a space).
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && NON_ASCII_WORD.test(String.fromCharCode(c)));
/** White space, an opening bracket, a dash or a slash before a mark, or the text's start: the mark opens. */
const isSpaceOrStart = (c: number): boolean => c !== c || isSpace(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 47 || c === 45;
/** After a straight mark glued to a word, these make it a closing mark (or an inch mark): 6' 2", said". */
const isSpaceOrStop = (c: number): boolean => isSpace(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;

const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const STRAIGHT = 34;
const LEFT_SINGLE = 0x2018;
const STRAIGHT_SINGLE = 39;
const MARKS = /[“”"‘’']/g;

/**
 * Double marks, curly or straight, or typed as two straight single marks ('' as in some archives' copy of
 * newspapers: pair); single marks, curly (‘’) or straight ('').
 */
type Family = 'curly' | 'straight' | 'pair' | 'single' | 'straightSingle';

/**
 * Words that a straight mark elides rather than opens: 'em, 'til, rock 'n' roll, the '90s, Sophie in 't Veld; but not
 * the article "a" ('a betrayal of workers').
 */
const ELIDED = /^(?:[b-z]|[Ee]m|[Tt]il|[Tt]is|[Tt]was|[Cc]ause|[Bb]out|[Rr]ound|\d\ds?)(?![\p{L}\p{N}])/u;

const NOT_CLOSING = 0, CLOSING = 1, POSSESSIVE = 2;

/**
 * Whether a straight single mark at `at` closes a passage: CLOSING glued to a word's end with no word after it;
 * POSSESSIVE after s and before a lower-case word ("the players' union", but also "was 'furious' about"); else
 * NOT_CLOSING.
 */
function straightSingleCloses(text: string, at: number, before: number, after: number): number {
  if (at === 0 || isSpace(before) || isWordChar(after)) return NOT_CLOSING;
  if ((before | 32) === 110 && text.charCodeAt(at - 2) === STRAIGHT_SINGLE) return NOT_CLOSING; // rock 'n' roll
  if ((before !== 115 && before !== 83) || !isSpace(after)) return CLOSING; // s' S'
  const next = text.charCodeAt(at + 2);
  return next >= 97 && next <= 122 ? POSSESSIVE : CLOSING;
}

/**
 * An open passage; `pieces` holds the pieces of the paragraphs it has run over, null while it has none (most passages
 * have one piece); `possessiveAt`, for a straight single mark, the first mark after s that was read as a plural
 * possessive ("the players' union"), which closes the passage if nothing else does in its paragraph ("was 'furious'
 * about it"), else -1.
 */
interface Open { family: Family; start: number; contentStart: number; pieces: Span[] | null; possessiveAt: number }

const isEmpty = (s: Span): boolean => s.end <= s.start;

function piece(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The mark a paragraph opens with, if it opens with one: continuing quotes reopen this way. */
function openingFamily(p: Paragraph): Family | null {
  const t = p.text.trimStart();
  const c = t[0];
  if (t.startsWith("''")) return 'pair';
  if (c === '“') return 'curly';
  if (c === '"') return 'straight';
  if (c === '‘') return 'single';
  if (c === "'") return 'straightSingle';
  return null;
}

export function findPassages(doc: DocumentStructure): Passage[] {
  const { text } = doc;
  const out: Passage[] = [];
  const paragraphs = doc.paragraphs.filter((p) => PROSE_KINDS.has(p.kind));
  let open: Open | null = null;

  const finish = (end: number, closeAt: number, closed: boolean): void => {
    if (!open) return;
    const last = piece(text, open.contentStart, closeAt);
    let pieces: Span[];
    if (open.pieces === null) pieces = isEmpty(last) ? [] : [last];
    else {
      open.pieces.push(last);
      pieces = open.pieces.some(isEmpty) ? open.pieces.filter((s) => s.end > s.start) : open.pieces;
    }
    if (pieces.length) out.push({ start: open.start, end, pieces, closed, single: open.family === 'single' || open.family === 'straightSingle' });
    open = null;
  };
  /** Ends the open passage, never closed, before the mark at `at` that opens the next one. */
  const finishUnclosed = (at: number): void => {
    const end = trimmedEnd(text, open!.contentStart, at);
    finish(end, end, false);
  };

  const code = hiddenInline(doc);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let continuing = open !== null; // carried over from the previous paragraph, which ended open
    // Marks in Markdown inline code (`"quoted"`) or an HTML comment are not quotation marks.
    const hasCode = code.length > 0 && overlapsAny(code, p.start, p.end);
    // `test` finds the next mark without building a match array.
    MARKS.lastIndex = 0;
    while (MARKS.test(p.text)) {
      const at = p.start + MARKS.lastIndex - 1;
      if (hasCode && overlapsAny(code, at, at + 1)) continue;
      const mark = text.charCodeAt(at);
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + 1);
      // Most straight single marks are apostrophes inside a word (don't, it's): they neither open nor close anything.
      if (mark === STRAIGHT_SINGLE && isAsciiLetter(before) && isAsciiLetter(after)) continue;
      // Two straight single marks or more ('' ''') are read at once: a double mark typed as two, with a nested mark.
      let run = 1;
      if (mark === STRAIGHT_SINGLE) {
        while (at + run < p.end && text.charCodeAt(at + run) === STRAIGHT_SINGLE) run++;
        MARKS.lastIndex += run - 1;
      }
      if (continuing) {
        // The reopening mark of a continued quote: the passage goes on from here.
        continuing = false;
        open!.contentStart = at + (run > 1 ? 2 : 1);
        continue;
      }
      let cur = open as Open | null;
      // A straight single mark still open when a double one opens was an apostrophe ("Sophie in 't Veld. "It's …"):
      // double marks inside single ones are read as nested (as inside ‘…’) only when the single ones are curly.
      if (cur?.family === 'straightSingle' && (mark === LEFT_DOUBLE || mark === STRAIGHT || (run > 1 && (isWordChar(text.charCodeAt(at + run)) || isSpace(before))))) {
        open = cur = null;
      }
      if (run > 1) {
        const afterRun = text.charCodeAt(at + run);
        const opens = isWordChar(afterRun) || afterRun === STRAIGHT_SINGLE;
        if (cur?.family === 'pair' || cur?.family === 'straight' || cur?.family === 'curly') {
          // A closing mark, unless words follow it after a space: then the open passage was never closed.
          if (!opens || !isSpace(before)) {
            finish(at + run, at + run - 2, true);
            continue;
          }
          finishUnclosed(at);
          open = { family: 'pair', start: at, contentStart: at + 2, pieces: null, possessiveAt: -1 };
        } else if (!cur && opens && isSpaceOrStart(before)) {
          open = { family: 'pair', start: at, contentStart: at + 2, pieces: null, possessiveAt: -1 };
        }
      } else if (mark === STRAIGHT_SINGLE) {
        // Nested in a double-quoted passage, or an apostrophe: nothing. Only straight marks close what one opened.
        if (cur?.family === 'straightSingle') {
          const closes = straightSingleCloses(text, at, before, after);
          if (closes === CLOSING) finish(at + 1, at, true);
          else if (closes === POSSESSIVE && cur.possessiveAt < 0) cur.possessiveAt = at;
        } else if (!cur && isSpaceOrStart(before) && isWordChar(after) && !ELIDED.test(text.slice(at + 1, at + 6))) {
          open = { family: 'straightSingle', start: at, contentStart: at + 1, pieces: null, possessiveAt: -1 };
        }
      } else if (mark === LEFT_DOUBLE) {
        if (cur?.family === 'single' || cur?.family === 'straightSingle') continue; // a nested quote inside a single-quoted headline
        // An opening mark typed for a closing one: glued to the words before it, space after.
        if (cur && at > 0 && !isSpace(before) && (after !== after || isSpace(after))) { finish(at + 1, at, true); continue; }
        // “… what he calls “hell” than …”: a double-quoted phrase nested in a curly passage, typed with double marks.
        if (cur?.family === 'curly') {
          const innerEnd = nestedCurlyEnd(text, at + 1, p.end);
          if (innerEnd >= 0) { MARKS.lastIndex = innerEnd - p.start; continue; }
        }
        if (cur) finishUnclosed(at);
        open = { family: 'curly', start: at, contentStart: at + 1, pieces: null, possessiveAt: -1 };
      } else if (mark === RIGHT_DOUBLE) {
        if (cur?.family === 'curly' || cur?.family === 'straight' || cur?.family === 'pair') finish(at + 1, at, true);
        else if (!cur && isSpaceOrStart(before) && isWordChar(after)) open = { family: 'curly', start: at, contentStart: at + 1, pieces: null, possessiveAt: -1 };
      } else if (mark === STRAIGHT) {
        if (cur?.family === 'straight' || cur?.family === 'pair') finish(at + 1, at, true);
        else if (cur?.family === 'curly') finish(at + 1, at, true);
        // Not an opening mark: markup (attr="…">), inch marks (6' 2"), a mark glued after a word.
        else if (!cur && after === after && !isSpace(after) && after !== 62 && before !== 61 && !(isWordChar(before) && isSpaceOrStop(after))) {
          open = { family: 'straight', start: at, contentStart: at + 1, pieces: null, possessiveAt: -1 };
        }
      } else if (mark === LEFT_SINGLE) {
        if (!cur && isSpaceOrStart(before) && isWordChar(after)) open = { family: 'single', start: at, contentStart: at + 1, pieces: null, possessiveAt: -1 };
      } else if (cur?.family === 'single' && !isWordChar(after) && at > 0 && !isSpace(before)) {
        finish(at + 1, at, true);
      }
    }
    if (open) {
      const o = open as Open;
      const next = paragraphs[pi + 1];
      const endOfText = trimmedEnd(text, o.contentStart, p.end);
      if (next && openingFamily(next) === o.family && next.index === p.index + 1) {
        (o.pieces ??= []).push(piece(text, o.contentStart, endOfText));
      } else if (o.family === 'straightSingle' && o.possessiveAt >= 0) {
        finish(o.possessiveAt + 1, o.possessiveAt, true);
      } else if (o.family === 'single' || o.family === 'straightSingle') {
        open = null; // an unclosed single mark is an apostrophe or a typo, not a quote
      } else {
        finish(endOfText, endOfText, false);
      }
    }
  }
  return out;
}

/**
 * Where a curly opening mark read inside an open curly passage is nested: its closing mark comes before any other
 * opening one, and the next curly mark after that closes again (“… “hell” than …”), all in the paragraph (up to
 * `end`). Returns the end of the nested closing mark, or -1 when the passage was rather left unclosed
 * (“… “Next,” he said).
 */
function nestedCurlyEnd(text: string, from: number, end: number): number {
  const close = nextCurlyMark(text, from, end);
  if (close < 0 || text.charCodeAt(close) !== RIGHT_DOUBLE) return -1;
  const after = nextCurlyMark(text, close + 1, end);
  return after >= 0 && text.charCodeAt(after) === RIGHT_DOUBLE ? close + 1 : -1;
}

function nextCurlyMark(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE || c === RIGHT_DOUBLE) return i;
  }
  return -1;
}

/** End of `text[start, end)` without trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
