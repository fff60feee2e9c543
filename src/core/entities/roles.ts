// Roles and titles written with a person's name, kept out of the name:
//   before it: "Ukrainian President Volodymyr Zelensky", "NATO chief Mark Rutte", "Foreign Ministry spokeswoman
//   Maria Zakharova", "US Vice-President JD Vance", "[Russian President Vladimir] Putin", "Mr Zelensky";
//   after it, as an appositive between commas: "Mark Rutte, NATO's secretary general, said".
// A role is a run of title words, role modifiers and the names of places, organisations and peoples, and must
// hold at least one role noun (president, chief, spokeswoman…) or an honorific (Mr, Mrs…).
import type { NameSpan, Span } from '../types';
import { HONORIFICS, ROLE_HEADS, ROLE_LOWER_MODIFIERS, ROLE_NOUNS } from './lexicon';
import { CAP, IS_WORD, word, wordAt, type Word, type Words } from './words';

const LEADING_FILLERS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'his', 'her', 'their']);
const APPOSITIVE_END = new Set([',', '.', ')', ';', '—', '–']);
const MAX_ROLE_WORDS = 8;

const isTitleText = (lower: string): boolean => ROLE_NOUNS.has(lower) || HONORIFICS.has(lower);
const isRoleWordText = (lower: string, cap: boolean): boolean =>
  ROLE_HEADS.has(lower) || HONORIFICS.has(lower) || (!cap && ROLE_LOWER_MODIFIERS.has(lower));
/** Word i is "president", "Gov.", "former", or a hyphenated one made of such words ("vice-presidential"). */
function isRoleWordAt(ws: Words, i: number): boolean {
  const bits = ws.bits[i];
  if (!(bits & IS_WORD)) return false;
  const lower = ws.lower[i];
  return isRoleWordText(lower, (bits & CAP) !== 0) || (lower.includes('-') && lower.split('-').every((p) => isRoleWordText(p, false)));
}

/**
 * The role span for a person mention, or null. `otherNames` maps a name span's end offset to the span,
 * for names of places, organisations and peoples that may sit inside a role ("UK", "NATO", "Ukrainian").
 */
export function findRole(text: string, mention: { start: number; end: number }, idx: Words, otherNames: Map<number, NameSpan>): Span | null {
  return roleBefore(text, mention, idx, otherNames) ?? roleAfter(text, mention, idx, otherNames);
}

function toSpan(text: string, first: Word, last: Word): Span {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

function trimAndCheck(text: string, ws: Word[]): Span | null {
  let a = 0;
  while (a < ws.length && LEADING_FILLERS.has(ws[a].lower)) a++;
  let b = ws.length - 1;
  while (b >= a && LEADING_FILLERS.has(ws[b].lower)) b--;
  if (a > b) return null;
  const core = ws.slice(a, b + 1);
  if (!core.some((w) => isTitleText(w.lower) || (w.lower.includes('-') && w.lower.split('-').some(isTitleText)))) return null;
  return toSpan(text, core[0], core[core.length - 1]);
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

function roleBefore(text: string, mention: { start: number }, ws: Words, otherNames: Map<number, NameSpan>): Span | null {
  const at = wordAt(ws, mention.start);
  if (at < 0) return null;
  const sentence = ws.sentence[at];
  const taken: Word[] = [];
  let j = at - 1;
  while (j >= 0 && taken.length < MAX_ROLE_WORDS && ws.sentence[j] === sentence) {
    const nextStart = taken.length ? taken[0].start : mention.start;
    // Only spaces between role words (a possessive "’s" ends a word but belongs to it).
    if (!onlySpaces(text, ws.end[j], nextStart)) break;
    const name = otherNames.get(ws.end[j]);
    if (name && name.type !== 'person') {
      const first = wordAt(ws, name.start);
      if (first < 0 || ws.sentence[first] !== sentence) break;
      for (let k = j; k >= first; k--) taken.unshift(word(ws, k));
      j = first - 1;
      continue;
    }
    // Tested on the word arrays: most names have no role word before them, so no Word object is made.
    if (!isRoleWordAt(ws, j)) break;
    taken.unshift(word(ws, j));
    j--;
  }
  return trimAndCheck(text, taken);
}

function roleAfter(text: string, mention: { end: number }, ws: Words, otherNames: Map<number, NameSpan>): Span | null {
  const at = wordAt(ws, mention.end, true);
  if (at < 0 || ws.text[at + 1] !== ',' || ws.sentence[at + 1] !== ws.sentence[at]) return null;
  const sentence = ws.sentence[at];
  const taken: Word[] = [];
  let j = at + 2;
  for (; j < ws.n && ws.sentence[j] === sentence && taken.length < MAX_ROLE_WORDS; j++) {
    const name = otherNames.get(ws.end[j]);
    if (name && name.type !== 'person' && name.start === ws.start[j]) { taken.push(word(ws, j)); continue; }
    if (!isRoleWordAt(ws, j)) break;
    taken.push(word(ws, j));
  }
  const stopped = j < ws.n && ws.sentence[j] === sentence;
  if (!taken.length || (stopped && !APPOSITIVE_END.has(ws.text[j]))) return null;
  if (!ROLE_NOUNS.has(taken[taken.length - 1].lower)) return null;
  return trimAndCheck(text, taken);
}

/** Honorifics only ("Mr", "Mrs."): kept on the mention but not listed among the entity's roles. */
export const isHonorific = (role: string): boolean => HONORIFICS.has(role.toLowerCase());
