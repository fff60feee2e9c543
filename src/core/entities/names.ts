// The document's names as findEntities works on them: trimmed, in order, as parallel arrays (no object per
// name), each placed on the words that start and end it.

/** A name's type, as an index into NAME_TYPES. */
export const PERSON = 0, ORGANIZATION = 1, PLACE = 2, MISC = 3;
export { NAME_TYPES, typeIndex } from '../ner/labels';

/**
 * A class, not an object literal: a literal made once per document gets a new map on its second use, whose
 * fields are generalised then, and every function optimised for the first document's names is deoptimised. And
 * kept for the next document (reset()), not made per document: an instance made and dropped per call lost its
 * map at each full collection, and with it the type feedback of every function reading names, which were then
 * deoptimised call after call.
 */
export class Names {
  // Declared, not class fields: a field would be defined (as undefined) on each instance before the constructor
  // assigns it, and the field types would be generalised.
  declare count: number;
  declare start: Int32Array;
  declare end: Int32Array;
  /** PERSON, ORGANIZATION, PLACE or MISC; settled by the document's evidence as findEntities goes. */
  declare type: Uint8Array;
  /** Per name, the word starting it and the word ending it (-1 when no word starts or ends there). */
  declare at: Int32Array;
  declare atEnd: Int32Array;
  /**
   * Per word, 1 + the index of the name of a place, organisation or people ending with it, else 0: such
   * names may sit inside a role ("UK", "NATO", "Ukrainian"). Kept up to date as names change type.
   */
  declare otherEndingAt: Int32Array;

  constructor() {
    this.count = 0;
    this.start = new Int32Array(0);
    this.end = new Int32Array(0);
    this.type = new Uint8Array(0);
    this.at = new Int32Array(0);
    this.atEnd = new Int32Array(0);
    this.otherEndingAt = this.at;
  }

  /**
   * No names, and room for `capacity`: the arrays are views of exactly that length, over larger ones kept from an
   * earlier document when they are large enough. Entries are written before they are read.
   */
  reset(capacity: number): this {
    this.count = 0;
    const room = this.start.buffer.byteLength / 4;
    // New arrays when these are too small, or much too large (one very long document is not kept for good).
    if (room < capacity || (room > 4 * capacity && room > 1 << 16)) {
      const room = capacity + (capacity >> 2);
      this.start = new Int32Array(room);
      this.end = new Int32Array(room);
      this.type = new Uint8Array(room);
      this.at = new Int32Array(room);
      this.atEnd = new Int32Array(room);
    }
    this.start = new Int32Array(this.start.buffer, 0, capacity);
    this.end = new Int32Array(this.end.buffer, 0, capacity);
    this.type = new Uint8Array(this.type.buffer, 0, capacity);
    this.at = new Int32Array(this.at.buffer, 0, capacity);
    this.atEnd = new Int32Array(this.atEnd.buffer, 0, capacity);
    return this;
  }
}
