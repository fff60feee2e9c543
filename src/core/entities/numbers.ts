// Number parsing shared by the money, date and quantity finders.

/** Digits with optional thousands separators and decimals: "2.26", "300,000", "1,200.5". */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Scale words and their abbreviations: "billion", "bn", "crore", "m" (attached only: "€5m"); "$5-million" with a hyphen. */
export const SCALE = String.raw`[ \u00a0-]?(?:thousand|million|billion|trillion|crore|lakh|mn|bn|tn)\b|(?:m|b|k)\b`;
/** Whether a character goes on a word: an ASCII letter or digit, or any character beyond ASCII ("45C" ends, "45Cs" does not). */
export const continuesWord = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 128;
/** A number may not continue a word, a longer number or a code ("COVID-19", "1.2.3"). */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}_.,\-/])`;

const SCALES: Record<string, number> = {
  thousand: 3, k: 3, million: 6, mn: 6, m: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12, hundred: 2, dozen: 0,
  // South Asian scales: "Rs 2,000 crore" (ten million), "5 lakh" (a hundred thousand).
  crore: 7, lakh: 5,
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  // "a thousand", "a million", "a billion" people.
  thousand: 1e3, million: 1e6, billion: 1e9,
};
/** Number words from two upwards ("one" is too often a pronoun), optionally hyphenated: "twenty-five". */
export const NUMBER_WORD = String.raw`(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Aa] dozen|[Aa] hundred|[Aa] thousand|[Aa] million|[Aa] billion`;

/**
 * End of the run of digits, commas and full stops starting at `pos`. A NUMBER match at `pos` that the patterns
 * here accept ends there: each needs a character outside the run (a space, a letter, "%") right after it.
 */
export function numberRunEnd(text: string, pos: number): number {
  let end = pos;
  for (let c = text.charCodeAt(end); (c >= 48 && c <= 57) || c === 44 || c === 46; c = text.charCodeAt(++end));
  return end;
}

/** "twenty-five" → 25, "a dozen" → 12; NaN when not a number word. */
function numberWordValue(text: string): number {
  const t = text.toLowerCase().replace(/^a /, '');
  const [tens, unit] = t.split('-');
  const v = NUMBER_WORDS[tens];
  if (v === undefined) return NaN;
  return unit ? v + (NUMBER_WORDS[unit] ?? (unit === 'one' ? 1 : 0)) : v;
}

/** The scale word of a SCALE match, without the space or hyphen before it. */
const scaleWord = (scale: string): string => (scale.charCodeAt(0) === 45 ? scale.slice(1) : scale.trim()).toLowerCase();

/**
 * The value of digits times a scale word, computed through the decimal exponent so that
 * "2.26" × billion is exactly 2260000000, not 2259999999.9999995.
 */
export function scaledValue(digits: string, scale: string | undefined): number {
  const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits;
  const exp = scale ? SCALES[scaleWord(scale)] ?? 0 : 0;
  // Without a scale the digits are read as they are (the same number as with "e0", without building a string).
  return exp === 0 ? Number(plain) : Number(`${plain}e${exp}`);
}

/** Value of a number that may be digits or a number word, times an optional scale. */
export function amountOf(number: string, scale: string | undefined): number {
  if (/^\d/.test(number)) return scaledValue(number, scale);
  const base = numberWordValue(number);
  return scale ? base * 10 ** (SCALES[scaleWord(scale)] ?? 0) : base;
}
