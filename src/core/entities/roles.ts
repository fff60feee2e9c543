// Roles and titles written with a person's name, kept out of the name:
//   before it: "Ukrainian President Volodymyr Zelensky", "NATO chief Mark Rutte", "Foreign Ministry spokeswoman
//   Maria Zakharova", "US Vice-President JD Vance", "[Russian President Vladimir] Putin", "Mr Zelensky";
//   after it, as an appositive between commas: "Mark Rutte, NATO's secretary general, said".
// A role is a run of title words, role modifiers and the names of places, organisations and peoples, and must
// hold at least one role noun (president, chief, spokeswoman…) or an honorific (Mr, Mrs…).
import type { Span } from '../types';
import { F_HONORIFIC, F_ROLE_HEAD, F_ROLE_MODIFIER, F_ROLE_NOUN, HONORIFICS, ROLE_HEADS, ROLE_LOWER_MODIFIERS, ROLE_NOUNS } from './lexicon';
import { PERSON, type Names } from './names';
import { CAP, flagsAt, HYPHENATED, IS_WORD, lowerAt, mayBeListed, plainWordShapes, textAt, type Words } from './words';

const LEADING_FILLERS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'his', 'her', 'their']);
const APPOSITIVE_END = new Set([',', '.', ')', ';', '—', '–']);
const MAX_ROLE_WORDS = 8;
/** Titles that go with a name rather than an office: kept out of a longer role that ends with them. */
const NAME_TITLES: ReadonlySet<string> = new Set(['sir', 'dame', 'lord']);

const isTitleText = (lower: string): boolean => ROLE_NOUNS.has(lower) || HONORIFICS.has(lower);
const isRoleWordText = (lower: string, cap: boolean): boolean =>
  ROLE_HEADS.has(lower) || HONORIFICS.has(lower) || (!cap && ROLE_LOWER_MODIFIERS.has(lower));
// Shapes of the listed role words: most words before and after a name are no role word, and a plain one need not be looked up.
const ROLE_WORD_SHAPES = plainWordShapes([ROLE_HEADS, HONORIFICS, ROLE_LOWER_MODIFIERS]);

/** Word i is "president", "Gov.", "former", or a hyphenated one made of such words ("vice-presidential"). */
function isRoleWordAt(ws: Words, i: number): boolean {
  const bits = ws.bits[i];
  if (!(bits & IS_WORD) || !mayBeListed(ws, i, ROLE_WORD_SHAPES)) return false;
  // The word lists as lexicon flags of the spelling: one look-up per spelling, not three per word.
  const flags = flagsAt(ws, i);
  if ((flags & (F_ROLE_HEAD | F_HONORIFIC)) || (!(bits & CAP) && (flags & F_ROLE_MODIFIER))) return true;
  return (bits & HYPHENATED) !== 0 && lowerAt(ws, i).split('-').every((p) => isRoleWordText(p, false));
}

/** Word i is a role noun or an honorific, or a hyphenated word with one ("vice-president"). */
function isTitleAt(ws: Words, i: number): boolean {
  return (flagsAt(ws, i) & (F_ROLE_NOUN | F_HONORIFIC)) !== 0 || ((ws.bits[i] & HYPHENATED) !== 0 && lowerAt(ws, i).split('-').some(isTitleText));
}

/** The role span for the person name `i` of `names`, or null. */
export function findRole(text: string, i: number, ws: Words, names: Names): Span | null {
  return (isPlaceOfTitle(ws, names.at[i], names.atEnd[i]) ? null : roleBefore(text, names.at[i], ws, names)) ?? roleAfter(text, names.atEnd[i], ws, names);
}

/**
 * Whether the name of words [at, end] follows "of" ("Duke of Orleans", "Mayor of London", "Secretary of State"): the
 * title's place, not its holder. In "Chief of Staff Huma Abedin" tagged "Staff Huma Abedin", the name's first word
 * ends the role and the rest is its holder.
 */
function isPlaceOfTitle(ws: Words, at: number, end: number): boolean {
  return at > 0 && isOf(ws, at - 1) && !(end > at && isRoleWordAt(ws, at));
}

/** Whether word i is "of", read from the text: looking its spelling up would number every word before a name. */
function isOf(ws: Words, i: number): boolean {
  const s = ws.start[i];
  return ws.end[i] - s === 2 && ws.source.charCodeAt(s) === 111 && ws.source.charCodeAt(s + 1) === 102;
}

/** The name of a place, organisation or people ending with word j, or -1. */
function otherEndingAt(names: Names, j: number): number {
  const o = names.otherEndingAt[j] - 1;
  return o >= 0 && names.type[o] !== PERSON ? o : -1;
}

/** The role in words [from, to): leading and trailing fillers dropped, and it must hold a title. */
function trimAndCheck(text: string, ws: Words, from: number, to: number): Span | null {
  let a = from;
  while (a < to && LEADING_FILLERS.has(lowerAt(ws, a))) a++;
  let b = to - 1;
  while (b >= a && LEADING_FILLERS.has(lowerAt(ws, b))) b--;
  // "Prime Minister Sir Keir Starmer": the knighthood after a role is a title of the name, not part of the role.
  if (b > a && NAME_TITLES.has(lowerAt(ws, b))) b--;
  if (a > b) return null;
  let titled = false;
  for (let k = a; k <= b && !titled; k++) titled = isTitleAt(ws, k);
  if (!titled) return null;
  return { start: ws.start[a], end: ws.end[b], text: text.slice(ws.start[a], ws.end[b]) };
}

/** Whether text[from, to) holds only spaces, after an optional possessive "’s" (which ends a word but belongs to it). */
function onlySpaces(text: string, from: number, to: number): boolean {
  let i = from;
  const c = text.charCodeAt(i);
  if (to - from >= 2 && (c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115 /* s */) i += 2;
  for (; i < to; i++) {
    const d = text.charCodeAt(i);
    if (d !== 32 && d !== 0xa0) return false;
  }
  return true;
}

/** The name of a place, organisation or people starting with word j and at most `words` words long, or -1. */
function otherNameStartingAt(names: Names, j: number, words: number): number {
  for (let k = j; k < j + words && k < names.otherEndingAt.length; k++) {
    const o = otherEndingAt(names, k);
    if (o >= 0) return names.at[o] === j ? o : -1;
  }
  return -1;
}

/** The role words right before word `at`, in its sentence: words [from, at). */
function roleBefore(text: string, at: number, ws: Words, names: Names): Span | null {
  if (at < 0) return null;
  const sentence = ws.sentence[at];
  let from = at;
  let j = at - 1;
  while (j >= 0 && at - from < MAX_ROLE_WORDS && ws.sentence[j] === sentence) {
    // Only spaces between role words (a possessive "’s" ends a word but belongs to it).
    if (!onlySpaces(text, ws.end[j], ws.start[from])) break;
    const name = otherEndingAt(names, j);
    if (name >= 0) {
      const first = names.at[name];
      if (first < 0 || ws.sentence[first] !== sentence) break;
      from = first;
      j = first - 1;
      continue;
    }
    if (!isRoleWordAt(ws, j)) break;
    from = j;
    j--;
  }
  return from === at ? null : trimAndCheck(text, ws, from, at);
}

/** The role as an appositive after word `at`: ", NATO's secretary general," — words [at + 2, j). */
function roleAfter(text: string, at: number, ws: Words, names: Names): Span | null {
  // The comma read from the text: most names have none after them, and their next word need not be looked up.
  if (at < 0 || at + 1 >= ws.n || ws.sentence[at + 1] !== ws.sentence[at] || ws.end[at + 1] - ws.start[at + 1] !== 1 || text.charCodeAt(ws.start[at + 1]) !== 44) return null;
  const sentence = ws.sentence[at];
  // "Elizabeth Arnold, 32, a former staff member,": an age before the appositive.
  const from = isAgeThenComma(text, ws, at + 2) ? at + 4 : at + 2;
  // "Mo Elleithee, a former DNC spokesman,": the article opens the appositive (trimAndCheck leaves it out).
  let j = from < ws.n && isIndefiniteArticle(ws, from) ? from + 1 : from;
  // A role noun before a linking word, the last of them: "executive director of the Democratic Party".
  let nounThenLink = false;
  let lastNoun = -1;
  for (; j < ws.n && ws.sentence[j] === sentence && j - from < MAX_ROLE_WORDS; j++) {
    const name = otherNameStartingAt(names, j, MAX_ROLE_WORDS);
    if (name >= 0) {
      // The organisation's or place's name whole: "director of the Democratic National Committee".
      nounThenLink ||= lastNoun >= 0 && lastNoun < j - 1;
      j = names.atEnd[name];
      continue;
    }
    if (!isRoleWordAt(ws, j)) break;
    if (flagsAt(ws, j) & F_ROLE_NOUN) lastNoun = j;
  }
  const stopped = j < ws.n && ws.sentence[j] === sentence;
  if (j <= from + (isIndefiniteArticle(ws, from) ? 1 : 0) || (stopped && !APPOSITIVE_END.has(textAt(ws, j)))) return null;
  // Ending with a role noun ("NATO's secretary general"), or with the name of what the role is of.
  if (!(flagsAt(ws, j - 1) & F_ROLE_NOUN) && !(nounThenLink && otherEndingAt(names, j - 1) >= 0)) return null;
  return trimAndCheck(text, ws, from, j);
}

/** Whether word i is a number of one to three digits (an age) followed by a comma word. */
function isAgeThenComma(text: string, ws: Words, i: number): boolean {
  if (i + 1 >= ws.n) return false;
  const s = ws.start[i], length = ws.end[i] - s;
  if (length < 1 || length > 3) return false;
  for (let k = s; k < s + length; k++) { const c = text.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return ws.end[i + 1] - ws.start[i + 1] === 1 && text.charCodeAt(ws.start[i + 1]) === 44;
}

/** Whether word i is "a" or "an" in lower case, read from the text. */
function isIndefiniteArticle(ws: Words, i: number): boolean {
  const s = ws.start[i], length = ws.end[i] - s;
  return ws.source.charCodeAt(s) === 97 && (length === 1 || (length === 2 && ws.source.charCodeAt(s + 1) === 110));
}

/** Honorifics only ("Mr", "Mrs."): kept on the mention but not listed among the entity's roles. */
export const isHonorific = (role: string): boolean => HONORIFICS.has(role.toLowerCase());
