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

/** Whether a UTF-16 code unit is white space (the characters of the regex class \s). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isQuoteMark = (c: number): boolean => c === 0x22 || c === 0x60 || c === 0xab || c === 0xb4 || c === 0xbb ||
  (c >= 0x2018 && c <= 0x201f) || c === 0x2032 || c === 0x2033 || c === 0x2039 || c === 0x203a;

/**
 * Whether a non-ASCII code unit is known to be neither letter, mark nor digit and to be its own lower
 * case: Latin-1 punctuation and symbols, and the General Punctuation block (spaces, dashes, quotes).
 */
const isPlainSymbol = (c: number): boolean => (c >= 0x2000 && c < 0x2070) ||
  (c >= 0xa0 && c < 0xc0 && c !== 0xaa && c !== 0xb2 && c !== 0xb3 && c !== 0xb5 && c !== 0xb9 && c !== 0xba && c < 0xbc);

let wordBuffer = new Int32Array(256); // word hashes of the paragraph being read, reused between paragraphs

function pushWord(n: number, hash: number): void {
  if (n === wordBuffer.length) { const grown = new Int32Array(n * 2); grown.set(wordBuffer); wordBuffer = grown; }
  wordBuffer[n] = hash;
}

/** What one paragraph contributes: the hash of its folded text, and its words' hashes in wordBuffer. */
interface Reading { folded: number; words: number }

/**
 * Reads a paragraph in one pass over its code units, computing what foldedText and the WORD regex on
 * it would give without building either: taken when the paragraph has only ASCII and plain symbols
 * (all but a few news paragraphs), where lower-casing is per code unit and words are runs of ASCII
 * letters and digits. Returns null for any other paragraph.
 */
function readPlain(text: string): Reading | null {
  let folded = FNV_OFFSET;
  let started = false;
  let space = false;
  let words = 0;
  let word = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128 && !isPlainSymbol(c)) return null;
    if (isSpace(c)) {
      space = started;
    } else {
      if (space) { folded = fnv(folded, 32); space = false; }
      if (c >= 65 && c <= 90) c += 32;
      else if (isQuoteMark(c)) c = 39;
      folded = fnv(folded, c);
      started = true;
    }
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) { // lower-cased already
      word = fnv(inWord ? word : FNV_OFFSET, c);
      inWord = true;
    } else if (inWord) {
      pushWord(words++, word);
      inWord = false;
    }
  }
  if (inWord) pushWord(words++, word);
  return { folded, words };
}

/** The same as readPlain for any paragraph, from its folded text. */
function readFolded(folded: string): Reading {
  let words = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) pushWord(words++, stringHash(m[0]));
  return { folded: stringHash(folded), words };
}

/** The distinct word-bigram hashes of the `n` words in wordBuffer, sorted ascending. */
function shingles(n: number): Int32Array {
  if (n < 2) return new Int32Array(0);
  const out = new Int32Array(n - 1);
  for (let i = 1; i < n; i++) out[i - 1] = Math.imul(wordBuffer[i - 1], 0x9e3779b1) ^ wordBuffer[i];
  out.sort();
  let distinct = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i];
  return out.subarray(0, distinct);
}

function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0, j = 0, common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { common++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return common / (a.length + b.length - common);
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

/**
 * The LSH band keys of a shingle set's MinHash signature, written to keys[band * stride + at]. Four
 * permutations per pass over the set: the set is read a quarter as often and the minima stay in registers.
 */
function bandKeys(set: Int32Array, keys: Int32Array, stride: number, at: number): void {
  const sig = signature;
  for (let i = 0; i < HASHES; i += 4) {
    const a0 = MUL[i], b0 = ADD[i], a1 = MUL[i + 1], b1 = ADD[i + 1];
    const a2 = MUL[i + 2], b2 = ADD[i + 2], a3 = MUL[i + 3], b3 = ADD[i + 3];
    let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
    for (let s = 0; s < set.length; s++) {
      const x = set[s];
      const h0 = (Math.imul(x, a0) + b0) | 0; if (h0 < m0) m0 = h0;
      const h1 = (Math.imul(x, a1) + b1) | 0; if (h1 < m1) m1 = h1;
      const h2 = (Math.imul(x, a2) + b2) | 0; if (h2 < m2) m2 = h2;
      const h3 = (Math.imul(x, a3) + b3) | 0; if (h3 < m3) m3 = h3;
    }
    sig[i] = m0; sig[i + 1] = m1; sig[i + 2] = m2; sig[i + 3] = m3;
  }
  for (let b = 0; b < BANDS; b++) {
    let key = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ sig[b * ROWS + r], 0x01000193);
    keys[b * stride + at] = key;
  }
}
const signature = new Int32Array(HASHES);

interface Candidate { paragraph: Paragraph; shingles: Int32Array }

export function findDuplicates(paragraphs: Paragraph[], threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD): Duplicate[] {
  const found = new Map<number, Duplicate>(); // by the copy's paragraph index
  const candidates: Candidate[] = [];
  // Folded-text hash -> the first paragraphs with that hash (more than one only on a hash collision).
  const firstByHash = new Map<number, Paragraph | Paragraph[]>();

  for (const p of paragraphs) {
    if (p.kind === 'code' || p.kind === 'rule') continue;
    const reading = readPlain(p.text) ?? readFolded(foldedText(p.text));
    if (reading.words < MIN_EXACT_WORDS) continue;
    const same = firstByHash.get(reading.folded);
    const original = same === undefined ? undefined : sameFoldedText(same, p);
    if (original) { found.set(p.index, { kind: 'exact', similarity: 1, original, duplicate: p }); continue; }
    if (same === undefined) firstByHash.set(reading.folded, p);
    else firstByHash.set(reading.folded, Array.isArray(same) ? [...same, p] : [same, p]);
    // Only the first of a group of exact copies takes part in the near search: later near copies then
    // point at the earliest original, and identical paragraphs do not crowd the LSH buckets.
    if (reading.words >= MIN_NEAR_WORDS) candidates.push({ paragraph: p, shingles: shingles(reading.words) });
  }

  if (threshold <= 1) findNear(candidates, threshold, found);
  return [...found.values()].sort((a, b) => a.duplicate.index - b.duplicate.index);
}

/** The paragraph among `same` (equal folded-text hashes) whose folded text equals that of `p`. */
function sameFoldedText(same: Paragraph | Paragraph[], p: Paragraph): Paragraph | undefined {
  const folded = foldedText(p.text);
  for (const q of Array.isArray(same) ? same : [same]) if (foldedText(q.text) === folded) return q;
  return undefined;
}

/** Adds near copies, each against the earliest paragraph it is similar enough to. */
function findNear(candidates: Candidate[], threshold: number, found: Map<number, Duplicate>): void {
  const n = candidates.length;
  const sets = candidates.map((c) => c.shingles);
  const report = (c: number, o: number, similarity: number): void => {
    const copy = candidates[c].paragraph;
    found.set(copy.index, { kind: 'near', similarity, original: candidates[o].paragraph, duplicate: copy });
  };
  if (n <= ALL_PAIRS_UP_TO) {
    for (let c = 1; c < n; c++) {
      for (let o = 0; o < c; o++) {
        const j = sets[c].length ? jaccard(sets[o], sets[c]) : 0;
        if (j >= threshold) { report(c, o, j); break; }
      }
    }
    return;
  }
  // A candidate's original is the earliest paragraph, over all bands, that is similar enough among the
  // first MAX_BUCKET_SCAN earlier ones of its bucket. Bands are independent given the best original so
  // far, so they are taken one at a time: each band's buckets fit in the cache.
  const keys = new Int32Array(BANDS * n);
  for (let c = 0; c < n; c++) if (sets[c].length) bandKeys(sets[c], keys, n, c);
  const original = Int32Array.from({ length: n }, (_, c) => c); // c itself: none yet (c ends its bucket)
  const similarity = new Float64Array(n);
  const buckets = new BandBuckets(n);
  for (let b = 0; b < BANDS; b++) {
    buckets.clear();
    for (let c = 0; c < n; c++) {
      if (sets[c].length === 0) continue;
      let scanned = 0;
      // A bucket lists its paragraphs in document order: the first match is the earliest.
      for (let o = buckets.add(keys[b * n + c], c); o >= 0 && scanned < MAX_BUCKET_SCAN; o = buckets.next(o), scanned++) {
        if (o >= original[c]) break;
        const j = jaccard(sets[o], sets[c]);
        if (j >= threshold) { original[c] = o; similarity[c] = j; break; }
      }
    }
  }
  for (let c = 0; c < n; c++) if (original[c] < c) report(c, original[c], similarity[c]);
}

/**
 * The LSH buckets of one band: an open-addressing table from 32-bit band keys to lists of candidates in
 * insertion order, in typed arrays (a Map of arrays costs an allocation per entry and is several times
 * slower here). Each slot keeps key, first and last candidate side by side; each candidate its successor.
 */
class BandBuckets {
  private readonly mask: number;
  private readonly slots: Int32Array; // per slot: key, first candidate (-1: empty), last candidate, padding
  private readonly successor: Int32Array; // next candidate of the same bucket (-1: none)

  constructor(candidates: number) {
    let capacity = 16;
    while (capacity < candidates * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 4);
    this.successor = new Int32Array(candidates);
  }

  clear(): void {
    for (let i = 1; i < this.slots.length; i += 4) this.slots[i] = -1;
  }

  /** Appends `candidate` to the bucket of `key`; returns the bucket's first candidate before that, or -1. */
  add(key: number, candidate: number): number {
    const slots = this.slots;
    let s = (Math.imul(key, 0x85ebca6b) & this.mask) << 2;
    while (slots[s + 1] >= 0 && slots[s] !== key) s = (s + 4) & (this.mask << 2);
    const first = slots[s + 1];
    this.successor[candidate] = -1;
    if (first < 0) { slots[s] = key; slots[s + 1] = candidate; } else this.successor[slots[s + 2]] = candidate;
    slots[s + 2] = candidate;
    return first;
  }

  next(candidate: number): number { return this.successor[candidate]; }
}
