// Exact and near-duplicate paragraphs.
//
// Exact: equal after folding case, white space and quote-mark style (curly/straight, single/double all
// become one mark); found with a hash map. Near: Jaccard similarity of the sets of word bigrams
// (shingles of k = 2 words, punctuation ignored) at or above the threshold. Candidates come from MinHash
// with LSH banding and are verified with the exact Jaccard, so the cost is linear in the text plus the
// (few) candidate pairs. Bigrams rather than longer shingles because one changed word then breaks only
// two shingles, which keeps lightly edited copies of short paragraphs above the threshold, while two
// paragraphs on the same topic still share few word pairs.
//
// Not reported: code blocks and rules (not prose), paragraphs of fewer than MIN_EXACT_WORDS words
// ("Advertisement", "Read more", "* * *": boilerplate that repeats by design, not a copy worth flagging;
// a repeated three-word headline still is), and near copies of paragraphs of fewer than MIN_NEAR_WORDS
// words (a one-word change in a short line is too large a share of it to call the lines near-equal).
// Each later copy is reported once, against its earliest original.
import type { Duplicate, Paragraph } from './types';

// Measured on PolNeAR train paragraphs (tune script in the duplicates benchmark): copies with one to
// three words substituted, added or removed, and commas dropped, score 0.85 in the median and 0.45 or
// more in 97.7% of cases (91% for paragraphs under 25 words); adjacent paragraphs of one article score
// 0 in the median and above 0.45 in 0.06% of cases, mostly real re-uses (a headline repeated as lede).
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.45;
export const MIN_EXACT_WORDS = 3;
export const MIN_NEAR_WORDS = 8;

// 32 bands of 2 rows: a pair at Jaccard 0.45 becomes a candidate with probability 1 - (1 - 0.45²)^32 >
// 0.999, at 0.3 with 0.95; unrelated news paragraphs (Jaccard ~0.02) rarely collide.
const BANDS = 32;
const ROWS = 2;
const HASHES = BANDS * ROWS;

const WORD = /[\p{L}\p{N}]+(?:\p{M}+[\p{L}\p{N}]*)*/gu;
const QUOTE_MARKS = /[‘’‚‛′"“”„‟″«»‹›`´]/g;
const WHITE_SPACE = /\s+/g;

/** The text compared for exact copies. */
function foldedText(text: string): string {
  return text.toLowerCase().replace(QUOTE_MARKS, "'").replace(WHITE_SPACE, ' ').trim();
}

/** 32-bit FNV-1a of a word, lower-cased code unit by code unit. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct word-bigram hashes of a folded text, sorted ascending. */
function shingles(folded: string): Uint32Array {
  const words: number[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) words.push(wordHash(m[0]));
  if (words.length < 2) return new Uint32Array(0);
  const out = new Uint32Array(words.length - 1);
  for (let i = 1; i < words.length; i++) out[i - 1] = (Math.imul(words[i - 1], 0x9e3779b1) ^ words[i]) >>> 0;
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.subarray(0, n);
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { common++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return common / (a.length + b.length - common);
}

// Fixed odd multipliers and offsets for the MinHash permutations h_i(x) = (x * A_i + B_i) mod 2^32.
const MUL = new Uint32Array(HASHES);
const ADD = new Uint32Array(HASHES);
{
  let seed = 0x2545f491;
  const next = (): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return seed >>> 0; };
  for (let i = 0; i < HASHES; i++) { MUL[i] = next() | 1; ADD[i] = next(); }
}

function minHash(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let s = 0; s < set.length; s++) {
    const x = set[s];
    for (let i = 0; i < HASHES; i++) {
      const h = (Math.imul(x, MUL[i]) + ADD[i]) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
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
  // Band key (band number and a hash of its rows) → candidate positions, in document order.
  const buckets = new Map<number, number[]>();
  for (let c = 0; c < candidates.length; c++) {
    if (sets[c].length === 0) continue;
    const sig = minHash(sets[c]);
    let original = -1;
    let similarity = 0;
    const checked = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      let h = 0x811c9dc5;
      for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
      const key = b * 0x100000000 + (h >>> 0);
      const bucket = buckets.get(key);
      if (!bucket) { buckets.set(key, [c]); continue; }
      // Buckets are in document order: the first match in a bucket is its earliest one.
      for (const o of bucket) {
        if (original >= 0 && o >= original) break;
        if (checked.has(o)) continue;
        checked.add(o);
        const j = jaccard(sets[o], sets[c]);
        if (j >= threshold) { original = o; similarity = j; break; }
      }
      bucket.push(c);
    }
    if (original >= 0) {
      const copy = candidates[c].paragraph;
      found.set(copy.index, { kind: 'near', similarity, original: candidates[original].paragraph, duplicate: copy });
    }
  }
}
