// The document's names as findEntities works on them: trimmed, in order, as parallel arrays (no object per
// name), each placed on the words that start and end it.
import type { NameSpan } from '../types';

/** A name's type, as an index into NAME_TYPES. */
export const PERSON = 0, ORGANIZATION = 1, PLACE = 2, MISC = 3;
export const NAME_TYPES: readonly NameSpan['type'][] = ['person', 'organization', 'place', 'misc'];
export const typeIndex = (type: NameSpan['type']): number => (type === 'person' ? PERSON : type === 'organization' ? ORGANIZATION : type === 'place' ? PLACE : MISC);

export interface Names {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** PERSON, ORGANIZATION, PLACE or MISC; settled by the document's evidence as findEntities goes. */
  type: Uint8Array;
  /** Per name, the word starting it and the word ending it (-1 when no word starts or ends there). */
  at: Int32Array;
  atEnd: Int32Array;
  /**
   * Per word, 1 + the index of the name of a place, organisation or people ending with it, else 0: such
   * names may sit inside a role ("UK", "NATO", "Ukrainian"). Kept up to date as names change type.
   */
  otherEndingAt: Int32Array;
}
