// Which words may start a money amount, a date or a quantity, by their spelling alone. Worked out once per
// spelling (words.ts keeps the answer with the spelling), so that the value finders try only those words:
// a digit, a currency sign or code, a month, a date word ("last", "Friday") or a number word ("three").
import { F_DATE_WORD, F_HOLIDAY_WORD, F_MONTH, F_NUMBER_WORD, VALUE_START_WORDS } from './lexicon';

export const STARTS_DIGITS = 1, STARTS_MONEY = 2, STARTS_MONTH = 3, STARTS_DATE_WORD = 4, STARTS_NUMBER_WORD = 5;

const CURRENCY_CODES = new Set(['US', 'USD', 'AU', 'A', 'CA', 'C', 'NZ', 'HK', 'S', 'R', 'CHF', 'EUR', 'GBP', 'JPY', 'Rs', 'Rs.']);
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '₹', '₽', '₩', '₺', '₴', '₪'].map((sign) => sign.charCodeAt(0)));

// The value-start words and currency codes made of letters only, by (first letter, second letter, length):
// a word of letters outside these lists starts nothing, which words.ts tells without looking the word up.
const LISTED_LETTERS: (string[] | null)[] = Array.from({ length: 26 * 26 * 16 }, () => null);
// 1 where LISTED_LETTERS has a list: most words are answered by this byte table, small enough to stay in the
// processor cache (the list table holds a pointer per bucket).
const HAS_LISTED = new Uint8Array(26 * 26 * 16);
const bucket = (first: number, second: number, length: number): number => ((first - 97) * 26 + (second - 97)) * 16 + Math.min(length, 15);
for (const w of [...VALUE_START_WORDS, ...[...CURRENCY_CODES].map((code) => code.toLowerCase())]) {
  if (!/^[a-z]{2,}$/.test(w)) continue;
  const b = bucket(w.charCodeAt(0), w.charCodeAt(1), w.length);
  (LISTED_LETTERS[b] ??= []).push(w);
  HAS_LISTED[b] = 1;
}

/**
 * Whether the word text[from, to) may start a value, for a word of two or more ASCII letters whose first
 * letter is either case and the others lower case ("said", "Trump"): only a listed word or code may.
 */
export function mayStartValueAsWord(text: string, from: number, to: number): boolean {
  const b = bucket(text.charCodeAt(from) | 32, text.charCodeAt(from + 1), to - from);
  if (HAS_LISTED[b] === 0) return false;
  const listed = LISTED_LETTERS[b] as string[];
  for (let k = 0; k < listed.length; k++) {
    const w = listed[k];
    if (w.length !== to - from) continue;
    let same = true;
    for (let j = 2; j < w.length && same; j++) same = text.charCodeAt(from + j) === w.charCodeAt(j);
    if (same) return true;
  }
  return false;
}

/**
 * What a word may start: 0 for nothing, else one of the STARTS_* kinds. `flags` are the word's lexicon flags
 * (negative when not looked up: a lower-case word that cannot start a value).
 */
export function valueStartOf(word: string, isWord: boolean, cap: boolean, digitStart: boolean, flags: number): number {
  if (digitStart) return STARTS_DIGITS;
  if (!isWord) return CURRENCY_SIGNS.has(word.charCodeAt(0)) ? STARTS_MONEY : 0;
  if (cap && word.length <= 3 && CURRENCY_CODES.has(word)) return STARTS_MONEY;
  if (flags <= 0) return 0;
  if (flags & F_MONTH) return STARTS_MONTH;
  // A holiday's first word only capitalised ("New Year’s Eve", "Super Tuesday"): not every "new" or "good" is tried.
  if ((flags & F_DATE_WORD) || (cap && (flags & F_HOLIDAY_WORD))) return STARTS_DATE_WORD;
  if (flags & F_NUMBER_WORD) return STARTS_NUMBER_WORD;
  return 0;
}
