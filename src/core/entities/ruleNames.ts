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
  DEMONYMS, F_DEMONYM, F_FUNCTION, F_GIVEN, F_HONORIFIC, F_KNOWN_ORG, F_MONTH, F_NOT_GIVEN_ALONE, F_ORG_HEAD, F_ORG_SUFFIX,
  F_PLACE, F_PLACE_SUFFIX, F_ROLE_NOUN, F_SPEECH, F_WEEKDAY, GIVEN_NAMES, HONORIFICS, KNOWN_ORGS,
  MISC_SUFFIXES, MULTI_WORD_NAMES, MULTI_WORD_PREFIXES, NOT_GIVEN_NAME_ALONE, ORG_HEADS, ORG_SUFFIXES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, PLACES, ROLE_HEADS, ROLE_NOUNS,
  SPEECH_VERBS,
} from './lexicon';
import { wordsOf, type Word } from './words';

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

function sentenceMode(words: Word[]): Mode {
  let letters = 0, caps = 0, capitalised = 0;
  for (const w of words) {
    if (!w.isWord) continue;
    letters++;
    if (w.cap) capitalised++;
    if (w.allCaps || (w.text.length === 1 && w.cap)) caps++;
  }
  if (letters >= 3 && caps / letters >= 0.8) return 'caps';
  // Most sentences have too few capitals to be titles: skip the word-list look-ups for them.
  if (capitalised < 4 || capitalised * 2 < letters) return 'normal';
  let contentWords = 0, capContent = 0;
  for (const w of words) {
    if (!w.isWord || (w.v.flags & F_FUNCTION)) continue;
    contentWords++;
    if (w.cap) capContent++;
  }
  if (contentWords >= 4 && capContent / contentWords >= 0.8) return 'title';
  return 'normal';
}

function isPositional(words: Word[], i: number, mode: Mode): boolean {
  if (mode !== 'normal') return true;
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j];
    if (w.isWord) return false;
    if (OPENERS.has(w.text)) return true;
  }
  return true;
}

/** Counts, per word, its capitalised uses away from a sentence start in ordinary sentences (Vocab.capMid). */
function countCapitalsMidSentence(sentences: Word[][], modes: Mode[]): void {
  for (const words of sentences) for (const w of words) if (w.cap) w.v.capMid = 0;
  sentences.forEach((words, s) => {
    if (modes[s] !== 'normal') return;
    let seenWord = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w.isWord) continue;
      if (w.cap && seenWord && !isPositional(words, i, 'normal')) w.v.capMid++;
      seenWord = true;
    }
  });
}

const isDemonym = (lower: string): boolean => DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)));

const inLexicon = (w: Word): boolean =>
  (w.v.flags & (F_PLACE | F_KNOWN_ORG | F_DEMONYM)) !== 0 || (w.v.flags & (F_GIVEN | F_NOT_GIVEN_ALONE)) === F_GIVEN;
const isFunctionWord = (w: Word, mode: Mode): boolean => (w.v.flags & F_FUNCTION) !== 0 && !(w.allCaps && mode !== 'caps');

/** May a capitalised word sitting where capitals are positional start or join a name? */
function hasEvidence(w: Word, next: Word | undefined, mode: Mode): boolean {
  if (isFunctionWord(w, mode)) return false;
  if (inLexicon(w) || (w.v.flags & (F_ROLE_NOUN | F_HONORIFIC))) return true;
  const mid = w.v.capMid;
  if (mid > 0 && mid >= w.v.lowerCount) return true;
  if (mode === 'caps') return false;
  if (w.allCaps && w.text.length <= 6) return true;
  if (mode === 'normal' && next && next.isWord && !next.cap && (next.v.flags & F_SPEECH) && !w.v.lowerCount) return true;
  return false;
}

const isDateWord = (w: Word): boolean => (w.v.flags & (F_WEEKDAY | F_MONTH)) !== 0;

/** Splits a sentence into capitalised runs. */
function findRuns(words: Word[], mode: Mode, out: Candidate[]): void {
  let run: Word[] = [];
  let runStart = 0;
  const flush = (endIdx: number): void => {
    if (run.length) out.push({ words: run, type: null, weak: false, before: words[runStart - 1], after: words[endIdx] });
    run = [];
  };
  const nameWord = (i: number): boolean => {
    const w = words[i];
    if (!w || !w.cap) return false;
    // "US" is a country, "Us" a pronoun.
    if (isFunctionWord(w, mode)) return false;
    if (isDateWord(w)) {
      // "Theresa May": a month name continues a run that starts with a given name.
      return run.length > 0 && (run[run.length - 1].v.flags & F_GIVEN) !== 0 && !(w.v.flags & F_WEEKDAY);
    }
    if (/^\p{Lu}[\p{Ll}]+-\p{Ll}/u.test(w.text)) return false; // "Kremlin-backed", "Russian-made"
    if (run.length && mode === 'normal') return true;
    if (isPositional(words, i, mode) || mode !== 'normal') return hasEvidence(w, words[i + 1], mode);
    return true;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const known = w.cap && i + 1 < words.length ? lexiconNameAt(words, i) : 0;
    if (known) {
      // "New York", "SAN FRANCISCO", "Bosnia and Herzegovina": a listed name whatever its words' case.
      if (!run.length) runStart = i;
      for (let k = 0; k < known; k++) run.push(words[i + k]);
      i += known - 1;
      if (words[i].possessive) flush(i + 1);
      continue;
    }
    if (nameWord(i)) {
      if (!run.length) runStart = i;
      run.push(w);
      if (w.possessive) flush(i + 1);
      continue;
    }
    if (run.length) {
      const last = run[run.length - 1];
      const next = words[i + 1];
      // Connectors inside names: "Bank of England", "Rio de Janeiro", "AT & T", "[Russian President Vladimir] Putin".
      const connects = next && next.cap && !isDateWord(next) && !(next.v.flags & F_FUNCTION) && next.start - w.end <= 1 && w.start - last.end <= 1 && (
        (w.lower === 'of' && (last.v.flags & (F_ORG_HEAD | F_PLACE_SUFFIX | F_ORG_SUFFIX)) !== 0) ||
        (w.text === '&') || (w.text === ']' && w.start === last.end) ||
        (PARTICLES.has(w.text) && run.length >= 1 && !last.allCaps));
      if (connects) {
        if (w.text !== ']') run.push(w);
        continue;
      }
    }
    flush(i);
  }
  flush(words.length);
}

/** Number of words of a listed multi-word place or organisation starting at words[i], else 0. */
function lexiconNameAt(words: Word[], i: number): number {
  let key = words[i].lower;
  let best = 0;
  for (let k = 1; k < 6 && i + k < words.length; k++) {
    const w = words[i + k];
    if (!w.isWord || w.start - words[i + k - 1].end > 1) break;
    key += ' ' + w.lower;
    if (MULTI_WORD_NAMES.has(key)) best = k + 1;
    if (!MULTI_WORD_PREFIXES.has(key)) break;
  }
  return best;
}

const DEMONYM_ENDING = /(?:ese|ean)$/;

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
  }
  return null;
}

/** Cuts leading titles/roles off a run; the role words' own names (UK, NATO, Ukrainian) become separate spans. */
function splitRoles(c: Candidate, out: Candidate[]): void {
  const ws = c.words;
  if (ws.length >= 2 && (KNOWN_ORGS.has(joinLower(ws)) || PLACES.has(joinLower(ws)) || ORG_SUFFIXES.has(ws[ws.length - 1].lower))) {
    out.push(c);
    return;
  }
  let cut = 0;
  let sawRole = false;
  let pendingName: Word[] = [];
  const prefixNames: Word[][] = [];
  for (let i = 0; i < ws.length - 1; i++) {
    const w = ws[i];
    if (ROLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower)) {
      if (pendingName.length) { prefixNames.push(pendingName); pendingName = []; }
      if (ROLE_NOUNS.has(w.lower) || HONORIFICS.has(w.lower)) sawRole = true;
      cut = i + 1;
    } else if (ws[i + 1] && (ROLE_HEADS.has(ws[i + 1].lower) || HONORIFICS.has(ws[i + 1].lower)) && typeByWords([...pendingName, w]) !== null && typeByWords([...pendingName, w]) !== 'person') {
      pendingName.push(w);
    } else break;
  }
  if (pendingName.length && cut < ws.length) {
    // A name not followed by a role word was not a prefix after all.
    cut = Math.min(cut, ws.indexOf(pendingName[0]));
  }
  for (const p of prefixNames) out.push({ words: p, type: typeByWords(p), weak: false, before: undefined, after: undefined });
  const rest = ws.slice(cut);
  const lastWord = rest[rest.length - 1];
  if (rest.length > 1 && ROLE_HEADS.has(lastWord.lower)) {
    // "Ukrainian President", "Ukraine Security": a role with no name after it; keep the names inside.
    let part: Word[] = [];
    for (const w of rest) {
      if (ROLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower)) {
        if (part.length) out.push({ words: part, type: typeByWords(part), weak: false, before: undefined, after: w });
        part = [];
      } else part.push(w);
    }
    return;
  }
  // A lone role word ("President", "Prime Minister") is no name.
  if (rest.length === 1 && (ROLE_HEADS.has(rest[0].lower) || HONORIFICS.has(rest[0].lower))) return;
  if (!rest.length) return;
  out.push({ words: rest, type: sawRole ? 'person' : null, weak: false, before: cut > 0 ? ws[cut - 1] : c.before, after: c.after });
}

function typeByContext(c: Candidate): NameType | null {
  const { before, after } = c;
  const acronym = c.words.length === 1 && c.words[0].allCaps;
  if (after && after.isWord && !after.cap && SPEECH_VERBS.has(after.lower) && !acronym) return 'person';
  if (before && before.isWord && !before.cap && ROLE_NOUNS.has(before.lower)) return 'person';
  if (before && (HONORIFICS.has(before.lower))) return 'person';
  if (before && before.isWord && !before.cap && PLACE_PREPOSITIONS.has(before.lower) && !c.words.some((w) => GIVEN_NAMES.has(w.lower))) return 'place';
  return null;
}

export const ruleNameRecognizer: NameRecognizer = (doc: DocumentStructure): NameSpan[] => {
  const sentences = wordsOf(doc).bySentence;
  const modes = sentences.map(sentenceMode);
  countCapitalsMidSentence(sentences, modes);
  // A line of capitalised names ("Peter Nicol ( Scotland ) beat Chris Walker") is no headline: Title Case
  // needs a capitalised word that the document otherwise writes in lower case, or a capitalised function word.
  sentences.forEach((words, s) => {
    if (modes[s] === 'title' && !words.some((w, i) => i > 0 && w.cap && !w.allCaps && ((w.v.flags & F_FUNCTION) || w.v.lowerCount > w.v.capMid))) modes[s] = 'normal';
  });
  countCapitalsMidSentence(sentences, modes);
  const runs: Candidate[] = [];
  sentences.forEach((words, s) => findRuns(words, modes[s], runs));
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
    const first = c.words[0], last = c.words[c.words.length - 1];
    out.push({ start: first.start, end: last.end, type });
  }
  return out;
};
