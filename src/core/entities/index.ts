// Entities: the person / organization / place names of a recogniser, plus money, dates and quantities found
// by rules, with the roles written next to people, grouped into one entity per real-world thing.
//
// Conventions:
// - Mention spans exclude a possessive "’s" and every title or role; the role is Mention.role. Honorifics
//   (Mr, Mrs, Ms…) are kept as the mention's role but not listed in Entity.roles, which holds real roles.
// - Entity.roles keeps the fullest wording: "President" is dropped when "Ukrainian President" is there.
// - An entity's name is its fullest form; a bracketed editorial insertion is read through:
//   “[Russian President Vladimir] Putin” is the mention "Vladimir] Putin", named "Vladimir Putin".
// - Names of type 'misc' (peoples, events) are not entities; they may sit inside roles.
import { firstTokenFrom } from '../ner/tokens';
import { hiddenInline, isAsciiDigit, isAsciiLetter, isSpace, isUpperCaseAt, overlapsAny } from '../structure';
import type { DateValue, DocumentStructure, Entity, EntityType, EntityValue, Mention, MoneyValue, NameSpan, QuantityValue, Span } from '../types';
import { Scratch } from '../scratch';
import { TextCache } from '../textCache';
import { datesAt } from './dates';
import { ARABIC_ARTICLE, NAME_PARTICLES, NAME_PARTICLE_SET, F_DEMONYM, F_KNOWN_ORG, F_NEVER_ALONE, F_PLACE, F_ORG_HEAD, F_ORG_LAST, F_ORG_SUFFIX, F_PLACE_LAST, F_PLACE_SUFFIX, FUNCTION_WORDS, GIVEN_NAMES, isCountryOrState, isStateName, STATE_FIRST_WORDS, stateOfAbbreviation, KIN_ADJECTIVES, ROLE_NOUNS, KIN_OWNERS, KINSHIP_NOUNS, KNOWN_ORGS, MONTHS, NEVER_A_NAME_ALONE, ORG_HEADS, ORG_SUFFIXES, PAGE_LABELS, PLACES, PLACE_SUFFIXES, WEEKDAYS } from './lexicon';
import { FEMALE_WORDS, MALE_WORDS, genderOfGivenName, givenNameGender } from '../givenNames';
import { resolveOverlaps, type Found } from './found';
import { FEMALE_TITLE, MALE_TITLE, NO_TITLE_GENDER, fullestName, groupOrgsAndPlaces, groupPeople, type MentionGroup } from './grouping';
import { moneyAt, moneyInWordsAt } from './money';
import { numberRunEnd } from './numbers';
import { quantitiesAt } from './quantities';
import { endsWithTitle, findRole, isHonorific } from './roles';
import { MISC, NAME_TYPES, Names, ORGANIZATION, PERSON, PLACE, typeIndex } from './names';
import { transcriptLabels } from './transcript';
import { withDefinedAcronyms } from './acronyms';
import { nameFactsAt, newNameKeysIfFull, spokenName, type NameFacts } from './nameFacts';
import { STARTS_DATE_WORD, STARTS_DIGITS, STARTS_MONEY, STARTS_MONTH, STARTS_NUMBER_WORD } from './valueStarts';
import { CAP, IS_WORD, POSSESSIVE_BIT, flagsAt, lowerAt, valueStartAt, wordsOf, type Words } from './words';

/**
 * Money, dates and quantities, without overlaps. Only words that can start one (a digit, a currency sign or
 * code, a month, weekday, number or date word: the word view lists them) are tried, with sticky patterns, so
 * the scan stays linear and skips code blocks, which have no sentences.
 */
export function findValueMentions(doc: DocumentStructure): Found[] {
  const { text } = doc;
  const money: Found<MoneyValue>[] = [], dates: Found<DateValue>[] = [], quantities: Found<QuantityValue>[] = [];
  const ws = wordsOf(doc);
  const starts = ws.valueStarts;
  // The run of digits, commas and full stops read last ([runFrom, runEnd)): every word starting inside it ends it
  // there too ("2024.2024.2024…", a table's rule, is many words that start with a digit).
  let runFrom = -1, runEnd = -1;
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    const start = ws.start[i];
    switch (valueStartAt(ws, i)) {
      case STARTS_DIGITS:
        if (!(start > runFrom && start < runEnd)) {
          runFrom = start;
          runEnd = numberRunEnd(text, start);
        }
        moneyAt(text, start, money, runEnd);
        datesAt(text, start, dates, 'digits');
        quantitiesAt(text, start, quantities, true, runEnd);
        break;
      case STARTS_MONEY:
        moneyAt(text, start, money, -1);
        break;
      case STARTS_MONTH:
        datesAt(text, start, dates, 'month');
        break;
      case STARTS_DATE_WORD:
        datesAt(text, start, dates, 'word');
        break;
      case STARTS_NUMBER_WORD:
        datesAt(text, start, dates, 'number');
        moneyInWordsAt(text, start, money);
        quantitiesAt(text, start, quantities, false, -1);
        break;
    }
  }
  return resolveOverlaps<Found>([money, dates, quantities]);
}

const TRAILING_DOT_KEPT = /(?:(?:^|[\s.])\p{L}\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Mt)\.)$/u;

const LEADING_TRIM = /[\s"“”‘’'(\[]/;
const TRAILING_TRIM = /[\s"“”‘’',;:!?)]/;
/** ASCII letters and digits: never trimmed, so most characters skip the patterns. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Trims a recogniser's span to the name proper: no spaces, quotes, trailing punctuation or possessive. Writes
 * it as name k of `out` and says whether anything is left.
 */
function trimInto(text: string, s: NameSpan, out: Names, k: number): boolean {
  let { start, end } = s;
  while (start < end && !isAsciiAlnum(text.charCodeAt(start)) && LEADING_TRIM.test(text[start])) {
    start++;
    // The "s" of a possessive left before the name ("Obama’s Council of Economic Advisers" tagged from "’s").
    if ((text.charCodeAt(start - 1) === 0x2019 || text.charCodeAt(start - 1) === 39) && text.charCodeAt(start) === 115 && isSpace(text.charCodeAt(start + 1)) && isAsciiLetter(text.charCodeAt(start - 2))) start += 2;
  }
  for (;;) {
    const last = text.charCodeAt(end - 1);
    if (end - start > 2 && last === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
    else if (end > start && !isAsciiAlnum(last) && TRAILING_TRIM.test(text[end - 1])) end--;
    else if (end > start && text[end - 1] === '.' && !TRAILING_DOT_KEPT.test(text.slice(start, end))) end--;
    else break;
  }
  // "Sanders Aren’t", "Don’t": the verb's first part is no name, the words before it may be one.
  if (end > start && isNegatedVerb(text, end)) {
    const space = text.lastIndexOf(' ', end - 1);
    end = space > start ? space : start;
  }
  if (end <= start || isPartyAndState(text, start, end) || isTitleBeforeName(text, start, end)) return false;
  start = afterOpeningPreposition(text, start, end);
  let type = typeIndex(s.type);
  // "Florida Sen. Marco Rubio" tagged "Florida Sen" as a place: the title is the start of the person's role.
  if (type !== PERSON) {
    const cut = titleEndingName(text, start, end);
    if (cut > start) end = cut;
    // "Senate Majority" before "Leader Mitch McConnell": the chamber; "Majority Leader" is the role.
    else end = chamberBeforeLeader(text, start, end);
  }
  if (type === ORGANIZATION || type === PLACE || type === MISC) {
    // "Mr. Trump", "Justice Scalia", "Gov. Snyder", "Atlantic City Mayor Don Guardian" tagged as an organisation or
    // place, "Syrian Pres. Bashar al-Assad" as one misc name: a person, whose title (and what comes before it) stays out
    // of the name, to be read as the role.
    const name = titledNameStart(text, start, end);
    if (name > start) {
      start = name;
      type = PERSON;
    }
  } else if (type === PERSON) {
    // "von der Leyen" tagged "der Leyen", "van Gogh" tagged "Gogh": the particles before a surname are part of it.
    start = particlesBefore(text, start);
    // A person tagged with the title before the name ("Mr. Cruz", "Sen. Sanders", "Justice Ginsburg"): the title
    // stays out of the name, so that the mention joins the person's other mentions ("Ted Cruz", "Cruz") and the
    // title is read as a role before it, as "Sen." is in "Sen. Ted Cruz".
    const title = titleBeforeNameLength(text, start, end);
    if (title > 0) {
      // "Sir Keir Starmer", "Dame Judi Dench" tagged "Sir Keir": a given name alone after the title (any name after
      // "Sir" or "Dame", which go before given names) takes in the surname that follows it.
      const beforeGivenName = text.startsWith('Sir', start) || text.startsWith('Dame', start);
      start += title;
      end = surnameAfterGivenName(text, start, end, beforeGivenName);
    }
  }
  out.start[k] = start;
  out.end[k] = end;
  out.type[k] = type;
  return true;
}


/**
 * Whether text[start, end) is a page label (PAGE_LABELS) standing alone on its line, but for a full stop or colon
 * after it and spaces.
 */
function isLabelLine(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 14) return false;
  // The line's edges first: most names stand inside a line, and their text need not be copied.
  let b = start;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  if (b > 0 && text.charCodeAt(b - 1) !== 10 && text.charCodeAt(b - 1) !== 13) return false;
  let a = end;
  if (text.charCodeAt(a) === 46 /* . */ || text.charCodeAt(a) === 58 /* : */) a++;
  while (a < text.length && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  return (a === text.length || text.charCodeAt(a) === 10 || text.charCodeAt(a) === 13) && PAGE_LABELS.has(text.slice(start, end).toLowerCase());
}

const isOpeningMark = (c: number): boolean => c === 0x201c || c === 34 || c === 0x2018 || c === 39;
const isClosingMark = (c: number): boolean => c === 0x201d || c === 34 || c === 0x2019 || c === 39;

/** Whether text[start, end) is the whole of a quotation: a quotation mark before it, one after it (after a , . ! or ?). */
function isWholeQuotation(text: string, start: number, end: number): boolean {
  if (start === 0 || !isOpeningMark(text.charCodeAt(start - 1))) return false;
  let a = end;
  const c = text.charCodeAt(a);
  if (c === 44 || c === 46 || c === 33 || c === 63) a++;
  return isClosingMark(text.charCodeAt(a));
}

// The titles a person's name does not include, in one list each way they are written:
// - honorifics, with or without their full stop ("Mr. ", "Dr ");
// - abbreviated ranks and offices, with their full stop only ("Gen Nakatani" is a name);
// - offices, ranks and knighthoods written out. Not "King", "Pope" or "Saint", which are part of how those people
//   are named.
const HONORIFIC_TITLES = ['Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mme', 'Dr', 'Prof'];
const ABBREVIATED_TITLES = ['Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Rev', 'Pres'];
const WRITTEN_TITLES = ['Senator', 'Justice', 'Judge', 'President', 'Governor', 'Mayor', 'Congressman', 'Congresswoman', 'Assemblyman',
  'Assemblywoman', 'Councilman', 'Councilwoman', 'Chairman', 'Chairwoman', 'Secretary', 'Speaker', 'Ambassador', 'Commissioner', 'Sheriff',
  'Professor', 'Admiral', 'General', 'Colonel', 'Lieutenant', 'Sergeant', 'Reverend', 'Rabbi', 'Imam', 'Bishop', 'Sir', 'Dame', 'Lord',
  // Offices only: a royal or religious title is part of how the person is named ("Pope Francis", "Prince Charles").
  'Chair', 'Chairperson', 'Minister', 'Chancellor', 'Prosecutor', 'Director', 'Detective', 'Coach', 'Pastor'];
/** A title and the spaces after it, before a capital or a particle ("Mr. de Vos"). */
const TITLE_BEFORE_NAME = new RegExp(`^(?:(?:${HONORIFIC_TITLES.join('|')})\\.?|(?:${ABBREVIATED_TITLES.join('|')})\\.|${WRITTEN_TITLES.join('|')})`
  + `[ \\u00a0]+(?=\\p{Lu}|(?:${NAME_PARTICLES.join('|')})[ -])`, 'u');
/** The titles' words, for a look-up before the regular expression runs. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...HONORIFIC_TITLES, ...ABBREVIATED_TITLES, ...WRITTEN_TITLES]);
/** Abbreviated titles (lower case) that a recogniser may tag as a name of their own before the name they introduce. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([...HONORIFIC_TITLES, ...ABBREVIATED_TITLES].map((t) => t.toLowerCase()));

/**
 * Where a place or organisation name text[start, end) ends without the abbreviated title it ends with, when a full
 * stop, a space and a capital follow ("Florida Sen" before ". Marco Rubio": "Florida"); else -1.
 */
function titleEndingName(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 46 /* . */ || !isSpaceThenCapital(text, end + 1)) return -1;
  let space = end - 1;
  while (space > start && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 0xa0) space--;
  if (space <= start || end - space > 5 || !TITLE_ABBREVIATIONS.has(text.slice(space + 1, end).toLowerCase())) return -1;
  while (space > start && (text.charCodeAt(space - 1) === 32 || text.charCodeAt(space - 1) === 0xa0)) space--;
  return space;
}

/** The end of text[start, end) without a last word "Majority" or "Minority" that a "Leader" or "Whip" follows. */
function chamberBeforeLeader(text: string, start: number, end: number): number {
  // Read in place (no substring): this is asked of every organisation and place.
  const last = end - 8;
  if (last - 1 <= start || text.charCodeAt(last - 1) !== 32 || !(text.startsWith('Majority', last) || text.startsWith('Minority', last))) return end;
  return text.startsWith(' Leader', end) || text.startsWith(' Whip', end) ? last - 1 : end;
}

const isSpaceThenCapital = (text: string, i: number): boolean => {
  const space = text.charCodeAt(i), capital = text.charCodeAt(i + 1);
  return (space === 32 || space === 0xa0) && capital >= 65 && capital <= 90;
};

/**
 * Titles that end a description before a person's name inside a span tagged as an organisation or place: the
 * honorifics of address (with their full stop or not), the abbreviated titles with theirs ("Dr Pepper" is a drink),
 * and the written ones that begin no organisation's name ("General Motors", "Speaker Series" do).
 */
const INNER_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', ...[...HONORIFIC_TITLES, ...ABBREVIATED_TITLES].map((t) => `${t}.`),
  'Senator', 'Justice', 'Judge', 'Governor', 'Mayor', 'Congressman', 'Congresswoman', 'Sir', 'Dame', 'Lord',
]);
const NAME_WORD = new RegExp(`^(?:${ARABIC_ARTICLE}-)?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*$|^\\p{Lu}\\.$`, 'u');
/** An honorific of address ("Mr.", "Ms"): whatever name follows it is a person's ("Mr. Justice", "Ms. Shanklin-Hawkins"). */
const ADDRESS = /^M(?:r|rs|s|x)\.?$/;

/**
 * Where the person's name starts in text[start, end), a name tagged as an organisation or place that is a title and
 * one to three capitalised words ("Justice Antonin Scalia", "Gov. Snyder", "Atlantic City Mayor Don Guardian"), or -1;
 * not when a word after the title belongs to an organisation's or place's name ("Justice Department", "Dr Pepper",
 * "General Motors", "Justice Against Sponsors").
 */
function titledNameStart(text: string, start: number, end: number): number {
  // Most organisations and places are one word: no title before a name then, and nothing to split.
  if (end - start > 60 || text.lastIndexOf(' ', end - 1) < start) return -1;
  const words = text.slice(start, end).split(' ');
  if (words.length < 2) return -1;
  for (let w = 0; w < words.length - 1; w++) {
    if (!INNER_TITLES.has(words[w])) continue;
    if (w === 0 && ADDRESS.test(words[0])) return /^\p{Lu}/u.test(words[1]) ? start + words[0].length + 1 : -1;
    const name = words.slice(w + 1);
    if (name.length > 3 || !name.every((n) => NAME_WORD.test(n))) return -1;
    const lower = name.map((n) => n.toLowerCase());
    // A word that names organisations or places ("Mayor's Office Press"), unless a given name opens the name: "Mayor
    // Don Guardian" is a person whose surname is also a newspaper's word.
    const givenFirst = name.length >= 2 && (GIVEN_NAMES.has(lower[0]) || genderOfGivenName(name[0]) !== null);
    if (lower.some((n) => FUNCTION_WORDS.has(n) || (!givenFirst && (ORG_HEADS.has(n) || ORG_SUFFIXES.has(n) || PLACE_SUFFIXES.has(n))))) return -1;
    let at = start;
    for (let k = 0; k <= w; k++) at += words[k].length + 1;
    return at;
  }
  return -1;
}

/**
 * The length of the title and spaces that start the person's name text[start, end) (see TITLE_BEFORE_NAME), or 0.
 * The word before the first space is looked up first: most names start with no title, and are not copied.
 */
function titleBeforeNameLength(text: string, start: number, end: number): number {
  let space = start;
  const limit = Math.min(end, start + 14);
  while (space < limit && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 0xa0) space++;
  if (space === limit || space - start < 2) return 0;
  const word = text.charCodeAt(space - 1) === 46 /* . */ ? text.slice(start, space - 1) : text.slice(start, space);
  if (!TITLE_WORDS.has(word)) return 0;
  const title = TITLE_BEFORE_NAME.exec(text.slice(start, Math.min(end, start + 24)));
  return title && start + title[0].length < end ? title[0].length : 0;
}

const SURNAME_AFTER = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-])/u;

/**
 * Where the name text[start, end) ends, taking in a capitalised word after it when it is a given name alone ("Keir" +
 * " Starmer"): a listed given name, or any word when `given` (after "Sir" or "Dame"); not a function word, a listed
 * place or organisation, a weekday or a month.
 */
function surnameAfterGivenName(text: string, start: number, end: number, given: boolean): number {
  if (end - start > 14) return end;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) return end;
  const word = text.slice(start, end);
  if (!given && !GIVEN_NAMES.has(word.toLowerCase()) && genderOfGivenName(word) === null) return end;
  const m = SURNAME_AFTER.exec(text.slice(end, end + 30));
  if (!m) return end;
  const next = m[1].toLowerCase();
  if (FUNCTION_WORDS.has(next) || PLACES.has(next) || KNOWN_ORGS.has(next) || WEEKDAYS.has(next) || MONTHS.has(next)) return end;
  return end + m[0].length;
}

/**
 * Where name text[start, end) starts without a preposition, conjunction or sentence adverb that is capitalised only because
 * it opens the sentence ("Without Scalia, it's still …", "Unlike Clinton, he …", "Interestingly Blocher …"), which the
 * recogniser may tag with the name.
 */
function afterOpeningPreposition(text: string, start: number, end: number): number {
  // At the start of a sentence: nothing but opening quotes and spaces since a line break or a sentence's end. Read first,
  // by char codes: most names are inside a sentence, and their first word is then not read as a string.
  let b = start - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || isOpeningQuote(text.charCodeAt(b)))) b--;
  if (b >= 0 && !isSentenceEndOrBreak(text.charCodeAt(b))) return start;
  let space = start;
  while (space < end && space - start < 16 && isAsciiLetter(text.charCodeAt(space))) space++;
  if (space === start || space >= end - 1 || text.charCodeAt(space) !== 32 || !isUpperCaseAt(text, space + 1)) return start;
  const word = text.slice(start, space);
  return OPENING_PREPOSITIONS.has(word) || OPENING_ADVERBS.has(word) ? space + 1 : start;
}
/** " “ ‘ ' ( */
const isOpeningQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40;
/** A line break, ".", "!" or "?". */
const isSentenceEndOrBreak = (c: number): boolean => c === 10 || c === 46 || c === 33 || c === 63;
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['Without', 'With', 'After', 'Before', 'Unlike', 'Like', 'Despite', 'Against', 'Under', 'Amid',
  'Among', 'During', 'Since', 'Until', 'Although', 'Though', 'While', 'When', 'If', 'Unless', 'Because', 'Toward', 'Towards', 'Through', 'Upon']);
/** "Interestingly", "However", "Oh": words never a name alone that open a sentence, not acronyms ("TV Guide", "Super Bowl"). */
const OPENING_ADVERBS: ReadonlySet<string> = new Set([...NEVER_A_NAME_ALONE].filter((w) => /^[a-z]{3,}$/.test(w) && w !== 'super').map((w) => w[0].toUpperCase() + w.slice(1)));

/** Whether text[start, end) is only such a title, followed by a full stop or a space and a capitalised word: "Sen. Ted Cruz". */
function isTitleBeforeName(text: string, start: number, end: number): boolean {
  // "Justice" tagged alone in "Chief Justice John Roberts", "Justice Elena Kagan": a written title before a name.
  if (end - start > 4) return end - start <= 13 && isSpaceThenCapital(text, end) && WRITTEN_TITLE_SET.has(text.slice(start, end))
    || isTitleOfWords(text, start, end);
  if (!TITLE_ABBREVIATIONS.has(text.slice(start, end).toLowerCase())) return false;
  return isSpaceThenCapital(text, text.charCodeAt(end) === 46 /* . */ ? end + 1 : end);
}
const WRITTEN_TITLE_SET: ReadonlySet<string> = new Set(WRITTEN_TITLES);

/**
 * Whether text[start, end) is a title of several words before a name ("Chief Justice" in "Chief Justice John Roberts",
 * "Prime Minister", "Deputy Foreign Minister"): a person's title last, before it only titles and the words that qualify
 * them, and a capital after the space. Not a body's name ending in a title ("Democratic Party Chairman").
 */
function isTitleOfWords(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  if (end - start > 40 || space >= end - 1 || space < 0 || !isSpaceThenCapital(text, end)) return false;
  // The first word alone first: most names of several words open with no title.
  const first = text.slice(start, space).toLowerCase();
  if (!ROLE_NOUNS.has(first) && !TITLE_MODIFIERS.has(first)) return false;
  const words = text.slice(start, end).toLowerCase().split(' ');
  if (!ROLE_NOUNS.has(words[words.length - 1])) return false;
  return words.every((w) => ROLE_NOUNS.has(w) || TITLE_MODIFIERS.has(w));
}
/** Words that qualify a title in front of it. */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['chief', 'vice', 'deputy', 'prime', 'associate', 'acting', 'interim', 'former', 'assistant',
  'senior', 'executive', 'foreign', 'defense', 'defence', 'interior', 'finance', 'home', 'majority', 'minority', 'presiding', 'principal', 'lieutenant']);

/** A US legislator's party and state, written after the name: "Sen. Ted Cruz, R-Texas,", "(D-N.Y.)". */
const PARTY_AND_STATE = /^[DRI]-[A-Z][A-Za-z.]{1,14}$/;

/** Whether text[start, end) is a party and state after a comma or an opening bracket, or a party in brackets (a tag, not a name). */
function isPartyAndState(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  // The party alone in brackets: "Gov. Rick Snyder (R)".
  if (end - start === 1) return (c === 68 || c === 82 || c === 73) && text.charCodeAt(start - 1) === 40 /* ( */ && text.charCodeAt(end) === 41 /* ) */;
  if (text.charCodeAt(start + 1) !== 45 /* - */ || !(c === 68 /* D */ || c === 82 /* R */ || c === 73 /* I */)) return false;
  let b = start - 1;
  while (b > start - 4 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b--;
  const before = text.charCodeAt(b);
  return (before === 44 /* , */ || before === 40 /* ( */) && PARTY_AND_STATE.test(text.slice(start, end));
}

/** The gap of “[Russian President Vladimir] Putin”: "]" and at most one space. */
function isBracketGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2 || text.charCodeAt(from) !== 93 /* ] */) return false;
  const c = text.charCodeAt(to - 1);
  return to - from === 1 || c === 32 || c === 0xa0;
}

/** A role with a capitalised title ("US Vice-President"), not just a lower-case noun ("club", "coach"). */
/**
 * A capitalised role: before the name, ending with a title ("Sheriff", "Sen."; not "treasurer of the pro-Trump" before
 * "Great America PAC"); or after it, as an appositive ("Marion, the vice-president of the Front National").
 */
const isTitledRole = (role: Span | null, nameStart: number): boolean =>
  role !== null && /\p{Lu}/u.test(role.text) && (role.start > nameStart || endsWithTitle(role));

/**
 * Names.otherEndingAt, one entry per word, on one array kept for the next call (a new one per call, outside
 * the heap, counted as external memory pressure and brought on scavenges); it is only read during a call.
 */
let endings = new Int32Array(0);
/** The names of the document being read, trimmed and then kept, on arrays kept for the next document (see Names). */
const TRIMMED = new Names(), KEPT = new Names();
function zeroedEndings(words: number): Int32Array {
  if (endings.length < words) endings = new Int32Array(words + (words >> 2));
  else endings.fill(0, 0, words);
  return endings.subarray(0, words);
}

/** Numbers that live for one findEntities call, on arrays kept for the next (see Scratch). */
const SCRATCH = {
  idOf: new Scratch(Int32Array), votes: new Scratch(Int32Array), firstOf: new Scratch(Int32Array), whoAfter: new Scratch(Int32Array), titleGenders: new Scratch(Int32Array),
  firstMentions: new Scratch(Float64Array), groupOf: new Scratch(Int32Array),
};

/** Numbers the calls of findEntities: records kept across documents tell by it whether they count for this one. */
let documents = 0;

/** One capitalised word ending in "care" after a lower-case letter: "Obamacare", "Hillarycare", "Medicare". */
function isCareCompound(text: string, start: number, end: number): boolean {
  if (end - start < 6 || !text.endsWith('care', end)) return false;
  const c = text.charCodeAt(end - 5);
  if (c < 97 || c > 122) return false;
  for (let i = start; i < end; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the name text[start, end) follows a kinship noun that a possessive owns ("your daughter Chelsea", "the
 * couple's daughter, Chelsea."). Read backwards by char codes: it is asked for every name not typed a person.
 */
function afterOwnedKinshipNoun(text: string, start: number, end: number): boolean {
  let i = start - 1;
  if (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i >= 0 && text.charCodeAt(i) === 44 /* , */) {
    // In commas the name stands alone ("her son, Trig, 6,"): not "his mother, Chad’s ambassador".
    const after = end < text.length ? text.charCodeAt(end) : 46;
    if (after !== 44 && after !== 46 && after !== 59) return false;
    i--;
  }
  const c = text.charCodeAt(i);
  if (!(c >= 97 && c <= 122) && c !== 0xe9 /* é */) return false;
  let word = wordBefore(text, i + 1);
  if (!KINSHIP_NOUNS.has(word)) return false;
  let at = i + 1 - word.length - 1;
  if (text.charCodeAt(at) !== 32) return false;
  word = wordBefore(text, at);
  if (KIN_ADJECTIVES.has(word)) {
    at -= word.length + 1;
    if (text.charCodeAt(at) !== 32) return false;
    word = wordBefore(text, at);
  }
  return KIN_OWNERS.has(word.toLowerCase()) || /['’]s$/.test(word);
}

/** What a weapon's or a military vehicle's name is written before: "Javelin missiles", "Leopard tanks". */
const WEAPON_NOUNS: ReadonlySet<string> = new Set([
  'missile', 'missiles', 'rocket', 'rockets', 'launcher', 'launchers', 'tank', 'tanks', 'jet', 'jets', 'drone', 'drones',
  'howitzer', 'howitzers', 'helicopter', 'helicopters', 'warplane', 'warplanes', 'warship', 'warships',
  'submarine', 'submarines', 'rifle', 'rifles',
]);
const WEAPON_NOUNS_BY_LENGTH = byLength([...WEAPON_NOUNS, 'system', 'systems']);

/** Words by their length, for isOneOf. */
function byLength(list: Iterable<string>): string[][] {
  const out: string[][] = [];
  for (const w of list) (out[w.length] ??= []).push(w);
  return out;
}

/** Whether text[start, end) is one of the words listed (by length, see byLength), read in place. */
function isOneOf(text: string, start: number, end: number, lists: string[][]): boolean {
  const list = lists[end - start];
  return list !== undefined && list.some((w) => text.startsWith(w, start));
}

/** "systems" is a weapon's only after one of these ("Patriot air defence systems"). */
const WEAPON_SYSTEM_KINDS: ReadonlySet<string> = new Set(['defence', 'defense', 'missile', 'rocket', 'weapon', 'weapons', 'artillery', 'radar']);
/** The most lower-case words between a weapon's name and its noun ("Javelin anti-tank missiles"). */
const MOST_WEAPON_MODIFIERS = 3;

/**
 * Whether name i, not a listed place or organisation nor a country's other name, is followed in its sentence by a few
 * lower-case words ending with a weapon noun: the name of a weapon. An organisation's name makes no weapon even so
 * ("Hamas rockets", "Boeing jets"): listed organisations are left alone, and so are people named with a given name.
 * No function word between ("Gingrich with private jet travel"), and not a think tank; not "bombers" either (the
 * people who bomb as often as the aircraft).
 */
function namesAWeapon(names: Names, i: number, f: NameFacts, words: Words): boolean {
  const end = names.atEnd[i];
  if (end < 0 || (words.bits[end] & POSSESSIVE_BIT) || !weaponNounAfter(words, end)) return false;
  // A given name and a surname name a person, whatever follows ("gave Sarah Palin private jet travel").
  return !f.listedPlace && !f.knownOrg && !f.countryAlias && !(f.words >= 2 && givenNameGender(f.spoken) !== null);
}

/**
 * Whether a few lower-case words after word `end`, in its sentence, end with a weapon noun. Read first from the text
 * itself: spelling a word (lowerAt) gives it a number in the spelling table, a look-up too many for every name.
 */
function weaponNounAfter(words: Words, end: number): boolean {
  const sentence = words.sentence;
  let last = end;
  let noun = false;
  for (let k = end + 1; k < words.n && k <= end + 1 + MOST_WEAPON_MODIFIERS && sentence[k] === sentence[end]; k++) {
    if ((words.bits[k] & (IS_WORD | CAP)) !== IS_WORD) break;
    noun ||= isOneOf(words.source, words.start[k], words.end[k], WEAPON_NOUNS_BY_LENGTH);
    last = k;
  }
  if (!noun) return false;
  for (let k = end + 1; k <= last; k++) {
    const lower = lowerAt(words, k);
    if (FUNCTION_WORDS.has(lower)) return false;
    if (WEAPON_NOUNS.has(lower)) return !((lower === 'tank' || lower === 'tanks') && lowerAt(words, k - 1) === 'think');
    if ((lower === 'systems' || lower === 'system') && k > end + 1 && WEAPON_SYSTEM_KINDS.has(lowerAt(words, k - 1))) return true;
  }
  return false;
}

/** Whether an age set off by commas follows a name ending at `end`: ", 70," ("Suu Kyi, 70, said"). */
function hasAgeAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 /* , */ || text.charCodeAt(end + 1) !== 32) return false;
  let k = end + 2;
  while (k < end + 5 && isAsciiDigit(text.charCodeAt(k))) k++;
  // A space after the closing comma: "30,290 are Democrats" is a number.
  return k > end + 2 && text.charCodeAt(k) === 44 && text.charCodeAt(k + 1) === 32 && text.charCodeAt(end + 2) !== 48 /* 0 */ && Number(text.slice(end + 2, k)) < 120;
}

/**
 * Whether name i comes right before a disease's noun ("the Zika virus", "an Ebola outbreak", "Lyme disease") and is no
 * listed place, organisation or country ("the China virus", "a Florida outbreak" keep theirs), nor a person's name with
 * a given name.
 */
function namesADisease(names: Names, i: number, f: NameFacts, words: Words): boolean {
  const end = names.atEnd[i];
  if (end < 0 || end + 1 >= words.n || words.sentence[end + 1] !== words.sentence[end]) return false;
  if ((words.bits[end + 1] & (IS_WORD | CAP)) !== IS_WORD || !isOneOf(words.source, words.start[end + 1], words.end[end + 1], DISEASE_NOUNS_BY_LENGTH)) return false;
  // A possessive only before "disease" or "syndrome" ("Alzheimer's disease"): "Trump's vaccine" is his.
  if ((words.bits[end] & POSSESSIVE_BIT) && !isOneOf(words.source, words.start[end + 1], words.end[end + 1], EPONYM_NOUNS_BY_LENGTH)) return false;
  // A person's name with a given name stays a person's ("Jonas Salk vaccine" is rare, "gave Sarah Palin disease" nonsense).
  return !f.listedPlace && !f.knownOrg && !f.countryAlias && !(f.words >= 2 && givenNameGender(f.spoken) !== null);
}
// Not "fever": "Trump fever", "election fever".
const DISEASE_NOUNS_BY_LENGTH = byLength(['virus', 'viruses', 'outbreak', 'outbreaks', 'epidemic', 'pandemic', 'disease', 'syndrome', 'vaccine', 'vaccines', 'infection', 'infections']);
const EPONYM_NOUNS_BY_LENGTH = byLength(['disease', 'syndrome']);

/** Nouns for the office a person holds, after "the" and the holder's surname ("the Bush administration"). */
const OFFICE_NOUNS_BY_LENGTH = byLength(['administration', 'presidency', 'premiership', 'chancellorship']);

/**
 * Whether name i is one word between "the" and an office noun ("the Obama administration") and nothing but a
 * surname can be there: not a people's or a party's name ("the Republican administration"), a listed organisation,
 * a country's other name or a listed place (the tagger's own place type is left alone by the caller).
 */
function namesAnOfficeHolder(names: Names, i: number, f: NameFacts, words: Words): boolean {
  const at = names.at[i];
  if (at <= 0 || at !== names.atEnd[i] || at + 1 >= words.n) return false;
  const sentence = words.sentence;
  if (sentence[at - 1] !== sentence[at] || sentence[at + 1] !== sentence[at]) return false;
  // Read in place first (see weaponNounAfter).
  if (!isOneOf(words.source, words.start[at + 1], words.end[at + 1], OFFICE_NOUNS_BY_LENGTH)) return false;
  if (lowerAt(words, at - 1) !== 'the') return false;
  if (words.bits[at] & POSSESSIVE_BIT) return false;
  return !f.knownOrg && !f.countryAlias && !(flagsAt(words, at) & (F_DEMONYM | F_PLACE | F_KNOWN_ORG));
}

/** The run of ASCII letters, "é" and apostrophes ending at `end` (the words looked for are written so). */
function wordBefore(text: string, end: number): string {
  let i = end;
  for (; i > 0; i--) {
    const code = text.charCodeAt(i - 1);
    const c = code | 32;
    if (!((c >= 97 && c <= 122) || c === 0xe9 || code === 39 || code === 0x2019)) break;
  }
  return text.slice(i, end);
}

/**
 * Settles types the recogniser got wrong by the document's own evidence: a name written after a role
 * ("US Vice-President JD Vance") or bearing a known person's surname is a person; a country of the alias
 * table is a place ("US") and a listed well-known organisation an organisation ("Kremlin"). Other cities and
 * regions keep the recogniser's type: a city's name is often its sports team. Then the same name gets the type
 * most of its mentions have.
 */
function reconcileTypes(text: string, names: Names, facts: NameFacts[], words: Words, document: number): void {
  const { count, type: types, atEnd, otherEndingAt } = names;
  // Key records (shared by the facts, kept across documents) mark the people's surnames: no Set per document.
  newNameKeysIfFull();
  let orgEnds: Set<string> | null = null;
  for (let i = 0; i < count; i++) {
    // "the city of Nice", "in Nice, France" (a listed city typed as its club), "Ferguson, Missouri, has" (an unlisted town
    // typed a surname or a club): the place, in all the name's mentions (see the second loop).
    if ((types[i] === ORGANIZATION && isCalledAPlace(text, names.start[i], names.end[i], facts[i].listedPlace))
      || ((types[i] === ORGANIZATION || (types[i] === PERSON && facts[i].words === 1)) && !facts[i].listedPlace && isTownOfState(text, names.end[i]))) {
      facts[i].nameKey.placeIn = document;
    }
    // firstKey is null for a name whose second word is a generation ("Dunford Jr.").
    const first = types[i] === ORGANIZATION && facts[i].words >= 2 ? facts[i].firstKey : null;
    if (first !== null) first.orgFirstIn = document;
  }
  const lawAcronyms = acronymsOfLaws(text, names);
  for (let i = 0; i < count; i++) {
    if (types[i] !== MISC && (isNoName(text, names, i, facts[i], words) || (lawAcronyms !== null && lawAcronyms.has(text.slice(names.start[i], names.end[i]))))) {
      types[i] = MISC;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    // "GENEVA (Reuters) -", "CLEVELAND —": a dateline names a place, whatever the recogniser typed it.
    if (types[i] !== PLACE && isDateline(text, names.start[i], names.end[i], facts[i].listedPlace)) {
      types[i] = PLACE;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    if (namesADisease(names, i, facts[i], words)) facts[i].nameKey.diseaseIn = document;
    if (types[i] !== PERSON && hasAgeAfter(text, names.end[i])) facts[i].nameKey.agedIn = document;
    if (types[i] !== PERSON) continue;
    // "Team Clinton", "Team Telekom" tagged as a person: the team, an organisation (and not the name of Clinton's group).
    if (names.at[i] >= 0 && atEnd[i] > names.at[i] && text.startsWith('Team ', names.start[i])) {
      types[i] = ORGANIZATION;
      otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    // "Trump Tower", "Clinton Foundation", "Judicial Watch" tagged as a person: the last word says what it is.
    if (names.at[i] >= 0 && atEnd[i] > names.at[i]) {
      const last = flagsAt(words, atEnd[i]);
      const type = last & F_ORG_LAST ? ORGANIZATION : last & F_PLACE_LAST ? PLACE : PERSON;
      if (type !== PERSON) {
        types[i] = type;
        otherEndingAt[atEnd[i]] = i + 1;
        continue;
      }
    }
    // "the Lakers" tagged as a person where the text names the "Los Angeles Lakers": a team's (or a firm's) plural
    // name is the last word of the organisation's, not a surname.
    if (names.at[i] >= 0 && names.at[i] === atEnd[i] && text.charCodeAt(names.end[i] - 1) === 115 /* s */ && (orgEnds ??= organisationLastWords(text, names)).has(text.slice(names.start[i], names.end[i]))) {
      types[i] = ORGANIZATION;
      otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    // A listed organisation's name ("Twitter", "NATO", "Al Jazeera") tagged as a person: the organisation.
    if (facts[i].knownOrg && names.at[i] >= 0) {
      types[i] = ORGANIZATION;
      otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    // A people's name in the plural ("Muslims", "Libyans") tagged as a person, or a party's member ("Chris Coons,
    // Democrat of Delaware"): a people, not listed.
    if (names.at[i] >= 0 && names.at[i] === atEnd[i] && (flagsAt(words, atEnd[i]) & F_DEMONYM)
      && (text.charCodeAt(names.end[i] - 1) === 115 /* s */ || PARTY_MEMBERS.has(lowerAt(words, atEnd[i])))) {
      types[i] = MISC;
      otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    const surname = facts[i].surnameKey;
    if (surname !== null) {
      surname.surnameIn = document;
      facts[i].firstKey!.firstIn = document;
    } else facts[i].nameKey.aloneIn = document;
  }
  for (let i = 0; i < count; i++) {
    // "Javelin anti-tank missiles", "Shahed drones", "Storm Shadow missiles": a weapon's (or a vehicle's) name, not a
    // person, place or organisation.
    if (types[i] !== MISC && namesAWeapon(names, i, facts[i], words)) {
      types[i] = MISC;
      continue;
    }
    // "the Zika virus", "the Ebola outbreak": the disease, in all the name's mentions ("funds to fight Zika").
    // Not a person's surname in the document ("Trump" of "Donald Trump" before "disease" said in jest).
    if (types[i] !== MISC && facts[i].nameKey.diseaseIn === document && facts[i].nameKey.surnameIn !== document && !facts[i].listedPlace && !facts[i].knownOrg && !facts[i].countryAlias) {
      types[i] = MISC;
      continue;
    }
    // "Patriot" typed a person where the text names "Patriot Coal": the organisation, unless a person's name holds the
    // word or it is a given name.
    if (types[i] === PERSON && names.at[i] >= 0 && names.at[i] === atEnd[i] && facts[i].nameKey.orgFirstIn === document && facts[i].nameKey.surnameIn !== document
      && facts[i].nameKey.firstIn !== document && givenNameGender(facts[i].spoken) === null) {
      types[i] = ORGANIZATION;
      otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    // "Ferguson, Missouri, has" with "Ferguson" typed a person: the town (see isTownOfState), unless a person's name holds the word.
    if (types[i] === PERSON && names.at[i] >= 0 && names.at[i] === atEnd[i] && facts[i].nameKey.placeIn === document && facts[i].nameKey.surnameIn !== document
      && facts[i].nameKey.firstIn !== document) {
      types[i] = PLACE;
      otherEndingAt[atEnd[i]] = i + 1;
      continue;
    }
    if (types[i] === PERSON) continue;
    // "the Obama administration", "the Trump presidency" tagged as an organisation or not a name (the tagger reads the
    // word as an adjective, as in "the Republican administration"): the holder of the office, a person.
    if (types[i] !== PLACE && namesAnOfficeHolder(names, i, facts[i], words)) {
      types[i] = PERSON;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = 0;
      continue;
    }
    if (types[i] === MISC) continue;
    // One word naming a people ("Muslims", "Americans") tagged as a place or organisation: a people, kept for the
    // roles it may sit in ("Ukrainian President") but not listed.
    // Not a party's name alone ("Labour": the plural "Democrats" is the party's people) or a team's typed an
    // organisation ("Yankees", "Indians").
    if (names.at[i] >= 0 && names.at[i] === atEnd[i] && (flagsAt(words, atEnd[i]) & F_DEMONYM) && !isPartyOrTeam(text, names, i, facts[i], words)) {
      types[i] = MISC;
      continue;
    }
    // "Washington University", "Brookings Institute" tagged as a place (after the place that opens it): the last word
    // says it is an organisation.
    if (types[i] === PLACE && names.at[i] >= 0 && atEnd[i] > names.at[i] && (flagsAt(words, atEnd[i]) & F_ORG_LAST) && !ORG_LAST_PLACES.has(lowerAt(words, atEnd[i]))) {
      types[i] = ORGANIZATION;
      continue;
    }
    // "Obamacare", "Hillarycare" tagged as a place: a health plan named after its champion (a word ending in
    // "care" after a lower-case letter), no place.
    if (types[i] === PLACE && isCareCompound(text, names.start[i], names.end[i])) {
      types[i] = MISC;
      continue;
    }
    // "The Clintons" tagged as an organisation or place: the family of a person the document names, not listed.
    const start = names.start[i], end = names.end[i];
    if (end - start > 3 && text.charCodeAt(end - 1) === 115 /* s */ && names.at[i] === atEnd[i] && nameFactsAt(text, start, end - 1).nameKey.surnameIn === document) {
      types[i] = MISC;
      continue;
    }
    // "your daughter Chelsea", "his father Cassius Clay Sr.": a name right after a kinship noun that something owns is a
    // person, whatever the recogniser typed it (a club, a country).
    if (afterOwnedKinshipNoun(text, start, end) && !text.startsWith('The ', start)) {
      types[i] = PERSON;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = 0;
      continue;
    }
    const f = facts[i];
    // "Suu Kyi, 70, said": a name given an age is a person's, in all its mentions.
    if (f.nameKey.agedIn === document && !f.knownOrg && !f.listedPlace && !f.countryAlias) {
      types[i] = PERSON;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = 0;
      continue;
    }
    // "the city of Nice", "in Nice, France": the place, wherever else the name was typed an organisation (see isCalledAPlace).
    if (types[i] === ORGANIZATION && f.nameKey.placeIn === document && !f.knownOrg) {
      types[i] = PLACE;
      continue;
    }
    if (f.knownOrg) types[i] = ORGANIZATION;
    else if (f.countryAlias) types[i] = PLACE;
    // A person's surname alone ("Putin"), or the first word of a person's name that is no listed place ("Xi" of "Xi
    // Jinping", "Kim" of "Kim Jong Un": surnames written first).
    // "Sonia Sotomayor" tagged an organisation where the text names "Sotomayor" alone as a person: a given name and
    // that surname ("Dunford Jr." has two words but no surname key: its last word is a generation).
    else if (f.nameKey.surnameIn === document || (!f.listedPlace && f.words === 1 && f.nameKey.firstIn === document)
      || (f.words === 2 && f.surnameKey?.aloneIn === document && givenNameGender(f.spoken) !== null && names.atEnd[i] >= 0
        && !(flagsAt(words, names.atEnd[i]) & (F_ORG_LAST | F_PLACE_LAST | F_ORG_SUFFIX | F_PLACE_SUFFIX | F_ORG_HEAD)))
      || (!f.listedPlace && isTitledRole(findRole(text, i, words, names, true), start))) {
      types[i] = PERSON;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = 0;
    }
  }
  // One name, one type in a document: "Obamacare" typed a person once and an organisation twice is an organisation.
  // (On a tie, the type of the first mention.) Votes are counted per distinct name in typed arrays, no Map per
  // name; the document numbers its names on the key records the facts share (no Map per document).
  const idOf = SCRATCH.idOf.take(count);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const k = facts[i].nameKey;
    if (k.document !== document) {
      k.document = document;
      k.number = distinct++;
    }
    idOf[i] = k.number;
  }
  const votes = SCRATCH.votes.take(NAME_TYPES.length * distinct);
  // Index of the first mention of each (name, type): breaks ties.
  const firstOf = SCRATCH.firstOf.take(NAME_TYPES.length * distinct, count);
  // Per name number, 1 when a mention of it is followed by ", who": a person's, on a tie of types (below).
  const whoAfter = SCRATCH.whoAfter.take(distinct);
  for (let i = 0; i < count; i++) {
    const slot = NAME_TYPES.length * idOf[i] + types[i];
    if (votes[slot]++ === 0) firstOf[slot] = i;
    if (text.charCodeAt(names.end[i]) === 44 /* , */ && text.startsWith(', who', names.end[i])) whoAfter[idOf[i]] = 1;
  }
  for (let i = 0; i < count; i++) {
    const base = NAME_TYPES.length * idOf[i];
    let best = -1;
    for (let t = 0; t < NAME_TYPES.length; t++) {
      const c = votes[base + t];
      if (c > 0 && (best < 0 || c > votes[base + best] || (c === votes[base + best] && firstOf[base + t] < firstOf[base + best]))) best = t;
    }
    // A listed place's name typed a place as often as an organisation: maybe a city and its team ("KANSAS CITY AT
    // DETROIT" and "DETROIT 48 86"). Each mention keeps its type; groupOrgsAndPlaces makes two entities of them when
    // the team shows itself before a score, else one.
    if (isPlaceOrTeamTie(votes, base, types[i], best)) {
      if (facts[i].listedPlace && !facts[i].knownOrg) best = types[i];
      // Else a word of the name may tell: "Dynamo Moscow" is a club, "Tahrir Square" a place.
      else best = typeByWords(names, i, words, best);
    } else if (isPersonOrOrganisationTie(votes, base, best) && names.at[i] >= 0 && names.atEnd[i] > names.at[i]) {
      // A name of several words typed a person as often as an organisation: a person when it opens with a given
      // name ("Sonia Sotomayor") or the text goes on with "who" after it ("Gennifer Flowers, who once …"), unless
      // one of its words makes organisations' names; else the first mention's type, as for other ties.
      if (whoAfter[idOf[i]] === 1 || givenNameGender(facts[i].spoken) !== null) best = typeByWords(names, i, words, PERSON);
    }
    if (best !== types[i]) {
      types[i] = best;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = best === PERSON ? 0 : i + 1;
    }
  }
}

/**
 * Whether name i, whatever its type, is not to be listed:
 * - a page's label alone on its line ("ADVERTISEMENT", "ABSTRACT.", "Subscribe"), unless a listed place or organisation;
 * - a name of several words that is the whole of a quotation, the title of a show, a book or a law (“Good Morning
 *   America,”: the name's other mentions, outside quotation marks, outvote it);
 * - a party to a court case ("Roe v. Wade"): the case is the name, a title rather than an entity;
 * - an interjection, sentence adverb or common acronym alone ("Oh", "Unfortunately", "PAC"), but for a state's code
 *   after a town ("Berea, OH").
 */
function isNoName(text: string, names: Names, i: number, f: NameFacts, words: Words): boolean {
  const start = names.start[i], end = names.end[i], oneWord = names.at[i] >= 0 && names.at[i] === names.atEnd[i];
  return (isLabelLine(text, start, end) && !f.knownOrg && !f.listedPlace && !f.countryAlias)
    || (names.at[i] !== names.atEnd[i] && isWholeQuotation(text, start, end))
    || isPartyToCase(text, start, end)
    || (!oneWord && namesALaw(text, end))
    || (oneWord && (flagsAt(words, names.atEnd[i]) & F_NEVER_ALONE) !== 0 && !isStateCodeAfterTown(text, start, end));
}

/** Whether the name of several words ending at `end` is a law's or a treaty's ("Freedom of Information Act", "Second Amendment"). */
function namesALaw(text: string, end: number): boolean {
  for (const ending of LAW_ENDINGS) if (text.startsWith(ending, end - ending.length)) return true;
  return false;
}
const LAW_ENDINGS = [' Act', ' Acts', ' Amendment', ' Amendments', ' Treaty', ' Accord', ' Accords', ' Doctrine', ' Protocol'];

/**
 * The acronyms the text gives a law right after one of the names ("the Freedom of Information Act (FOIA)"): its other
 * uses are no organisation either; null when none. Read after the names that end as a law's, not over the whole text.
 */
function acronymsOfLaws(text: string, names: Names): Set<string> | null {
  let out: Set<string> | null = null;
  for (let i = 0; i < names.count; i++) {
    const end = names.end[i];
    if (text.charCodeAt(end + 1) !== 40 /* ( */ || !namesALaw(text, end)) continue;
    const m = LAW_ACRONYM.exec(text.slice(end, end + 10));
    if (m !== null) (out ??= new Set()).add(m[1]);
  }
  return out;
}
const LAW_ACRONYM = /^ \(([A-Z]{2,6})\)/;

/**
 * Whether text[start, end) stands before or after the " v. " of a court case's name ("Roe v. Wade"); read in place, as
 * this is asked of every name. "v." only: "vs." also sets rivals against each other ("Clinton vs. Trump").
 */
function isPartyToCase(text: string, start: number, end: number): boolean {
  return (text.startsWith(' v. ', end) && isUpperCaseAt(text, end + 4)) || (start >= 4 && text.startsWith(' v. ', start - 4));
}

/** Whether text[start, end) is two capitals after a comma: a state's postal code after its town ("Berea, OH"). */
function isStateCodeAfterTown(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(start + 1) >= 65 && text.charCodeAt(start + 1) <= 90 && text.startsWith(', ', start - 2);
}

/** Last words of organisations' names that are as often the name of a building, a place: "Kennedy Center", "Plaza Hotel". */
const ORG_LAST_PLACES: ReadonlySet<string> = new Set(['center', 'centre', 'hotel', 'casino']);

/** Whether name i, one word that names a people, is a party's name ("Labour") or a team's typed an organisation ("Yankees"). */
function isPartyOrTeam(text: string, names: Names, i: number, facts: NameFacts, words: Words): boolean {
  if (facts.knownOrg) return text.charCodeAt(names.end[i] - 1) !== 115 /* s */;
  return names.type[i] === ORGANIZATION && (flagsAt(words, names.atEnd[i]) & F_ORG_SUFFIX) !== 0;
}

/** ORGANIZATION if a word of name i makes organisations' names ("Dynamo", "Bank"), else PLACE if one makes places' ("Square"), else `otherwise`. */
function typeByWords(names: Names, i: number, words: Words, otherwise: number): number {
  const from = names.at[i], to = names.atEnd[i];
  if (from < 0 || to < from) return otherwise;
  let place = false;
  for (let w = from; w <= to; w++) {
    const flags = flagsAt(words, w);
    if (flags & (F_ORG_SUFFIX | F_ORG_HEAD)) return ORGANIZATION;
    if (flags & F_PLACE_SUFFIX) place = true;
  }
  return place ? PLACE : otherwise;
}

/** Whether the votes at `base` have a place and an organisation tied, one of them `own` and `best`'s count the most. */
function isPlaceOrTeamTie(votes: Int32Array, base: number, own: number, best: number): boolean {
  if (own !== PLACE && own !== ORGANIZATION) return false;
  const other = own === PLACE ? ORGANIZATION : PLACE;
  return votes[base + other] === votes[base + own] && votes[base + best] === votes[base + own];
}

/** Whether the votes at `base` have a person and an organisation tied, `best`'s count the most. */
function isPersonOrOrganisationTie(votes: Int32Array, base: number, best: number): boolean {
  return (best === PERSON || best === ORGANIZATION) && votes[base + PERSON] === votes[base + ORGANIZATION];
}

/** slug() of an ASCII name, by character codes; null when the name is not ASCII. */
function asciiSlug(name: string): string | null {
  let out = '';
  let from = -1; // start of the current run of letters and digits
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c >= 128) return null;
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (alnum) { if (from < 0) from = i; continue; }
    if (from >= 0) { out += (out ? '-' : '') + name.slice(from, i); from = -1; }
  }
  return out.toLowerCase() || 'entity';
}

function slug(name: string): string {
  const ascii = asciiSlug(name);
  if (ascii !== null) return ascii;
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entity';
}

/** An id base ("type:slug") and how many entities of the document `document` have used it. */
class IdBase {
  document = -1;
  uses = 0;
  constructor(readonly base: string) {}
}

// Id bases by type and name, kept across documents (the same people and places come back); names whose bases
// are equal share one record. Emptied between documents when large.
const ID_BASES = new Map<EntityType, Map<string, IdBase>>();
const BY_BASE = new Map<string, IdBase>();
let idBaseCount = 0;

function idBase(type: EntityType, name: string): IdBase {
  let byName = ID_BASES.get(type);
  if (!byName) ID_BASES.set(type, (byName = new Map()));
  let record = byName.get(name);
  if (record === undefined) {
    idBaseCount++;
    const base = `${type}:${slug(name)}`;
    record = BY_BASE.get(base);
    if (!record) BY_BASE.set(base, (record = new IdBase(base)));
    byName.set(name, record);
  }
  return record;
}

/** The id of the next entity of the document with this type and name: its base, then base-2, base-3… */
function makeId(type: EntityType, name: string, document: number): string {
  const record = idBase(type, name);
  if (record.document !== document) {
    record.document = document;
    record.uses = 0;
  }
  const n = ++record.uses;
  return n === 1 ? record.base : `${record.base}-${n}`;
}

/** Drops a role when another role of the same entity ends with it: "President" beside "Ukrainian President". */
function distinctRoles(roles: string[]): string[] {
  if (roles.length === 1) return roles; // most people with a role have one mention with it
  // The first writing of each role up to case, and its lower-case form (an entity has few distinct roles).
  const uniq: string[] = [], lower: string[] = [];
  for (let i = 0; i < roles.length; i++) {
    const k = roles[i].toLowerCase();
    if (!lower.includes(k)) { lower.push(k); uniq.push(roles[i]); }
  }
  const kept: string[] = [];
  for (let a = 0; a < uniq.length; a++) {
    const r = uniq[a];
    let covered = false;
    for (let b = 0; b < uniq.length && !covered; b++) {
      const o = uniq[b];
      covered = o !== r && o.length > r.length && lower[b].endsWith(lower[a]) && isSpaceOrHyphen(o.charCodeAt(o.length - r.length - 1));
    }
    if (!covered) kept.push(r);
  }
  return kept;
}

/** /[\s\-]/ on one character. */
const isSpaceOrHyphen = (c: number): boolean => c === 45 || c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(String.fromCharCode(c)));
const WHITE_SPACE = /\s/;

function valueKey(f: Found, text: string): string {
  const v = f.value;
  if (!v) return `${f.type}|${text.slice(f.start, f.end).toLowerCase()}`;
  if (v.kind === 'money') return `money|${v.currency}|${v.amount}`;
  if (v.kind === 'date') return `date|${v.iso}`;
  return `quantity|${v.amount}|${v.unit.toLowerCase()}`;
}

/** Whether starts[0, n) are in order already: recognisers mostly give names so, and sorting has a cost. */
function inOrder(starts: Int32Array, n: number): boolean {
  for (let i = 1; i < n; i++) if (starts[i] < starts[i - 1]) return false;
  return true;
}

/** Indices 0..n-1 by start, equal starts in index order (a stable sort). */
function byStartThenIndex(starts: Int32Array, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
}

/**
 * Sorts entities by their first mention, stably, as sort() with a comparator would: by numbers (first start
 * times 2^21 plus the index), which a typed array sorts without a call per comparison.
 */
function sortByFirstMention(entities: Entity[]): void {
  const n = entities.length;
  if (n >= 1 << 21) {
    entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return;
  }
  const keys = SCRATCH.firstMentions.take(n);
  for (let i = 0; i < n; i++) keys[i] = entities[i].mentions[0].start * (1 << 21) + i;
  keys.sort();
  const copy = entities.slice();
  for (let i = 0; i < n; i++) entities[i] = copy[keys[i] % (1 << 21)];
}

// findEntities runs once per document, as a few functions rather than one: a long function is compiled whole (on
// stack replacement, at its first hot loop) and compiled again whenever a later part meets what it has not seen
// yet, which on the first documents cost more than the work itself.

export function findEntities(doc: DocumentStructure, names: NameSpan[]): Entity[] {
  const { text } = doc;
  const document = ++documents;
  // Nothing in Markdown inline code (`…`) or an HTML comment is a name or a value, as nothing in a code block is.
  const code = hiddenInline(doc);
  const values = code.length ? findValueMentions(doc).filter((v) => !overlapsAny(code, v.start, v.end)) : findValueMentions(doc);
  const labels = transcriptLabels(doc);
  const named = withDefinedAcronyms(text, labels.length ? withLabels(names, labels) : names);
  const kept = keptNames(text, code.length ? named.filter((n) => !overlapsAny(code, n.start, n.end)) : named, values);
  const words = wordsOf(doc);
  const facts = factsOf(text, kept);
  placeOnWords(kept, words);
  reconcileTypes(text, kept, facts, words, document);
  const sorted = SORTED.sort(text, kept, words);
  const groupOf = SCRATCH.groupOf.take(kept.count, -1);
  const peopleGroups = groupPeople(sorted.people, facts, groupOf, titleGendersOf(sorted, kept.count));
  const otherGroups = groupOrgsAndPlaces(text, sorted.others, kept, facts, groupOf, peopleGroups.length);
  const members = MEMBERS.sort(groupOf, kept.count, peopleGroups.length + otherGroups.length);
  const entities: Entity[] = [];
  for (let i = 0; i < peopleGroups.length; i++) entities.push(entityOf(peopleGroups[i], members, kept, facts, sorted));
  for (let i = 0; i < otherGroups.length; i++) entities.push(entityOf(otherGroups[i], members, kept, facts, sorted));
  addValueEntities(entities, values, text, document);
  sortByFirstMention(entities);
  assignIds(entities, document);
  return entities;
}

/**
 * The recogniser's names with a transcript's speaker labels in place of any they overlap ("HOLT" tagged a place); both
 * lists are in order of start, and so is the result.
 */
function withLabels(names: NameSpan[], labels: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  let l = 0;
  for (const n of names) {
    while (l < labels.length && labels[l].end <= n.start) out.push(labels[l++]);
    if (l < labels.length && labels[l].start < n.end) continue;
    out.push(n);
  }
  while (l < labels.length) out.push(labels[l++]);
  return out;
}

/** The names, trimmed, in order, none overlapping a money/date/quantity mention. */
function keptNames(text: string, names: NameSpan[], values: Found[]): Names {
  const trimmed = TRIMMED.reset(names.length);
  let count = 0;
  for (let i = 0; i < names.length; i++) if (trimInto(text, names[i], trimmed, count)) count++;
  const order = inOrder(trimmed.start, count) ? null : byStartThenIndex(trimmed.start, count);
  const kept = KEPT.reset(count);
  let v = 0;
  for (let t = 0; t < count; t++) {
    const i = order ? order[t] : t;
    const start = trimmed.start[i], type = trimmed.type[i];
    let end = trimmed.end[i];
    while (v < values.length && values[v].end <= start) v++;
    if (v < values.length && values[v].start < end) {
      // A name run on into a date after it ("San Bernardino Christmas party", "Clinton Christmas card") is the name
      // before the date; a name that a value starts or holds is none.
      end = values[v].start;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (values[v].start <= start || end === values[v].start || end <= start || !isHolidayAfterName(text, start, end, values[v])) continue;
    }
    const prev = kept.count - 1;
    if (prev >= 0 && kept.end[prev] > start) continue;
    // “[Russian President Vladimir] Putin”: one name across the closing bracket of an editorial insertion.
    // "Samuel A. Alito Jr." tagged "Samuel A" and "Alito Jr.": a middle initial the recogniser took for the article.
    if (prev >= 0 && kept.type[prev] === PERSON && type === PERSON && (isBracketGap(text, kept.end[prev], start) || isInitialGap(text, kept.start[prev], kept.end[prev], start)
      || (start - kept.end[prev] <= 13 && NAME_PARTICLE_GAP.test(text.slice(kept.end[prev], start))) || isSpaceBetweenNames(text, kept.end[prev], start, end))) {
      kept.end[prev] = end;
      continue;
    }
    // 'Robert C. "Bobby" Scott', 'Marcia "Marcy" Kaptur': a nickname in quotation marks inside a person's name, whether the
    // recogniser found it as a name of its own or not, and whatever type it gave the surname.
    if (prev >= 0 && kept.type[prev] === PERSON && start - kept.end[prev] <= NICKNAME_GAP_LENGTH && isNicknameGap(text, kept.start[prev], kept.end[prev], start, end)) {
      // From the nickname on to the end of the surname after it, found as a name or not (the name found there is then
      // passed over as overlapping).
      kept.end[prev] = NICKNAME_OPENING.test(text.slice(kept.end[prev], start)) ? wordEnd(text, end + 2) : end;
      continue;
    }
    kept.start[kept.count] = start;
    kept.end[kept.count] = end;
    kept.type[kept.count++] = type;
  }
  return kept;
}

/**
 * Whether `value` is a date of a holiday's name (not a weekday's or a month's: "Morning Joe Monday", "the Times from
 * Jan. 5") after a name text[start, end) whose last word is capitalised.
 */
function isHolidayAfterName(text: string, start: number, end: number, value: Found): boolean {
  if (value.type !== 'date' || !isUpperCaseAt(text, value.start)) return false;
  const firstWord = /^\p{L}+/u.exec(text.slice(value.start, value.end))?.[0].toLowerCase() ?? '';
  if (WEEKDAYS.has(firstWord) || MONTHS.has(firstWord)) return false;
  let w = end;
  while (w > start && !isSpace(text.charCodeAt(w - 1))) w--;
  return isUpperCaseAt(text, w);
}

/**
 * Whether the name ending at `end` is the first part of a negated verb, its "n’t" cut as "’t" ("Don’t Trust the Voting
 * Machines": "Don" is no person).
 */
function isNegatedVerb(text: string, end: number): boolean {
  const apostrophe = text.charCodeAt(end);
  return (apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(end + 1) | 32) === 116 /* t */ && text.charCodeAt(end - 1) === 110 /* n */
    && !isAsciiLetter(text.charCodeAt(end + 2));
}

/**
 * Whether text[start, end) is a dateline's place: in capitals, opening its line, followed by a news agency in brackets or
 * a dash, maybe after a state ("SPRINGFIELD, Ill. —", "GENEVA (Reuters) -").
 */
function isDateline(text: string, start: number, end: number, listedPlace: boolean): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  for (let k = start; k < end; k++) { const c = text.charCodeAt(k); if (c >= 97 && c <= 122) return false; }
  const m = DATELINE_AFTER.exec(text.slice(end, end + 30));
  // A dash alone also follows a heading in capitals ("NOW OPEN —"): then the place is a listed one, or a state follows it.
  return m !== null && (m[2] !== undefined || m[1] !== undefined || listedPlace);
}
const DATELINE_AFTER = /^(, [A-Z][A-Za-z.]{1,12})? ?(?:(\([A-Z][A-Za-z]{1,12}\))|[—–])/;

/**
 * Whether the text calls the name text[start, end) a town ("the city of Nice", "the town of Avignon"), or puts the
 * listed place's name after "in" ("arrived in Cleveland") or before its country or state ("Nice, France", "Lyon,
 * France."). The recogniser learnt many a city as its football club from sports results ("Nice", "Lyon"); where the text
 * says it means the town, all its mentions are the place. Only a listed place is read by the country after it: a list
 * such as "Acme, Russia and China" says nothing.
 */
function isCalledAPlace(text: string, start: number, end: number, listedPlace: boolean): boolean {
  // " of " before the name, read by its char codes first: most names have none.
  if (start >= 4 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 102 && text.charCodeAt(start - 3) === 111 &&
    TOWN_NOUN_OF.test(text.slice(Math.max(0, start - 24), start))) return true;
  // "arrived in Cleveland": a listed place after "in" is where something happens, also in sports ("won in Detroit").
  if (listedPlace && start >= 3 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 110 /* n */ && text.charCodeAt(start - 3) === 105 /* i */ &&
    (start === 3 || !isAsciiLetter(text.charCodeAt(start - 4)))) return true;
  return listedPlace && regionAfterComma(text, end, isCountryOrState);
}

/** Whether a state's name follows a name ending at `end` after a comma, and ends a clause: "Ferguson, Missouri, has". */
function isTownOfState(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 /* , */ || text.charCodeAt(end + 1) !== 32) return false;
  // The first word after the comma alone first: a list of names ("Trump, Clinton") is read no further.
  let k = end + 2;
  while (k < end + 16 && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
  return k > end + 2 && STATE_FIRST_WORDS.has(text.slice(end + 2, k).toLowerCase()) && regionAfterComma(text, end, isStateName);
}

/**
 * Whether ", " and then a run of capitalised words that `isRegion` takes (in lower case) follow a name ending at `end`, the
 * longest such run ending a clause: "Paris, Texas,", "Berkeley, Calif., said".
 */
function regionAfterComma(text: string, end: number, isRegion: (lowerName: string) => boolean): boolean {
  if (text.charCodeAt(end) !== 44 /* , */ || text.charCodeAt(end + 1) !== 32) return false;
  const after = CAPITALISED_WORDS.exec(text.slice(end + 2, end + 42));
  if (after === null) return false;
  const words = after[0].split(' ');
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    const next = text.charCodeAt(end + 2 + name.length);
    if (isRegion(name.toLowerCase()) && (Number.isNaN(next) || CLAUSE_ENDS.has(next) || name.endsWith('.'))) return true;
  }
  return false;
}
const TOWN_NOUN_OF = /\b(?:city|town|village|suburb|port|resort|commune|municipality|province|county|region|island) of $/;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}/u;
/** , . ; : ! ? ) " ” ’ and line ends: what may follow a place's country or state. */
const CLAUSE_ENDS: ReadonlySet<number> = new Set([44, 46, 59, 58, 33, 63, 41, 34, 0x201d, 0x2019, 10, 13]);

/** The last words ending in "s" of the organisations' names of several words in the document ("Lakers" of "Los Angeles Lakers"). */
function organisationLastWords(text: string, names: Names): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < names.count; k++) {
    // Only names ending in "s" are asked of (see reconcileTypes).
    if (names.type[k] !== ORGANIZATION || text.charCodeAt(names.end[k] - 1) !== 115) continue;
    const space = text.lastIndexOf(' ', names.end[k] - 1);
    if (space > names.start[k]) out.add(text.slice(space + 1, names.end[k]));
  }
  return out;
}

/** Where a name starting at `start` starts with the lower-case particles right before it ("von der" of "Leyen"), up to three. */
function particlesBefore(text: string, start: number): number {
  let at = start;
  for (let n = 0; n < 3 && text.charCodeAt(at - 1) === 32; n++) {
    let w = at - 1;
    // Particles have two to five letters ("de", "della"): a longer word before the name ("said Trump") is read no further.
    while (w > 0 && at - 1 - w <= 5 && text.charCodeAt(w - 1) >= 97 && text.charCodeAt(w - 1) <= 122) w--;
    const length = at - 1 - w;
    if (length < 2 || length > 5 || (w > 0 && !isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 40) || !NAME_PARTICLE_SET.has(text.slice(w, at - 1))) break;
    at = w;
  }
  return at;
}

/**
 * Whether two people's names are one name split by the recogniser ("Rand" "Paul", "I. Charles" "McCullough III", "Luiz
 * Inácio" "Lula da Silva"): one space between them, the second not a word that is never a name alone ("Hillary" "PAC").
 */
function isSpaceBetweenNames(text: string, prevEnd: number, start: number, end: number): boolean {
  return start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 && !NEVER_A_NAME_ALONE.has(text.slice(start, end).toLowerCase());
}

/** A member of a party, as a noun: "Democrat of Delaware", "a Republican". */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican']);

/**
 * Whether the text between a person's name text[prevStart, prevEnd) and the name text[start, end) joins them around a
 * nickname in quotation marks: the nickname itself (`Robert C. "` before "Bobby" closed by a mark), the surname after it
 * (`" ` after a name that holds the opening mark), or both at once (`. "Bobby" ` when the nickname was not found).
 */
function isNicknameGap(text: string, prevStart: number, prevEnd: number, start: number, end: number): boolean {
  const gap = text.slice(prevEnd, start);
  // A full stop only after a middle initial ("Robert C."), not a sentence's ('said John Smith. "Obama" is …').
  if (gap.charCodeAt(0) === 46 && !(prevEnd - prevStart >= 3 && text.charCodeAt(prevEnd - 2) === 32 && isUpperCaseAt(text, prevEnd - 1))) return false;
  // The nickname only when a capitalised word follows it: its surname.
  if (NICKNAME_OPENING.test(gap)) return NICKNAME_CLOSING.test(text.slice(end, end + 3)) && isCapitalisedWord(text, start, end);
  if (NICKNAME_AFTER.test(gap)) return NICKNAME_MARKS.test(text.slice(prevStart, prevEnd - 1)) && isCapitalisedWord(text, start, end);
  return NICKNAME_WHOLE.test(gap) && isCapitalisedWord(text, start, end);
}
/** The end of the word of letters (apostrophes and hyphens inside) that starts at `at`. */
function wordEnd(text: string, at: number): number {
  WORD_AT.lastIndex = at;
  if (!WORD_AT.test(text)) return at;
  const end = WORD_AT.lastIndex;
  // Not a possessive's "'s" ("Kaptur’s").
  return end - at > 3 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019) ? end - 2 : end;
}
const WORD_AT = /\p{L}[\p{L}\p{M}'’-]*(?<!['’-])/uy;
const NICKNAME_GAP_LENGTH = 20;
const NICKNAME_OPENING = /^\.? ["“‘]$/;
const NICKNAME_CLOSING = /^["”’] \p{Lu}/u;
const NICKNAME_AFTER = /^["”’] $/;
const NICKNAME_MARKS = /["“‘]\p{Lu}\p{Ll}+$/u;
const NICKNAME_WHOLE = /^\.? (?:"\p{Lu}[\p{Ll}'’-]+"|“\p{Lu}[\p{Ll}'’-]+”|‘\p{Lu}[\p{Ll}'’-]+’) $/u;
/** Whether text[start, end) is one capitalised word ("Scott"), not a run of several names. */
const isCapitalisedWord = (text: string, start: number, end: number): boolean => /^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(start, end));

/** Lower-case particles inside a person's name that the recogniser may leave out ("Osama bin Laden", "Ursula von der Leyen"). */
const NAME_PARTICLE_GAP = new RegExp(`^ (?:(?:${NAME_PARTICLES.join('|')}) ){1,2}$`);

/** Whether the name text[start, end) ends with an initial ("Samuel A") whose full stop and one space reach `next`. */
function isInitialGap(text: string, start: number, end: number, next: number): boolean {
  if (next !== end + 2 || text.charCodeAt(end) !== 46 /* . */ || text.charCodeAt(end + 1) !== 32 || end - start < 3) return false;
  const initial = text.charCodeAt(end - 1);
  return initial >= 65 && initial <= 90 && text.charCodeAt(end - 2) === 32;
}

/** The facts of each name, in one array kept for the next document (entries past the names' count are left over). */
function factsOf(text: string, names: Names): NameFacts[] {
  const facts = FACTS;
  if (facts.length > 4 * names.count && facts.length > 1 << 16) facts.length = names.count; // not kept long after a very long document
  for (let i = 0; i < names.count; i++) facts[i] = nameFactsAt(text, names.start[i], names.end[i]);
  return facts;
}
const FACTS: NameFacts[] = [];

/**
 * The words starting and ending each name, found by walking names and words together (both are in order; word
 * starts and ends increase); and the names of places, organisations and peoples by the word they end with, for
 * the roles they may sit in.
 */
function placeOnWords(names: Names, words: Words): void {
  const { at, atEnd } = names;
  const { start: wordStarts, end: wordEnds, n: wordCount } = words;
  for (let i = 0, w = 0, e = 0; i < names.count; i++) {
    w = firstTokenFrom(wordStarts, wordCount, w, names.start[i]);
    at[i] = w < wordCount && wordStarts[w] === names.start[i] ? w : -1;
    // Only word w - 1, which starts before the name, may end with it among the words before w.
    e = firstTokenFrom(wordEnds, wordCount, Math.max(e, w - 1), names.end[i]);
    atEnd[i] = e < wordCount && wordEnds[e] === names.end[i] ? e : -1;
  }
  const otherEndingAt = (names.otherEndingAt = zeroedEndings(words.n));
  for (let i = 0; i < names.count; i++) if (names.type[i] !== PERSON && atEnd[i] >= 0) otherEndingAt[atEnd[i]] = i + 1;
}

/**
 * People and the other names as indices into the names (typed arrays: no growing array on the heap); the roles
 * written with people, as an index into `roles` per name (-1 for none). One instance, kept for the next document
 * (see Names).
 */
class PeopleAndOthers {
  declare people: Int32Array;
  declare others: Int32Array;
  declare roles: Span[];
  declare roleOf: Int32Array;

  constructor() {
    this.people = new Int32Array(0);
    this.others = this.people;
    this.roles = [];
    this.roleOf = this.people;
  }

  sort(text: string, names: Names, words: Words): this {
    const n = names.count;
    let people = this.people, others = this.others, roleOf = this.roleOf;
    const room = people.buffer.byteLength / 4;
    if (room < n || (room > 4 * n && room > 1 << 16)) {
      people = new Int32Array(n + (n >> 2));
      others = new Int32Array(people.length);
      roleOf = new Int32Array(people.length);
    } else {
      people = new Int32Array(people.buffer);
      others = new Int32Array(others.buffer);
      roleOf = new Int32Array(roleOf.buffer);
    }
    roleOf.fill(-1, 0, n);
    let peopleCount = 0, othersCount = 0;
    const roles: Span[] = [];
    for (let i = 0; i < n; i++) {
      const type = names.type[i];
      if (type === MISC) continue;
      if (type === PERSON) {
        const role = findRole(text, i, words, names);
        if (role !== null) {
          roleOf[i] = roles.length;
          roles.push(role);
        }
        people[peopleCount++] = i;
      } else others[othersCount++] = i;
    }
    this.people = people.subarray(0, peopleCount);
    this.others = others.subarray(0, othersCount);
    this.roles = roles;
    this.roleOf = roleOf.subarray(0, n);
    return this;
  }
}

const SORTED = new PeopleAndOthers();

/**
 * Per name, what the last word of its role says of the person's gender ("Mr." male; "Mrs.", "Ms.", "spokeswoman" female;
 * see grouping.ts), by the words the speaker resolver reads too.
 */
function titleGendersOf(sorted: PeopleAndOthers, count: number): Int32Array {
  const genders = SCRATCH.titleGenders.take(count);
  for (let i = 0; i < count; i++) {
    const r = sorted.roleOf[i];
    if (r < 0) continue;
    const role = sorted.roles[r].text;
    const word = role.slice(role.lastIndexOf(' ') + 1).replace(/\.$/, '').toLowerCase();
    genders[i] = MALE_WORDS.has(word) ? MALE_TITLE : FEMALE_WORDS.has(word) ? FEMALE_TITLE : NO_TITLE_GENDER;
  }
  return genders;
}

/**
 * The names of each group in order: group g's are names[first[g], first[g + 1]) (a counting sort by group). One
 * instance, on arrays kept for the next document (see Names).
 */
class GroupMembers {
  declare names: Int32Array;
  declare first: Int32Array;
  declare private next: Int32Array;

  constructor() {
    this.names = new Int32Array(0);
    this.first = this.names;
    this.next = this.names;
  }

  sort(groupOf: Int32Array, count: number, groups: number): this {
    const room = this.names.length;
    // New arrays when these are too small, or much too large (one very long document is not kept for good).
    if (this.first.length < groups + 1 || room < count || (room > 4 * count && room > 1 << 16)) {
      this.first = new Int32Array(groups + 1 + (groups >> 2));
      this.next = new Int32Array(this.first.length);
      this.names = new Int32Array(count + (count >> 2));
    }
    const { first, next, names } = this;
    first.fill(0, 0, groups + 1);
    for (let i = 0; i < count; i++) if (groupOf[i] >= 0) first[groupOf[i] + 1]++;
    for (let g = 0; g < groups; g++) first[g + 1] += first[g];
    next.set(first.subarray(0, groups));
    for (let i = 0; i < count; i++) if (groupOf[i] >= 0) names[next[groupOf[i]]++] = i;
    return this;
  }
}

const MEMBERS = new GroupMembers();

/** The entity of a group of names. */
function entityOf(g: MentionGroup, members: GroupMembers, names: Names, facts: NameFacts[], sorted: PeopleAndOthers): Entity {
  const ms = members.names, from = members.first[g.id], to = members.first[g.id + 1];
  const fullest = fullestName(ms, from, to, facts);
  // A state named only by its abbreviation ("Flint, Mich."): listed by the state's name, the abbreviation an alias.
  const name = (g.type === 'place' ? stateOfAbbreviation(fullest) : undefined) ?? fullest;
  const { roleOf, roles } = sorted;
  // The other names in order of first use; mentions with the same text are skipped at once.
  const aliases: string[] = [];
  let roleTexts: string[] | null = null;
  const mentions: Mention[] = new Array<Mention>(to - from);
  for (let k = from; k < to; k++) {
    const i = ms[k];
    const f = facts[i];
    if (f.spoken !== name && (k === from || f !== facts[ms[k - 1]]) && !aliases.includes(f.spoken)) aliases.push(f.spoken);
    const r = roleOf[i];
    if (r >= 0) {
      const role = roles[r];
      if (!isHonorific(role.text)) (roleTexts ??= []).push(spokenName(role.text));
      mentions[k - from] = { start: names.start[i], end: names.end[i], text: f.text, role };
    } else mentions[k - from] = { start: names.start[i], end: names.end[i], text: f.text };
  }
  return { id: '', type: g.type, name, aliases, roles: roleTexts ? distinctRoles(roleTexts) : [], value: null, mentions };
}

/**
 * A value mention's text, kept across documents (the same amounts and dates come back), found by its characters
 * (no substring per mention): the text as a string, and, for the document that last met it, the type, value and
 * entity (an index into the document's entities) of its last mention there.
 */
class ValueText {
  declare readonly text: string;
  declare document: number;
  declare type: Found['type'];
  declare value: EntityValue | null;
  declare entity: number;

  constructor(text: string) {
    this.text = text;
    this.document = -1;
    this.type = 'date';
    this.value = null;
    this.entity = -1;
  }
}

const VALUE_TEXTS = new TextCache<ValueText>(1 << 10, 1 << 16, (text) => new ValueText(text));

/** Whether two values would give the same valueKey(): equal fields (a unit differing only in case is left to the key). */
function sameValue(a: EntityValue | null, b: EntityValue | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.kind !== b.kind) return false;
  if (a.kind === 'date') return a.iso === (b as DateValue).iso;
  if (a.kind === 'money') return a.amount === (b as MoneyValue).amount && a.currency === (b as MoneyValue).currency;
  return a.amount === (b as QuantityValue).amount && a.unit === (b as QuantityValue).unit;
}

/**
 * One entity per distinct value among the money, date and quantity mentions. A text met before in the document
 * with the same type and value goes to the same entity without building its key.
 */
function addValueEntities(entities: Entity[], values: Found[], text: string, document: number): void {
  const byValue = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const f = values[i];
    const t = VALUE_TEXTS.get(text, f.start, f.end);
    const mentionText = t.text;
    let index: number;
    if (t.document === document && t.type === f.type && sameValue(t.value, f.value)) index = t.entity;
    else {
      const key = valueKey(f, text);
      const known = byValue.get(key);
      if (known === undefined) {
        index = entities.length;
        byValue.set(key, index);
        entities.push({ id: '', type: f.type, name: mentionText, aliases: [], roles: [], value: f.value, mentions: [{ start: f.start, end: f.end, text: mentionText }] });
      } else index = known;
      t.document = document;
      t.type = f.type;
      t.value = f.value;
      t.entity = index;
      if (known === undefined) continue;
    }
    const e = entities[index];
    if (mentionText !== e.name && !e.aliases.includes(mentionText)) {
      if (mentionText.length > e.name.length) { e.aliases.push(e.name); e.name = mentionText; } else e.aliases.push(mentionText);
    }
    e.mentions.push({ start: f.start, end: f.end, text: mentionText });
  }
}

function assignIds(entities: Entity[], document: number): void {
  if (idBaseCount > 1 << 16) {
    ID_BASES.clear();
    BY_BASE.clear();
    idBaseCount = 0;
  }
  for (let i = 0; i < entities.length; i++) entities[i].id = makeId(entities[i].type, entities[i].name, document);
}
