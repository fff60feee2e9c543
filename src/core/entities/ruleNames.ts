// Rule-based person / organization / place recogniser.
//
// 1. Capitalised word runs are cut per sentence. A word capitalised only by its position (sentence start,
//    after an opening quote or colon, anywhere in a Title-Case or ALL-CAPS line) joins a run only with
//    evidence: a lexicon entry, or the document writing it capitalised mid-sentence more often than in
//    lower case.
// 2. Leading titles and roles are cut off ("UK Prime Minister Keir Starmer" → "UK" + "Keir Starmer"); a cut
//    role makes the rest a person.
// 3. Each run is typed by lexicons (places, well-known organisations, given names, demonyms), head words
//    (org suffixes such as Ministry/Bank/News, place words such as River/Province) and context (a speech
//    verb after, a preposition such as "in" before), then by what the rest of the document says about the
//    same words, so "Zelensky" alone is a person once "Volodymyr Zelensky" is.
import type { DocumentStructure, NameRecognizer, NameSpan } from '../types';
import {
  COUNTRY_NAMES, DEMONYMS, F_DEMONYM, F_FUNCTION, F_GIVEN, F_HONORIFIC, F_KNOWN_ORG, F_MONTH, F_NOT_GIVEN_ALONE, F_ORG_HEAD, F_ORG_SUFFIX,
  F_PLACE, F_PLACE_SUFFIX, F_ROLE_NOUN, F_STARTS_LISTED_NAME, F_SPEECH, F_WEEKDAY, GIVEN_NAMES, HONORIFICS, KNOWN_ORGS,
  MISC_SUFFIXES, MULTI_WORD_NAMES, MULTI_WORD_PREFIXES, NOT_GIVEN_NAME_ALONE, ORG_HEADS, ORG_SUFFIXES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, PLACES, ROLE_HEADS, ROLE_NOUNS,
  SPEECH_VERBS,
} from './lexicon';
import { ALL_CAPS_BIT, CAP, caseCounts, flagsAt, IS_WORD, lowerAt, POSSESSIVE_BIT, textAt, word, wordsOf, type Word, type Words } from './words';

type NameType = NameSpan['type'];
type Mode = 'normal' | 'title' | 'caps';

/** Lower-case particles inside personal and place names: "Ludwig van Beethoven", "Rio de Janeiro". */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el']);
/** After these a capitalised word is capitalised by position, as at a sentence start. */
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '>', '#', '«', '|']);
const PLACE_START_WORDS = new Set(['mount', 'mt', 'mt.', 'lake', 'cape', 'fort', 'port', 'isle', 'gulf']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new']);
const INITIAL = /^\p{Lu}\.$/u;

interface Candidate {
  words: Word[];
  type: NameType | null;
  /** Typed by context alone ("in X", "X said"): the document's other mentions may overrule it. */
  weak: boolean;
  /** The word before and after the run in its sentence, for context. */
  before: Word | undefined;
  after: Word | undefined;
}

function majority(votes: Map<NameType, number> | undefined): NameType | null {
  let best: NameType | null = null, bestN = 0;
  if (votes) for (const [t, n] of votes) if (n > bestN) { best = t; bestN = n; }
  return best;
}

const isWordAt = (ws: Words, i: number): boolean => (ws.bits[i] & IS_WORD) !== 0;
const isCapAt = (ws: Words, i: number): boolean => (ws.bits[i] & CAP) !== 0;
const isAllCapsAt = (ws: Words, i: number): boolean => (ws.bits[i] & ALL_CAPS_BIT) !== 0;

/** Ordinary, Title Case or ALL CAPS: words [from, to) of one sentence. */
function sentenceMode(ws: Words, from: number, to: number): Mode {
  let letters = 0, caps = 0, capitalised = 0;
  for (let i = from; i < to; i++) {
    const b = ws.bits[i];
    if (!(b & IS_WORD)) continue;
    letters++;
    if (b & CAP) capitalised++;
    if ((b & ALL_CAPS_BIT) || ((b & CAP) && textAt(ws, i).length === 1)) caps++;
  }
  if (letters >= 3 && caps / letters >= 0.8) return 'caps';
  // Most sentences have too few capitals to be titles: skip the word-list look-ups for them.
  if (capitalised < 4 || capitalised * 2 < letters) return 'normal';
  let contentWords = 0, capContent = 0;
  for (let i = from; i < to; i++) {
    if (!isWordAt(ws, i) || (flagsAt(ws, i) & F_FUNCTION)) continue;
    contentWords++;
    if (isCapAt(ws, i)) capContent++;
  }
  if (contentWords >= 4 && capContent / contentWords >= 0.8) return 'title';
  return 'normal';
}

/** Is word i capitalised by its position: first in its sentence (from) or after an opening quote, bracket, colon? */
function isPositional(ws: Words, i: number, from: number, mode: Mode): boolean {
  if (mode !== 'normal') return true;
  for (let j = i - 1; j >= from; j--) {
    if (isWordAt(ws, j)) return false;
    if (OPENERS.has(textAt(ws, j))) return true;
  }
  return true;
}

/** Counts, per word, its capitalised uses away from a sentence start in ordinary sentences (Vocab.capMid). */
function countCapitalsMidSentence(ws: Words, modes: Mode[]): void {
  for (let i = 0; i < ws.n; i++) if (isCapAt(ws, i)) caseCounts(ws)[i]!.capMid = 0;
  for (let s = 0; s < modes.length; s++) {
    if (modes[s] !== 'normal') continue;
    const from = ws.first[s], to = ws.first[s + 1];
    let seenWord = false;
    for (let i = from; i < to; i++) {
      if (!isWordAt(ws, i)) continue;
      if (isCapAt(ws, i) && seenWord && !isPositional(ws, i, from, 'normal')) caseCounts(ws)[i]!.capMid++;
      seenWord = true;
    }
  }
}

const isDemonym = (lower: string): boolean => DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)));

const inLexicon = (flags: number): boolean =>
  (flags & (F_PLACE | F_KNOWN_ORG | F_DEMONYM)) !== 0 || (flags & (F_GIVEN | F_NOT_GIVEN_ALONE)) === F_GIVEN;
const isFunctionWord = (ws: Words, i: number, mode: Mode): boolean =>
  (flagsAt(ws, i) & F_FUNCTION) !== 0 && !(isAllCapsAt(ws, i) && mode !== 'caps');
const isDateWord = (ws: Words, i: number): boolean => (flagsAt(ws, i) & (F_WEEKDAY | F_MONTH)) !== 0;

/** May capitalised word i, sitting where capitals are positional, start or join a name? */
function hasEvidence(ws: Words, i: number, to: number, mode: Mode): boolean {
  if (isFunctionWord(ws, i, mode)) return false;
  const flags = flagsAt(ws, i);
  const v = caseCounts(ws)[i]!;
  if (inLexicon(flags) || (flags & (F_ROLE_NOUN | F_HONORIFIC))) return true;
  if (v.capMid > 0 && v.capMid >= v.lowerCount) return true;
  if (mode === 'caps') return false;
  if (isAllCapsAt(ws, i) && textAt(ws, i).length <= 6) return true;
  // "Mark Rutte, …" at a sentence start: a given name that may also be a word, before another capital.
  if ((flags & F_GIVEN) && i + 1 < to && isCapAt(ws, i + 1) && !(flagsAt(ws, i + 1) & F_FUNCTION)) return true;
  const next = i + 1;
  if (mode === 'normal' && next < to && isWordAt(ws, next) && !isCapAt(ws, next) && (flagsAt(ws, next) & F_SPEECH) && !v.lowerCount) return true;
  return false;
}

const HYPHENATED_ADJECTIVE = /^\p{Lu}[\p{Ll}]+-\p{Ll}/u; // "Kremlin-backed", "Russian-made"

/** Splits the words [from, to) of one sentence into capitalised runs. */
function findRuns(ws: Words, from: number, to: number, mode: Mode, out: Candidate[]): void {
  let run: Word[] = [];
  const context = (i: number): Word | undefined => (i >= from && i < to ? word(ws, i) : undefined);
  const flush = (endIdx: number): void => {
    if (run.length) out.push({ words: run, type: null, weak: false, before: context(run[0].i - 1), after: context(endIdx) });
    run = [];
  };
  const nameWord = (i: number): boolean => {
    if (!isCapAt(ws, i)) return false;
    // "US" is a country, "Us" a pronoun.
    if (isFunctionWord(ws, i, mode)) return false;
    if (isDateWord(ws, i)) {
      // "Theresa May": a month name continues a run that starts with a given name.
      return run.length > 0 && (run[run.length - 1].flags & F_GIVEN) !== 0 && !(flagsAt(ws, i) & F_WEEKDAY);
    }
    if (textAt(ws, i).indexOf('-') > 0 && HYPHENATED_ADJECTIVE.test(textAt(ws, i))) return false;
    if (run.length && mode === 'normal') return true;
    if (mode !== 'normal' || isPositional(ws, i, from, mode)) return hasEvidence(ws, i, to, mode);
    return true;
  };
  for (let i = from; i < to; i++) {
    const known = isCapAt(ws, i) && i + 1 < to && (flagsAt(ws, i) & F_STARTS_LISTED_NAME) ? lexiconNameAt(ws, i, to) : 0;
    if (known) {
      // "New York", "SAN FRANCISCO", "Bosnia and Herzegovina": a listed name whatever its words' case.
      for (let k = 0; k < known; k++) run.push(word(ws, i + k));
      i += known - 1;
      if (ws.bits[i] & POSSESSIVE_BIT) flush(i + 1);
      continue;
    }
    if (nameWord(i)) {
      run.push(word(ws, i));
      if (ws.bits[i] & POSSESSIVE_BIT) flush(i + 1);
      continue;
    }
    if (run.length && i + 1 < to) {
      const last = run[run.length - 1];
      const next = i + 1;
      const t = textAt(ws, i);
      // Connectors inside names: "Bank of England", "Rio de Janeiro", "AT & T", "[Russian President Vladimir] Putin".
      const connects = isCapAt(ws, next) && !isDateWord(ws, next) && !(flagsAt(ws, next) & F_FUNCTION) &&
        ws.start[next] - ws.end[i] <= 1 && ws.start[i] - last.end <= 1 && (
        (t === 'of' && (last.flags & (F_ORG_HEAD | F_PLACE_SUFFIX | F_ORG_SUFFIX)) !== 0) ||
        t === '&' || (t === ']' && ws.start[i] === last.end) ||
        (PARTICLES.has(t) && !last.allCaps));
      if (connects) {
        if (t !== ']') run.push(word(ws, i));
        continue;
      }
    }
    flush(i);
  }
  flush(to);
}

/** Number of words of a listed multi-word place or organisation starting at word i, else 0. */
function lexiconNameAt(ws: Words, i: number, to: number): number {
  let key = lowerAt(ws, i);
  let best = 0;
  for (let k = 1; k < 6 && i + k < to; k++) {
    const j = i + k;
    if (!isWordAt(ws, j) || ws.start[j] - ws.end[j - 1] > 1) break;
    key += ' ' + lowerAt(ws, j);
    if (MULTI_WORD_NAMES.has(key)) best = k + 1;
    if (!MULTI_WORD_PREFIXES.has(key)) break;
  }
  return best;
}

const DEMONYM_ENDING = /(?:ese|ean)$/;
// A capital inside a word after lower-case letters ("NationsBank", but not "McDonald", "DiCaprio", "LeBron"),
// or a company-like ending.
const COMPANY_SHAPE = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}\p{L}*$|^\p{Lu}\p{Ll}*(?:bank|corp|soft|tech|com|mart)$/u;
// Nouns before a name that make it an organisation: "carrier Air France", "Italian club Lazio".
const ORG_CONTEXT = new Set(['company', 'firm', 'group', 'club', 'carrier', 'bank', 'agency', 'newspaper', 'daily', 'weekly',
  'magazine', 'broadcaster', 'network', 'airline', 'insurer', 'retailer', 'maker', 'manufacturer', 'automaker', 'carmaker',
  'giant', 'conglomerate', 'party', 'team', 'side', 'league', 'subsidiary', 'rival', 'operator', 'lender', 'brokerage',
  'outlet', 'tabloid', 'channel', 'station', 'champions', 'holders', 'organisation', 'organization', 'movement', 'militia']);

const joinLower = (ws: Word[]): string => ws.map((w) => w.lower).join(' ');

/** Types a name without its role prefix; null when the words alone do not tell. */
function typeByWords(ws: Word[]): NameType | null {
  const key = joinLower(ws);
  if (KNOWN_ORGS.has(key)) return 'organization';
  if (PLACES.has(key)) return 'place';
  if (isDemonym(key) || ws.every((w) => isDemonym(w.lower))) return 'misc';
  const first = ws[0].lower, last = ws[ws.length - 1].lower;
  if (ws.length >= 2) {
    if (MISC_SUFFIXES.has(last)) return 'misc';
    if (ORG_SUFFIXES.has(last)) return 'organization';
    if (PLACE_SUFFIXES.has(last) || PLACE_START_WORDS.has(first)) return 'place';
    if (COMPASS.has(first) && PLACES.has(joinLower(ws.slice(1)))) return 'place';
    if (GIVEN_NAMES.has(first) || INITIAL.test(ws[0].text) || ws.some((w, i) => i > 0 && INITIAL.test(w.text))) return 'person';
    if (ORG_HEADS.has(first) && ws.some((w) => w.lower === 'of')) return 'organization';
    if (isDemonym(first) && ws.length === 2 && ORG_SUFFIXES.has(last)) return 'organization';
  } else if (ws[0].allCaps && ws[0].text.replace(/\./g, '').length <= 6) {
    return 'organization';
  } else if (GIVEN_NAMES.has(first) && !NOT_GIVEN_NAME_ALONE.has(first)) {
    return 'person';
  } else if (DEMONYM_ENDING.test(first)) {
    return 'misc'; // "Zairean", "Surinamese"
  } else if (COMPANY_SHAPE.test(ws[0].text) && !GIVEN_NAMES.has(first)) {
    return 'organization'; // "NationsBank", "KeyCorp", "Microsoft", "Walmart"
  }
  return null;
}

const isTitle = (w: Word): boolean => ROLE_NOUNS.has(w.lower) || HONORIFICS.has(w.lower);
/** A role word that is not itself a listed name ("Labour" in "Labour MP" is a party). */
const isRoleWordInRun = (w: Word): boolean => (ROLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower)) && !inLexicon(w.flags);

/** The names among role words ("UK" in "UK Prime Minister", "Panamanian Boxing Association" before "President"). */
function namesAmongRoles(ws: Word[], out: Candidate[], unknownType: NameType | null): void {
  let part: Word[] = [];
  const emit = (after: Word | undefined): void => {
    if (part.length) out.push({ words: part, type: typeByWords(part) ?? unknownType, weak: false, before: undefined, after });
    part = [];
  };
  for (const w of ws) {
    if (isRoleWordInRun(w)) emit(w);
    else part.push(w);
  }
  emit(undefined);
}

/**
 * Cuts titles and roles off a run: after the last title with words after it ("UK Prime Minister | Keir
 * Starmer") the rest is a person; the names inside the role become their own spans, an unknown one being the
 * organisation the role belongs to ("Cofinec CEO Stephen Frater"). A people's name before a person ("American
 * Dennis Mitchell") is cut off too.
 */
function splitRoles(c: Candidate, out: Candidate[]): void {
  const ws = c.words;
  const n = ws.length;
  if (n >= 2 && (KNOWN_ORGS.has(joinLower(ws)) || PLACES.has(joinLower(ws)) || ORG_SUFFIXES.has(ws[n - 1].lower))) {
    out.push(c);
    return;
  }
  let k = n - 2;
  while (k >= 0 && !isTitle(ws[k])) k--;
  if (k >= 0 && !ws.slice(k + 1).some(isRoleWordInRun)) {
    namesAmongRoles(ws.slice(0, k + 1), out, 'organization');
    out.push({ words: ws.slice(k + 1), type: 'person', weak: false, before: ws[k], after: c.after });
    return;
  }
  if (ROLE_HEADS.has(ws[n - 1].lower) || HONORIFICS.has(ws[n - 1].lower)) {
    // "Ukrainian President", "Ukraine Security", "President": a role with no name after it.
    namesAmongRoles(ws, out, null);
    return;
  }
  let cut = 0;
  while (cut < n - 1 && isRoleWordInRun(ws[cut])) cut++; // "State Warren Christopher" ← "Secretary of State …"
  if (n - cut >= 3 && isDemonym(ws[cut].lower) && GIVEN_NAMES.has(ws[cut + 1]?.lower ?? '')) {
    out.push({ words: [ws[cut]], type: 'misc', weak: false, before: undefined, after: ws[cut + 1] });
    cut++;
  }
  out.push(cut ? { words: ws.slice(cut), type: null, weak: false, before: ws[cut - 1], after: c.after } : c);
}

const TEAM_VERBS = new Set(['beat', 'beats', 'drew', 'defeated', 'edged', 'routed', 'thrashed', 'overcame', 'downed', 'trounced', 'outplayed', 'blanked', 'crushed', 'hammered']);
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);
const isNumberToken = (w: Word | undefined): boolean => w !== undefined && /^\d{1,3}(?!\d)/.test(w.text); // a score, not a dateline's date

/** A city's name as a sports team: "Chicago 5 Houston 3", "Leeds beat Arsenal", "Milan v Lazio". */
function isTeamContext(c: Candidate): boolean {
  const { before, after } = c;
  if (after && (TEAM_VERBS.has(after.lower) || VERSUS.has(after.lower))) return true;
  if (before && VERSUS.has(before.lower)) return true;
  return isNumberToken(after) && (!before || isNumberToken(before) || before.text === ',');
}

function typeByContext(c: Candidate): NameType | null {
  const { before, after } = c;
  const acronym = c.words.length === 1 && c.words[0].allCaps;
  // "The Post has learned": people do not take an article.
  if (before && before.lower === 'the') return ORG_SUFFIXES.has(c.words[c.words.length - 1].lower) ? 'organization' : null;
  if (after && after.isWord && !after.cap && SPEECH_VERBS.has(after.lower) && !acronym) return 'person';
  if (before && before.isWord && !before.cap && ORG_CONTEXT.has(before.lower)) return 'organization';
  if (before && before.isWord && !before.cap && ROLE_NOUNS.has(before.lower)) return 'person';
  if (before && (HONORIFICS.has(before.lower))) return 'person';
  if (before && before.isWord && !before.cap && PLACE_PREPOSITIONS.has(before.lower) && !c.words.some((w) => GIVEN_NAMES.has(w.lower))) return 'place';
  return null;
}

export const ruleNameRecognizer: NameRecognizer = (doc: DocumentStructure): NameSpan[] => {
  const ws = wordsOf(doc);
  const nSentences = ws.first.length - 1;
  const modes: Mode[] = [];
  for (let s = 0; s < nSentences; s++) modes.push(sentenceMode(ws, ws.first[s], ws.first[s + 1]));
  countCapitalsMidSentence(ws, modes);
  // A line of capitalised names ("Peter Nicol ( Scotland ) beat Chris Walker") is no headline: Title Case
  // needs a capitalised word that the document otherwise writes in lower case, or a capitalised function word.
  let changed = false;
  for (let s = 0; s < nSentences; s++) {
    if (modes[s] !== 'title') continue;
    let headline = false;
    for (let i = ws.first[s] + 1; i < ws.first[s + 1] && !headline; i++) {
      if (!isCapAt(ws, i) || isAllCapsAt(ws, i)) continue;
      const v = caseCounts(ws)[i]!;
      headline = (flagsAt(ws, i) & F_FUNCTION) !== 0 || v.lowerCount > v.capMid;
    }
    if (!headline) { modes[s] = 'normal'; changed = true; }
  }
  if (changed) countCapitalsMidSentence(ws, modes);
  const runs: Candidate[] = [];
  for (let s = 0; s < nSentences; s++) findRuns(ws, ws.first[s], ws.first[s + 1], modes[s], runs);
  const cands: Candidate[] = [];
  for (const r of runs) splitRoles(r, cands);

  // First pass: what the words and their context say.
  const votes = new Map<string, Map<NameType, number>>();
  const surnames = new Set<string>();
  const vote = (key: string, t: NameType): void => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(t, (m.get(t) ?? 0) + 1);
  };
  for (const c of cands) {
    c.type ??= typeByWords(c.words);
    if (!c.type) {
      c.type = typeByContext(c);
      c.weak = true;
    }
    if (!c.type || c.weak) continue;
    vote(joinLower(c.words), c.type);
    if (c.type === 'person' && c.words.length >= 2) surnames.add(c.words[c.words.length - 1].lower);
  }
  // Second pass: the document's other mentions of the same words overrule context alone.
  const weakVotes = new Map<string, Map<NameType, number>>();
  for (const c of cands) {
    if (!c.type || !c.weak) continue;
    const key = joinLower(c.words);
    let m = weakVotes.get(key);
    if (!m) weakVotes.set(key, (m = new Map()));
    m.set(c.type, (m.get(c.type) ?? 0) + 1);
  }
  const out: NameSpan[] = [];
  for (const c of cands) {
    const key = joinLower(c.words);
    let type = c.weak ? null : c.type;
    if (!type && c.words.length === 1 && surnames.has(key)) type = 'person';
    type ??= majority(votes.get(key)) ?? majority(weakVotes.get(key)) ?? (c.words.length === 1 ? 'misc' : 'person');
    if (type === 'place' && !COUNTRY_NAMES.has(key) && isTeamContext(c)) type = 'organization';
    const first = c.words[0], last = c.words[c.words.length - 1];
    out.push({ start: first.start, end: last.end, type });
  }
  return out;
};
