// Dates. Absolute ones carry an ISO value: "February 24, 2022" / "24 February 2022" / "Feb. 24, 2022" →
// "2022-02-24", "March 2021" → "2021-03", "in 2022" → "2022", "2022-02-24". Relative or partial ones
// ("Friday", "last week", "yesterday", "three days ago", "March 3") are dates with a null value: their
// day depends on when the article was written.
import type { DateValue } from '../types';
import { MONTHS } from './lexicon';
import type { Found } from './found';
import { isAsciiAlnum, isUpperCaseAt } from '../structure';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)`;
const YEAR = String.raw`(?:1[0-9]\d{2}|20\d{2}|2100)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const S = String.raw`[ \u00a0]`;

const ISO = /(?<![\p{L}\p{N}\-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}\-])/uy;
// "February 24, 2022", "Feb. 24", "March 3rd 2021"
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})${S}(${DAY})(?:st|nd|rd|th)?\b(?:,?${S}(${YEAR})\b)?`, 'uy');
// "24 February 2022", "3rd of March", "24 Feb."
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${DAY})(?:st|nd|rd|th)?${S}(?:of${S})?(${MONTH})(?![\p{L}])(?:,?${S}(${YEAR})\b)?`, 'uy');
// "March 2021", "Sept. 2019"
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH}),?${S}(${YEAR})\b`, 'uy');
// A month alone, except "May" (a verb) and "March" (a verb and a noun) unless a date word comes before.
const MONTH_ALONE = /\b(?:January|February|April|June|July|August|September|October|November|December)\b|(?<=\b(?:in|since|until|by|last|next|this|early|late|mid-|of)[ \u00a0])(?:March|May)\b/uy;
// "in 2022", "since 1996": a year after a preposition; the span is the year alone.
// A year after a preposition, or ending a range of years ("from 2019 to 2021", "between 1990 and 1995").
const YEAR_AFTER_PREP = new RegExp(String.raw`(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id-|[Ss]ummer|[Ss]pring|[Aa]utumn|[Ww]inter|[Ff]all|[Ff]iscal|(?:[Ff]rom|[Bb]etween)${S}${YEAR}${S}(?:to|and|until|through))${S}(?:of${S})?)(${YEAR})(?![\p{N}\-/]|\.\d|,\d)`, 'uy');
const WEEKDAY = /\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]very)[ \u00a0])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[ \u00a0](?:morning|afternoon|evening|night))?\b/uy;
// Holidays and days named by an event ("Christmas Eve", "Labor Day", "Super Tuesday"): dates whose day depends on the
// year. Not the islands ("Easter Island"). The lexicon lists their first words (HOLIDAY_FIRST_WORDS).
const HOLIDAY = /(?:Christmas(?:[ \u00a0](?:Eve|Day))?|Thanksgiving(?:[ \u00a0]Day)?|Easter(?:[ \u00a0](?:Sunday|Monday))?|(?:Good|Black)[ \u00a0]Friday|Cyber[ \u00a0]Monday|Super[ \u00a0]Tuesday|Ramadan|Hanukkah|Chanukah|Passover|Halloween|Kwanzaa|Diwali|Juneteenth|Yom[ \u00a0]Kippur|Rosh[ \u00a0]Hashanah|Eid(?:[ \u00a0]al-(?:Fitr|Adha))?|(?:Memorial|Labor|Labour|Independence|Election|Inauguration|Boxing|Columbus|Armistice|Remembrance|Veterans['’]?|Presidents['’]?)[ \u00a0]Day|New[ \u00a0]Year['’]s(?:[ \u00a0](?:Day|Eve))?)(?![\p{L}\p{N}]|[ \u00a0]Islands?\b)/uy;
const RELATIVE = /\b(?:(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:[ \u00a0](?:morning|afternoon|evening|night))?|(?:(?:[Ee]arlier|[Ll]ater)[ \u00a0]this|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)[ \u00a0](?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)[ \u00a0](?:days?|weeks?|months?|years?|decades?)[ \u00a0]ago)\b/uy;

const pad = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (m: string): number => MONTHS.get(m.toLowerCase().replace(/\.$/, '')) ?? 0;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

const date = (iso: string): DateValue => ({ kind: 'date', iso });

/** A sticky pattern's match at `pos` (no closure per call: this runs for every possible date start). */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The end of a sticky pattern's match at `pos`, or -1: for patterns whose groups are not needed (no match array). */
function endAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 0xa0;
/** After a day's digits: a space, or the "st", "nd", "rd", "th" of "3rd". */
const mayFollowDay = (c: number): boolean => isSpace(c) || c === 115 || c === 110 || c === 114 || c === 116;
/** At `p`, after a number: a space, then "days", "weeks", "months", "years", "decades" or "few" (of "three days ago"). */
function mayStartAgo(text: string, p: number): boolean {
  const c = text.charCodeAt(p + 1);
  return isSpace(text.charCodeAt(p)) && (c === 100 || c === 119 || c === 109 || c === 121 || c === 102);
}

/** Whether the four digits text[pos, end) are a year ending in 0, from 1800 to 2090, with "s" or "'s" after them and no letter after that. */
function isDecade(text: string, pos: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 48 /* 0 */) return false;
  const century = text.charCodeAt(pos) === 49 ? text.charCodeAt(pos + 1) : text.charCodeAt(pos) === 50 ? (text.charCodeAt(pos + 1) === 48 ? 48 : -1) : -1;
  if (century !== 56 && century !== 57 && century !== 48) return false;
  let e = end;
  if (text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) e++;
  if (text.charCodeAt(e) !== 115 /* s */) return false;
  return !isAsciiAlnum(text.charCodeAt(e + 1));
}

/**
 * What a date may start with: digits, a month name, a number word ("three", "a": only "three days ago"), or
 * another word ("last", "Friday").
 */
export type DateStart = 'digits' | 'month' | 'number' | 'word';

/**
 * Dates starting at `pos` (sticky matches: the caller picks the positions). A pattern runs only where the
 * characters allow it to match: a year has four digits, a day one or two, "ago" follows a number and a space.
 */
export function datesAt(text: string, pos: number, out: Found<DateValue>[], starts: DateStart): void {
  let m: RegExpExecArray | null;
  let stop: number; // the end of a match read by endAt()
  if (starts === 'digits') {
    let end = pos;
    while (isDigit(text.charCodeAt(end))) end++;
    const digits = end - pos;
    // "the 1990s", "the 1960's": a decade, a date with no calendar value.
    if (digits === 4 && isDecade(text, pos, end)) {
      const e = text.charCodeAt(end) === 115 ? end + 1 : end + 2;
      out.push({ start: pos, end: e, value: null, type: 'date' });
      return;
    }
    if (digits === 4 && text.charCodeAt(end) === 45 /* - */ && (m = at(ISO, text, pos)) && validDay(+m[1], +m[2], +m[3])) {
      out.push({ start: pos, end: pos + m[0].length, value: date(m[0]), type: 'date' });
    }
    if (digits <= 2 && mayFollowDay(text.charCodeAt(end)) && (m = at(DAY_MONTH, text, pos))) {
      const d = +m[1], mo = monthNumber(m[2]), y = m[3] ? +m[3] : 0;
      if (!y || validDay(y, mo, d)) out.push({ start: pos, end: pos + m[0].length, value: y ? date(`${y}-${pad(mo)}-${pad(d)}`) : null, type: 'date' });
    }
    if (digits === 4 && isSpace(text.charCodeAt(pos - 1)) && (stop = endAt(YEAR_AFTER_PREP, text, pos)) >= 0) out.push({ start: pos, end: stop, value: date(text.slice(pos, stop)), type: 'date' });
    if (!mayStartAgo(text, end)) return;
  } else if (starts === 'number') {
    // Of the patterns for words, only "three days ago" (RELATIVE) may start with a number word.
    let end = pos;
    while (((text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122)) end++;
    if (!mayStartAgo(text, end)) return;
  } else if (starts === 'month') {
    if ((m = at(MONTH_DAY, text, pos))) {
      const mo = monthNumber(m[1]), d = +m[2], y = m[3] ? +m[3] : 0;
      if (!y || validDay(y, mo, d)) out.push({ start: pos, end: pos + m[0].length, value: y ? date(`${y}-${pad(mo)}-${pad(d)}`) : null, type: 'date' });
    }
    if ((m = at(MONTH_YEAR, text, pos))) out.push({ start: pos, end: pos + m[0].length, value: date(`${m[2]}-${pad(monthNumber(m[1]))}`), type: 'date' });
    if ((stop = endAt(MONTH_ALONE, text, pos)) >= 0) out.push({ start: pos, end: stop, value: null, type: 'date' });
    return;
  } else if ((stop = endAt(WEEKDAY, text, pos)) >= 0) out.push({ start: pos, end: stop, value: null, type: 'date' });
  else if (isUpperCaseAt(text, pos) && (stop = endAt(HOLIDAY, text, pos)) >= 0) {
    out.push({ start: pos, end: stop, value: null, type: 'date' });
    return;
  }
  if ((stop = endAt(RELATIVE, text, pos)) >= 0 && !isNameInSentence(text, pos)) out.push({ start: pos, end: stop, value: null, type: 'date' });
}

/**
 * Whether the word at `pos` is capitalised inside a sentence, after a word or a comma: then "Today" is a name ("BBC Radio
 * 4's Today programme", "USA Today"), not a day.
 */
function isNameInSentence(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 65 || c > 90) return false;
  let k = pos - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k < 0) return false;
  const before = text.charCodeAt(k);
  return (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || before === 44;
}
