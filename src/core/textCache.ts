// Records worked out once per distinct stretch of text (a word's spelling) and kept across documents.
// Open addressing on an FNV-1a hash of the characters, read straight from the document, so that a
// look-up needs neither a substring nor a Map probe. It starts small (a news article has a few
// thousand distinct words, and a small table stays in the processor cache), doubles up to a limit,
// then starts empty again: it only saves work.

export class TextCache<T> {
  private slots: number;
  private hashes: Int32Array;
  private keys: (string | null)[];
  private records: (T | null)[];
  private count = 0;

  /**
   * @param make works out the record of a text not seen before.
   * @param onReset called when the table is full at `maxSlots` and starts empty again, for the owner
   *   to drop what it keeps alongside.
   */
  constructor(initialSlots: number, private readonly maxSlots: number,
    private readonly make: (key: string) => T, private readonly onReset: () => void = () => undefined) {
    this.slots = initialSlots;
    this.hashes = new Int32Array(initialSlots);
    this.keys = emptySlots(initialSlots);
    this.records = emptySlots(initialSlots);
  }

  /** The record of text[start, end): from the table, or made now. */
  get(text: string, start: number, end: number): T {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    const mask = this.slots - 1;
    for (let slot = (h ^ (h >>> 17)) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === null) break;
      if (this.hashes[slot] === h && key.length === end - start && sameText(text, start, key)) return this.records[slot] as T;
    }
    if (2 * (this.count + 1) > this.slots) this.grow();
    const key = ownCopy(text.slice(start, end));
    const record = this.make(key);
    this.store(h, key, record);
    return record;
  }

  private store(h: number, key: string, record: T): void {
    const mask = this.slots - 1;
    let slot = (h ^ (h >>> 17)) & mask;
    while (this.keys[slot] !== null) slot = (slot + 1) & mask;
    this.hashes[slot] = h;
    this.keys[slot] = key;
    this.records[slot] = record;
    this.count++;
  }

  /** Makes room for one more record: doubles the table, or empties it at the limit. */
  private grow(): void {
    const { hashes, keys, records } = this;
    const keep = this.slots < this.maxSlots;
    if (keep) this.slots *= 2;
    else this.onReset();
    this.hashes = new Int32Array(this.slots);
    this.keys = emptySlots(this.slots);
    this.records = emptySlots(this.slots);
    this.count = 0;
    if (keep) for (let k = 0; k < keys.length; k++) { const key = keys[k]; if (key !== null) this.store(hashes[k], key, records[k] as T); }
  }
}

// Filled with null at once: V8 keeps `new Array(n).fill(null)` in fast elements (checked up to 2^18 slots, twice the
// largest table), where a bare `new Array(n)` of that size is a slow dictionary; and it is several times faster than
// Array.from with a callback per slot (131,072 slots: about 1 ms against 6-9), which a table paid each time it grew.
function emptySlots<T>(n: number): (T | null)[] {
  return new Array<T | null>(n).fill(null);
}

function sameText(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters a view of the string it was cut from, so a
 * key kept across documents would keep its whole document alive (and, in an editor, every version typed). A slice
 * of a concatenation copies the characters first.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}
