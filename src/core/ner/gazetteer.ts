// Gazetteers: public lists of place and person names (see scripts/gazetteers.mjs and docs/model.md),
// as a table from 32-bit keys to the lists that hold them. A one-word name's key is its lower-case
// form's hash (the word table's lowerHash); a longer name's key chains the hashes of its words
// (sequenceKey). The model never sees a name, only which lists hold a word or a run of words.
//
// Binary layout (little endian), written by scripts/gazetteers.mjs:
//   "FLG1"  magic
//   u8      the most words a name has
//   u32     count of keys
//   varint  keys as unsigned 32-bit values, ascending, each the gap from the previous one
//   u8[count] each key's value: a bit per list holding it as a whole name (List), STARTS_NAME and GOES_ON
import { mix } from './hash';
import { decodeBase64 } from './base64';
import { GAZETTEER_BASE64 } from './gazetteer.data';

/** The lists, by bit. */
export const enum List { City = 0, Country = 1, Region = 2, FirstName = 3, LastName = 4, Organization = 5 }
export const LIST_COUNT = 6;
/** Bits of a value that name lists. */
export const LIST_BITS = (1 << LIST_COUNT) - 1;
/** Value bit: the key is a word's hash, and that word starts a name of two words or more. */
export const STARTS_NAME = 1 << 6;
/** Value bit: the key is a run of two words or more that a longer listed name starts with. */
export const GOES_ON = 1 << 7;

/** The key of a run of words: the first word's lower-case hash, then one step per further word. */
export const sequenceKey = (key: number, nextLowerHash: number): number => mix(key ^ 0x5bd1e995, nextLowerHash);

interface Table { keys: Int32Array; values: Uint8Array; mask: number; longest: number }
let table: Table | null = null;

/** Uses the gazetteer in `bytes` from now on (training builds it afresh; null: the shipped one). */
export function setGazetteer(bytes: Uint8Array | null): void {
  table = readGazetteer(bytes ?? decodeBase64(GAZETTEER_BASE64));
}

/** Decodes the shipped gazetteer, unless one is in use already (a few milliseconds). */
export function loadGazetteer(): void {
  if (!table) setGazetteer(null);
}

/** The value of a key: its List bits and STARTS_NAME; 0 for a key in no list. */
export function gazetteerValue(key: number): number {
  const t = table ?? (setGazetteer(null), table!);
  const keys = t.keys, values = t.values, mask = t.mask;
  let slot = slotOf(key) & mask;
  for (;;) {
    const value = values[slot];
    if (value === 0 || keys[slot] === key) return value;
    slot = (slot + 1) & mask;
  }
}

/** The most words a listed name has. */
export function longestName(): number {
  return (table ?? (setGazetteer(null), table!)).longest;
}

function readGazetteer(bytes: Uint8Array): Table {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 9 || view.getUint32(0, true) !== 0x31474c46) throw new Error('gazetteer: bad magic');
  const longest = bytes[4];
  const count = view.getUint32(5, true);
  let p = 9;
  let size = 1;
  while (size < 2 * count) size <<= 1;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const values = new Uint8Array(size);
  const valueStart = bytes.byteLength - count;
  let key = 0;
  for (let k = 0; k < count; k++) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[p++]; gap |= (b & 127) << shift; shift += 7; } while (b & 128);
    key = (key + (gap >>> 0)) >>> 0;
    let slot = slotOf(key | 0) & mask;
    while (values[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key | 0;
    values[slot] = bytes[valueStart + k];
  }
  if (p !== valueStart) throw new Error('gazetteer: bad length');
  return { keys, values, mask, longest };
}

const slotOf = (key: number): number => Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 11);
