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

/** The text compared for exact copies. */
function foldedText(text: string): string {
  return text.toLowerCase().replace(QUOTE_MARKS, "'").replace(WHITE_SPACE, ' ').trim();
}

/** 32-bit FNV-1a of a word (the text is already lower-cased). */
function wordHash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

let wordBuffer = new Int32Array(256); // reused between paragraphs

/** The distinct word-bigram hashes of a folded text, sorted ascending. */
function shingles(folded: string): Int32Array {
  let n = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) {
    if (n === wordBuffer.length) { const grown = new Int32Array(n * 2); grown.set(wordBuffer); wordBuffer = grown; }
    wordBuffer[n++] = wordHash(m[0]);
  }
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

function minHash(set: Int32Array): Int32Array {
  const sig = new Int32Array(HASHES);
  for (let i = 0; i < HASHES; i++) {
    const a = MUL[i], b = ADD[i];
    let min = 0x7fffffff;
    for (let s = 0; s < set.length; s++) {
      const h = (Math.imul(set[s], a) + b) | 0;
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

interface Candidate { paragraph: Paragraph; folded: string }

export function findDuplicates(paragraphs: Paragraph[], threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD): Duplicate[] {
  const found = new Map<number, Duplicate>(); // by the copy's paragraph index
  const candidates: Candidate[] = [];
  const firstByText = new Map<string, Paragraph>();

  for (const p of paragraphs) {
    if (p.kind === 'code' || p.kind === 'rule') continue;
    const folded = foldedText(p.text);
    WORD.lastIndex = 0;
    let words = 0;
    while (WORD.exec(folded) && words < MIN_NEAR_WORDS) words++;
    if (words < MIN_EXACT_WORDS) continue;
    const original = firstByText.get(folded);
    if (original) { found.set(p.index, { kind: 'exact', similarity: 1, original, duplicate: p }); continue; }
    firstByText.set(folded, p);
    // Only the first of a group of exact copies takes part in the near search: later near copies then
    // point at the earliest original, and identical paragraphs do not crowd the LSH buckets.
    if (words >= MIN_NEAR_WORDS) candidates.push({ paragraph: p, folded });
  }

  if (threshold <= 1) findNear(candidates, threshold, found);
  return [...found.values()].sort((a, b) => a.duplicate.index - b.duplicate.index);
}

/** Adds near copies, each against the earliest paragraph it is similar enough to. */
function findNear(candidates: Candidate[], threshold: number, found: Map<number, Duplicate>): void {
  const sets = candidates.map((c) => shingles(c.folded));
  const report = (c: number, o: number, similarity: number): void => {
    const copy = candidates[c].paragraph;
    found.set(copy.index, { kind: 'near', similarity, original: candidates[o].paragraph, duplicate: copy });
  };
  if (candidates.length <= ALL_PAIRS_UP_TO) {
    for (let c = 1; c < candidates.length; c++) {
      for (let o = 0; o < c; o++) {
        const j = sets[c].length ? jaccard(sets[o], sets[c]) : 0;
        if (j >= threshold) { report(c, o, j); break; }
      }
    }
    return;
  }
  const buckets = new BandBuckets(candidates.length * BANDS);
  const checkedFor = new Int32Array(candidates.length).fill(-1); // candidate already compared with c
  for (let c = 0; c < candidates.length; c++) {
    if (sets[c].length === 0) continue;
    const sig = minHash(sets[c]);
    let original = -1;
    let similarity = 0;
    for (let b = 0; b < BANDS; b++) {
      let key = Math.imul(b + 1, 0x9e3779b1);
      for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ sig[b * ROWS + r], 0x01000193);
      // A bucket lists its paragraphs in document order: the first match is the earliest.
      let scanned = 0;
      for (let e = buckets.add(key, c); e >= 0 && scanned < MAX_BUCKET_SCAN; e = buckets.next(e), scanned++) {
        const o = buckets.candidate(e);
        if (o === c || (original >= 0 && o >= original)) break; // c itself ends its bucket
        if (checkedFor[o] === c) continue;
        checkedFor[o] = c;
        const j = jaccard(sets[o], sets[c]);
        if (j >= threshold) { original = o; similarity = j; break; }
      }
    }
    if (original >= 0) report(c, original, similarity);
  }
}

/**
 * LSH buckets: an open-addressing table from 32-bit band keys to lists of candidates in insertion order,
 * in typed arrays (a Map of arrays costs an allocation per entry and is several times slower here). Each
 * slot keeps key, first and last entry side by side, and each entry its candidate and link, so that a
 * look-up touches one cache line of each once the table outgrows the cache.
 */
class BandBuckets {
  private readonly mask: number;
  private readonly slots: Int32Array; // per slot: key, first entry (-1: empty), last entry, padding
  private readonly entries: Int32Array; // per entry: candidate, next entry of the bucket (-1: none)
  private size = 0;

  constructor(entries: number) {
    let capacity = 16;
    while (capacity < entries * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 4);
    for (let i = 1; i < this.slots.length; i += 4) this.slots[i] = -1;
    this.entries = new Int32Array(entries * 2);
  }

  /** Appends `candidate` to the bucket of `key`; returns the bucket's first entry before that, or -1. */
  add(key: number, candidate: number): number {
    const slots = this.slots;
    let s = (Math.imul(key, 0x85ebca6b) & this.mask) << 2;
    while (slots[s + 1] >= 0 && slots[s] !== key) s = (s + 4) & (this.mask << 2);
    const first = slots[s + 1];
    const e = this.size++;
    this.entries[2 * e] = candidate;
    this.entries[2 * e + 1] = -1;
    if (first < 0) { slots[s] = key; slots[s + 1] = e; } else this.entries[2 * slots[s + 2] + 1] = e;
    slots[s + 2] = e;
    return first;
  }

  next(entry: number): number { return this.entries[2 * entry + 1]; }
  candidate(entry: number): number { return this.entries[2 * entry]; }
}
