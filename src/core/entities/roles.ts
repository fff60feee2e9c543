// Roles and titles written with a person's name, kept out of the name:
//   before it: "Ukrainian President Volodymyr Zelensky", "NATO chief Mark Rutte", "Foreign Ministry spokeswoman
//   Maria Zakharova", "US Vice-President JD Vance", "[Russian President Vladimir] Putin", "Mr Zelensky";
//   after it, as an appositive between commas: "Mark Rutte, NATO's secretary general, said", "Tom Fitton, the
//   president of Judicial Watch,", and for people "Carl Tobias, a law professor at the University of Richmond who …";
//   for people, opening the sentence before the name, set off by commas: "A Kremlin spokesman, Dmitry Peskov, said".
// An appositive outranks a courtesy title before the name ("Dr. Fei-Fei Li, a professor of computer science").
// A role is a run of title words, role modifiers and the names of places, organisations and peoples, and must
// hold at least one role noun (president, chief, spokeswoman…) or an honorific (Mr, Mrs…); an appositive may also be
// headed by a role noun, with the words that describe it before it and those that link it to what it is of after it.
import type { Span } from '../types';
import { F_HONORIFIC, F_ROLE_HEAD, F_ROLE_MODIFIER, F_ROLE_NOUN, HONORIFICS, ROLE_HEADS, ROLE_LOWER_MODIFIERS, ROLE_NOUNS } from './lexicon';
import { PERSON, type Names } from './names';
import { CAP, flagsAt, HYPHENATED, IS_WORD, lowerAt, mayBeListed, plainWordShapes, POSSESSIVE_BIT, textAt, type Words } from './words';

const LEADING_FILLERS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'his', 'her', 'their', 'now']);
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

/** The role span for the person name `i` of `names`, or null; with `titleFirst`, a title before the name over an appositive. */
export function findRole(text: string, i: number, ws: Words, names: Names, titleFirst = false): Span | null {
  const before = isObjectOfTitle(ws, names.at[i], names.atEnd[i]) ? null : roleBefore(text, names.at[i], ws, names);
  // "Dr. Fei-Fei Li, a professor of computer science at Stanford": the appositive says more than the courtesy title,
  // unless the title is asked for first (as a sign that the name is a person's).
  if (before !== null && (titleFirst || !isCourtesyTitle(before.text))) return before;
  return roleAfter(text, names.atEnd[i], ws, names, names.type[i] === PERSON)
    ?? before
    ?? (names.type[i] === PERSON ? roleOpeningSentence(text, names.at[i], names.atEnd[i], ws, names) : null);
}

/**
 * Whether a role is a title of address alone (an honorific, a knighthood, "Dr.", "Prof."), which an appositive after the
 * name outranks as the role.
 */
function isCourtesyTitle(role: string): boolean {
  const lower = role.toLowerCase();
  return HONORIFICS.has(lower) || NAME_TITLES.has(lower) || ACADEMIC_TITLES.has(lower);
}
const ACADEMIC_TITLES: ReadonlySet<string> = new Set(['dr', 'dr.', 'prof', 'prof.', 'lady']);

/**
 * The role that opens the sentence, set off from the person's name by commas: "A White House spokeswoman, Karine
 * Jean-Pierre, declined to comment", "Labour’s chairwoman, Ellie Reeves, told the BBC", "The company's chief executive,
 * Tim Cook, said", "His lawyer, Marc Mukasey, said". The role ends with a role noun; before it stand at most an article (or a
 * possessive pronoun) and a possessive. Read only at
 * the start of a sentence: "In a call with the president, Trump said" gives Trump no role.
 */
function roleOpeningSentence(text: string, at: number, end: number, ws: Words, names: Names): Span | null {
  const comma = at - 1;
  if (comma < 1 || !isComma(text, ws, comma) || ws.sentence[comma] !== ws.sentence[at]) return null;
  const sentence = ws.sentence[at];
  const after = end + 1;
  if (after < ws.n && ws.sentence[after] === sentence && !isComma(text, ws, after)) return null;
  // A role noun before the comma, or a place or organisation the role is of ("The mayor of Flint, Sheng Thao,").
  if (!(flagsAt(ws, comma - 1) & F_ROLE_NOUN) && !isTitleAt(ws, comma - 1) && otherEndingAt(names, comma - 1) < 0) return null;
  const role = roleBefore(text, comma, ws, names);
  if (role === null) return null;
  // Before the role: the sentence's start, maybe after an article and a possessive ("The company's").
  let k = ws.first[sentence];
  if (k < comma && ROLE_OPENERS.has(lowerAt(ws, k))) k++;
  if (k < comma && ws.start[k] < role.start && ws.bits[k] & POSSESSIVE_BIT) k++;
  return k < comma && ws.start[k] === role.start ? role : null;
}

/** Words that may open a role before a name: articles and possessive pronouns ("His lawyer, Marc Mukasey,"). */
const ROLE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);
const isComma = (text: string, ws: Words, i: number): boolean => ws.end[i] - ws.start[i] === 1 && text.charCodeAt(ws.start[i]) === 44;

/**
 * Whether the name of words [at, end] follows "of", "for" or "to", maybe with "the": the title's place ("Duke of Orleans",
 * "Secretary of State") or whom the role serves ("a spokesman for the Clinton campaign", "an adviser to Obama"), not its
 * holder. In "Chief of Staff Huma Abedin" tagged "Staff Huma Abedin", the name's first word ends the role and the rest
 * is its holder.
 */
function isObjectOfTitle(ws: Words, at: number, end: number): boolean {
  const link = at > 0 && wordIs(ws, at - 1, 'the') ? at - 2 : at - 1;
  return link >= 0 && (wordIs(ws, link, 'of') || wordIs(ws, link, 'for') || wordIs(ws, link, 'to')) && !(end > at && isRoleWordAt(ws, at));
}

/**
 * Whether word i is `word` as written, read from the text: looking its spelling up (lowerAt) would number every word
 * it is asked of, and this is asked of the word before every name.
 */
const wordIs = (ws: Words, i: number, word: string): boolean => ws.end[i] - ws.start[i] === word.length && ws.source.startsWith(word, ws.start[i]);
const isIndefiniteArticle = (ws: Words, i: number): boolean => wordIs(ws, i, 'a') || wordIs(ws, i, 'an');

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
function roleAfter(text: string, at: number, ws: Words, names: Names, person: boolean): Span | null {
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
  // Else, for a person, an appositive headed by a role noun (read only for people: as a sign that a name typed
  // otherwise is a person's, it is too loose).
  const headed = (): Span | null => (person ? headedAppositive(text, ws, names, from, sentence) : null);
  if (j <= from + (isIndefiniteArticle(ws, from) ? 1 : 0) || (stopped && !APPOSITIVE_END.has(textAt(ws, j)))) return headed();
  // Ending with a role noun ("NATO's secretary general"), or with the name of what the role is of.
  if (!(flagsAt(ws, j - 1) & F_ROLE_NOUN) && !(nounThenLink && otherEndingAt(names, j - 1) >= 0)) return headed();
  return trimAndCheck(text, ws, from, j);
}

/** Words that link a role to what it is of ("professor of law at the University of Chicago", "expert on Syria"). */
const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'on', 'in', 'to', 'with', 'from']);
/** Words after which an appositive goes on with something else than the role ("…, who has donated", "… and a superdelegate"). */
const ROLE_STOPS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'and', 'but', 'his', 'her', 'their', 'its',
  'while', 'when', 'after', 'before', 'since', 'although', 'though', 'because', 'if', 'as', 'once',
  // A subject pronoun opens a clause ("'Mr. Khan, you're a lawyer'"), not a description.
  ...['i', 'you', 'he', 'she', 'we', 'they', 'it'].flatMap((p) => [p, ...["'", '’'].flatMap((a) => ['m', 're', 's', 've', 'll', 'd'].map((e) => p + a + e))])]);
/** Verbs that open a clause, not a description: ", was the best candidate," is no role. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'can', 'could',
  // "Osaka, 20, became the first Japanese player to win …": a verb after the age opens the clause.
  'became', 'becomes', 'become', 'remains', 'remained', 'won', 'wins', 'led', 'leads', 'took', 'takes', 'made', 'makes', 'got', 'gets',
  'went', 'goes', 'came', 'comes', 'did', 'does', 'told', 'tells', 'added', 'urged', 'called', 'left', 'joined', 'served', 'serves',
  'played', 'plays', 'scored', 'scores', 'may', 'might', 'should', 'must']);
/** How many words a role's linked part may hold. */
const MAX_LINKED_WORDS = 10;

/**
 * An appositive headed by a role noun, with the words before it that describe it and the words that link it to what
 * it is of: "a law professor at the University of Chicago who specializes …" → "law professor at the University of
 * Chicago"; "a former two-term Florida governor"; "the former secretary of state". The role stops at a relative
 * pronoun or a conjunction. Null when no role noun heads it within its first words.
 */
function headedAppositive(text: string, ws: Words, names: Names, from: number, sentence: number): Span | null {
  let j = from;
  if (j < ws.n && (isIndefiniteArticle(ws, j) || wordIs(ws, j, 'the'))) j++;
  const start = j;
  // Before the head: up to five words that describe it ("a former two-term Florida governor", "a law professor"), but
  // no link or stop ("a supporter of the president" is no president).
  let head = -1;
  for (; j < ws.n && ws.sentence[j] === sentence && j - start < 6; j++) {
    if (isTitleAt(ws, j) && !(ws.bits[j] & CAP)) { head = j; break; }
    const name = otherNameStartingAt(names, j, MAX_ROLE_WORDS);
    if (name >= 0) { j = names.atEnd[name]; continue; }
    if (!(ws.bits[j] & IS_WORD)) return null;
    const lower = lowerAt(ws, j);
    if (ROLE_LINKS.has(lower) || ROLE_STOPS.has(lower) || CLAUSE_VERBS.has(lower)) return null;
  }
  if (head < 0) return null;
  // The head and the role words after it ("secretary general", "press secretary"), and a name between role words when a
  // role noun follows it: "chief UK economist", "senior White House adviser".
  j = head + 1;
  for (let k = j; k < ws.n && ws.sentence[k] === sentence; ) {
    const name = otherNameStartingAt(names, k, MAX_ROLE_WORDS);
    if (name >= 0) { k = names.atEnd[name] + 1; continue; }
    if (!isRoleWordAt(ws, k) || ROLE_LINKS.has(lowerAt(ws, k))) break;
    j = ++k;
  }
  let end = j;
  if (j < ws.n && ws.sentence[j] === sentence && ws.bits[j] & IS_WORD && ROLE_LINKS.has(lowerAt(ws, j))) {
    for (let k = j + 1; ; k++) {
      if (k >= ws.n || ws.sentence[k] !== sentence || k - j > MAX_LINKED_WORDS) return null;
      if (!(ws.bits[k] & IS_WORD)) {
        if (APPOSITIVE_END.has(textAt(ws, k))) { end = k; break; }
        // A possessive or other mark inside the linked part ("Carrier's parent company").
        continue;
      }
      // A relative pronoun, a conjunction, a possessive pronoun or a participle ("arrested in Moscow") ends the role.
      if (!(ws.bits[k] & CAP) && (ROLE_STOPS.has(lowerAt(ws, k)) || CLAUSE_VERBS.has(lowerAt(ws, k)) || isParticiple(ws, k))) { end = k; break; }
    }
    // Not a link alone at the end ("law professor in"): the role stops before it.
    while (end > head + 1 && ROLE_LINKS.has(lowerAt(ws, end - 1))) end--;
  } else if (!(j < ws.n && ws.sentence[j] === sentence && (APPOSITIVE_END.has(textAt(ws, j)) || (ws.bits[j] & IS_WORD && ROLE_STOPS.has(lowerAt(ws, j)))))) {
    return null;
  }
  return trimAndCheck(text, ws, start, end);
}

/** Whether word i is a lower-case word of six letters or more ending in "ed" or "ing", without a hyphen ("arrested", "specializing"). */
function isParticiple(ws: Words, i: number): boolean {
  if (ws.bits[i] & HYPHENATED) return false;
  const s = ws.start[i], e = ws.end[i], src = ws.source;
  if (e - s < 6) return false;
  const last = src.charCodeAt(e - 1), before = src.charCodeAt(e - 2);
  return (before === 101 && last === 100) || (before === 110 && last === 103 && src.charCodeAt(e - 3) === 105);
}

/** Whether word i is a number of one to three digits (an age) followed by a comma word. */
function isAgeThenComma(text: string, ws: Words, i: number): boolean {
  if (i + 1 >= ws.n) return false;
  const s = ws.start[i], length = ws.end[i] - s;
  if (length < 1 || length > 3) return false;
  for (let k = s; k < s + length; k++) { const c = text.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return ws.end[i + 1] - ws.start[i + 1] === 1 && text.charCodeAt(ws.start[i + 1]) === 44;
}

/** Whether a role's last word is a title ("Sheriff", "Sen."): the name after it is its holder's, not what the role is of. */
export function endsWithTitle(role: Span): boolean {
  const last = role.text.slice(role.text.lastIndexOf(' ') + 1).toLowerCase();
  return isTitleText(last) || last.split('-').some(isTitleText);
}

/** Honorifics only ("Mr", "Mrs."): kept on the mention but not listed among the entity's roles. */
export const isHonorific = (role: string): boolean => HONORIFICS.has(role.toLowerCase());
