// CoNLL-like tokens for the tagger: words (hyphenated compounds kept whole), dotted abbreviations
// ("U.S."), numbers, clitics split off ("Ukraine’s" → "Ukraine" "’s") and each punctuation mark alone.
// The recogniser re-tokenises the text itself so that it sees at run time what it saw in training,
// whatever the engine's general tokenizer does.
// Markdown emphasis marks read as white space (isEmphasisMark): the tagger never saw them in training.
import { MOJIBAKE_TAIL, SIMPLE_MARK, SIMPLE_WORD, isAsciiAlnum, isAsciiLetter, isEmphasisMark, isSpace } from '../structure';
import type { TokenTable } from '../types';

/** Token boundaries of a text, and where sentences start (by token index). */
export interface TaggerTokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a token begins a sentence. */
  sentenceStart: Uint8Array;
}

// Order matters: dotted abbreviations, then words with their inner apostrophes (clitics are cut below),
// then any other single non-space character.
// Sticky, and run with test(): no match object or substring per token.
// A word keeps a letter written in mojibake whole, as the structure's tokens do (MOJIBAKE_TAIL).
const TOKEN = new RegExp(`(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|${MOJIBAKE_TAIL})*(?:[-&'’.,:/][\\p{L}\\p{M}\\p{N}]+)*|\\S`, 'uy');

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** TOKEN's [-&'’.,:/] (joining two runs of letters and digits). */
const isJoiner = (c: number): boolean => c === 45 || c === 38 || c === 39 || c === 46 || c === 44 || c === 58 || c === 47 || c === 0x2019;
/**
 * Punctuation outside ASCII that news text uses often (curly quotes, dashes, ellipsis): never a letter,
 * mark or number, nor a joiner, so always a token of its own.
 */
const isTypographic = (c: number): boolean =>
  c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2026;

/**
 * Where TOKEN's match at `pos` (not a space) ends, found without the regular expression when the token
 * is plain ASCII with typographic punctuation (most news text); -1 when the regular expression must
 * decide: another non-ASCII character in reach, or a letter followed by a full stop (maybe a dotted
 * abbreviation).
 */
function fastTokenEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c >= 128) return isTypographic(c) ? pos + 1 : -1;
  if (!isAsciiAlnum(c)) return pos + 1;
  if (isAsciiLetter(c) && text.charCodeAt(pos + 1) === 46) return -1;
  let e = pos + 1;
  for (;;) {
    let d = text.charCodeAt(e);
    while (isAsciiAlnum(d)) d = text.charCodeAt(++e);
    if (!isJoiner(d)) return d >= 128 && !isTypographic(d) ? -1 : e;
    const after = text.charCodeAt(e + 1);
    if (after >= 128) return -1;
    if (!isAsciiAlnum(after)) return e;
    e += 2;
  }
}

/** Where the token at `pos` (not a space) ends: fastTokenEnd when it can tell, else TOKEN's match. */
function tokenEnd(text: string, pos: number): number {
  const e = fastTokenEnd(text, pos);
  if (e >= 0) return e;
  TOKEN.lastIndex = pos;
  TOKEN.test(text);
  return TOKEN.lastIndex;
}

/**
 * Where TOKEN's match at `pos` ends, given that the structure read a token [pos, end) with mark `mark` (see
 * SIMPLE_WORD in structure.ts), when that decides it without reading the token's characters: a run of ASCII
 * letters and digits ends where fastTokenEnd's run would end, then as fastTokenEnd decides from the two code
 * units after it; a single mark is a token alone. -1 when fastTokenEnd must decide.
 */
function structureTokenEnd(text: string, pos: number, end: number, mark: number): number {
  if (mark === SIMPLE_MARK) {
    const c = text.charCodeAt(pos);
    return c < 128 || isTypographic(c) ? pos + 1 : -1;
  }
  if (mark !== SIMPLE_WORD) return -1;
  const d = text.charCodeAt(end);
  // A letter or digit after the run, or a one-letter word before a full stop: fastTokenEnd's own cases.
  if (isAsciiAlnum(d) || (end - pos === 1 && d === 46)) return -1;
  if (isJoiner(d)) {
    const after = text.charCodeAt(end + 1);
    return after < 128 && !isAsciiAlnum(after) ? end : -1;
  }
  return d >= 128 && !isTypographic(d) ? -1 : end;
}

/**
 * Where a clitic ends the word text[start, end) ("Clinton's" → the apostrophe's offset), else -1. It
 * is split off, as CoNLL does ("Clinton 's"; "do n't" comes out as "don 't", close enough).
 */
function cliticAt(text: string, start: number, end: number): number {
  if (end - start < 3) return -1;
  const c1 = text.charCodeAt(end - 1), c2 = text.charCodeAt(end - 2);
  const last = c1 | 32;
  if (isApostrophe(c2) && (last === 115 /* s */ || last === 100 /* d */ || ((last === 109 /* m */ || last === 116 /* t */) && c1 >= 97))) return end - 2;
  // The last two letters first: common words end so ("all", "are", "have"), so the test has run often
  // by the time the tokenizer is compiled (an apostrophe before them is rare).
  const pair = (c2 << 16) | c1;
  if ((pair === LL || pair === RE || pair === VE) && end - start > 3 && isApostrophe(text.charCodeAt(end - 3))) return end - 3;
  return -1;
}
const LL = (108 << 16) | 108, RE = (114 << 16) | 101, VE = (118 << 16) | 101;

/**
 * The first token from `t` on that does not start before `offset` (`count` if none): a galloping
 * search, for offsets far fewer than the tokens (spans, sentence starts).
 */
export function firstTokenFrom(starts: Int32Array, count: number, t: number, offset: number): number {
  let step = 1;
  let low = t;
  while (t < count && starts[t] < offset) { low = t + 1; t += step; step *= 2; }
  // The answer lies in [low, min(t, count)].
  let high = t < count ? t : count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A copy of `a` with room for `cap` values (the token arrays grow by doubling). */
function grownInt32(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(cap);
  grown.set(a);
  return grown;
}

function grownUint8(a: Uint8Array, cap: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(cap);
  grown.set(a);
  return grown;
}

// Token offsets and line starts of the last call made with `reuse`, kept to spare the allocations.
let sharedStarts = new Int32Array(1024);
let sharedEnds = new Int32Array(1024);
let sharedNewLines = new Uint8Array(1024);
// The buffers that the last scan filled (the shared ones, or fresh ones without `reuse`).
let scannedStarts = sharedStarts;
let scannedEnds = sharedEnds;
let scannedNewLines = sharedNewLines;

/**
 * Tokenises `text`. `sentenceStarts` are character offsets where sentences begin (any order); a new
 * line always begins one too. With `reuse`, the offsets and sentence starts live in buffers that the
 * next such call overwrites.
 */
export function tokenizeForTagger(
  text: string, sentenceStarts: readonly number[], reuse = false, along: TokenTable | null = null, marks: Uint8Array | null = null,
): TaggerTokens {
  // The loops are functions of their own, each compiled as a whole once it has run a while: code after
  // a loop compiled on the fly has no type feedback yet, and reaching it would throw the compiled loop
  // away (and compile it again), which on a first document costs more than the loop itself.
  const count = reuse && along !== null && marks !== null ? scanTokensAlong(text, along, marks) : scanTokens(text, reuse);
  const starts = scannedStarts.subarray(0, count);
  const ends = scannedEnds.subarray(0, count);
  const newLines = scannedNewLines;
  const sentenceStart = reuse ? newLines.subarray(0, count) : newLines.length === count ? newLines : newLines.slice(0, count);
  if (sentenceStarts.length) markSentenceStarts(starts, count, sentenceStarts, sentenceStart);
  return { count, starts, ends, sentenceStart };
}

/**
 * Tokenises `text` into scannedStarts and scannedEnds (the shared buffers with `reuse`, else fresh ones;
 * grown as needed); scannedNewLines gets 1 for a token after a line break. Returns the number of tokens.
 */
function scanTokens(text: string, reuse: boolean): number {
  let starts = reuse ? sharedStarts : new Int32Array(64);
  let ends = reuse ? sharedEnds : new Int32Array(64);
  let newLines = reuse ? sharedNewLines : new Uint8Array(64);
  let cap = starts.length;
  let count = 0;
  let newLine = 1;
  const length = text.length;
  let pos = 0;
  for (;;) {
    // Skip spaces, noting line breaks: a token after one starts a sentence.
    let c = 0;
    while (pos < length && (isSpace((c = text.charCodeAt(pos))) || isEmphasisMark(text, pos))) { if (c === 10 || c === 13) newLine = 1; pos++; }
    if (pos >= length) break;
    const e = tokenEnd(text, pos);
    if (count + 2 > cap) {
      cap *= 2;
      starts = grownInt32(starts, cap);
      ends = grownInt32(ends, cap);
      newLines = grownUint8(newLines, cap);
    }
    newLines[count] = newLine;
    newLine = 0;
    const cut = cliticAt(text, pos, e);
    if (cut > pos) { starts[count] = pos; ends[count++] = cut; newLines[count] = 0; starts[count] = cut; ends[count++] = e; }
    else { starts[count] = pos; ends[count++] = e; }
    pos = e;
  }
  if (reuse) { sharedStarts = starts; sharedEnds = ends; sharedNewLines = newLines; }
  scannedStarts = starts;
  scannedEnds = ends;
  scannedNewLines = newLines;
  return count;
}

/**
 * scanTokens with `reuse`, for a text whose tokens parseStructure read (`along`, with its `marks`: see tokenMarks in
 * structure.ts): a token that starts where one of the structure's starts ends where structureTokenEnd says when it
 * can tell, without reading the token's characters (most tokens of news text); the others, and the text outside
 * the structure's sentences, are read as scanTokens reads them. Same tokens as scanTokens.
 */
function scanTokensAlong(text: string, along: TokenTable, marks: Uint8Array): number {
  let starts = sharedStarts;
  let ends = sharedEnds;
  let newLines = sharedNewLines;
  let cap = starts.length;
  let count = 0;
  let newLine = 1;
  const length = text.length;
  const known = along.count, knownStarts = along.starts, knownEnds = along.ends;
  let k = 0; // the structure's first token not before pos
  let pos = 0;
  for (;;) {
    let c = 0;
    while (pos < length && (isSpace((c = text.charCodeAt(pos))) || isEmphasisMark(text, pos))) { if (c === 10 || c === 13) newLine = 1; pos++; }
    if (pos >= length) break;
    while (k < known && knownStarts[k] < pos) k++;
    if (count + 2 > cap) {
      cap *= 2;
      starts = grownInt32(starts, cap);
      ends = grownInt32(ends, cap);
      newLines = grownUint8(newLines, cap);
    }
    newLines[count] = newLine;
    newLine = 0;
    let e = k < known && knownStarts[k] === pos ? structureTokenEnd(text, pos, knownEnds[k], marks[k]) : -1;
    // A run of ASCII letters and digits, or a single mark, has no clitic to cut.
    if (e >= 0) { starts[count] = pos; ends[count++] = e; pos = e; continue; }
    e = tokenEnd(text, pos);
    const cut = cliticAt(text, pos, e);
    if (cut > pos) { starts[count] = pos; ends[count++] = cut; newLines[count] = 0; starts[count] = cut; ends[count++] = e; }
    else { starts[count] = pos; ends[count++] = e; }
    pos = e;
  }
  sharedStarts = scannedStarts = starts;
  sharedEnds = scannedEnds = ends;
  sharedNewLines = scannedNewLines = newLines;
  return count;
}

/** Sets sentenceStart to 1 at the first token from each offset of `sentenceStarts` on. */
function markSentenceStarts(starts: Int32Array, count: number, sentenceStarts: readonly number[], sentenceStart: Uint8Array): void {
  let ordered = true;
  for (let k = 1; k < sentenceStarts.length && ordered; k++) ordered = sentenceStarts[k - 1] <= sentenceStarts[k];
  const sorted = ordered ? sentenceStarts : Array.from(sentenceStarts).sort((a, b) => a - b);
  let t = 0;
  for (let k = 0; k < sorted.length; k++) {
    t = firstTokenFrom(starts, count, t, sorted[k]);
    if (t < count) sentenceStart[t] = 1;
  }
}
