// Quantities: percentages ("50%", "3.5 per cent"), measures ("20 km", "30 degrees") and counts of things
// ("14 posts", "10,000 troops", "1.2 million people", "three people"). The unit of a count is its noun.
import type { QuantityValue } from '../types';
import { amountOf, continuesWord, NUMBER, NUMBER_START, NUMBER_WORD, scaledValue } from './numbers';
import type { Found } from './found';
import { TextCache } from '../textCache';

const S = String.raw`[ \u00a0]`;
const BIG = String.raw`(?:${S}(?:thousand|million|billion|trillion|hundred))`;

// "50%", "3.5 per cent", "2 percentage points", "25 basis points" (hundredths of a percentage point, as rates move)
const PERCENT = new RegExp(String.raw`${NUMBER_START}(${NUMBER})${S}?(%|per${S}?cent\b|percent\b|percentage${S}points?\b|basis${S}points?\b|pc\b)`, 'uy');
// "20 km", "5.5 metres", "-3C" is left out (a sign is rarely a measure in news)
const MEASURE_UNITS = String.raw`km²|km2|sq${S}km|square${S}(?:kilomet(?:re|er)s|miles|met(?:re|er)s|feet)|km/h|kph|mph|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|cm|mm|centimet(?:re|er)s?|millimet(?:re|er)s?|ft|feet|foot|inch(?:es)?|kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|lbs?|ounces?|oz|lit(?:re|er)s?|gallons?|barrels?|bpd|acres?|hectares?|°C|°F|degrees(?:${S}(?:Celsius|Fahrenheit|C|F))?|MW|GW|kW|kWh|MWh|GWh|TWh|GB|TB|MB|mg/dL|mg/kg|mg/L|mmol/L|mg|ml|mcg|knots?|calories|volts?`;
const MEASURE = new RegExp(String.raw`${NUMBER_START}(${NUMBER})${BIG}?${S}?(${MEASURE_UNITS})(?![\p{L}\p{N}])`, 'uy');

// Words after a number that are not the thing counted.
const NOT_COUNT_NOUNS = new Set(`of|and|or|to|in|on|at|by|for|from|with|as|than|the|a|an|that|which|who|is|are|was|were|be|been|
has|have|had|will|would|can|could|may|might|should|per|percent|cent|am|pm|a.m.|p.m.|gmt|utc|bst|est|to|vs|v|
said|says|says|more|less|fewer|over|under|about|after|before|up|down|out|off|into|this|it|its|their|his|her|
million|billion|trillion|thousand|hundred|dozen|times|while|when|where|if|but|so|not|also|all|just|only|
st|nd|rd|th|s|yes|thus|unless|across|perhaps|always|sometimes|whereas|besides|towards|afterwards|news`.split(/[|\s]+/).filter(Boolean));

// "14 posts", "10,000 troops", "1.2 million people", "three people", "Twenty-five students"
const COUNT = new RegExp(String.raw`(?:${NUMBER_START}(${NUMBER})|(?<![\p{L}\-])(${NUMBER_WORD}))${BIG}?${S}(\p{Ll}[\p{Ll}\-]*\p{Ll})(?![\p{L}\p{N}])`, 'uy');

const isSpace = (c: number): boolean => c === 32 || c === 0xa0;
const isLowerAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;

// Whether a word is a NOT_COUNT_NOUNS entry that no BIG scale word starts, by its characters (no substring per look-up).
const BIG_WORDS = ['thousand', 'million', 'billion', 'trillion', 'hundred'];
const excludedNouns = new TextCache<boolean>(1 << 6, 1 << 12,
  (word) => NOT_COUNT_NOUNS.has(word) && !BIG_WORDS.some((big) => word.startsWith(big)));

/**
 * Whether COUNT, after digits ending at `end` and a space, could only find a noun it rejects ("2016 and",
 * "5 of"): the next word is lower-case ASCII letters ending where a noun must end (no letter, digit or hyphen
 * next), so it is the noun whatever else matches, and an excluded one. Most numbers are followed so, and the
 * pattern's match would cost an array and strings.
 */
function countNounExcluded(text: string, end: number): boolean {
  const from = end + 1;
  let to = from;
  while (isLowerAsciiLetter(text.charCodeAt(to))) to++;
  const c = text.charCodeAt(to); // NaN at the end of the text, where a noun may end
  if (to === from || c === 45 /* - */ || c >= 128 || isAsciiLetter(c) || (c >= 48 && c <= 57)) return false;
  return excludedNouns.get(text, from, to);
}
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

// The first two characters of MEASURE's units and of BIG's scale words, by first character: after a number (and
// a space) MEASURE may only match where they stand. Most numbers are followed by a word that starts no unit
// ("people", "years", "of", "and"), and the pattern's many units cost a good deal to try.
const UNIT_STARTS = new Map<number, string>([
  ['k', 'mpigWn'], ['s', 'q'], ['m', 'piemglc'], ['c', 'mea'], ['f', 'teo'], ['i', 'n'], ['g', 'ra'], ['t', 'ohr'], ['l', 'bi'],
  ['o', 'uz'], ['b', 'api'], ['a', 'c'], ['h', 'eu'], ['°', 'CF'], ['d', 'e'], ['v', 'o'], ['M', 'WB'], ['G', 'WB'], ['T', 'WB'],
].map(([first, seconds]) => [first.charCodeAt(0), seconds]));

/** Whether a unit of MEASURE or a scale word may start with the characters `first` and `second`. */
export function mayStartUnit(first: number, second: number): boolean {
  const seconds = UNIT_STARTS.get(first);
  return seconds !== undefined && seconds.includes(String.fromCharCode(second));
}

/**
 * The scale word of BIG right after a number ending at `p` ("5 million km"), without a substring: no unit of
 * MEASURE holds a scale word, so one there is BIG's.
 */
function scaleWordAt(text: string, p: number): string | undefined {
  if (!isSpace(text.charCodeAt(p))) return undefined;
  for (let k = 0; k < BIG_WORDS.length; k++) if (text.startsWith(BIG_WORDS[k], p + 1)) return BIG_WORDS[k];
  return undefined;
}

/**
 * Whether COUNT may match the number word at `pos`: of the words that may start a value, "one", "an" and
 * "several" never start it, and "a" only in "a dozen", "a hundred".
 */
function mayCountWord(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos) | 32;
  if (c === 111 /* o */) return false;
  if (c === 97 /* a */) {
    const d = text.charCodeAt(pos + 2);
    return text.charCodeAt(pos + 1) === 32 && (d === 100 /* dozen */ || d === 104 /* hundred */ || d === 116 /* thousand */ || d === 109 /* million */ || d === 98 /* billion */);
  }
  return !text.startsWith('everal', pos + 1);
}

/**
 * Quantities starting at `pos` (sticky matches: the caller picks the positions), at digits or a number word.
 * A pattern runs only where the character after the number allows it to match: "%", "p" or "b" for a percentage,
 * a letter for a measure, a space for a count. `runEnd`: numberRunEnd(text, pos) at digits (read only
 * then).
 */
export function quantitiesAt(text: string, pos: number, out: Found<QuantityValue>[], digits: boolean, runEnd: number): void {
  let m: RegExpExecArray | null;
  // Where the number must end when these patterns match at digits (see numberRunEnd).
  const end = digits ? runEnd : pos;
  const after = text.charCodeAt(end);
  const next = isSpace(after) ? text.charCodeAt(end + 1) : after;
  PERCENT.lastIndex = pos;
  if (digits && (next === 37 /* % */ || next === 112 /* p */ || next === 98 /* b */) && (m = PERCENT.exec(text))) {
    const unit = /^percentage/i.test(m[2]) ? 'percentage point' : /^basis/i.test(m[2]) ? 'basis point' : '%';
    out.push({ start: pos, end: pos + m[0].length, value: { kind: 'quantity', amount: scaledValue(m[1], undefined), unit }, type: 'quantity' });
  }
  // "45C (113F)": a temperature, the letter attached to the digits.
  if (digits && (after === 67 /* C */ || after === 70 /* F */) && !continuesWord(text.charCodeAt(end + 1))) {
    out.push({ start: pos, end: end + 1, value: { kind: 'quantity', amount: scaledValue(text.slice(pos, end), undefined), unit: after === 67 ? '°C' : '°F' }, type: 'quantity' });
    return;
  }
  MEASURE.lastIndex = pos;
  if (digits && mayStartUnit(next, text.charCodeAt(isSpace(after) ? end + 2 : end + 1)) && (m = MEASURE.exec(text))) {
    const scale = scaleWordAt(text, pos + m[1].length);
    out.push({ start: pos, end: pos + m[0].length, value: { kind: 'quantity', amount: amountOf(m[1], scale), unit: m[2] }, type: 'quantity' });
  }
  COUNT.lastIndex = pos;
  if ((digits ? isSpace(after) && !countNounExcluded(text, end) : mayCountWord(text, pos)) && (m = COUNT.exec(text))
    && (!NOT_COUNT_NOUNS.has(m[3]) || (!digits && (m[3] === 'percent' || m[3] === 'per')))) {
    let noun = m[3];
    const number = m[1] ?? m[2];
    // Between the number and the noun lies a space, or a space, a scale word and a space (BIG).
    const scale = m[0].length - number.length - noun.length > 1 ? text.slice(pos + number.length + 1, pos + m[0].length - noun.length - 1) : undefined;
    const amount = amountOf(number, scale);
    let countEnd = pos + m[0].length;
    // "five percent", "seventy-five per cent", with the number in words (PERCENT reads digits).
    if (noun === 'percent' || (noun === 'per' && /^[ \u00a0]cent(?![\p{L}\p{N}])/u.test(text.slice(countEnd, countEnd + 6)))) {
      const end = noun === 'per' ? countEnd + 5 : countEnd;
      out.push({ start: pos, end, value: { kind: 'quantity', amount, unit: '%' }, type: 'quantity' });
      return;
    }
    // "four percentage points", with the number in words (PERCENT reads digits).
    const points = noun === 'percentage' ? /^[ \u00a0]points?(?![\p{L}\p{N}])/u.exec(text.slice(countEnd, countEnd + 8)) : null;
    if (points) {
      out.push({ start: pos, end: countEnd + points[0].length, value: { kind: 'quantity', amount, unit: 'percentage point' }, type: 'quantity' });
      return;
    }
    // More than one of a thing takes a plural ("14 posts", "two men"); after a word that is none, the noun is the
    // word after it ("two other candidates", "1,200 registered voters"), else there is no count ("the 2016
    // presidential race", "two say"). A year ("2016 voters") counts nothing.
    if (amount !== 1 && !isPlural(noun)) {
      const next = pluralAfter(text, countEnd);
      if (next < 0) return;
      noun = text.slice(countEnd + 1, next);
      countEnd = next;
    }
    if (!scale && isYear(number)) return;
    if (Number.isFinite(amount)) out.push({ start: pos, end: countEnd, value: { kind: 'quantity', amount, unit: noun }, type: 'quantity' });
  }
}

/** Plurals without an s, as news counts them. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'feet', 'teeth', 'mice', 'geese',
  'cattle', 'sheep', 'fish', 'deer', 'aircraft', 'livestock', 'crew', 'faculty', 'clergy', 'offspring', 'data', 'media', 'criteria', 'alumni']);

/**
 * Whether a lower-case noun looks plural: an s that no singular ending explains ("-ss", "-us", "-is"), a listed plural,
 * or one ending like "men" or "children" ("businessmen", "grandchildren").
 */
function isPlural(noun: string): boolean {
  if (IRREGULAR_PLURALS.has(noun) || noun.endsWith('men') || noun.endsWith('children')) return true; // congressmen, grandchildren
  if (noun.length < 3 || noun.charCodeAt(noun.length - 1) !== 115 /* s */) return false;
  const before = noun.charCodeAt(noun.length - 2);
  return before !== 115 /* s */ && before !== 117 /* u */ && before !== 105 /* i */;
}

/** The end of a plural lower-case word (not an excluded one) after one space at `at`, or -1. */
function pluralAfter(text: string, at: number): number {
  if (!isSpace(text.charCodeAt(at))) return -1;
  let e = at + 1;
  while (isLowerAsciiLetter(text.charCodeAt(e)) || (text.charCodeAt(e) === 45 && isLowerAsciiLetter(text.charCodeAt(e + 1)))) e++;
  const c = text.charCodeAt(e);
  if (e === at + 1 || c >= 128 || isAsciiLetter(c) || (c >= 48 && c <= 57)) return -1;
  const word = text.slice(at + 1, e);
  return isPlural(word) && !NOT_COUNT_NOUNS.has(word) ? e : -1;
}

/** Four digits from 1900 to 2099 with no separator: in news, a year ("the 2016 race", "in 2020 voters"), not a count. */
const isYear = (number: string): boolean => number.length === 4 && (number.startsWith('19') || number.startsWith('20')) && /^\d{4}$/.test(number);
