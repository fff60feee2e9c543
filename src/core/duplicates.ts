// Exact and near-duplicate paragraphs.
//
// Exact: equal after folding case, white space and quote-mark style (curly/straight, single/double all
// become one mark); found with a hash map. Near: Jaccard similarity of the sets of word bigrams
// (shingles of k = 2 words, punctuation ignored) at or above the threshold. Candidates come from MinHash
// with LSH banding and are verified with the exact Jaccard, so the cost is linear in the text plus the
// (few) candidate pairs; documents of up to ALL_PAIRS_UP_TO paragraphs compare every pair instead.
// Bigrams rather than longer shingles because one changed word then breaks only two shingles, which
// keeps lightly edited copies of short paragraphs above the threshold, while two paragraphs on the same
// topic still share few word pairs.
//
// Not reported: code blocks and rules (not prose), paragraphs of fewer than MIN_EXACT_WORDS words
// ("Advertisement", "Read more", "* * *": boilerplate that repeats by design, not a copy worth flagging;
// a repeated three-word headline still is), and near copies of paragraphs of fewer than MIN_NEAR_WORDS
// words (a one-word change in a short line is too large a share of it to call the lines near-equal).
// Each later copy is reported once, against its earliest original.
import { WordMemo, type DocumentWords } from './ner/features';
import { simdMinima, type SimdMinima } from './simdMinHash';
import type { Duplicate, Paragraph } from './types';

// Chosen on PolNeAR train paragraphs: copies with one to three words substituted, added or removed (and
// half of them with commas dropped) score 0.85 in the median and 0.45 or more in 97.7% of cases (91% for
// paragraphs under 25 words); adjacent paragraphs of one article score 0 in the median and 0.45 or more
// in 0.06% of cases, on inspection mostly real re-uses (a headline repeated as the lede). Recall and
// precision on planted copies: bench/duplicates.bench.mjs.
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.45;
export const MIN_EXACT_WORDS = 3;
export const MIN_NEAR_WORDS = 8;

// 24 bands of 2 rows: a pair at Jaccard 0.45 becomes a candidate with probability 1 - (1 - 0.45²)^24 =
// 0.995, at 0.4 with 0.985, at 0.3 with 0.9; unrelated news paragraphs (Jaccard ~0.02) rarely collide.
const BANDS = 24;
const ROWS = 2;
const HASHES = BANDS * ROWS;
// At most this many earlier paragraphs are compared per bucket, so that a text made of thousands of
// near-identical paragraphs stays linear (its copies are then matched to a recent rather than the first one).
const MAX_BUCKET_SCAN = 64;
// Up to this many paragraphs, every pair is compared: cheaper than MinHash signatures for a typical
// article, and exact (no candidate missed by chance).
const ALL_PAIRS_UP_TO = 64;

const WORD = /[\p{L}\p{N}]+(?:\p{M}+[\p{L}\p{N}]*)*/gu;
const QUOTE_MARKS = /[‘’‚‛′"“”„‟″«»‹›`´]/g;
// Runs of white space other than a single space: replacing only those keeps the (many) single spaces
// untouched, several times faster than replacing every run.
const WHITE_SPACE = /\s{2,}|[^\S ]/g;

/** The text compared for exact copies: lower case, one quote mark, white space runs as one space, trimmed. */
function foldedText(text: string): string {
  return text.toLowerCase().replace(QUOTE_MARKS, "'").replace(WHITE_SPACE, ' ').trim();
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** 32-bit FNV-1a of a string's code units. */
function stringHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h;
}

// Each ASCII code unit as readPlainWords hashes it: lower-cased when part of a word, else 0.
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = c;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = c + 32;

/**
 * Whether a non-ASCII code unit is known to be neither letter, mark nor digit and to be its own lower
 * case: Latin-1 punctuation and symbols, and the General Punctuation block (spaces, dashes, quotes).
 */
const isPlainSymbol = (c: number): boolean => (c >= 0x2000 && c < 0x2070) ||
  (c >= 0xa0 && c < 0xbc && c !== 0xaa && c !== 0xb2 && c !== 0xb3 && c !== 0xb5 && c !== 0xb9 && c !== 0xba);

let wordBuffer = new Int32Array(256); // word hashes of the paragraph being read, reused between paragraphs

function pushWord(n: number, hash: number): void {
  if (n === wordBuffer.length) { const grown = new Int32Array(n * 2); grown.set(wordBuffer); wordBuffer = grown; }
  wordBuffer[n] = hash;
}

/**
 * Puts the hashes of a paragraph's words in wordBuffer and returns their number, as the WORD regex on
 * its folded text would find them, in one pass over its code units and without building that text;
 * -1 (nothing read) unless the paragraph has only ASCII and plain symbols (all but a few news
 * paragraphs), where lower-casing is per code unit and words are runs of ASCII letters and digits.
 * Without branches on the characters (where words end is unpredictable, and mispredicted branches
 * were most of the cost): each step stores the current hash at the next word's place and counts it as
 * a word only when one ends there.
 */
function readPlainWords(text: string): number {
  const length = text.length;
  // Room for every word (at most one per two code units, with a separator between) and the last store.
  if (wordBuffer.length < (length >> 1) + 2) wordBuffer = new Int32Array((length >> 1) + 2);
  const buffer = wordBuffer;
  let words = 0;
  let word = FNV_OFFSET;
  let inWord = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let unit = 0;
    if (c < 128) unit = ASCII_WORD[c];
    else if (!isPlainSymbol(c)) return -1;
    const isWord = +(unit !== 0);
    buffer[words] = word;
    words += inWord & (isWord ^ 1); // a word ended before this code unit
    const keep = -isWord; // all ones within a word: the hash goes on, else it starts over
    word = (fnv(word, unit) & keep) | (FNV_OFFSET & ~keep);
    inWord = isWord;
  }
  if (inWord) buffer[words++] = word;
  return words;
}

// What readPlainWords reads in each word of the name tagger (see ner/words.ts), by the tagger's word number, read
// once per word rather than once per token: TOKEN_STRIDE numbers from w * TOKEN_STRIDE, the kind, then the hashes
// of its first two words. Kinds: TOKEN_UNKNOWN (not read yet), TOKEN_NOT_PLAIN (a code unit that makes its
// paragraph not plain), TOKEN_WORDS + the number of words in it when at most two, or TOKEN_MANY (a token of more
// words, "U.S.A.", read again each time). See WordMemo.
const TOKEN_STRIDE = 4;
const TOKEN_UNKNOWN = 0, TOKEN_NOT_PLAIN = 1, TOKEN_WORDS = 2, TOKEN_MANY = TOKEN_WORDS + 3;
const tokenInfo = new WordMemo(TOKEN_STRIDE);

/** Writes the kind of the token text[start, end) and its first two words' hashes to `info` from `at`. */
function readToken(text: string, start: number, end: number, info: Int32Array, at: number): void {
  let words = 0;
  let word = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    let unit = 0;
    if (c < 128) unit = ASCII_WORD[c];
    else if (!isPlainSymbol(c)) {
      info[at] = TOKEN_NOT_PLAIN;
      return;
    }
    if (unit !== 0) {
      word = fnv(word, unit);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    if (words < 2) info[at + 1 + words] = word;
    words++;
    word = FNV_OFFSET;
    inWord = false;
  }
  info[at] = words > 2 ? TOKEN_MANY : TOKEN_WORDS + words;
}

/** Appends the hashes of the words of the plain token text[start, end) to wordBuffer from `n`; returns the new count. */
function readTokenWords(text: string, start: number, end: number, n: number): number {
  let word = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const unit = c < 128 ? ASCII_WORD[c] : 0;
    if (unit !== 0) {
      word = fnv(word, unit);
      inWord = true;
    } else if (inWord) {
      pushWord(n++, word);
      word = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) pushWord(n++, word);
  return n;
}

/** Whether text[from, to) has a code unit outside ASCII that is no plain symbol (readPlainWords gives up on it). */
function hasNonPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !isPlainSymbol(c)) return true;
  }
  return false;
}

/** What readTaggedWords gives for a paragraph that does not end where a token does (not one of the text's). */
const NOT_ON_TOKENS = -2;

/** The first tagger token not before the paragraph last read by readTaggedWords. */
let tokenCursor = 0;

/**
 * readPlainWords for the paragraph text[start, end), from the tagger's tokens of the text (`tagged`) rather than its
 * code units: each distinct token's words are read once, and here only the white space between tokens (the tokens
 * hold every other code unit, and a word of letters and digits never runs from one token into the next: the
 * tagger cuts tokens at white space, at a clitic's apostrophe and around any other mark). Paragraphs must come in
 * document order (tokens are taken from tokenCursor on). -1 when the paragraph is not plain, NOT_ON_TOKENS when a
 * token runs past its end.
 */
function readTaggedWords(text: string, tagged: DocumentWords, start: number, end: number): number {
  const count = tagged.count, starts = tagged.starts, ends = tagged.ends, words = tagged.words;
  // Room for every word, as readPlainWords makes: no growing below.
  if (wordBuffer.length < ((end - start) >> 1) + 2) wordBuffer = new Int32Array(((end - start) >> 1) + 2);
  const buffer = wordBuffer, info = tokenInfo.values;
  let k = tokenCursor;
  while (k < count && starts[k] < start) k++;
  tokenCursor = k;
  let n = 0;
  let at = start;
  for (; k < count && starts[k] < end; k++) {
    if (ends[k] > end) return NOT_ON_TOKENS;
    // White space before the token: only a code unit outside ASCII can matter.
    if (starts[k] - at !== 1 || text.charCodeAt(at) >= 128) {
      if (hasNonPlain(text, at, starts[k])) return -1;
    }
    at = ends[k];
    const row = words[k] * TOKEN_STRIDE;
    let kind = info[row];
    if (kind === TOKEN_UNKNOWN) {
      readToken(text, starts[k], ends[k], info, row);
      kind = info[row];
    }
    if (kind === TOKEN_NOT_PLAIN) return -1;
    if (kind === TOKEN_MANY) n = readTokenWords(text, starts[k], ends[k], n);
    else if (kind > TOKEN_WORDS) {
      buffer[n++] = info[row + 1];
      if (kind === TOKEN_WORDS + 2) buffer[n++] = info[row + 2];
    }
  }
  return hasNonPlain(text, at, end) ? -1 : n;
}

/** The same as readPlainWords for any paragraph, from its folded text. */
function readFoldedWords(folded: string): number {
  let words = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) pushWord(words++, stringHash(m[0]));
  return words;
}

/** A hash of the `n` words in wordBuffer: paragraphs with equal folded texts have equal words, so equal hashes. */
function wordsHash(n: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ wordBuffer[i], 0x9e3779b1) + n | 0;
  return h;
}

/**
 * The word-bigram shingle sets of the near-copy candidates: set i holds the bigram hashes of candidate i
 * at values[starts[i] .. starts[i + 1]) of one array (no array per set). A set is sorted and its repeats
 * dropped only when a similarity needs it (sortedEnd): MinHash signatures do not depend on the order or
 * on repeats, and in long documents few sets are ever compared.
 * This and the tables below are plain objects with functions rather than classes: V8 keeps an object
 * literal's shape alive, while a class instance's shape can be collected between calls, and with it the
 * optimised code (measured 3x slower when a full GC runs between analyses).
 */
interface ShingleSets {
  values: Int32Array;
  starts: number[];
  /** End of set i's distinct values once sorted, else -1. */
  sortedEnds: number[];
  /** The remembered digest set i was copied from, if any: it keeps the set once sorted (see sortedEnd) and its band keys. */
  digests: (ParagraphDigest | null)[];
}

/**
 * The sets' values, on an array kept for the next call unless it grew past KEPT_VALUES: a new one per call (16 kB
 * zeroed, outside the heap) cost a short article's search more than its comparisons. Values are written before
 * they are read, and a call's sets are dropped when it returns.
 */
let keptValues = new Int32Array(4096);
const KEPT_VALUES = 1 << 16;

const newShingleSets = (): ShingleSets => ({ values: keptValues, starts: [0], sortedEnds: [], digests: [] });

/** Room for `count` more values in the sets; returns where they start. */
function reserve(sets: ShingleSets, count: number): number {
  const start = sets.starts[sets.starts.length - 1];
  if (start + count > sets.values.length) {
    const grown = new Int32Array(Math.max(sets.values.length * 2, start + count));
    grown.set(sets.values);
    sets.values = grown;
    if (grown.length <= KEPT_VALUES) keptValues = grown;
  }
  sets.starts.push(start + count);
  sets.sortedEnds.push(-1);
  sets.digests.push(null);
  return start;
}

/** Writes the bigram hashes of the `n` words in wordBuffer to v[start ..]. */
function writeBigrams(v: Int32Array, start: number, n: number): void {
  for (let i = 1; i < n; i++) v[start + i - 1] = Math.imul(wordBuffer[i - 1], 0x9e3779b1) ^ wordBuffer[i];
}

/** Adds the set of the `n` words in wordBuffer. */
function addShingles(sets: ShingleSets, n: number): void {
  const at = reserve(sets, n - 1); // before reading sets.values, which reserve may replace
  writeBigrams(sets.values, at, n);
}


/** The end of set i's distinct values, sorted ascending from starts[i]: sorts the set on first use. */
function sortedEnd(sets: ShingleSets, i: number): number {
  let end = sets.sortedEnds[i];
  if (end >= 0) return end;
  const v = sets.values;
  const start = sets.starts[i];
  const stop = sets.starts[i + 1];
  v.subarray(start, stop).sort();
  end = start;
  for (let k = start; k < stop; k++) if (k === start || v[k] !== v[k - 1]) v[end++] = v[k];
  sets.sortedEnds[i] = end;
  // A remembered paragraph keeps its set sorted: the next search (the next revision of the article) compares the
  // same pairs again without sorting them again. Band keys do not depend on the order or on repeats.
  const digest = sets.digests[i];
  if (digest) {
    digest.shingles = v.slice(start, end);
    digest.sorted = true;
  }
  return end;
}

/**
 * The Jaccard similarity of sets a and b when it is at least `threshold`, else -1. The merge stops as
 * soon as too many elements of either set went unmatched for the threshold to be reached.
 */
function similarityAtLeast(sets: ShingleSets, a: number, b: number, threshold: number): number {
  const endA = sortedEnd(sets, a), endB = sortedEnd(sets, b);
  const v = sets.values;
  let i = sets.starts[a], j = sets.starts[b];
  const sizeA = endA - i, sizeB = endB - j, total = sizeA + sizeB;
  // The fewest common elements that reach the threshold, by the same division as the result.
  const most = Math.min(sizeA, sizeB);
  let need = Math.min(most, Math.max(0, Math.ceil((threshold * total) / (1 + threshold))));
  while (need > 0 && (need - 1) / (total - need + 1) >= threshold) need--;
  while (need <= most && !(need / (total - need) >= threshold)) need++;
  if (need > most) return -1;
  let missesA = sizeA - need, missesB = sizeB - need;
  let common = 0;
  while (i < endA && j < endB) {
    if (v[i] === v[j]) { common++; i++; j++; } else if (v[i] < v[j]) { i++; if (--missesA < 0) return -1; } else { j++; if (--missesB < 0) return -1; }
  }
  const similarity = common / (total - common);
  return similarity >= threshold ? similarity : -1;
}

// Fixed odd multipliers and offsets for the MinHash permutations h_i(x) = x * A_i + B_i (mod 2^32),
// compared as signed 32-bit integers (any fixed order of the values will do, and int32 stays unboxed).
const MUL = new Int32Array(HASHES);
const ADD = new Int32Array(HASHES);
{
  let seed = 0x2545f491;
  const next = (): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return seed | 0; };
  for (let i = 0; i < HASHES; i++) { MUL[i] = next() | 1; ADD[i] = next(); }
}
const signature = new Int32Array(HASHES);

/**
 * The MinHash signature of set values[start .. end), written to signature. Eight permutations per pass over the
 * set: the set is read an eighth as often and the minima stay in registers (measured about a third faster than
 * one permutation per pass). The minima are taken without branches, m ^= (m ^ h) & -(h < m): a new minimum
 * comes at unpredictable elements, and the mispredicted branches cost about a quarter of the time.
 * simdMinHash.ts computes the same numbers several times faster; this is for a few sets, or without SIMD.
 */
function minHash(values: Int32Array, start: number, end: number): void {
  const sig = signature;
  for (let i = 0; i < HASHES; i += 8) {
    const a0 = MUL[i], b0 = ADD[i], a1 = MUL[i + 1], b1 = ADD[i + 1], a2 = MUL[i + 2], b2 = ADD[i + 2];
    const a3 = MUL[i + 3], b3 = ADD[i + 3], a4 = MUL[i + 4], b4 = ADD[i + 4], a5 = MUL[i + 5], b5 = ADD[i + 5];
    const a6 = MUL[i + 6], b6 = ADD[i + 6], a7 = MUL[i + 7], b7 = ADD[i + 7];
    let m0 = 0x7fffffff, m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
    for (let s = start; s < end; s++) {
      const x = values[s];
      const h0 = (Math.imul(x, a0) + b0) | 0; m0 ^= (m0 ^ h0) & -(h0 < m0);
      const h1 = (Math.imul(x, a1) + b1) | 0; m1 ^= (m1 ^ h1) & -(h1 < m1);
      const h2 = (Math.imul(x, a2) + b2) | 0; m2 ^= (m2 ^ h2) & -(h2 < m2);
      const h3 = (Math.imul(x, a3) + b3) | 0; m3 ^= (m3 ^ h3) & -(h3 < m3);
      const h4 = (Math.imul(x, a4) + b4) | 0; m4 ^= (m4 ^ h4) & -(h4 < m4);
      const h5 = (Math.imul(x, a5) + b5) | 0; m5 ^= (m5 ^ h5) & -(h5 < m5);
      const h6 = (Math.imul(x, a6) + b6) | 0; m6 ^= (m6 ^ h6) & -(h6 < m6);
      const h7 = (Math.imul(x, a7) + b7) | 0; m7 ^= (m7 ^ h7) & -(h7 < m7);
    }
    sig[i] = m0; sig[i + 1] = m1; sig[i + 2] = m2; sig[i + 3] = m3;
    sig[i + 4] = m4; sig[i + 5] = m5; sig[i + 6] = m6; sig[i + 7] = m7;
  }
}

/** The LSH band keys of the signature sig[from .. from + HASHES), written to keys[at + band]. */
function bandKeys(sig: Int32Array, from: number, keys: Int32Array, at: number): void {
  for (let b = 0; b < BANDS; b++) {
    let key = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ sig[from + b * ROWS + r], 0x01000193);
    keys[at + b] = key;
  }
}

// The SIMD signatures, made on first use (undefined until then; null without WebAssembly SIMD). Passing the
// sets to the module costs a copy, so a handful of sets (a revision's changed paragraphs) stays in JavaScript.
let simd: SimdMinima | null | undefined;
const SIMD_FROM_SETS = 16;

/**
 * The band keys of every candidate with a non-empty set, written to keys[c * BANDS + band]: those remembered
 * from an earlier call copied, the others computed (and kept in the digest the set came from, if any).
 */
function allBandKeys(sets: ShingleSets, n: number, keys: Int32Array): void {
  const todo = new Int32Array(n); // candidates whose keys are computed here
  let count = 0;
  for (let c = 0; c < n; c++) {
    const bands = sets.digests[c]?.bands;
    if (bands) keys.set(bands, c * BANDS);
    else todo[count++] = c;
  }
  if (count >= SIMD_FROM_SETS && simd === undefined) simd = simdMinima(MUL, ADD);
  let minima: Int32Array | null = null;
  if (count >= SIMD_FROM_SETS && simd) {
    const ranges = new Int32Array(2 * count);
    for (let j = 0; j < count; j++) { ranges[2 * j] = sets.starts[todo[j]]; ranges[2 * j + 1] = sets.starts[todo[j] + 1]; }
    minima = simd.minima(sets.values.subarray(0, sets.starts[n]), ranges, count);
  }
  if (minima) {
    for (let j = 0; j < count; j++) bandKeys(minima, j * HASHES, keys, todo[j] * BANDS);
  } else {
    for (let j = 0; j < count; j++) {
      const c = todo[j];
      minHash(sets.values, sets.starts[c], sets.starts[c + 1]);
      bandKeys(signature, 0, keys, c * BANDS);
    }
  }
  for (let j = 0; j < count; j++) {
    const digest = sets.digests[todo[j]];
    if (digest) digest.bands = keys.slice(todo[j] * BANDS, todo[j] * BANDS + BANDS);
  }
}

/**
 * The exact and near copies among the paragraphs. `text`, when given, is the text the paragraphs were split from
 * (their offsets point into it): if the name tagger read it last, the paragraphs' words are read from its tokens.
 */
export function findDuplicates(paragraphs: Paragraph[], threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD, text?: string): Duplicate[] {
  return find(paragraphs, threshold, null, text === undefined ? null : tokenInfo.wordsOf(text), text ?? '');
}

/**
 * The same as findDuplicates, keeping what it reads of each paragraph (its words' hash, shingles and band keys)
 * for the next call, by the paragraph's text: for an article analysed again after an edit (see revise.ts), whose
 * paragraphs are nearly all unchanged, only the changed ones are read again.
 */
export function findDuplicatesAgain(paragraphs: Paragraph[], threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD): Duplicate[] {
  const memory: DigestMemory = { previous: remembered, next: new Map() };
  const found = find(paragraphs, threshold, memory, null, '');
  remembered = memory.next;
  return found;
}

/**
 * Reads paragraphs [from, to) for the next findDuplicatesAgain call without searching, adding to what the last call
 * kept: a caller preparing to revise a long article reads its paragraphs a stretch at a time, in short steps, and
 * the first revision then reads only the paragraphs it changed.
 */
export function rememberParagraphs(paragraphs: readonly Paragraph[], from: number, to: number): void {
  const memory: DigestMemory = { previous: remembered, next: remembered };
  for (let i = from; i < to && i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== 'code' && p.kind !== 'rule') digestOf(p.text, memory);
  }
}

/** What find() reads of a paragraph's text. */
interface ParagraphDigest {
  words: number;
  /** wordsHash of the words, when there are at least MIN_EXACT_WORDS. */
  key: number;
  /** Bigram hashes in order (or sorted without repeats, once `sorted`), when there are at least MIN_NEAR_WORDS words. */
  shingles: Int32Array | null;
  sorted: boolean;
  /** LSH band keys of the shingles, once computed. */
  bands: Int32Array | null;
}

/**
 * Digests by paragraph text of the last findDuplicatesAgain call's paragraphs, and only those: a paragraph's text
 * is usually a slice of its document's, and a slice keeps the whole text alive, so keeping the digests of every
 * call would keep every version of an article typed so far.
 */
let remembered = new Map<string, ParagraphDigest>();

/** What a call may reuse, and what it keeps for the next one. */
interface DigestMemory {
  previous: Map<string, ParagraphDigest>;
  next: Map<string, ParagraphDigest>;
}

/** Reads a paragraph's words into wordBuffer (folded first when it needs it); returns how many. */
function readWords(text: string): number {
  const words = readPlainWords(text);
  return words >= 0 ? words : readFoldedWords(foldedText(text));
}

/** readWords for paragraph p of `text`, from the tagger's tokens when the paragraph is plain. */
function readWordsOfTokens(text: string, tagged: DocumentWords, p: Paragraph): number {
  const words = readTaggedWords(text, tagged, p.start, p.end);
  return words >= 0 ? words : words === NOT_ON_TOKENS ? readWords(p.text) : readFoldedWords(foldedText(p.text));
}

function digestOf(text: string, memory: DigestMemory): ParagraphDigest {
  const known = memory.previous.get(text) ?? memory.next.get(text);
  if (known) {
    memory.next.set(text, known);
    return known;
  }
  const words = readWords(text);
  let shingles: Int32Array | null = null;
  if (words >= MIN_NEAR_WORDS) {
    shingles = new Int32Array(words - 1);
    writeBigrams(shingles, 0, words);
  }
  const digest: ParagraphDigest = { words, key: words >= MIN_EXACT_WORDS ? wordsHash(words) : 0, shingles, sorted: false, bands: null };
  memory.next.set(text, digest);
  return digest;
}

function find(paragraphs: Paragraph[], threshold: number, memory: DigestMemory | null, tagged: DocumentWords | null, text: string): Duplicate[] {
  const found = new Map<number, Duplicate>(); // by the copy's paragraph index
  const candidates: Paragraph[] = [];
  const sets = newShingleSets();
  // Hash of the words -> the first paragraphs with that hash; exact copies are among them (more than one
  // when texts differ only in punctuation, or on a hash collision).
  const firstByWords = new Map<number, Paragraph | Paragraph[]>();
  tokenCursor = 0;

  for (const p of paragraphs) {
    if (p.kind === 'code' || p.kind === 'rule') continue;
    const digest = memory ? digestOf(p.text, memory) : null;
    const words = digest ? digest.words : tagged ? readWordsOfTokens(text, tagged, p) : readWords(p.text);
    if (words < MIN_EXACT_WORDS) continue;
    const key = digest ? digest.key : wordsHash(words);
    const same = firstByWords.get(key);
    const original = same === undefined ? undefined : sameFoldedText(same, p);
    if (original) { found.set(p.index, { kind: 'exact', similarity: 1, original, duplicate: p }); continue; }
    firstByWords.set(key, same === undefined ? p : Array.isArray(same) ? [...same, p] : [same, p]);
    // Only the first of a group of exact copies takes part in the near search: later near copies then
    // point at the earliest original, and identical paragraphs do not crowd the LSH buckets.
    if (words < MIN_NEAR_WORDS) continue;
    candidates.push(p);
    if (digest) {
      const shingles = digest.shingles!;
      const at = reserve(sets, shingles.length); // before reading sets.values, which reserve may replace
      sets.values.set(shingles, at);
      const set = sets.digests.length - 1;
      sets.digests[set] = digest;
      if (digest.sorted) sets.sortedEnds[set] = at + shingles.length;
    } else addShingles(sets, words);
  }

  if (threshold <= 1) findNear(candidates, sets, threshold, found);
  return [...found.values()].sort((a, b) => a.duplicate.index - b.duplicate.index);
}

/** The paragraph among `same` (equal word hashes) whose folded text equals that of `p`. */
function sameFoldedText(same: Paragraph | Paragraph[], p: Paragraph): Paragraph | undefined {
  // Most exact copies are copied verbatim: equal texts need no folding (two lower-cased and replaced copies of
  // each, which were most of the search's time in a text with many copies).
  if (!Array.isArray(same)) return same.text === p.text || foldedText(same.text) === foldedText(p.text) ? same : undefined;
  for (const q of same) if (q.text === p.text) return q;
  const folded = foldedText(p.text);
  for (const q of same) if (foldedText(q.text) === folded) return q;
  return undefined;
}

/** Adds near copies, each against the earliest paragraph it is similar enough to. */
function findNear(candidates: Paragraph[], sets: ShingleSets, threshold: number, found: Map<number, Duplicate>): void {
  const n = candidates.length;
  const report = (c: number, o: number, similarity: number): void => {
    found.set(candidates[c].index, { kind: 'near', similarity, original: candidates[o], duplicate: candidates[c] });
  };
  if (n <= ALL_PAIRS_UP_TO) {
    for (let c = 1; c < n; c++) {
      for (let o = 0; o < c; o++) {
        const j = similarityAtLeast(sets, o, c, threshold);
        if (j >= threshold) { report(c, o, j); break; }
      }
    }
    return;
  }
  const keys = new Int32Array(n * BANDS); // keys[c * BANDS + band]
  allBandKeys(sets, n, keys);
  const { order, head } = bandBuckets(keys, n);
  const checkedFor = new Int32Array(n).fill(-1); // candidate already compared with c
  for (let c = 0; c < n; c++) {
    let original = -1;
    let similarity = 0;
    for (let b = 0; b < BANDS; b++) {
      const start = head[c * BANDS + b];
      if (start < 0) continue;
      // A bucket lists its paragraphs in document order: the first match is the earliest. c's own entry ends
      // the part of the bucket that comes before c (or an entry of c's in an earlier band with the same key).
      for (let at = start, scanned = 0; scanned < MAX_BUCKET_SCAN; at++, scanned++) {
        const o = (order[at] / BANDS) | 0;
        if (o === c || (original >= 0 && o >= original)) break;
        if (checkedFor[o] === c) continue;
        checkedFor[o] = c;
        const j = similarityAtLeast(sets, o, c, threshold);
        if (j >= 0) { original = o; similarity = j; break; }
      }
    }
    if (original >= 0) report(c, original, similarity);
  }
}

/**
 * LSH buckets. The entries c * BANDS + band of the candidates (each has MIN_NEAR_WORDS words or more, so a set
 * of shingles), sorted by band key: a bucket is a run of equal keys, and the sort (a radix sort on 11-bit digits, linear and cache-friendly) is
 * stable, so a bucket lists its entries in document order. All bands share the buckets: a bucket may also
 * hold a paragraph whose key in another band is the same. A key that occurs once makes a bucket of one,
 * which finds nothing: such entries have no bucket (head -1), and the search looks at the few others only.
 * Most keys occur once, so only the entries whose key may not (its counter in a table of 8 counters per
 * entry reached two) are sorted.
 */
function bandBuckets(keys: Int32Array, n: number): { order: Int32Array; head: Int32Array } {
  const entries = n * BANDS;
  let bits = 4;
  while (1 << bits < 8 * entries) bits++;
  const counters = new Uint8Array(1 << bits);
  countKeys(keys, entries, counters, 32 - bits);
  let entry = new Int32Array(entries);
  let key = new Int32Array(entries);
  const length = keysSeenTwice(keys, entries, counters, 32 - bits, entry, key);
  let spareEntry = new Int32Array(length);
  let spareKey = new Int32Array(length);
  const positions = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    radixPass(key, entry, spareKey, spareEntry, length, shift, positions);
    [key, spareKey] = [spareKey, key];
    [entry, spareEntry] = [spareEntry, entry];
  }
  const head = new Int32Array(n * BANDS).fill(-1);
  for (let i = 0, j = 1; i < length; i = j++) {
    while (j < length && key[j] === key[i]) j++;
    if (j - i > 1) for (let at = i; at < j; at++) head[entry[at]] = i;
  }
  return { order: entry, head };
}

/** Counts the band keys keys[0, entries) in counters (by the top bits of a hash), up to two. */
function countKeys(keys: Int32Array, entries: number, counters: Uint8Array, shift: number): void {
  for (let e = 0; e < entries; e++) {
    const at = Math.imul(keys[e], 0x9e3779b1) >>> shift;
    counters[at] = Math.min(counters[at] + 1, 2);
  }
}

/** Writes the entries whose key's counter reached two, and their keys, in entry order; returns how many. */
function keysSeenTwice(keys: Int32Array, entries: number, counters: Uint8Array, shift: number, entry: Int32Array, key: Int32Array): number {
  let length = 0;
  for (let e = 0; e < entries; e++) {
    if (counters[Math.imul(keys[e], 0x9e3779b1) >>> shift] < 2) continue;
    entry[length] = e;
    key[length++] = keys[e];
  }
  return length;
}

/** One pass of the radix sort: key[0 .. length) and its entries, stably by the 11-bit digit at `shift`, into the spare arrays. */
function radixPass(key: Int32Array, entry: Int32Array, toKey: Int32Array, toEntry: Int32Array, length: number, shift: number, positions: Int32Array): void {
  positions.fill(0);
  for (let i = 0; i < length; i++) positions[(key[i] >>> shift) & 2047]++;
  for (let d = 0, at = 0; d < 2048; d++) { const count = positions[d]; positions[d] = at; at += count; }
  for (let i = 0; i < length; i++) {
    const to = positions[(key[i] >>> shift) & 2047]++;
    toKey[to] = key[i];
    toEntry[to] = entry[i];
  }
}
