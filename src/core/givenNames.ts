// Given names that public name lists give to one gender only (see scripts/given-names.mjs): what a person's given
// name says of their gender, for the speaker resolver's pronouns, and whether a name starts like a person's; and the
// titles and role words that say it.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './givenNames.data';

export type Gender = 'male' | 'female' | null;

// The lists as sorted arrays, split on first use (a table of 15,000 names took 7 ms to build, cold; a split, 1 ms).
let maleNames: string[] | null = null;
let femaleNames: string[] | null = null;

/**
 * The gender that public name lists give the first word of a name of two words or more ("Susan Sarandon":
 * female), or null: a name of one word (a surname, an organisation), or a given name the lists give to both
 * genders or do not have.
 */
export function givenNameGender(name: string): Gender {
  const space = name.indexOf(' ');
  return space <= 0 ? null : genderOfGivenName(name.slice(0, space));
}

/** The gender the lists give the word as a given name ("Keir", "Judi"), or null. */
export function genderOfGivenName(word: string): Gender {
  maleNames ??= MALE_GIVEN_NAMES.split('|');
  femaleNames ??= FEMALE_GIVEN_NAMES.split('|');
  // Most names are ASCII, which needs no normalising (a call into the Unicode tables costs a microsecond).
  const given = (isAscii(word) ? word : word.normalize('NFC')).toLowerCase();
  return inSorted(maleNames, given) ? 'male' : inSorted(femaleNames, given) ? 'female' : null;
}

/** Titles and role words that say a person's gender ("Ms. Warren", "spokeswoman Maria Zakharova"), lower case, no full stop. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'queen', 'spokeswoman', 'congresswoman',
  'chairwoman', 'businesswoman', 'councilwoman', 'actress', 'wife', 'mother', 'daughter', 'sister', 'widow', 'grandmother', 'princess', 'duchess']);
export const MALE_WORDS: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'king', 'spokesman', 'congressman', 'businessman', 'councilman', 'actor',
  'husband', 'father', 'son', 'brother', 'widower', 'grandfather', 'prince', 'duke']);

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Whether `sorted` (in code unit order, as the generator sorts it) holds `s`. */
function inSorted(sorted: string[], s: string): boolean {
  let low = 0, high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < s) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low] === s;
}
