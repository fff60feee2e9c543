// Which words may start a money amount, a date or a quantity, by their spelling alone. Worked out once per
// spelling (words.ts keeps the answer with the spelling), so that the value finders try only those words:
// a digit, a currency sign or code, a month, a date word ("last", "Friday") or a number word ("three").
import { F_DATE_WORD, F_MONTH, F_NUMBER_WORD } from './lexicon';

export const STARTS_DIGITS = 1, STARTS_MONEY = 2, STARTS_MONTH = 3, STARTS_DATE_WORD = 4, STARTS_NUMBER_WORD = 5;

const CURRENCY_CODES = new Set(['US', 'USD', 'AU', 'A', 'CA', 'C', 'NZ', 'HK', 'S', 'R', 'CHF', 'EUR', 'GBP', 'JPY', 'Rs', 'Rs.']);
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '₹', '₽', '₩', '₺', '₴', '₪'].map((sign) => sign.charCodeAt(0)));

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
  if (flags & F_DATE_WORD) return STARTS_DATE_WORD;
  if (flags & F_NUMBER_WORD) return STARTS_NUMBER_WORD;
  return 0;
}
