// The document's names as findEntities works on them: trimmed, in order, as parallel arrays (no object per
// name), each placed on the words that start and end it.
import type { NameSpan } from '../types';

/** A name's type, as an index into NAME_TYPES. */
export const PERSON = 0, ORGANIZATION = 1, PLACE = 2, MISC = 3;
export const NAME_TYPES: readonly NameSpan['type'][] = ['person', 'organization', 'place', 'misc'];
export const typeIndex = (type: NameSpan['type']): number => (type === 'person' ? PERSON : type === 'organization' ? ORGANIZATION : type === 'place' ? PLACE : MISC);

/**
 * A class, not an object literal: a literal made once per document gets a new map on its second use, whose
 * fields are generalised then, and every function optimised for the first document's names is deoptimised.
 */
export class Names {
  // Declared, not class fields: a field would be defined (as undefined) on each instance before the constructor
  // assigns it, and the field types would be generalised.
  declare count: number;
  declare readonly start: Int32Array;
  declare readonly end: Int32Array;
  /** PERSON, ORGANIZATION, PLACE or MISC; settled by the document's evidence as findEntities goes. */
  declare readonly type: Uint8Array;
  /** Per name, the word starting it and the word ending it (-1 when no word starts or ends there). */
  declare readonly at: Int32Array;
  declare readonly atEnd: Int32Array;
  /**
   * Per word, 1 + the index of the name of a place, organisation or people ending with it, else 0: such
   * names may sit inside a role ("UK", "NATO", "Ukrainian"). Kept up to date as names change type.
   */
  declare otherEndingAt: Int32Array;

  /** Room for `capacity` names, none yet; otherEndingAt is set once the names are placed on the words. */
  constructor(capacity: number, noEndings: Int32Array) {
    this.count = 0;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.at = new Int32Array(capacity);
    this.atEnd = new Int32Array(capacity);
    this.otherEndingAt = noEndings;
  }
}
