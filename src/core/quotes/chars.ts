// Character tests of the quotes stage read from char codes, in place: no slice is made to test a range,
// and a regex is asked only about characters beyond ASCII (not about the block of curly quotes and
// dashes, U+2000–U+206F, which holds no letter nor digit).

import { isAsciiLetter, isSpace } from '../structure';

/** White space as /\s/ reads it, and ASCII letters (one definition of each for the engine, in structure.ts). */
export { isAsciiLetter, isSpace };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Code units of the letter or digit (/[\p{L}\p{N}]/u) at s[i]: 1, 2 for a surrogate pair, 0 when there is
 * none. A surrogate half without its other half is no character of either kind.
 */
export function letterOrDigitAt(s: string, i: number): number {
  // Never read past the end: an out-of-bounds read the optimised code has not met would throw it away.
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0x2000 && c <= 0x206f) return 0;
  if (isLead(c)) return i + 1 < s.length && isTrail(s.charCodeAt(i + 1)) && LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  if (isTrail(c)) return 0;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
}

/**
 * Whether ranges of one text hold a letter or digit (/[\p{L}\p{N}]/u.test of the slice), reading each character
 * about once: it keeps the last two searches
 * (where each started, and the first letter or digit it found), which answer any range that starts between the two.
 * The quotes stage asks whether letters stand between a quote and its sentence's start or end for every quote; in
 * text without letters for long (quotation marks, symbols, emoji) each question would read all of it again. One
 * search serves one text (a text compared with the last one at every question would be read whole each time).
 */
export class LetterSearch {
  // Two searches: from[k] ≤ at[k], no letter or digit starts in [from[k], at[k]), one of width[k] starts at at[k]
  // (at[k] = text.length, width 1: none to the end).
  private readonly from = [0, 0];
  private readonly at = [-1, -1];
  private readonly width = [0, 0];
  private older = 0;

  constructor(private readonly text: string) {}

  /** Whether text[from, to) holds a letter or digit, as /[\p{L}\p{N}]/u reads its slice. */
  within(from: number, to: number): boolean {
    if (from >= to) return false;
    let k = from >= this.from[0] && from <= this.at[0] ? 0 : from >= this.from[1] && from <= this.at[1] ? 1 : -1;
    if (k < 0) {
      k = this.older;
      this.older = 1 - k;
      this.search(k, from);
    }
    // A pair cut by the range's end is a lone half there, as in the slice.
    return this.at[k] + this.width[k] <= to;
  }

  private search(k: number, from: number): void {
    const text = this.text;
    this.from[k] = from;
    for (let i = from; i < text.length; i++) {
      const width = letterOrDigitAt(text, i);
      if (width) {
        this.at[k] = i;
        this.width[k] = width;
        return;
      }
      if (isLead(text.charCodeAt(i)) && isTrail(text.charCodeAt(i + 1))) i++;
    }
    this.at[k] = text.length;
    this.width[k] = 1;
  }
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * For a text that must end as /M[’']?\s*.$/ (a mark M, maybe a closing single mark, white space, then one
 * last character that is no line break): the char code that stands where M must, read backwards; -1 when
 * the text cannot end so. `markBeforeLast(s) === 44` is /,[’']?\s*.$/.test(s) without trying every position.
 */
export function markBeforeLast(s: string): number {
  const last = s.length - 1;
  if (last < 1 || isLineBreak(s.charCodeAt(last))) return -1;
  let k = last - 1;
  while (k >= 0 && isSpace(s.charCodeAt(k))) k--;
  if (k < 0) return -1;
  const c = s.charCodeAt(k);
  if (c !== 0x2019 && c !== 39) return c;
  return k > 0 ? s.charCodeAt(k - 1) : -1;
}
