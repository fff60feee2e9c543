// The trained weights: reading the compact binary form and looking features up.
//
// Binary layout (little endian), written by scripts/train-ner.mjs:
//   "FLN1"  magic
//   u32     rows: number of kept features
//   f32[L]  start scores, f32[L*L] transition scores (prev * L + next)
//   f32[256] codebook: the weight value of each one-byte code (fitted to the weight distribution, which
//           is far from uniform: a linear int8 scale loses more than a point of F1)
//   varint  rows feature hashes as unsigned 32-bit values, ascending, each the gap from the previous one
//   u8[rows * FACTORS] weight codes (see FACTORS in labels.ts), in the order of the hashes
//   u32     exact: rows stored exactly (their weights are large and fire often: coding errors there
//           would shift every score); then per row u32 row index and f32[FACTORS] weights
//   2 lists (lower-case forms usually written in lower case, then usually capitalised in eng.train):
//           u32 count, then varint gaps between ascending unsigned hashes
//   word clusters (see WordClusters in features.ts): u32 words, varint gaps between their ascending
//           unsigned Exact hashes, u16[words] finest class of each; u8 coarser levels, then per level
//           u16 classes of the level below and u16 for each its class at this level
import { UNKNOWN_CLASS, type CasePrior, type WordClusters } from './features';
import { FACTORS, LABEL_COUNT } from './labels';
// Apart from this module, so that the gazetteer (read while words are analysed) does not import the model.
export { decodeBase64 } from './base64';

export interface NerModel {
  rows: number;
  start: Float64Array;
  transitions: Float64Array;
  /**
   * Feature weights, rows * FACTORS, decoded from their codes into integer steps of `step` (half the
   * memory of floats: the lookups are bound by cache misses). Integer sums times `step` are scores.
   */
  weights: Int16Array;
  step: number;
  /** Open-addressing table, two entries a slot (one cache line holds eight): feature hash, row + 1 (0 = empty). */
  slots: Int32Array;
  mask: number;
  casePrior: CasePrior;
  /** One bit per hash value's bits 12..31 (a one-hash Bloom filter, 128 KB): most absent features stop here. */
  present: Int32Array;
  clusters: WordClusters;
}

export function readModel(bytes: Uint8Array): NerModel {
  const L = LABEL_COUNT;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x314e4c46) throw new Error('ner model: bad magic');
  const rows = view.getUint32(4, true);
  let p = 8;
  // Every varint is an unsigned 32-bit value: its fifth byte, if any, holds the top four bits, so the
  // integer shifts lose nothing.
  const varint = (): number => {
    let value = 0, shift = 0, b: number;
    do { b = bytes[p++]; value |= (b & 127) << shift; shift += 7; } while (b & 128);
    return value >>> 0;
  };
  const start = new Float64Array(L);
  for (let y = 0; y < L; y++, p += 4) start[y] = view.getFloat32(p, true);
  const transitions = new Float64Array(L * L);
  for (let k = 0; k < L * L; k++, p += 4) transitions[k] = view.getFloat32(p, true);
  const codebook = new Float32Array(256);
  for (let k = 0; k < 256; k++, p += 4) codebook[k] = view.getFloat32(p, true);

  // Load factor between 0.3 and 0.6: short linear probes in a table small enough to stay in cache.
  let size = 1;
  while (size < rows * 1.66) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const present = new Int32Array(1 << 15);
  let hash = 0;
  for (let r = 0; r < rows; r++) {
    hash = (hash + varint()) >>> 0;
    let slot = slotOf(hash | 0) & mask;
    while (slots[2 * slot + 1]) slot = (slot + 1) & mask;
    slots[2 * slot] = hash | 0;
    present[hash >>> 17] |= 1 << ((hash >>> 12) & 31);
    slots[2 * slot + 1] = r + 1;
  }
  // The weights are codebook values but for the exact rows. The scale (`step`) is set by the largest
  // weight in use, so each code's weight in steps is worked out once, from the codes that some row
  // keeps (a code used only by rows stored exactly does not count), rather than once per weight.
  const codes = p;
  const weightCount = rows * FACTORS;
  const uses = new Int32Array(256);
  for (let k = 0; k < weightCount; k++) uses[bytes[codes + k]]++;
  p += weightCount;
  const exact = view.getUint32(p, true);
  p += 4;
  const exactStart = p;
  let largest = 0;
  for (let e = 0; e < exact; e++) {
    const row = view.getUint32(p, true);
    p += 4;
    for (let y = 0; y < FACTORS; y++, p += 4) {
      uses[bytes[codes + row * FACTORS + y]]--;
      largest = Math.max(largest, Math.abs(view.getFloat32(p, true)));
    }
  }
  for (let c = 0; c < 256; c++) if (uses[c] > 0) largest = Math.max(largest, Math.abs(codebook[c]));
  const step = (largest || 1) / 32767;
  const inSteps = new Int16Array(256);
  for (let c = 0; c < 256; c++) inSteps[c] = Math.round(codebook[c] / step);
  const weights = new Int16Array(weightCount);
  for (let k = 0; k < weightCount; k++) weights[k] = inSteps[bytes[codes + k]];
  for (let e = 0, q = exactStart; e < exact; e++) {
    const row = view.getUint32(q, true);
    q += 4;
    for (let y = 0; y < FACTORS; y++, q += 4) weights[row * FACTORS + y] = Math.round(view.getFloat32(q, true) / step);
  }
  const lists: Int32Array[] = [];
  for (let value = 1; value <= 2; value++) {
    const count = view.getUint32(p, true);
    p += 4;
    const list = new Int32Array(count);
    let h = 0;
    for (let k = 0; k < count; k++) list[k] = h = (h + varint()) >>> 0;
    lists.push(list);
  }
  const clusterWords = view.getUint32(p, true);
  p += 4;
  const clusterKeys = new Int32Array(clusterWords);
  for (let k = 0, h = 0; k < clusterWords; k++) clusterKeys[k] = h = (h + varint()) >>> 0;
  const fine = new Uint16Array(clusterWords);
  for (let k = 0; k < clusterWords; k++, p += 2) fine[k] = view.getUint16(p, true);
  const parents: Int32Array[] = [];
  for (let level = bytes[p++]; level > 0; level--) {
    const count = view.getUint16(p, true);
    p += 2;
    const parent = new Int32Array(count);
    for (let c = 0; c < count; c++, p += 2) parent[c] = view.getUint16(p, true);
    parents.push(parent);
  }
  if (p !== bytes.byteLength) throw new Error('ner model: bad length');
  const clusters = { classOf: classTable(clusterKeys, fine), parents };
  return { rows, start, transitions, weights, step, slots, mask, present, casePrior: priorTable(lists[0], lists[1]), clusters };
}

/** The finest word class by Exact hash, as an open-addressing table (class + 1; 0: empty slot). */
function classTable(keys: Int32Array, classes: Uint16Array): (exactHash: number) => number {
  let size = 1;
  while (size < 2 * keys.length) size <<= 1;
  const mask = size - 1;
  const slotKeys = new Int32Array(size);
  const values = new Uint16Array(size);
  for (let k = 0; k < keys.length; k++) {
    let slot = slotOf(keys[k]) & mask;
    while (values[slot] !== 0) slot = (slot + 1) & mask;
    slotKeys[slot] = keys[k];
    values[slot] = classes[k] + 1;
  }
  return (exactHash) => {
    let slot = slotOf(exactHash) & mask;
    for (;;) {
      const value = values[slot];
      if (value === 0) return UNKNOWN_CLASS;
      if (slotKeys[slot] === exactHash) return value - 1;
      slot = (slot + 1) & mask;
    }
  };
}

/**
 * The case prior as a look-up: an open-addressing table of hashes and their values (0: empty slot), a
 * hash in both lists taking the second list's value.
 */
function priorTable(lower: Int32Array, capitalised: Int32Array): CasePrior {
  let size = 1;
  while (size < 2 * (lower.length + capitalised.length)) size <<= 1;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const values = new Uint8Array(size);
  const add = (list: Int32Array, value: number): void => {
    for (let k = 0; k < list.length; k++) {
      const key = list[k];
      let slot = slotOf(key) & mask;
      while (values[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
      keys[slot] = key;
      values[slot] = value;
    }
  };
  add(lower, 1);
  add(capitalised, 2);
  return (lowerHash) => {
    let slot = slotOf(lowerHash) & mask;
    for (;;) {
      const value = values[slot];
      if (value === 0 || keys[slot] === lowerHash) return value;
      slot = (slot + 1) & mask;
    }
  };
}

/** Feature hashes are already well mixed; a cheap second mix spreads sequential template seeds. */
const slotOf = (hash: number): number => Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) ^ (hash >>> 12);

/** Row of a feature hash, or -1. */
export function lookup(model: NerModel, hash: number): number {
  if (!(model.present[hash >>> 17] & (1 << ((hash >>> 12) & 31)))) return -1;
  const slots = model.slots;
  const mask = model.mask;
  let slot = slotOf(hash) & mask;
  for (;;) {
    const row = slots[2 * slot + 1];
    if (row === 0) return -1;
    if (slots[2 * slot] === hash) return row - 1;
    slot = (slot + 1) & mask;
  }
}
