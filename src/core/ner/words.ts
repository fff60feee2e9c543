// The spellings the tagger has met, each analysed once and numbered, kept across documents. A token's
// word is found by its characters (TextCache: no substring per token); the hot facts of each word sit in
// one flat table indexed by its number, so reading them follows no object pointers.
//
// The cache holds at most WORDS_PER_TABLE spellings, then starts over. A document being read when that
// happens still holds the numbers of its earlier tokens: the new words are numbered in another block of
// WORDS_PER_TABLE numbers, one that no token of the document uses, so nothing it holds changes meaning.
// Lower-case forms start over with the words (a document then has two entries for one form, as before).
import { hashString, mix } from './hash';
import { LIST_BITS, gazetteerValue } from './gazetteer';
import { TextCache, ownCopy } from '../textCache';

export const WORD_FEATURES = 11;
/** Index of the gazetteer feature among a word's features (the last). */
export const GAZETTEER_WORD_FEATURE = 10;

/** Capitalisation of a word. */
export const enum Cap { None = 0, Lower = 1, Initial = 2, AllCaps = 3, Mixed = 4 }

/** What the tagger knows about one spelling. */
export interface Word {
  cap: Cap;
  length: number;
  lowerHash: number;
  shapeHash: number;
  /** Punctuation that never belongs to a name (brackets, quotes, commas...). */
  closed: boolean;
  /** Hash of the normalised spelling (its Exact feature): the key of its word class (see WordClusters). */
  exactHash: number;
  /** The lower-case form's gazetteer value: the lists holding it as a name, and whether it starts longer ones. */
  gazetteer: number;
  /** The spelling. */
  raw: string;
  /** WORD_FEATURES hashes. */
  features: Int32Array;
}

// Template seeds: every feature hash starts from its template's number (the context templates follow).
export const enum T {
  Bias = 1, Lower, Exact, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4, CapLength,
  Prev, Next, Prev2, Next2, PrevLower, LowerNext, PrevShapes, ShapesNext, PrevWordShape, ShapeNextWord,
  Caps3, Position, DocCase, Prior,
  OwnCluster, PrevCluster, NextCluster,
  /** Gazetteer templates: which lists hold the word as a name, the previous word, the next; which hold a run of words. */
  GazWord, GazPrev, GazNext, GazSpan,
}

/** The feature of gazetteer template `template` for a value, or 0 (no feature) for a word in no list. */
export const gazetteerFeature = (template: number, value: number): number => (value ? mix(template, value) : 0);

/**
 * Row of a word in `wordInfo`: INFO_STRIDE numbers from id * INFO_STRIDE, what the document pass reads
 * for every token (four words to a cache line).
 */
export const INFO_STRIDE = 4;
export const enum Info {
  /** The Cap in bits 0-2, CLOSED, LONG, SCORED. */
  Flags = 0,
  /** The case prior's value, valid while PriorVersion is the current one. */
  PriorVersion = 1, Prior = 2,
  /** Number of the word's lower-case form. */
  Form = 3,
}
/** Row of a word in `wordHashes`: HASHES_STRIDE numbers from id * HASHES_STRIDE, read by the context pass. */
export const HASHES_STRIDE = 8;
export const enum Hashes {
  Lower = 0, Shape = 1,
  /**
   * The first step of the pair templates' hashes, mix(template, hash), with this word as the previous
   * word (PrevLower, PrevShapes, PrevWordShape) or as the current one (LowerNext, ShapesNext,
   * ShapeNextWord): the context pass then needs one mix per template and token.
   */
  AsPrevLower = 2, AsPrevShapes = 3, AsPrevWordShape = 4, AsLowerNext = 5, AsShapesNext = 6, AsShapeNextWord = 7,
}
/** Flags: the Cap; punctuation that never belongs to a name; 4 characters or more; scored by the tagger. */
export const CAP_BITS = 7, CLOSED = 8, LONG = 16, SCORED = 32;
/** Flags from this bit on: the lower-case form's gazetteer value (see gazetteer.ts). */
export const GAZETTEER_SHIFT = 8;

/** How many spellings the cache holds before it starts over (half its largest table). */
const WORDS_PER_TABLE = 1 << 16;

// The tables below start small on purpose: they then first grow within a few sentences, while the code
// still runs unoptimised and records how growing goes; growing first met in a loop compiled on the fly
// would throw the compiled loop away (and it would be compiled again).
/** The facts of every word, INFO_STRIDE and HASHES_STRIDE numbers each; grown with the numbers in use. */
export let wordInfo = new Int32Array(64 * INFO_STRIDE);
export let wordHashes = new Int32Array(64 * HASHES_STRIDE);
/** Each word's description, by number. */
const wordRecords: Word[] = [];
/** Per lower-case form number: the last document that wrote it, and how (see features.ts). */
export let formDocument = new Int32Array(64);
export let formSeen = new Uint8Array(64);
const forms = new Map<string, number>();

// Numbers are base + a count, for words and forms alike; `documentBases` lists the blocks the current
// document's tokens hold numbers from.
let base = 0;
let nextWord = 0;
let nextForm = 0;
const documentBases: number[] = [0];
/** Tokens' words without SCORED in the current document (see noteUnscored), repeats included. */
let unscored = new Int32Array(256);
let unscoredCount = 0;

const table = new TextCache<number>(1 << 12, 2 * WORDS_PER_TABLE, (raw) => addWord(raw), startOver);

/** Marks the start of a document: numbers given from now on may reuse blocks no longer held. */
export function beginDocument(): void {
  documentBases.length = 1;
  documentBases[0] = base;
  unscoredCount = 0;
}

// Numbers of short words by their characters, in front of the table: a third of a news text's tokens
// have one or two ASCII characters (punctuation, "of", "'s"), its commonest words are three lower-case
// letters ("the", "and"), its curly quotes and dashes are single characters of the General
// Punctuation block, and with curly quotes its clitics start with a right single quote ("’s", "’t",
// "’re": else a quarter of the look-ups that reach the table). -1: not looked up since the table started over.
const TWO_CHARACTERS = 128 + 128 * 128;
const THREE_LETTERS = TWO_CHARACTERS + 26 * 26 * 26;
const PUNCTUATION_BLOCK = 0x2000;
/** ’ and one ASCII character, then ’ and two lower-case letters. */
const CLITICS = THREE_LETTERS + 0x70;
const RIGHT_QUOTE = 0x2019;
const shortWords = new Int32Array(CLITICS + 128 + 26 * 26).fill(-1);

/** Index of text[start, end) in shortWords, or -1 for a longer or other word. */
function shortWordIndex(text: string, start: number, end: number): number {
  const length = end - start;
  const c0 = text.charCodeAt(start);
  if (length === 1) return c0 < 128 ? c0 : c0 >= PUNCTUATION_BLOCK && c0 < PUNCTUATION_BLOCK + 0x70 ? THREE_LETTERS + c0 - PUNCTUATION_BLOCK : -1;
  const c1 = text.charCodeAt(start + 1);
  if (length === 2) return (c0 | c1) < 128 ? 128 + ((c0 << 7) | c1) : c0 === RIGHT_QUOTE && c1 < 128 ? CLITICS + c1 : -1;
  if (length !== 3) return -1;
  const b = c1 - 97, c = text.charCodeAt(start + 2) - 97;
  if (b < 0 || b >= 26 || c < 0 || c >= 26) return -1;
  if (c0 === RIGHT_QUOTE) return CLITICS + 128 + b * 26 + c;
  const a = c0 - 97;
  return a >= 0 && a < 26 ? TWO_CHARACTERS + (a * 26 + b) * 26 + c : -1;
}

// Numbers of other ASCII words of up to twelve characters, by their characters packed seven bits each
// into three numbers (four characters each, the last with the length): a table in front of the spelling
// table, whose entries compare as three numbers, with no hashing of characters one by one and no string
// to read. Entries: the three numbers, number + 1 (0: empty). Two entries a place, side by side, the
// word met last first: a news megabyte has about as many such words as places, and with one entry a place
// common words that shared one pushed each other out (over 7,000 look-ups of the spelling table a megabyte).
const PACKED_SLOTS = 1 << 15;
const packedWords = new Int32Array(4 * PACKED_SLOTS);

/** The number of the word text[start, end), from the cache or analysed now. */
export function wordAt(text: string, start: number, end: number): number {
  const k = shortWordIndex(text, start, end);
  if (k >= 0) {
    let id = shortWords[k];
    // The look-up may start the table over (which empties these tables): the number is stored after it.
    if (id < 0) shortWords[k] = id = table.get(text, start, end);
    return id;
  }
  const length = end - start;
  if (length > 12) return table.get(text, start, end);
  let first = 0, second = 0, third = 0, any = 0;
  const split1 = length < 4 ? end : start + 4;
  const split2 = length < 8 ? end : start + 8;
  for (let i = start; i < split1; i++) { const c = text.charCodeAt(i); any |= c; first = (first << 7) | c; }
  for (let i = split1; i < split2; i++) { const c = text.charCodeAt(i); any |= c; second = (second << 7) | c; }
  for (let i = split2; i < end; i++) { const c = text.charCodeAt(i); any |= c; third = (third << 7) | c; }
  if (any >= 128) return table.get(text, start, end);
  third |= length << 28;
  const e = 8 * ((Math.imul(first ^ Math.imul(second, 0x2c1b3c6d) ^ Math.imul(third, 0x85ebca6b), 0x9e3779b1) >>> 18) & (PACKED_SLOTS / 2 - 1));
  if (packedWords[e] === first && packedWords[e + 1] === second && packedWords[e + 2] === third && packedWords[e + 3] !== 0) return packedWords[e + 3] - 1;
  if (packedWords[e + 4] === first && packedWords[e + 5] === second && packedWords[e + 6] === third && packedWords[e + 7] !== 0) return packedWords[e + 7] - 1;
  const id = table.get(text, start, end);
  packedWords.copyWithin(e + 4, e, e + 4);
  packedWords[e] = first;
  packedWords[e + 1] = second;
  packedWords[e + 2] = third;
  packedWords[e + 3] = id + 1;
  return id;
}

/**
 * Whether the table has started over while the current document was read: one spelling may then have
 * two numbers in the document.
 */
export const startedOverInDocument = (): boolean => documentBases.length > 1;

/** A bound on the word numbers in use: every number is below it. */
export const wordNumberLimit = (): number => wordInfo.length / INFO_STRIDE;

/** The description of word number `id` (valid while the current document is read). */
export function wordRecord(id: number): Word {
  return wordRecords[id];
}

/** Lists word `id`, not SCORED yet, for unscoredWords(). */
export function noteUnscored(id: number): void {
  if (unscoredCount === unscored.length) {
    const grown = new Int32Array(2 * unscored.length);
    grown.set(unscored);
    unscored = grown;
  }
  unscored[unscoredCount++] = id;
}

/** The words noted by noteUnscored() in the current document (the tagger scores them). */
export function unscoredWords(): Int32Array {
  return unscored.subarray(0, unscoredCount);
}

/** Whether the tagger has scored word `id`. */
export const isScored = (id: number): boolean => (wordInfo[id * INFO_STRIDE + Info.Flags] & SCORED) !== 0;

/** Notes that the tagger has scored word `id`. */
export function markScored(id: number): void {
  wordInfo[id * INFO_STRIDE + Info.Flags] |= SCORED;
}

/** How many times the table has started over: a number given before then may now be another spelling's. */
let startOvers = 0;
export const tableStartOvers = (): number => startOvers;

function startOver(): void {
  startOvers++;
  forms.clear();
  shortWords.fill(-1);
  packedWords.fill(0);
  let b = 0;
  while (documentBases.includes(b)) b += WORDS_PER_TABLE;
  documentBases.push(b);
  base = b;
  nextWord = 0;
  nextForm = 0;
}

function addWord(raw: string): number {
  const normal = normalise(raw);
  const lower = normal.toLowerCase();
  const word = analyseWord(raw, normal, lower);
  const id = base + nextWord++;
  if (wordInfo.length < (id + 1) * INFO_STRIDE) {
    const size = Math.max(2 * (wordInfo.length / INFO_STRIDE), id + 1);
    const info = new Int32Array(size * INFO_STRIDE);
    info.set(wordInfo);
    wordInfo = info;
    const hashes = new Int32Array(size * HASHES_STRIDE);
    hashes.set(wordHashes);
    wordHashes = hashes;
  }
  const row = id * INFO_STRIDE;
  wordInfo[row + Info.Flags] = word.cap | (word.closed ? CLOSED : 0) | (word.length >= 4 ? LONG : 0) | (word.gazetteer << GAZETTEER_SHIFT);
  wordInfo[row + Info.Form] = formOf(lower);
  wordInfo[row + Info.PriorVersion] = -1;
  writeHashes(wordHashes, id * HASHES_STRIDE, word.lowerHash, word.shapeHash);
  wordRecords[id] = word;
  return id;
}

/** The row of a word with these hashes in `wordHashes` (or a row like it), at `row` of `out`. */
export function writeHashes(out: Int32Array, row: number, lowerHash: number, shapeHash: number): void {
  out[row + Hashes.Lower] = lowerHash;
  out[row + Hashes.Shape] = shapeHash;
  out[row + Hashes.AsPrevLower] = mix(T.PrevLower, lowerHash);
  out[row + Hashes.AsPrevShapes] = mix(T.PrevShapes, shapeHash);
  out[row + Hashes.AsPrevWordShape] = mix(T.PrevWordShape, lowerHash);
  out[row + Hashes.AsLowerNext] = mix(T.LowerNext, lowerHash);
  out[row + Hashes.AsShapesNext] = mix(T.ShapesNext, shapeHash);
  out[row + Hashes.AsShapeNextWord] = mix(T.ShapeNextWord, shapeHash);
}

function formOf(lower: string): number {
  let form = forms.get(lower);
  if (form !== undefined) return form;
  form = base + nextForm++;
  if (formDocument.length <= form) {
    const size = Math.max(2 * formDocument.length, form + 1);
    const documents = new Int32Array(size);
    documents.set(formDocument);
    formDocument = documents;
    const seen = new Uint8Array(size);
    seen.set(formSeen);
    formSeen = seen;
  }
  formDocument[form] = -1;
  formSeen[form] = 0;
  forms.set(ownCopy(lower), form);
  return form;
}

/** The lower-case hash of a spelling, as its Word has it (for the gazetteer's keys). */
export const lowerHashOf = (raw: string): number => hashString(normalise(raw).toLowerCase(), T.Lower);

/**
 * Today's undotted abbreviations, as 1996 Reuters wrote them: eng.train has "U.S." 377 times and "US" 6
 * times, "U.N." 40 times and "UN" 4, so the undotted form was a word the model barely knew.
 */
const REUTERS_SPELLINGS = new Map([['US', 'U.S.'], ['UN', 'U.N.']]);

/** Folds typographic variants so that today's text looks like the training text. */
function normalise(word: string): string {
  const reuters = REUTERS_SPELLINGS.get(word);
  if (reuters) return reuters;
  if (!/[’‘“”„–—0-9]/.test(word)) return word;
  return word.replace(/[’‘]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/[0-9]/g, '0');
}

/** Letter case of a character: 1 upper, 2 lower, 0 not a cased letter (ASCII fast, others by Unicode). */
function caseOf(word: string, i: number): number {
  const c = word.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  const ch = word[i];
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return 0;
  return ch === lower ? 2 : 1;
}

// What one reading of a word's characters gives: its Cap, and the hash of its short shape (X for upper
// case, x lower case, d digit, other characters kept; runs cut at two), hashed as hashString would hash
// the shape written out, with no string built.
let readCap: Cap = Cap.None;
let readShapeHash = 0;

/** Reads `word` into readCap and readShapeHash. */
function readCaseAndShape(word: string): void {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let h = (T.Shape ^ 0x811c9dc5) | 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const k = caseOf(word, i);
    const c = word.charCodeAt(i);
    if (k === 2) lower++;
    else if (k === 1) { if (upper + lower === 0) firstUpper = true; upper++; }
    const s = k === 1 ? 88 /* X */ : k === 2 ? 120 /* x */ : c >= 48 && c <= 57 ? 100 /* d */ : c;
    if (s === last) { if (++run > 2) continue; } else { last = s; run = 1; }
    h ^= s;
    h = Math.imul(h, 0x01000193);
  }
  readShapeHash = h;
  readCap = upper + lower === 0 ? Cap.None : upper === 0 ? Cap.Lower : lower === 0 ? Cap.AllCaps : firstUpper ? Cap.Initial : Cap.Mixed;
}

/** Punctuation that never belongs to a name. */
const CLOSED_MARKS = '()[]{}"“”«»,;:!?\'‘’';

/** The description of a spelling, given its normalised and lower-case forms. */
function analyseWord(raw: string, word: string, lower: string): Word {
  readCaseAndShape(word);
  const cap = readCap;
  const lowerHash = hashString(lower, T.Lower);
  const shapeHash = readShapeHash;
  const length = word.length;
  const exactHash = hashString(word, T.Exact);
  const gazetteer = gazetteerValue(lowerHash);
  const features = Int32Array.of(
    T.Bias,
    lowerHash,
    exactHash,
    shapeHash,
    hashString(lower, T.Prefix2, 0, Math.min(2, lower.length)),
    hashString(lower, T.Prefix3, 0, Math.min(3, lower.length)),
    hashString(lower, T.Suffix2, Math.max(0, lower.length - 2)),
    hashString(lower, T.Suffix3, Math.max(0, lower.length - 3)),
    hashString(lower, T.Suffix4, Math.max(0, lower.length - 4)),
    mix(T.CapLength, cap * 16 + (length > 12 ? 12 : length)),
    gazetteerFeature(T.GazWord, gazetteer & LIST_BITS),
  );
  const closed = cap === Cap.None && raw.length === 1 && CLOSED_MARKS.indexOf(raw) >= 0;
  return { cap, length, lowerHash, shapeHash, exactHash, closed, gazetteer, raw, features };
}
