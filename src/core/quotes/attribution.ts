// The attribution of one quote: its cue (a reporting verb, or "according to") and its source as written,
// read from the words of the quote's sentence that lie outside every quotation.
import type { Span } from '../types';
import {
  ACCORDING, BARE_SOURCES, BEFORE_BARE_VERB, BETWEEN_SOURCE_AND_CUE, CUE_LEMMA_SET, CUE_WORDS, NOUN_LIKE_CUES, DETERMINERS, NAME_LINKS, NOT_IN_DESCRIPTION, NOT_NAME,
  PERSON_PRONOUNS, PRONOUN_DETERMINERS, SUBJECT_PRONOUNS,
} from './lexicon';
import { markBeforeLast } from './chars';
import { isEmphasisMark } from '../structure';
import { ROLE_HEADS, ROLE_LOWER_MODIFIERS, ROLE_NOUNS } from '../entities/lexicon';
import { usuallyLowerCase } from '../ner';

/** A word or punctuation mark of the sentence; quoted passages become a single `quote` token. */
export interface Word extends Span {
  lower: string;
  kind: 'word' | 'punct' | 'quote';
}

export interface Attribution {
  cue: Span;
  source: Span | null;
  /**
   * Who the source speaks for or reports: what a relative pronoun stands for ("Trump" in "Trump, who has
   * called it …"), or the speaker an "according to" source reports ("Sanders" in "Sanders said, according
   * to CNN"). The quote's speaker is resolved from it.
   */
  referent: Span | null;
  /** The cue follows the quote directly ("…,” she said): the strongest sign the quote is speech. */
  adjacent: boolean;
}

/** Abbreviations that keep their full stop inside a name: "Sen. Warren", "Gov. Mike Pence". */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'prof', 'rev', 'capt', 'maj', 'adm', 'cmdr', 'lt']);
/** Longer words are no abbreviation: the set is asked only about short ones (a word before a sentence's full stop is hashed for nothing otherwise). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// A word is a run of letters and digits, joined by . ' ’ - & to the next run ("U.S", "O’Donnell",
// "so-called"); any other character but white space is a token of its own. The scan reads char codes and
// asks a regex only about non-ASCII characters, so that the words of a sentence cost no match arrays.
const LETTER = 1;
const SPACE = 2;
const OTHER = 3;
const NON_ASCII_LETTER = /[\p{L}\p{N}]/uy;
const NON_ASCII_SPACE = /\s/uy;
const SINGLE_UPPER = /^\p{Lu}$/u;

/** The class of each ASCII character: a table read rather than a chain of comparisons per character. */
const ASCII_CLASS = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LETTER
  : c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER));

/**
 * Whether text[i] is a letter or digit, white space, or anything else (one code point from i). The asterisks and
 * underscores of Markdown emphasis ("said *Keir Starmer*"), not inside a word, read as white space.
 */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c === 42 || c === 95) && isEmphasisMark(text, i) ? SPACE : ASCII_CLASS[c];
  // Quotation marks and dashes, the commonest non-ASCII characters of news text.
  if (c >= 0x2013 && c <= 0x201d) return OTHER;
  NON_ASCII_LETTER.lastIndex = i;
  if (NON_ASCII_LETTER.test(text)) return LETTER;
  NON_ASCII_SPACE.lastIndex = i;
  return NON_ASCII_SPACE.test(text) ? SPACE : OTHER;
}

/** Code units of the code point at i: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** End of the run of letters and digits from i. */
function lettersEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (ASCII_CLASS[c] !== LETTER) break;
      j++;
    } else if (classAt(text, j) === LETTER) j += widthAt(text, j);
    else break;
  }
  return j;
}

/** . ' ’ - &: joins two runs of letters into one word. */
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 38;

/** A word object, reused from `spare` when one is there. */
function word(spare: Word[], start: number, end: number, text: string, lower: string, kind: Word['kind']): Word {
  const w = spare.pop();
  if (w === undefined) return { start, end, text, lower, kind };
  w.start = start;
  w.end = end;
  w.text = text;
  w.lower = lower;
  w.kind = kind;
  return w;
}

/**
 * Hands the words of a window that is no longer read (nor `words` itself) to the next windows (`wordsOf`'s `spare`): the
 * windows of a document hold tens of thousands of words, and reusing their objects keeps that many
 * allocations, and the collections they cause, out of the quotes stage.
 */
export function releaseWords(words: Word[], spare: Word[]): void {
  for (let k = 0; k < words.length; k++) spare.push(words[k]);
}

/** Appends the words and marks that start in text[a, b) to `out`; a word may run past b, its span stops there. */
function scanWords(text: string, a: number, b: number, out: Word[], spare: Word[]): void {
  let i = a;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (cls === SPACE) { i += widthAt(text, i); continue; }
    if (i >= b) return;
    const start = i;
    if (cls === OTHER) {
      i += widthAt(text, i);
      const c = text.charCodeAt(i);
      // A lone ’ before s is a possessive whose s follows as a word: no token of its own.
      if (i - start === 1 && text.charCodeAt(start) === 0x2019 && out.length && (c === 115 || c === 83)) continue;
      const match = text.slice(start, i);
      const end = i < b ? i : b;
      out.push(word(spare, start, end, end - start === match.length ? match : text.slice(start, end), text.charCodeAt(start) < 128 ? match : match.toLowerCase(), 'punct'));
      continue;
    }
    i = lettersEnd(text, i);
    while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === LETTER) i = lettersEnd(text, i + 1);
    const matchEnd = i;
    const match = text.slice(start, matchEnd);
    let lower = lowerCase(match);
    let end = matchEnd < b ? matchEnd : b;
    if (text.charCodeAt(end) === 46 && end < b && ((lower.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(lower)) || (matchEnd - start <= 2 && SINGLE_UPPER.test(match)))) {
      end++;
      i++;
    }
    // `lower` drops a possessive or "is" ending: "Saturday’s" is a day, "He’s claiming" has the subject "he".
    if (endsOnPossessive(lower)) lower = lower.slice(0, -2);
    out.push(word(spare, start, end, end - start === match.length ? match : text.slice(start, end), lower, 'word'));
  }
}

/** /^..+['’]s$/ read from the last char codes: longer than two, ending in ’s or 's. */
function endsOnPossessive(s: string): boolean {
  const n = s.length;
  if (n <= 2 || s.charCodeAt(n - 1) !== 115) return false;
  const c = s.charCodeAt(n - 2);
  return c === 0x2019 || c === 39;
}

/** `s` in lower case; `s` itself when it has no upper-case ASCII letter and nothing beyond ASCII. */
function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

/**
 * Words of `text[from, to)` with each range in `quotes` (sorted, inside the window) as one quote token;
 * the word objects are taken from `spare` (see `releaseWords`) while it has any.
 */
export function wordsOf(text: string, from: number, to: number, quotes: { start: number; end: number }[], spare: Word[]): Word[] {
  return wordsAmong(text, from, to, quotes, 0, quotes.length, spare);
}

/**
 * `wordsOf` with the ranges quotes[first], … quotes[end - 1]: those outside the window are passed over, so
 * that a caller hands a run of a longer list rather than a list made for the call.
 */
export function wordsAmong(text: string, from: number, to: number, quotes: { start: number; end: number }[], first: number, end: number, spare: Word[]): Word[] {
  const out: Word[] = [];
  let pos = from;
  for (let k = first; k < end; k++) {
    const q = quotes[k];
    if (q.end <= pos || q.start >= to) continue;
    scanWords(text, pos, Math.max(pos, q.start), out, spare);
    out.push(word(spare, q.start, q.end, text.slice(q.start, q.end), '', 'quote'));
    pos = q.end;
  }
  scanWords(text, pos, to, out, spare);
  return out;
}

// Whether a text starts with a lower-case or an upper-case letter (its first code point, as /^\p{Ll}/u
// and /^\p{Lu}/u read it); the regex is asked only beyond ASCII.
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : STARTS_LOWER.test(s);
}
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(s);
}

const isCapitalized = (w: Word): boolean => w.kind === 'word' && startsUpper(w.text);
/** A capitalised word that may be part of a name; an initial ("A." in "Jock A. Finlayson") even when it is a word of NOT_NAME. */
const isNameWord = (w: Word): boolean => isCapitalized(w) && (!NOT_NAME.has(w.lower) || isInitial(w));
/** A capital letter and its full stop: "A.", "I." are initials, not the article or the pronoun. */
const isInitial = (w: Word): boolean => w.text.length === 2 && w.text.charCodeAt(1) === 46;
/** A capitalised word that can be part of a name: not "The", "After", "Regarding". */
const isName = (w: Word): boolean => isCapitalized(w) && !NOT_NAME.has(w.lower) && !DETERMINERS.has(w.lower) && !/ing$/.test(w.lower);
/**
 * Whether word `j` is a reporting verb: lower case (not "the State Department"), not after a determiner
 * or a possessive ("in a post", "the woman’s quotes"); a bare form ("tweet", "report") only where a verb
 * can stand, an -s form that is as often a plural noun ("the tweets were") only after a name, a pronoun
 * or a determined noun ("the letter reads").
 */
function isCue(words: Word[], j: number): boolean {
  const w = words[j];
  const prev = words[j - 1];
  if (w?.kind === 'word' && (w.lower === 'put' || w.lower === 'puts')) return isAsPutIt(words, j);
  // "Sanders shot back, “…”", "Fallon fired back:": a retort.
  if (w?.kind === 'word' && words[j + 1]?.lower === 'back' && RETORTS.test(w.lower)) return true;
  // "he pointed out", "she chimed in", "he went on": a verb that reports speech with its particle only.
  // "went on" not before a noun phrase: "she went on a trip" is no speech, "he went on to say", "went on about" are.
  if (w?.kind === 'word' && w.lower.length >= 4 && words[j + 1] !== undefined && PHRASAL_CUES.get(w.lower) === words[j + 1].lower) {
    const after = words[j + 2];
    return w.lower !== 'went' || after === undefined || after.kind !== 'word' || !(DETERMINERS.has(after.lower) || /^\d/.test(after.text));
  }
  if (!w || w.kind !== 'word' || !(startsLower(w.text) || (j === 0 && /^(?:said|says)$/.test(w.lower))) || w.lower.length < SHORTEST_CUE || !CUE_WORDS.has(w.lower)) return false;
  // "will continue to be “…”": an aspect verb before an infinitive, not a reporting verb.
  if (words[j + 1]?.lower === 'to' && /^continu/.test(w.lower)) return false;
  // "The so called “Implementation Initiative”": a name's label, no one's words.
  if (w.lower === 'called' && prev?.lower === 'so') return false;
  const nounLike = CUE_LEMMA_SET.has(w.lower) || NOUN_LIKE_CUES.has(w.lower) || /ing$/.test(w.lower);
  // "hundreds of screaming supporters", "a crowd of chanting protesters": a participle before the plural noun it describes.
  if (prev?.lower === 'of' && /ing$/.test(w.lower) && isPluralNoun(words[j + 1])) return false;
  // Not after a possessive ("the woman’s quotes"); "He’s claiming" is a pronoun and "is".
  const possessive = prev !== undefined && /['’]s$/.test(prev.text) && !SUBJECT_PRONOUNS.has(prev.lower);
  if (nounLike && prev && (DETERMINERS.has(prev.lower) || possessive || prev.text === '’s' || prev.text === "'s")) return false;
  if (NOUN_LIKE_CUES.has(w.lower)) {
    if (!prev || /^(?:were|are|have|had|was|is|show|showed|from|of)$/.test(words[j + 1]?.lower ?? '')) return false;
    // "Sanders claims", but "32% of Republican claims": after a preposition the capitalised word qualifies a noun.
    return (isCapitalized(prev) && !NOT_NAME.has(prev.lower) && !OBJECT_PREPOSITIONS.test(words[j - 2]?.lower ?? '')) || prev.kind === 'quote' || (prev.text === ',' && words[j - 2]?.kind === 'quote') || /^(?:he|she|it|who|also|then|now|still)$/.test(prev.lower) || isAdverbInLy(prev.lower) || prev.text === ')'
      || (prev.kind === 'word' && startsLower(prev.text) && DETERMINERS.has(words[j - 2]?.lower ?? '')) || afterAsAndSubject(words, j);
  }
  if (!CUE_LEMMA_SET.has(w.lower)) return true;
  // "“…,” read the email", "“…,” say the authors": right after a quote's comma, a bare form is the verb of
  // an inverted attribution.
  if (followsQuoteComma(words, j)) return true;
  // "read" is its own past tense: "the email read", "a sign that read".
  if (w.lower === 'read' && prev?.kind === 'word' && (prev.lower === 'that' || DETERMINERS.has(words[j - 2]?.lower ?? ''))) return true;
  if (!prev) return false;
  // "could only quip", "will not say": a modal and an adverb before the bare form.
  const adverb = prev.kind === 'word' && (isAdverbInLy(prev.lower) || /^(?:only|also|just|never|not|even|still)$/.test(prev.lower));
  // "they say", "officials say"; "Aides say", "Politicos call" at the start of a sentence.
  return BEFORE_BARE_VERB.has(prev.lower) || /^\p{Ll}+s$/u.test(j === 1 ? prev.lower : prev.text) && !/(?:ss|us|is)$/.test(prev.lower) || adverb && BEFORE_BARE_VERB.has(words[j - 2]?.lower ?? '');
}

/** A lower-case word in -s that is no pronoun or verb of being ("supporters", "fans"; not "his", "was", "this"). */
function isPluralNoun(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'word' && w.lower.length > 3 && startsLower(w.text) && w.lower.charCodeAt(w.lower.length - 1) === 115 && !/(?:ss|us|is|ys)$/.test(w.lower)
    && !NOT_IN_DESCRIPTION.has(w.lower) && !SUBJECT_PRONOUNS.has(w.lower);
}

/** Prepositions whose object a noun phrase is, not a subject. */
const OBJECT_PREPOSITIONS = /^(?:of|to|for|with|by|from|in|on|at|about|against|than|into|over|under)$/;

/** Word `j` comes right after a quote closed on a comma, or after a quote and a comma: “…,” said X / “…”, said X. */
function followsQuoteComma(words: Word[], j: number): boolean {
  const prev = words[j - 1];
  if (!prev) return false;
  if (prev.kind === 'quote') return markBeforeLast(prev.text) === 44;
  return prev.text === ',' && words[j - 2]?.kind === 'quote';
}

/** Shorter words ("a", "of", "he", a third of a text's words) are no cue: the set is not asked about them. */
const SHORTEST_CUE = Math.min(...[...CUE_WORDS].map((w) => w.length));

/** "as the Heritage Foundation website notes": "as" opening a subject just before word `j` makes it a verb. */
function afterAsAndSubject(words: Word[], j: number): boolean {
  for (let k = j - 2; k >= 0 && j - k <= 6; k--) {
    const w = words[k];
    if (w.kind !== 'word') return false;
    if (w.lower === 'as') {
      const opens = words[k + 1];
      return (DETERMINERS.has(opens.lower) || isCapitalized(opens)) && !/^(?:well|such|same|so)$/.test(words[k - 1]?.lower ?? '');
    }
  }
  return false;
}

/** Verbs that make a retort with "back": "shot back", "fired back", "hit back". */
/** Verb forms that report speech with the particle after them ("pointed out", "chimed in"), and that particle. */
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ...['point', 'points', 'pointed', 'pointing'].map((v) => [v, 'out'] as const),
  ...['chime', 'chimes', 'chimed', 'chiming', 'weigh', 'weighs', 'weighed', 'weighing'].map((v) => [v, 'in'] as const),
  ...['sum', 'sums', 'summed', 'summing'].map((v) => [v, 'up'] as const),
  // Only the past tense, "is going on" being no speech.
  ['went', 'on'],
]);
const RETORTS = /^(?:shot|shoots|fired|fires|hit|hits|pushed|pushes|struck|strikes|lashed|lashes|fought|fights)$/;

/** "As The Post’s Ruth Marcus puts it, …", "as Vulture put it": "put(s) it" after "as" and a source. */
function isAsPutIt(words: Word[], j: number): boolean {
  if (words[j + 1]?.lower !== 'it') return false;
  for (let k = j - 1; k >= 0 && j - k <= 8; k--) {
    // "as one official put it", "that was how Jones put it".
    if (words[k].lower === 'as' || words[k].lower === 'how') return k < j - 1;
    if (words[k].kind !== 'word' && words[k].text !== '’s' && words[k].text !== "'s") return false;
  }
  return false;
}

const isAccordingTo = (words: Word[], i: number): boolean => words[i]?.lower === ACCORDING && words[i + 1]?.lower === 'to';

/** Index of the first word of words[from, to) written `text`, or -1. */
function indexOfText(words: Word[], text: string, from: number, to: number): number {
  for (let k = Math.max(0, from); k < to; k++) if (words[k].text === text) return k;
  return -1;
}

/** Only a comma, a colon, "that" or an adverb between words `j` and `q`: Priebus said, “Probably.” */
function onlyLinkWordsBetween(words: Word[], j: number, q: number): boolean {
  for (let k = j + 1; k < q; k++) {
    const x = words[k];
    if (x.text !== ',' && x.text !== ':' && x.lower !== 'that' && !isAdverbInLy(x.lower)) return false;
  }
  return true;
}

function spanOf(text: string, words: Word[], from: number, to: number): Span {
  const start = words[from].start;
  const end = words[to].end;
  return { start, end, text: text.slice(start, end) };
}

/** A name or description ending at word `last` (inclusive), read backwards; returns its first word index. */
function nounPhraseEndingAt(words: Word[], last: number): number | null {
  const w = words[last];
  if (!w || w.kind === 'quote') return null;
  if (w.kind === 'word' && SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'you') return last;
  let i = last;
  if (w.text === ')') {
    // "Rep. Elijah Cummings (D-Md.)": skip the bracket back to the name it follows.
    while (i > 0 && words[i].text !== '(') i--;
    i--;
    if (i < 0) return null;
  }
  if (isNameWord(words[i])) {
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const x = words[j];
      if (isNameWord(x)) first = j;
      else if (x.kind === 'word' && NAME_LINKS.has(x.lower) && j > 0 && isCapitalized(words[j - 1])) continue;
      else if (x.text === '’s' || x.text === "'s") continue;
      else if (x.kind === 'word' && startsLower(x.text) && !NOT_IN_DESCRIPTION.has(x.lower) && !isCue(words, j) && j < first && first - j <= 3 && !DETERMINERS.has(x.lower) && isRoleWord(x.lower)) first = j;
      else break;
    }
    if (first > 0 && DETERMINERS.has(words[first - 1].lower) && words[first - 1].lower !== 'that') first--;
    return first;
  }
  // A share of those polled: "14 percent said", "About four in 10 said".
  if (words[i].lower === 'percent' && /^\d/.test(words[i - 1]?.text ?? '')) return i - 1;
  if (/^\d+$/.test(words[i].text) && words[i - 1]?.lower === 'in' && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/.test(words[i - 2]?.lower ?? '')) return i - 2;
  // A description: determiner + up to four words ("the former senator", "a campaign spokesman"),
  // or a bare plural source ("officials").
  if (words[i].kind === 'word' && PRONOUN_DETERMINERS.has(words[i].lower)) return i;
  if (words[i].kind !== 'word' || NOT_IN_DESCRIPTION.has(words[i].lower) || isCue(words, i) || DETERMINERS.has(words[i].lower)) return null;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const x = words[j];
    if (x.kind !== 'word') break;
    // "the two senators": the article before a number.
    if (DETERMINERS.has(x.lower)) return COUNT_WORDS.has(x.lower) && j > 0 && DEFINITE_OPENERS.has(words[j - 1].lower) ? j - 1 : j;
    // A name's possessive stands for the determiner: "Clinton's campaign manager", "Hillary Clinton's spokesman".
    if (isNameWord(x) && /['’]s$/.test(x.text) && ROLE_NOUNS.has(words[i].lower)) {
      let first = j;
      while (first > 0 && isNameWord(words[first - 1])) first--;
      return first;
    }
    if (NOT_IN_DESCRIPTION.has(x.lower) || isCue(words, j)) break;
  }
  return BARE_SOURCES.has(words[i].lower) ? i : null;
}

/** Lower-case words that may stand before a name as its role: "spokeswoman Maria Zakharova", "chief". */
function isRoleWord(lower: string): boolean {
  return !isAdverbInLy(lower) && !/ing$/.test(lower) && !/ed$/.test(lower);
}

/** "later", "has", "reportedly": words between a source and its cue (adverbs in lower case only: not "Early"). */
function isBetweenSourceAndCue(w: Word): boolean {
  return w.kind === 'word' && (BETWEEN_SOURCE_AND_CUE.has(w.lower) || (isAdverbInLy(w.lower) && startsLower(w.text)));
}

/** Whether a lower-case word is an adverb by its "-ly" ("later", "reportedly"), but for the nouns written so ("The rally denounced …"). */
const isAdverbInLy = (lower: string): boolean => lower.endsWith('ly') && !NOUNS_IN_LY.has(lower);
/** Nouns that end in "-ly" like an adverb: "The rally denounced …", "The family said", "Trump ally Roger Stone". */
const NOUNS_IN_LY: ReadonlySet<string> = new Set(['rally', 'family', 'ally', 'assembly', 'supply', 'reply', 'bully', 'tally', 'monopoly', 'anomaly', 'homily', 'panoply']);

/** The source before a cue at word `cue`: skips "later", "has", "who" and the like. */
function sourceBefore(words: Word[], cue: number): [number, number] | null {
  let i = cue - 1;
  while (i >= 0 && isBetweenSourceAndCue(words[i])) i--;
  // "The State Department two weeks ago said": a time phrase ending in "ago".
  if (i >= 2 && words[i].lower === 'ago') i -= 3;
  // "Beck, who has in the past described …": a short prepositional phrase between subject and verb.
  const pp = prepositionalPhraseEndingAt(words, i);
  if (pp >= 0) {
    i = pp - 1;
    while (i >= 0 && isBetweenSourceAndCue(words[i])) i--;
  }
  // "Trump, who has called …", "the report, which notes": the relative pronoun is the source as
  // written (the PolNeAR convention, like "he"); `referentOf` finds who it stands for.
  if (i >= 0 && isRelativePronoun(words, i)) return [i, i];
  if (i >= 0 && words[i].text === ',') {
    // "Michael Mulgrew, president of the teachers' union, said": the name before the apposition.
    let k = i - 1;
    while (k >= 0 && i - k <= 14 && words[k].kind !== 'quote' && words[k].text !== ',') k--;
    if (k < 0 || words[k].text !== ',') return null;
    i = appositionChainStart(words, k) - 1;
    // "… leadership, who, on a press call Friday, criticized": the relative pronoun before the aside.
    if (i >= 0 && isRelativePronoun(words, i)) return [i, i];
  }
  if (i < 0) return null;
  const first = nounPhraseEndingAt(words, i);
  if (first === null) return null;
  // "a spokesman for Bernie Sanders said", "the mayor of Chicago said", "an aide to the senator said": the head of the
  // phrase speaks.
  const link = words[first - 1];
  // "to" only after a role noun ("an aide to", "the ambassador to"): "a website linked to a group" is no such phrase.
  if (link && (/^(?:for|of|at)$/.test(link.lower) || (link.lower === 'to' && first >= 2 && ROLE_NOUNS.has(words[first - 2].lower))) &&
      first >= 2 && words[first - 2].kind === 'word' && !isName(words[first - 2])) {
    const head = nounPhraseEndingAt(words, first - 2);
    if (head !== null && !SUBJECT_PRONOUNS.has(words[head].lower)) return [head, i];
  }
  // "Another intelligence source speaking to Fox News said", "a Democratic staffer in the room wondered": the
  // phrase is the object of a preposition (after a participle, maybe) that describes the subject before it.
  if (link && (MODIFIER_PREPOSITIONS.has(link.lower) || link.lower === 'to') && first >= 2) {
    // "speaking to": "to" only after a participle in -ing ("a website linked to a group called" is no subject).
    const participle = words[first - 2].kind === 'word' && startsLower(words[first - 2].text) && /ing$/.test(words[first - 2].lower);
    if (link.lower === 'to' && !participle) return [first, i];
    const last = participle ? first - 3 : first - 2;
    // The head ends on a noun, not a verb ("messages that appeared on …").
    const head = last >= 0 && words[last].kind === 'word' && (isCapitalized(words[last]) || !/(?:ed|ing)$/.test(words[last].lower)) ? nounPhraseEndingAt(words, last) : null;
    if (head !== null && !OBJECT_PREPOSITIONS.test(words[head - 1]?.lower ?? '')) return [head, last];
  }
  // "but in a later interview said": a description after a preposition of time or place is no subject.
  if (link && PHRASE_PREPOSITIONS.has(link.lower) && !isCapitalized(words[i]) && words[i].text !== ')') return null;
  return [first, i];
}

/** Prepositions whose phrase may describe a subject between it and its verb: "a staffer in the room wondered". */
const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'from', 'inside', 'outside', 'near', 'across', 'through']);

/**
 * The comma that opens the chain of asides ending at the comma `k`, when a name opening the clause stands
 * before it: "Clinton, during a town hall meeting in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich.,
 * said" (not "Ohio", "Flint"); `k` itself otherwise.
 */
function appositionChainStart(words: Word[], k: number): number {
  for (let c = k - 1; c > 0 && k - c <= 24; c--) {
    const w = words[c];
    if (w.kind === 'quote' || isSentenceEnd(w)) break;
    if (w.text !== ',' || !isCapitalized(words[c - 1])) continue;
    const first = nounPhraseEndingAt(words, c - 1);
    if (first !== null && (first === 0 || words[first - 1].text === ',' && opensSentence(words, first - 1))) return c;
  }
  return k;
}

/** Prepositions that open a phrase of time or place between a subject and its verb. */
const PHRASE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'over', 'since', 'throughout']);

/**
 * The first word of a prepositional phrase of up to four words ending at word `last` ("in the past", "at
 * one point", "on Monday"), or -1. Its words are plain words, not a cue, a pronoun or a name's end.
 */
function prepositionalPhraseEndingAt(words: Word[], last: number): number {
  // The preposition first (most sources have none before their verb), then the words after it.
  let prep = -1;
  for (let k = last - 1; k >= 0 && last - k <= 3; k--) {
    if (words[k].kind !== 'word') return -1;
    if (PHRASE_PREPOSITIONS.has(words[k].lower)) { prep = k; break; }
  }
  const before = words[prep - 1];
  if (prep < 0 || !before || before.kind !== 'word' || !(isBetweenSourceAndCue(before) || isRelativePronoun(words, prep - 1) || SUBJECT_PRONOUNS.has(before.lower))) return -1;
  for (let k = prep + 1; k <= last; k++) {
    const w = words[k];
    if (w.kind !== 'word' || SUBJECT_PRONOUNS.has(w.lower) || NOT_IN_DESCRIPTION.has(w.lower) || isCue(words, k)) return -1;
  }
  return prep;
}

/** Words that link a role noun to what it is of. */
const ROLE_OF = /^(?:for|of|at|with)$/;

/**
 * The last word of what the role noun at `last` is of, when a link follows it ("spokesperson for Google", "mayor of
 * Chicago", "a spokesman for the Clinton campaign"): a name, or up to three words after an article; else `last`.
 */
function linkedPartEnd(words: Word[], last: number): number {
  const link = words[last + 1];
  if (!ROLE_NOUNS.has(words[last].lower) || !link || link.kind !== 'word' || !ROLE_OF.test(link.lower)) return last;
  let k = last + 2;
  if (words[k]?.kind === 'word' && DETERMINERS.has(words[k].lower)) k++;
  let end = -1;
  let named = false;
  for (let j = k; j < words.length && j - k < 4; j++) {
    const w = words[j];
    if (isNameWord(w)) { end = j; named = true; }
    else if (w.kind === 'word' && startsLower(w.text) && !NOT_IN_DESCRIPTION.has(w.lower) && !isCue(words, j)) end = j;
    else if (w.text === '’s' || w.text === "'s") continue;
    else break;
  }
  // "at" links a place of work by its name ("an analyst at Capital Economics"), not a time ("at the time").
  return end > last + 1 && (named || link.lower !== 'at') ? end : last;
}

/** The source after a cue ("said Rep. Cummings", "according to the report"), read forwards. */
function sourceAfter(words: Word[], from: number): [number, number] | null {
  let i = from;
  if (i >= words.length || words[i].kind !== 'word') return null;
  if (SUBJECT_PRONOUNS.has(words[i].lower) && words[i].lower !== 'it' && !isInitial(words[i])) return [i, i];
  let last = -1;
  if (DETERMINERS.has(words[i].lower)) {
    for (let j = i + 1; j < words.length && j - i <= 5; j++) {
      if (words[j].kind !== 'word' || NOT_IN_DESCRIPTION.has(words[j].lower) || isCue(words, j)) break;
      last = j;
    }
    // "“…,” tweeted another.", "said one": a determiner standing alone.
    if (last < 0 && PRONOUN_DETERMINERS.has(words[i].lower)) last = i;
    // "said a spokesperson for Google", "said the mayor of Chicago": a role noun and what it is of.
    if (last > i) last = linkedPartEnd(words, last);
  } else {
    // Up to three lower-case words of a role before the name, five when "of" links them: "said former secretary of
    // state Hillary Clinton", "said master of ceremonies Asab Al-Tabchi".
    let roleWords = 3;
    for (let j = i; j < words.length; j++) {
      const x = words[j];
      if (isNameWord(x)) last = j;
      else if (x.kind === 'word' && NAME_LINKS.has(x.lower) && isCapitalized(words[j + 1] ?? x) && last >= 0) continue;
      else if (last >= 0) {
        // "said Democratic strategist David Axelrod", "said Republican political consultant Chris Russell": role words
        // in lower case between a capitalised modifier and the name.
        const role = j - i < 3 ? roleWordsBeforeName(words, j) : 0;
        if (role === 0) break;
        j += role - 1;
      } else if (x.kind === 'word' && startsLower(x.text) && !NOT_IN_DESCRIPTION.has(x.lower) && !isCue(words, j) && j - i < roleWords) continue;
      else if (x.lower === 'of' && j > i && startsLower(words[j - 1].text) && words[j + 1]?.kind === 'word' && startsLower(words[j + 1].text) && j - i < roleWords) roleWords = 5;
      else break;
    }
    if (last < 0 && BARE_SOURCES.has(words[i].lower)) last = i;
  }
  if (last < 0) return null;
  // "Powell’s office", "the senator’s spokesman".
  if (/['’]s$/.test(words[last].text)) {
    for (let j = last + 1; j < words.length && j - last <= 3; j++) {
      const x = words[j];
      if (x.kind !== 'word' || !startsLower(x.text) || NOT_IN_DESCRIPTION.has(x.lower) || isCue(words, j)) break;
      last = j;
    }
  }
  // "Senate leaders", "White House officials"; "Rep. Jane Doe (D-Md.)".
  if (words[last + 1] && BARE_SOURCES.has(words[last + 1].lower)) last++;
  if (words[last + 1]?.text === '(') {
    const close = indexOfText(words, ')', last + 2, Math.min(words.length, last + 9));
    if (close > 0) last = close;
  }
  return [i, last];
}

/**
 * How many words from `j` on are lower-case role words (at most three: "political consultant") before a capitalised
 * word that may begin a name; 0 when they are not.
 */
function roleWordsBeforeName(words: Word[], j: number, listedOnly = false): number {
  let k = j;
  while (k < words.length && k - j < 3) {
    const x = words[k];
    if (x.kind !== 'word' || !startsLower(x.text) || NOT_IN_DESCRIPTION.has(x.lower) || DETERMINERS.has(x.lower) || !isRoleWord(x.lower) || isCue(words, k)) break;
    if (listedOnly && !isListedRoleWord(x.lower)) break;
    k++;
  }
  const next = words[k];
  return k > j && next !== undefined && isCapitalized(next) && !NOT_NAME.has(next.lower) ? k - j : 0;
}

/** A word that roles are made of ("presidential", "candidate", "front-runner"), as the entity step lists them. */
function isListedRoleWord(lower: string): boolean {
  if (ROLE_HEADS.has(lower) || (ROLE_LOWER_MODIFIERS.has(lower) && !NAME_LINKS.has(lower))) return true;
  return lower.includes('-') && lower.split('-').every((part) => ROLE_HEADS.has(part) || ROLE_LOWER_MODIFIERS.has(part) || part === 'runner');
}

/** Reporting verbs whose next noun phrase is their object, never an inverted source: "told ABC", "called Trump". */
const TAKES_OBJECT = /^(?:tell|tells|told|telling|call|calls|called|calling|urge[sd]?|urging|thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|blast(?:s|ed|ing)?|slam(?:s|med|ming)?|label(?:s|ed|led|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|inform(?:s|ed|ing)?|remind(?:s|ed|ing)?|assur(?:e|es|ed|ing)|advis(?:e|es|ed|ing))$/;

/**
 * The source after the cue at word `cue`: the agent of a passive ("was asked by moderator Gerard Baker"),
 * or an inverted source ("said Rep. Cummings"), which a verb taking an object never has ("told ABC").
 */
function sourceAfterCue(words: Word[], cue: number): [number, number] | null {
  if (words[cue + 1]?.lower === 'by') return /(?:ed|told|written)$/.test(words[cue].lower) ? sourceAfter(words, cue + 2) : null;
  return TAKES_OBJECT.test(words[cue].lower) ? null : sourceAfter(words, cue + 1);
}

/** "Rubio was asked by moderator Gerard Baker whether …": a passive cue's source is its agent. */
function passiveAgent(words: Word[], cue: number): [number, number] | null {
  const be = words[cue - 1]?.lower === 'been' || isBetweenSourceAndCue(words[cue - 1] ?? words[cue]) ? words[cue - 2] : words[cue - 1];
  if (words[cue + 1]?.lower !== 'by' || !be || !/^(?:was|were|is|are|been|be|being)$/.test(be.lower) && !/^(?:was|were|is|are|been|be|being)$/.test(words[cue - 1]?.lower ?? '')) return null;
  return sourceAfterCue(words, cue);
}

/**
 * Finds the attribution of the quote token at `q` in `words` (one sentence, maybe two): see
 * `attributeInSentence`. When that sentence also credits a report ("“…,” Sanders said, according to CNN",
 * "According to pool reports, Obama said “…”"), the report is the source: the outer attribution, the one
 * readers can check (and PolNeAR's); the speaker it reports stays the referent.
 */
export function attribute(text: string, words: Word[], q: number): Attribution | null {
  const found = attributeInSentence(text, words, q);
  return found?.source ? creditedReport(text, words, found, accordingToInSentence(words, q, found.cue.start)) : found;
}

/** `found` with the "according to" at word `according` as its cue and that phrase's source (when any) as its source. */
function creditedReport(text: string, words: Word[], found: Attribution, according: number): Attribution {
  const source = according < 0 ? null : sourceAfter(words, according + 2);
  if (!source) return found;
  return { ...withSource(text, words, according, according + 1, source, found.adjacent), referent: found.referent ?? found.source };
}

/** Words that may link the parts of a description: "the senator and candidate", "one of two witnesses". */
const DESCRIPTION_LINKS = /^(?:and|of|for|at)$/;

/**
 * The last word of a description that fills words[from, cue): opened by a determiner or a capitalised word,
 * only words, none a clause word ("who", "is", "that") but the links of DESCRIPTION_LINKS, and words
 * like "later" before the cue left out; -1 when the words are not such a description.
 */
function describedRun(words: Word[], from: number, cue: number): number {
  const first = words[from];
  if (!(DETERMINERS.has(first.lower) && first.lower !== 'that' || isName(first))) return -1;
  let last = cue - 1;
  while (last > from && isBetweenSourceAndCue(words[last])) last--;
  for (let k = from + 1; k <= last; k++) {
    const w = words[k];
    if (w.kind !== 'word' && w.text !== '’s' && w.text !== "'s") return -1;
    if (NOT_IN_DESCRIPTION.has(w.lower) && !DESCRIPTION_LINKS.test(w.lower)) return -1;
  }
  return DESCRIPTION_LINKS.test(words[last].lower) ? -1 : last;
}

/** Sentence-ending marks: an "according to" beyond them credits another sentence. */
const isSentenceEnd = (w: Word): boolean => w.kind === 'punct' && (w.text === '.' || w.text === '!' || w.text === '?');

/** The quote token ends its sentence: a full stop, ? or ! before its closing marks. */
function quoteEndsSentence(w: Word): boolean {
  let k = w.text.length - 1;
  let c = w.text.charCodeAt(k);
  while (k > 0 && (c === 0x201d || c === 34 || c === 0x2019 || c === 39)) c = w.text.charCodeAt(--k);
  return c === 46 || c === 63 || c === 33;
}

/**
 * Index of an "according to" in the sentence of the quote at `q` other than the cue at offset `cue`: before
 * the quote anywhere in the sentence ("According to the Post, Trump said “…”"), after it only after a comma
 * ("“…,” he said, according to the Post"), and not past a quote that ends its sentence when the cue is
 * before it ("X’s response was: “…?” Y is a store, according to its website"); -1 when there is none.
 */
function accordingToInSentence(words: Word[], q: number, cue: number): number {
  for (let k = q - 1; k >= 0; k--) {
    const w = words[k];
    if (w.lower === ACCORDING) {
      if (w.start !== cue && words[k + 1].lower === 'to') return k;
    } else if (w.kind === 'punct' && isSentenceEnd(w)) break;
  }
  return cue < words[q].start && quoteEndsSentence(words[q]) ? -1 : accordingToAfter(words, q + 1, cue);
}

/** Index of a ", according to" from word `from` to the end of the sentence, other than the cue at offset `cue`; or -1. */
function accordingToAfter(words: Word[], from: number, cue: number): number {
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (w.lower === ACCORDING) {
      if (w.start !== cue && words[k - 1].text === ',' && words[k + 1]?.lower === 'to') return k;
    } else if (w.kind === 'punct' && isSentenceEnd(w)) break;
  }
  return -1;
}

/** , ? ! — – -: the quote's own words end on one of these, so that what follows is set off from them. */
const isSeparator = (c: number): boolean => c === 44 || c === 63 || c === 33 || c === 0x2014 || c === 0x2013 || c === 45;

/**
 * The attribution of the quote token at `q` read from its sentence: first a cue right after the quote
 * ("…,” he said / said Cummings), then the nearest cue before it in the sentence (He stated, “…” / calling
 * it a “…”), then any later cue.
 */
function attributeInSentence(text: string, words: Word[], q: number): Attribution | null {
  // 1. Right after the quote: `, SOURCE CUE` or `, CUE SOURCE` within a few words, when a comma (or
  // ? !) separates them: “…,” she said. Or a dash and a name: “…” ― Pamela Padilla.
  let i = q + 1;
  const dash = words[i]?.kind === 'punct' && /^[―—–]$/.test(words[i].text);
  if (dash) {
    const name = sourceAfter(words, i + 1);
    if (name && isCapitalized(words[i + 1])) return withSource(text, words, i, i, name, true);
  }
  while (i < words.length && words[i].kind === 'punct' && /^[,—–:-]$/.test(words[i].text)) i++;
  const separated = i > q + 1 || isSeparator(markBeforeLast(words[q].text));
  for (let j = i; separated && j < words.length && j - i <= 8; j++) {
    const w = words[j];
    if (w.kind !== 'word') break;
    if (isAccordingTo(words, j)) return withSource(text, words, j, j + 1, sourceAfter(words, j + 2), true);
    if (!isCue(words, j)) continue;
    if (j === i) {
      // "…,” said Cummings; a participle ("…,” announcing …) belongs to the clause's subject instead.
      if (/ing$/.test(w.lower)) break;
      return withSource(text, words, j, j, sourceAfterCue(words, j), true);
    }
    const before = sourceBefore(words, j);
    if (before && before[0] === i) return withSource(text, words, j, j, before, true);
    // “…,” the Vermont senator and Democratic presidential candidate told ABC: a description too long or
    // too linked for `sourceBefore` is all the words between the quote's comma and the cue.
    const run = before ? -1 : describedRun(words, i, j);
    if (run >= 0) return withSource(text, words, j, j, [i, run], true);
    break;
  }
  // “…,” Bennett shot back: after a quote closed on a comma, a name and a lower-case word are source and cue;
  // not when the quote closes an opening clause that has its own cue ("When Maddow pointed out that …
  // “Medicare for all,” Clinton seized upon it").
  if (markBeforeLast(words[q].text) === 44 && isCapitalized(words[i] ?? words[q]) && !closesCuedOpeningClause(words, q)) {
    const name = sourceAfter(words, i);
    const verb = name ? words[name[1] + 1] : undefined;
    if (name && verb?.kind === 'word' && startsLower(verb.text) && !NOT_IN_DESCRIPTION.has(verb.lower) && !DETERMINERS.has(verb.lower)) {
      return withSource(text, words, name[1] + 1, name[1] + 1, name, true);
    }
  }
  // “…,” Scott Pruitt, the attorney general of Oklahoma, said; “…,” Harry Bond, 30, of Raleigh, N.C., who was
  // among those polled, said: asides set off by commas, up to 24 words, between the name and its cue.
  if (separated && isCapitalized(words[i] ?? words[q])) {
    let k = i;
    while (k < words.length && words[k].text !== ',' && k - i <= 5) k++;
    for (let close = k + 1; words[k]?.text === ',' && close < words.length && close - k <= 24 && words[close].kind !== 'quote' && !isSentenceEnd(words[close]); close++) {
      if (words[close].text !== ',') continue;
      let cue = close + 1;
      while (cue < words.length && isBetweenSourceAndCue(words[cue])) cue++;
      if (isCue(words, cue)) return withSource(text, words, cue, cue, [i, k - 1], true);
    }
  }
  // A colon right before the quote: the verb before it is the cue, whatever verb it is ("Trump boomed:").
  if (words[q - 1]?.text === ':') {
    let j = q - 2;
    while (j >= 0 && q - j <= 7 && !isCue(words, j)) j--;
    if (j < 0 || q - j > 7) j = /^\p{Ll}+ed$/u.test(words[q - 2]?.text ?? '') ? q - 2 : -1;
    if (j >= 0) {
      const participle = /ing$/.test(words[j].lower) && followsComma(words, j);
      const source = participle
        ? earlierCueSource(words, j) ?? sentenceSubject(words, j)
        : (/ing$/.test(words[j].lower) ? issuerOfWriting(words, j) : null) ?? sourceBefore(words, j) ?? (j === 0 ? invertedAfter(words, j, q) : subjectBefore(words, j));
      return withSource(text, words, j, j, source, true);
    }
    // "Republican pollster Daron Shaw: “…”": a name right before the colon is the source, the colon the cue.
    // Not the object of a preposition ("delivered a blunt message to Trump: “…”"); "More from Jones:" is.
    const first = q >= 2 && isCapitalized(words[q - 2]) ? nounPhraseEndingAt(words, q - 2) : null;
    if (first !== null && !/^(?:to|for|with|at|on|about|against|of|in)$/.test(words[first - 1]?.lower ?? '')) return withSource(text, words, q - 1, q - 1, [first, q - 2], true);
    // "In a Fox interview, Trump went even further: “…”": the subject of the sentence the colon ends.
    const subject = sentenceSubject(words, q - 1);
    if (subject) return withSource(text, words, q - 1, q - 1, subject, true);
  }
  // 2. The nearest cue before the quote, in the same sentence.
  for (let j = q - 1; j >= 0; j--) {
    const w = words[j];
    if (w.kind === 'quote') continue;
    if (isAccordingTo(words, j)) return withSource(text, words, j, j + 1, sourceAfter(words, j + 2));
    // "Trump’s claim that Obama “founded ISIS,”", "her remark that “…”": the holder of a noun of saying whose
    // "that" clause holds the quote said it, the noun its cue.
    if (w.lower === 'that') {
      const claim = possessedClaim(words, j);
      if (claim) return withSource(text, words, claim[0], claim[0], claim[1]);
    }
    if (!isCue(words, j)) continue;
    // Adjacent when only a comma, a colon or "that" stands between: Priebus said, “Probably.”
    const adjacent = onlyLinkWordsBetween(words, j, q);
    // "Fiorina backed Cruz on Wednesday, saying …": a participle after a comma has the sentence's subject.
    const agent = passiveAgent(words, j);
    if (agent) return withSource(text, words, j, j, agent, adjacent);
    // "… with many marchers and spectators chanting “…”": the subject of a participle opened by "with" is the phrase between.
    const absolute = /ing$/.test(w.lower) ? withPhraseSubject(words, j) : null;
    if (absolute) return withSource(text, words, j, j, absolute, adjacent);
    const participle = /ing$/.test(w.lower) && followsComma(words, j);
    const issuer = !participle && /ing$/.test(w.lower) ? issuerOfWriting(words, j) : null;
    const before = participle ? null : issuer ?? sourceBefore(words, j);
    const source = issuer ? issuer : participle || (before && isObjectOfParticiple(words, before, j))
      ? earlierCueSource(words, j) ?? sentenceSubject(words, j) ?? sourceBefore(words, j)
      : before ?? (opensSentence(words, j) ? invertedAfter(words, j, q)
        : (followsComma(words, j) ? setOffInvertedAfter(words, j, q) : null) ?? conjoinedSubject(words, j) ?? sentenceSubject(words, j) ?? subjectBefore(words, j));
    // "Rubio said that … he called Trump a “con artist”": a pronoun inside a reported clause stands for
    // the named source of the reporting verb around it, which is the attribution readers (and PolNeAR) take.
    // "Ban Ki-moon condemned what he called a “brazen breach”": naming by the main clause's own subject (a
    // pronoun standing for it) belongs to the main clause, whose subject PolNeAR takes as the source (with its
    // cue when it has one); "what aide Kevin Phillips called" stays that person's.
    const named = source && source[0] === source[1] && SUBJECT_PRONOUNS.has(words[source[0]].lower) && words[source[0] - 1]?.lower === 'what' ? mainClauseOfWhat(words, source[0] - 1) : null;
    if (named) return withSource(text, words, named[0] < 0 ? j : named[0], named[0] < 0 ? j : named[0], named[1], adjacent);
    const outer = source && source[0] === source[1] && PERSON_PRONOUNS.has(words[source[0]].lower) ? outerAttribution(words, source[0])
      : source && !/ing$/.test(w.lower) ? reportingClauseAround(words, source[0]) : null;
    if (outer) return withSource(text, words, outer[0], outer[0], outer[1], adjacent);
    return withSource(text, words, j, j, source, adjacent);
  }
  // 3. A cue later in the sentence: "…” is what Trump told reporters. One that "and" joins to the verb before the
  // quote is that subject's next act ("Trump has used the phrase “…” often, and criticized Obama"): the verb
  // governing the quote (4) goes first.
  for (let j = q + 1; j < words.length; j++) {
    if (isAccordingTo(words, j)) return withSource(text, words, j, j + 1, sourceAfter(words, j + 2));
    if (!isCue(words, j)) continue;
    if (words[j - 1].lower === 'and') {
      const governing = governingVerb(text, words, q);
      if (governing) return governing;
    }
    // "The foundation did not want to address “that person,” telling Fox 35 …": a participle after a comma has the
    // sentence's subject, as before a quote.
    const participle = /ing$/.test(words[j].lower) && followsComma(words, j) ? sentenceSubject(words, j) : null;
    return withSource(text, words, j, j, passiveAgent(words, j) ?? participle ?? sourceBefore(words, j) ?? sourceAfterCue(words, j));
  }
  return governingVerb(text, words, q);
}

/** Nouns for something said that take a "that" clause: "Trump’s claim that …", "her remark that …". */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'assertion', 'assertions',
  'promise', 'promises', 'warning', 'warnings', 'suggestion', 'argument', 'insistence', 'accusation', 'accusations',
  'charge', 'pledge', 'vow', 'contention', 'prediction', 'declaration', 'boast', 'admission', 'complaint', 'threat',
  'answer', 'response', 'insinuation', 'allegation', 'allegations', 'quip', 'joke', 'retort', 'reply', 'explanation',
]);
/** Possessive determiners that name the holder of a claim: "his warning that …". */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Words that make a noun of saying before "that" the subject of a clause of its own: "his comments were … and that". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'which', 'who', 'not']);

/**
 * The noun of saying before the "that" at word `that` and its holder, written as a possessive before it ("Donald
 * Trump’s accusation that", "her assertion during the debate that", "his famous demand that"): [noun, holder].
 * Up to two words may stand between holder and noun, and up to four (a time, a place) or a copula ("The senator’s
 * answer was that") between noun and "that". Not when a reporting verb comes earlier in the sentence: "Frazier said that Rubio's claim that … is “…”" reports
 * Frazier, "saying in his statement that" the sentence's subject.
 */
function possessedClaim(words: Word[], that: number): [number, [number, number]] | null {
  // "The Florida senator’s answer was that …": the noun and a copula.
  const copula = words[that - 1]?.lower === 'was' || words[that - 1]?.lower === 'is';
  const from = copula ? that - 2 : that - 1;
  for (let k = from; k >= 0 && that - k <= 5; k--) {
    const w = words[k];
    if (w.kind !== 'word' || CLAUSE_WORDS.has(w.lower)) return null;
    if (!CLAIM_NOUNS.has(w.lower)) continue;
    // A reporting verb between noun and "that" takes the clause ("her statement explaining that"); asked only
    // once a noun is found, "that" being common.
    for (let c = k + 1; c <= from; c++) if (isCue(words, c)) return null;
    for (let h = k - 1; h >= 0 && k - h <= 3; h--) {
      const holder = words[h];
      if (holder.kind !== 'word') return null;
      let first: number | null = null;
      if (POSSESSIVE_PRONOUNS.has(holder.lower)) first = h;
      else if (endsOnPossessive(holder.text.toLowerCase())) first = nounPhraseEndingAt(words, h);
      else continue;
      return first === null || cueBefore(words, first) ? null : [k, [first, h]];
    }
    return null;
  }
  return null;
}

/** A reporting verb before word `at` in its sentence. */
function cueBefore(words: Word[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (isSentenceEnd(words[k])) return false;
    if (isCue(words, k)) return true;
  }
  return false;
}

/**
 * The subject of the participle at word `cue` when "with" opens its clause ("with many marchers and spectators
 * chanting “…”", "with Donald Trump tweeting that … and asking, “…”"): the one to five words between "with" and the
 * clause's first participle, words only (no comma: "spoke with reporters, saying" has the sentence's subject); null
 * when there is no such "with" in the sentence within 25 words.
 */
function withPhraseSubject(words: Word[], cue: number): [number, number] | null {
  for (let k = cue - 1; k >= 0 && cue - k <= 25; k--) {
    const w = words[k];
    if (isSentenceEnd(w)) return null;
    if (w.lower !== 'with') continue;
    let e = k + 1;
    while (e < cue && words[e].kind === 'word' && !(startsLower(words[e].text) && /ing$/.test(words[e].lower)) && (!NOT_IN_DESCRIPTION.has(words[e].lower) || words[e].lower === 'and')) e++;
    const participle = words[e];
    if (e === k + 1 || e - k > 6 || participle.kind !== 'word' || !/ing$/.test(participle.lower) || !startsLower(participle.text)) return null;
    // The cue is that participle, or one "and" joins to it ("tweeting that … and asking").
    if (e !== cue && words[cue - 1].lower !== 'and') return null;
    let last = e - 1;
    while (last > k + 1 && isBetweenSourceAndCue(words[last])) last--;
    return [k + 1, last];
  }
  return null;
}

/**
 * 4. No reporting verb: the quoted words belong to the subject of the verb that governs them ("Clinton decried
 * the GOP for “turning its back”", "He has coined a new phrase, “…”"). Not for a "so-called “…”": the writer's
 * scare quotes.
 */
function governingVerb(text: string, words: Word[], q: number): Attribution | null {
  const subject = words[q - 1]?.lower === 'so-called' ? null : sentenceSubject(words, q);
  if (!subject) return null;
  let v = subject[1] + 1;
  // "Another critic, Laurence H. Tribe, likened the rules to “…”": the verb follows an apposition set off by commas.
  if (words[v]?.text === ',') {
    let close = v + 1;
    while (close < q && close - v <= 8 && words[close].kind === 'word') close++;
    if (close < q && words[close].text === ',' && close > v + 1) v = close + 1;
  }
  while (v < q && isBetweenSourceAndCue(words[v])) v++;
  const verb = words[v];
  return v < q && verb.kind === 'word' && (/^\p{Ll}+(?:ed|s)$/u.test(verb.text) || IRREGULAR_PAST.has(verb.text)) && !NOT_IN_DESCRIPTION.has(verb.lower) ? withSource(text, words, v, v, subject) : null;
}

/**
 * Irregular past forms of verbs of doing and thinking, which the -ed test misses: "Reid has gone after Trump as a “human
 * leech”", "Bolton thought … a tribute to “…”". Not verbs of getting or moving ("got behind", "came from", "took to
 * wearing"), whose quoted objects are mostly the writer's terms.
 */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'went', 'gone', 'made', 'gave', 'given', 'put', 'saw', 'seen', 'thought', 'brought', 'held', 'kept', 'sent', 'began', 'begun',
  'sought', 'fought', 'meant', 'felt', 'drew', 'drawn', 'threw', 'thrown', 'struck', 'led', 'spoke', 'spoken',
]);

/** The subject of the sentence before the quote token at `q` ("Campaign chair Paul Manafort" in "… dismissed it as “absurd.”"), or null. */
export function clauseSubject(text: string, words: Word[], q: number): Span | null {
  const subject = sentenceSubject(words, q);
  return subject ? pronounWithoutIs(text, words, subject, spanOf(text, words, subject[0], subject[1])) : null;
}

/**
 * "… when he laughed and said", "… he brought up the bombing and later said": a cue conjoined by "and"
 * to an earlier verb shares its subject; when that is a pronoun, the nearest one before the "and".
 */
function conjoinedSubject(words: Word[], cue: number): [number, number] | null {
  let i = cue - 1;
  while (i >= 0 && isBetweenSourceAndCue(words[i])) i--;
  if (i <= 0 || words[i].lower !== 'and' || words[i - 1].kind !== 'word') return null;
  for (let k = i - 1; k >= 0; k--) {
    if (words[k].kind === 'quote') return null;
    if (words[k].kind === 'word' && PERSON_PRONOUNS.has(words[k].lower)) return [k, k];
  }
  return null;
}

/** Conjunctions that open a clause of its own rather than one a cue reports: "Stevens says, but she cautions …". */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'though', 'although', 'yet', 'whereas']);

/** Word `k` opens a coordinate or concessive clause: "but", "though" …, or "and" after a comma. */
function opensCoordinateClause(words: Word[], k: number): boolean {
  const w = words[k];
  return w.kind === 'word' && (CLAUSE_CONJUNCTIONS.has(w.lower) || w.lower === 'and' && words[k - 1]?.text === ',');
}

/**
 * The cue before word `pronoun` whose source is a name or description: [cue, source]. Not when someone
 * else is named in between, whom the pronoun may stand for ("Mook said Sanders … he said").
 */
function outerAttribution(words: Word[], pronoun: number): [number, [number, number]] | null {
  for (let k = pronoun - 1; k >= 0; k--) {
    if (words[k].kind === 'quote' || isName(words[k]) || opensCoordinateClause(words, k)) return null;
    if (!isCue(words, k) || /ing$/.test(words[k].lower)) continue;
    const source = sourceBefore(words, k);
    return source && !SUBJECT_PRONOUNS.has(words[source[0]].lower) && !isRelativePronoun(words, source[0]) ? [k, source] : null;
  }
  return null;
}

/**
 * The main clause around "what" at word `what` ("It’s denouncing what it calls …", "Clinton says she appreciated
 * … what she calls …"): [the cue before "what", or -1, and the sentence's subject]; null without a subject.
 */
function mainClauseOfWhat(words: Word[], what: number): [number, [number, number]] | null {
  const subject = sentenceSubject(words, what);
  if (!subject) return null;
  for (let k = what - 1; k > subject[1]; k--) {
    if (words[k].kind === 'quote') break;
    if (isCue(words, k)) return [k, sourceBefore(words, k) ?? subject];
  }
  return [-1, subject];
}

/**
 * "Rep. Meeks said Clinton reassured them that …", "McCaskill said a lot of voters would find it “…”": a cue
 * whose clause (from word `first`, its source) is what an earlier cue of the sentence reports; that outer cue
 * and its named or described source: [cue, source].
 */
function reportingClauseAround(words: Word[], first: number): [number, [number, number]] | null {
  // The clause follows the outer cue directly, or after "that" (maybe after the cue's object: "told reporters that").
  let k = first - 1;
  if (words[k]?.lower === 'that') {
    k--;
    while (k >= 0 && first - k <= 5 && words[k].kind === 'word' && !isCue(words, k)) k--;
  }
  if (k < 0 || !isCue(words, k) || /ing$/.test(words[k].lower)) return null;
  const source = sourceBefore(words, k);
  return source && !isRelativePronoun(words, source[0]) ? [k, source] : null;
}

/**
 * "Trump issued a statement saying …", "placed ads calling …", "at one point calling …": before a
 * participle cue, a description that follows a verb or a preposition is its object, not its source;
 * the participle belongs to the clause's subject.
 */
function isObjectOfParticiple(words: Word[], [first, last]: [number, number], cue: number): boolean {
  if (!/ing$/.test(words[cue].lower) || last !== cue - 1 || isCapitalized(words[last]) || SUBJECT_PRONOUNS.has(words[first].lower)) return false;
  const prev = words[first - 1];
  return !!prev && prev.kind === 'word' && startsLower(prev.text) && prev.lower !== 'with' && !BARE_SOURCES.has(words[last].lower) && !INSCRIBED.test(words[last].lower);
}

/** Writings someone issues: "released a statement saying …", "sent out an email to supporters stating …". */
const DOCUMENTS = /^(?:statements?|letters?|messages?|e-?mails?|memos?|releases?|ads?|advertisements?|videos?|tweets?|posts?|notes?|covers?|op-eds?|columns?|editorials?|petitions?|reports?)$/;

/**
 * "The town released a statement Wednesday saying …", "his campaign sent out a text message to supporters
 * saying: …", "Trump posted a message on Twitter reading …": a participle cue describing a writing that a
 * verb's subject issued has that subject as its source (as PolNeAR has it), not the writing nor a name
 * after it. The writing is a determined noun at most seven words before the cue; returns the subject.
 */
function issuerOfWriting(words: Word[], cue: number): [number, number] | null {
  for (let k = cue - 1; k > 0 && cue - k <= 7; k--) {
    const w = words[k];
    if (w.kind !== 'word') return null;
    if (!DOCUMENTS.test(w.lower)) continue;
    // The determiner, up to two words before the noun ("a new radio ad", "a text message").
    let det = k - 1;
    while (det > 0 && k - det < 3 && !DETERMINERS.has(words[det].lower)) det--;
    if (!DETERMINERS.has(words[det].lower)) return null;
    // The verb before it, maybe with a particle: "issued", "put out", "sent out".
    let verb = det - 1;
    if (verb > 0 && PARTICLES.test(words[verb].lower)) verb--;
    const v = words[verb];
    if (!v || v.kind !== 'word' || !startsLower(v.text) || NOT_IN_DESCRIPTION.has(v.lower) || MORE_PREPOSITIONS.test(v.lower) || DETERMINERS.has(v.lower)) return null;
    return sourceBefore(words, verb);
  }
  return null;
}

const PARTICLES = /^(?:out|up|off)$/;

/** Things that carry words of their own: "held a sign saying …", "a hat reading …". */
const INSCRIBED = /^(?:signs?|banners?|placards?|posters?|billboards?|(?:t-)?shirts?|hats?|caps?|stickers?|buttons?|headlines?|messages?)$/;

/** First words of an opening phrase that are no name: "Shortly after …,", "Hours later,", "Last month,". */
const OPENS_A_PHRASE = /^(?:hours|minutes|days|weeks|months|years|moments|seconds|last|next|ever|every|each|asked|following|having|given|like|unlike|among|amid|beyond|through|throughout|until|upon|within|outside|inside|across|around|along|behind|beside|besides|toward|towards)$/u;

/**
 * Whether the sentence opens with such a phrase; an adverb ("Shortly after", "Finally,") but not "Carly
 * Fiorina"; a participle ("Continuing to explain, Carson …"), not a pronoun ("Nothing changed").
 */
function opensAPhrase(words: Word[]): boolean {
  const w = words[0];
  if (OPENS_A_PHRASE.test(w.lower)) return true;
  // A past participle and its agent: "Led by Council Speaker Melissa Mark-Viverito, the rally …", "Backed by …".
  if (words[1]?.lower === 'by' && /\p{L}{2}ed$/u.test(w.lower)) return true;
  const next = words[1];
  return !!next && !isCapitalized(next) && (/\p{L}{3}ly$/u.test(w.lower) || /\p{L}{3}ing$/u.test(w.lower) && !/thing$/.test(w.lower) && next.kind === 'word');
}


/** Words that open a subordinate clause at the start of a sentence. */
const SUBORDINATORS = new Set(['when', 'after', 'while', 'as', 'if', 'although', 'though', 'because', 'since', 'before', 'once', 'until', 'whereas']);

/** The quote at word `q` ends a clause opened by a subordinator at the sentence start, with a cue of its own. */
function closesCuedOpeningClause(words: Word[], q: number): boolean {
  if (!words[0] || !SUBORDINATORS.has(words[0].lower)) return false;
  let cued = false;
  for (let k = 1; k < q; k++) {
    if (words[k].text === ',' || words[k].kind === 'quote') return false;
    if (isCue(words, k)) cued = true;
  }
  return cued;
}

/**
 * The subject of the sentence: the first name, pronoun or description before word `until` that is not
 * inside an opening phrase ("After the debate, Trump …") nor the object of a preposition.
 */
function sentenceSubject(words: Word[], until: number): [number, number] | null {
  // "Washington (AFP) – Democrat Hillary Clinton has taken …": a dateline is no subject. Rare, so the copy is too.
  const dateline = datelineEnd(words, until);
  if (dateline > 0) {
    const s = sentenceSubject(words.slice(dateline), until - dateline);
    return s && [s[0] + dateline, s[1] + dateline];
  }
  const described = openingDescription(words, until);
  if (described) return described;
  // "But Sen. Pat Toomey refused …, responding": the subject after an opening conjunction, as if the sentence began there.
  if (until > 2 && words[0]?.kind === 'word' && OPENING_CONJUNCTIONS.has(words[0].lower) && words[1].kind === 'word') {
    const s = sentenceSubject(words.slice(1), until - 1);
    return s && [s[0] + 1, s[1] + 1];
  }
  if (words[0]?.kind === 'word' && (NOT_NAME.has(words[0].lower) && !SUBJECT_PRONOUNS.has(words[0].lower) || opensAPhrase(words))) {
    const comma = indexOfText(words, ',', 0, Math.min(words.length, until));
    // "After the debate, Trump …"; but "Then he cut into Bush, calling …" has its subject before the comma.
    if (comma > 0) return subjectAfterOpeningPhrase(words, comma, until) ?? pronounAfterOpener(words, comma);
    // "Amid what the Times called …": the opening word is no name.
    if (opensAPhrase(words)) return subjectFrom(words, 1, until);
  }
  return subjectFrom(words, 0, until);
}

/**
 * The subject after the opening phrase that the comma `comma` ends: a name right after it, unless a comma follows
 * that name and the phrase runs on to a name and its verb ("Speaking at an event in Salem, New Hampshire, Trump
 * went …", also past a time phrase: "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed");
 * an apposition ("Reid Ribble, who was elected …, casts") keeps the first name.
 */
function subjectAfterOpeningPhrase(words: Word[], comma: number, until: number): [number, number] | null {
  const first = subjectFrom(words, comma + 1, until);
  if (!first || !isName(words[first[0]])) return first;
  // The comma after the name, or after the full stop of its abbreviation ("Portsmouth, N.H., on Tuesday").
  let c = words[first[1] + 1]?.text === '.' && words[first[1] + 2]?.text === ',' ? first[1] + 2 : first[1] + 1;
  if (words[c]?.text !== ',') return first;
  for (let pieces = 0; pieces < OPENING_PIECES; pieces++) {
    const next = subjectFrom(words, c + 1, until);
    if (next && next[0] === c + 1 && isName(words[next[0]]) && followedByVerb(words, next[1], until)) return next;
    // Only a short phrase of time or place set off by commas is passed ("on Tuesday", "in 2008"), nothing else.
    if (!TIME_PHRASE_OPENERS.has(words[c + 1]?.lower ?? '')) break;
    const end = indexOfText(words, ',', c + 1, Math.min(until, c + 6));
    if (end < 0) break;
    c = end;
  }
  return first;
}

/** Commas passed at most after a place's name in an opening phrase, each before a short phrase of time or place. */
const OPENING_PIECES = 3;
/** Words that open such a phrase. */
const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'early', 'late']);

/** A lower-case word that can be a verb comes right after word `last` (words like "later" passed over). */
function followedByVerb(words: Word[], last: number, until: number): boolean {
  let k = last + 1;
  while (k < until && isBetweenSourceAndCue(words[k])) k++;
  const w = words[k];
  return k < until && w.kind === 'word' && startsLower(w.text) && !NOT_IN_DESCRIPTION.has(w.lower) && !DETERMINERS.has(w.lower);
}

/** End of a dateline opening the words ("WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –"): the index after its dash, or 0. */
function datelineEnd(words: Word[], until: number): number {
  for (let k = 1; k < until && k <= 8; k++) {
    const w = words[k];
    if (w.kind !== 'punct') continue;
    if (/^[―—–-]$/.test(w.text)) return words[k - 1].text === ')' && isCapitalized(words[0]) ? k + 1 : 0;
  }
  return 0;
}

/** Conjunctions that may open a sentence before its subject: "But Sen. Toomey refused …". */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or']);
/** Determiners that open a time phrase as often as a subject ("This week, …", "That night"): not read as a subject here. */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/**
 * A description opening the sentence (after "But", "And" …) as its subject: "His chief aide doubled down …,
 * saying", "A Clinton campaign official later walked back …"; not a time phrase set off by a comma ("A
 * month later, he …").
 */
function openingDescription(words: Word[], until: number): [number, number] | null {
  let start = 0;
  while (start < until && words[start].kind === 'word' && OPENING_CONJUNCTIONS.has(words[start].lower)) start++;
  const w = words[start];
  if (start >= until || w.kind !== 'word' || !DETERMINERS.has(w.lower) || DEMONSTRATIVES.has(w.lower)) return null;
  const last = descriptionEnd(words, start, until);
  if (last === start) return null;
  let next = last + 1;
  while (next < until && isBetweenSourceAndCue(words[next])) next++;
  return next < until && words[next].kind === 'word' ? [start, last] : null;
}

/** "Then he …": a person pronoun right after the opening word. */
function pronounAfterOpener(words: Word[], until: number): [number, number] | null {
  return until > 1 && words[1].kind === 'word' && PERSON_PRONOUNS.has(words[1].lower) ? [1, 1] : null;
}

function subjectFrom(words: Word[], from: number, until: number): [number, number] | null {
  // "In three interviews, the justice sounded off …": a description opening the clause after an opening phrase.
  const opening = words[from];
  if (from > 0 && from < until && opening.kind === 'word' && startsLower(opening.text) && DETERMINERS.has(opening.lower) && opening.lower !== 'that') {
    const last = descriptionEnd(words, from, until);
    if (last > from) return [from, last];
  }
  for (let j = from; j < until; j++) {
    const w = words[j];
    const isName = isCapitalized(w) && !NOT_NAME.has(w.lower);
    if (!isName && !(w.kind === 'word' && SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it' && w.lower !== 'you')) continue;
    let last = j;
    while (isName && last + 1 < until && (isCapitalized(words[last + 1]) || (NAME_LINKS.has(words[last + 1].lower) && isCapitalized(words[last + 2] ?? w)))) last++;
    // "Democratic presidential nominee Hillary Clinton chimed in": listed role words between a capitalised modifier and
    // the name (listed only: a verb stands there as often, "Clinton beat Sanders").
    const role = isName ? roleWordsBeforeName(words, last + 1, true) : 0;
    if (role > 0 && last + role + 1 < until) {
      last += role + 1;
      while (last + 1 < until && isCapitalized(words[last + 1])) last++;
    }
    const prev = words[j - 1];
    if (prev && prev.kind === 'word' && OBJECT_PREPOSITIONS.test(prev.lower)) { j = last; continue; }
    // "The retired neurosurgeon said": a capitalised determiner opens a description, not a name.
    if (last === j && DETERMINERS.has(w.lower)) return [j, descriptionEnd(words, j, until)];
    const first = nounPhraseEndingAt(words, last) ?? j;
    // "Rubio’s campaign", "Clinton’s aides": the possessed noun is the subject (one word: the next is its verb).
    const possessed = words[last + 1];
    if (/['’]s$/.test(words[last].text) && last + 1 < until && possessed.kind === 'word' && startsLower(possessed.text) && !NOT_IN_DESCRIPTION.has(possessed.lower) && !isCue(words, last + 1)) last++;
    return [first, last];
  }
  return null;
}

/** Prepositions beyond those of NOT_IN_DESCRIPTION, which end a description: "The legal battle over …". */
const MORE_PREPOSITIONS = /^(?:over|against|under|between|through|during|since|among|amid|across|without|within|behind|beyond|toward|towards|near|upon|like|despite)$/;

/**
 * The last word of a description opened by the determiner at word `first` ("The retired neurosurgeon",
 * "The Sanders campaign"): up to four words that are not a clause boundary, a reporting verb or a verb.
 */
/** Words of number that may follow an article or a possessive inside a description ("the two senators"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'other', 'few', 'many', 'several']);
/** The article and possessives after which they may. */
const DEFINITE_OPENERS: ReadonlySet<string> = new Set(['the', 'our', 'my', ...POSSESSIVE_PRONOUNS]);
/** Ordinals that may follow a description's determiner, though elsewhere they stand between a source and its cue ("first said"). */
const ORDINALS: ReadonlySet<string> = new Set(['first', 'last', 'earlier', 'further']);
/** Irregular past tenses that follow a subject in news prose (a description's verb, where "-ed" is not there to tell). */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  'came', 'went', 'sought', 'took', 'made', 'gave', 'got', 'spoke', 'began', 'led', 'left', 'met', 'ran', 'saw', 'thought',
  'felt', 'kept', 'held', 'brought', 'bought', 'stood', 'won', 'lost', 'sent', 'spent', 'built', 'drew', 'fought', 'grew',
  'knew', 'chose', 'rose', 'fell', 'struck', 'shook', 'threw', 'wore', 'paid', 'heard', 'became', 'did',
]);

function descriptionEnd(words: Word[], first: number, until: number): number {
  let last = first;
  for (let k = first + 1; k < until && k - first <= 4; k++) {
    const x = words[k];
    // "The two lawmakers", "his other aides": a number or "other" after the article or possessive goes on.
    const counted = k === first + 1 && COUNT_WORDS.has(x.lower) && DEFINITE_OPENERS.has(words[first].lower);
    // "The first incident", "the last speaker": an ordinal after the determiner, not an adverb before a cue.
    const ordinal = k === first + 1 && ORDINALS.has(x.lower);
    if (x.kind !== 'word' || NOT_IN_DESCRIPTION.has(x.lower) || MORE_PREPOSITIONS.test(x.lower) || isCue(words, k) || (isBetweenSourceAndCue(x) && !ordinal) || (DETERMINERS.has(x.lower) && !counted)) break;
    // An irregular past ends it as "-ed" does: "The Florida senator sought to calm …", "The first incident came …".
    if (k > first + 1 && IRREGULAR_PASTS.has(x.lower)) break;
    // A verb ends it: "-ed" or "-s" after the first word ("The campaign released", but "The retired
    // neurosurgeon"), or a negated auxiliary ("aren’t").
    // After a number the noun is plural: "The two lawmakers".
    if (/^\p{Ll}+(?:ed|s)$/u.test(x.text) && k > first + 1 && !(k === first + 2 && COUNT_WORDS.has(words[first + 1].lower)) || /n['’]t$/.test(x.lower)) break;
    last = k;
  }
  return last;
}

/**
 * "“…,” the mayor said, adding that …": a participle continuing an earlier cue of the sentence has that
 * cue's source.
 */
function earlierCueSource(words: Word[], j: number): [number, number] | null {
  for (let k = j - 2; k >= 0; k--) {
    if (!isCue(words, k)) continue;
    const before = sourceBefore(words, k);
    // "… an architect who said he was stiffed …, saying, “…”": a cue inside a relative clause without a comma
    // is that clause's; the participle belongs to the main clause.
    if (before && before[0] === before[1] && isRelativePronoun(words, before[0]) && words[before[0] - 1]?.text !== ',') return null;
    return before ?? (words[k - 1]?.kind === 'quote' || words[k - 1]?.text === ',' ? sourceAfterCue(words, k) : null);
  }
  return null;
}

/**
 * The person a sentence is about, when it opens with them and their verb ("Valastro praised Christie’s
 * leadership …", "He sees Cruz as a uniter."): the likely speaker of an unattributed quote that follows
 * it on its own. Only a name or "he"/"she" counts, and only as the first phrase of the sentence.
 */
export function leadingSubject(text: string, words: Word[]): Attribution | null {
  if (words.some((w) => w.kind === 'quote')) return null;
  const subject = sentenceSubject(words, words.length);
  if (!subject) return null;
  const [first, last] = subject;
  const opening = first === 0 || (words[first - 1].text === ',' && NOT_NAME.has(words[0].lower));
  if (!opening) return null;
  const head = words[first];
  const isPerson = first === last ? PERSON_PRONOUNS.has(head.lower) || isName(head) : words.slice(first, last + 1).every((w) => isName(w) || NAME_LINKS.has(w.lower) || /^[’']s$/.test(w.text));
  if (!isPerson || !isName(words[last]) && first !== last) return null;
  let v = last + 1;
  // "Clinton, clearly frustrated, responded": a few lower-case words set off by commas after the subject, a name (not an
  // opening adverb: "Rather, …").
  if (words[v]?.text === ',' && (first !== last || !usuallyLowerCase(head.text))) {
    let c = v + 1;
    while (c < words.length && c - v <= 5 && words[c].kind === 'word' && startsLower(words[c].text)) c++;
    if (c > v + 1 && words[c]?.text === ',') v = c + 1;
  }
  while (v < words.length && isBetweenSourceAndCue(words[v])) v++;
  // A verb: a reporting verb, or a past or present tense form ("praised", "sees", "is").
  const verb = words[v];
  if (!verb || verb.kind !== 'word' || !startsLower(verb.text) || !(CUE_WORDS.has(verb.lower) || /^\p{Ll}+(?:ed|s)$/u.test(verb.text))) return null;
  return withSource(text, words, v, v, subject);
}

/** The attribution a sentence ends on ("…, Schiff said."), for the quote that opens the next sentence. */
export function closingAttribution(text: string, words: Word[]): Attribution | null {
  for (let k = words.length - 1; k >= 0 && words.length - k <= 10; k--) {
    if (words[k].kind === 'quote') return null;
    if (!isCue(words, k)) continue;
    // "…,” Trump said, adding a plug for himself. “…”": a participle after a comma continues the earlier cue,
    // which attributes the next quote; the words after the participle are its object, no source.
    if (/ing$/.test(words[k].lower) && followsComma(words, k)) continue;
    const source = sourceBefore(words, k) ?? sourceAfterCue(words, k);
    if (!source) return null;
    // "…,” said O’Donnell, who wrote about it in the book. “…”": the cue of the main clause, not the
    // relative clause that describes its source.
    const main = isRelativePronoun(words, source[0]) ? mainCueBefore(words, source[0]) : null;
    const found = main ? withSource(text, words, main[0], main[0], main[1], true) : withSource(text, words, k, k, source, true);
    // "…, Sanders said, according to CNN. “…”": the report credited (see `attribute`).
    return creditedReport(text, words, found, accordingToAfter(words, k + 1, found.cue.start));
  }
  return null;
}

/** A cue within a few words before the relative pronoun at word `who`, with its source: [cue, source]. */
function mainCueBefore(words: Word[], who: number): [number, [number, number]] | null {
  for (let k = who - 1; k >= 0 && who - k <= 12; k--) {
    if (words[k].kind === 'quote') return null;
    if (!isCue(words, k)) continue;
    const source = sourceBefore(words, k) ?? sourceAfterCue(words, k);
    return source ? [k, source] : null;
  }
  return null;
}

/**
 * A headline quoting in single marks, where every word is capitalised: "Chris Christie Calls Hillary
 * Clinton ‘A Disgrace’", "‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says". The cue is a
 * reporting verb in any case, nearest the quote; the source the name just before it.
 */
export function headlineAttribution(text: string, words: Word[], q: number): Attribution | null {
  for (let d = 1; d < words.length; d++) {
    for (const k of [q - d, q + d]) {
      const w = words[k];
      if (!w || w.kind !== 'word' || !CUE_WORDS.has(w.lower) || CUE_LEMMA_SET.has(w.lower)) continue;
      const first = k > 0 ? nounPhraseEndingAt(words, k - 1) : null;
      if (first !== null) return withSource(text, words, k, k, [first, k - 1], true);
    }
  }
  // "Elizabeth Warren: Donald Trump Is a ‘Proven Failure’": the name before the headline's colon.
  const colon = indexOfText(words, ':', 0, Math.min(words.length, q));
  const first = colon > 0 ? nounPhraseEndingAt(words, colon - 1) : null;
  return first === null ? null : withSource(text, words, colon, colon, [first, colon - 1], true);
}

/** Prepositions that end the speaker a headline names before its colon: "Gillibrand on Hillary …:", "CNN President On Trump:". */
const HEADLINE_TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'to', 'at', 'for', 'in', 'with', 'over']);

/**
 * A headline that opens with a speaker and a colon ("Pat Caddell: Democrat Voters Worried About …; It’s ‘in Their
 * Heads.’", "CNN President On Trump: ‘We Do Not Pay …’") quotes that speaker, whatever verbs its words after the
 * colon hold: the name, up to a preposition introducing the topic, is the source and the colon the cue, or a reporting
 * verb before the colon ("Warren tells bank chief:"). Only words stand before the colon, the first a capitalised one
 * that can open a name (not "The Latest:"); null otherwise.
 */
export function headlineSpeaker(text: string, words: Word[], q: number): Attribution | null {
  let colon = 0;
  while (colon < q && colon <= 8 && words[colon].kind === 'word') colon++;
  if (colon === 0 || colon >= q || words[colon].text !== ':' || !isName(words[0])) return null;
  let last = 0;
  while (last + 1 < colon && !HEADLINE_TOPIC_WORDS.has(words[last + 1].lower)) {
    // "Warren tells bank chief:", "Donald Trump Praises Breitbart’s Editor:": a reporting verb is the cue.
    const w = words[last + 1];
    if (CUE_WORDS.has(w.lower) && !CUE_LEMMA_SET.has(w.lower)) return withSource(text, words, last + 1, last + 1, [0, last], true);
    last++;
  }
  return withSource(text, words, colon, colon, [0, last], true);
}

/** Only commas and words like "But", "And", "Then" stand before word `j`: "But, said Solovey, “…”". */
function opensSentence(words: Word[], j: number): boolean {
  for (let k = 0; k < j; k++) if (words[k].text !== ',' && !(words[k].kind === 'word' && NOT_NAME.has(words[k].lower))) return false;
  return true;
}

/**
 * A comma, or a quote closed on one, right before word `j`: "“The risk,” said Edward Leamer, an economist …,
 * “is that …”", "Because of the calendar, explained Rosenberg, “…”": where a cue followed by its source
 * opens a clause.
 */
function followsComma(words: Word[], j: number): boolean {
  return words[j - 1]?.text === ',' || followsQuoteComma(words, j);
}

/**
 * `invertedAfter` when a comma or a colon sets the source off from what follows ("explained Rosenberg, “…”"):
 * after the comma closing an apposition the cue's source is before it, and what follows is its object
 * ("Ramil Carr, 31, a photographer, said the convention …").
 */
function setOffInvertedAfter(words: Word[], cue: number, q: number): [number, number] | null {
  const s = invertedAfter(words, cue, q);
  const next = s ? words[s[1] + 1] : undefined;
  return next && (next.text === ',' || next.text === ':') ? s : null;
}

/** "Said Trump, “…”": a cue followed by its source, before the quote. */
function invertedAfter(words: Word[], cue: number, q: number): [number, number] | null {
  const s = sourceAfterCue(words, cue);
  return s && s[1] < q ? s : null;
}

/**
 * The subject of a clause whose cue has none of its own ("Zelensky took the opportunity to thank …",
 * "… with Macron stating"): the nearest name or pronoun before the cue that is not the object of a
 * preposition.
 */
function subjectBefore(words: Word[], cue: number): [number, number] | null {
  for (let j = cue - 1; j >= 0; j--) {
    const w = words[j];
    if (w.kind === 'quote') return null;
    if (w.kind !== 'word') continue;
    const isCandidate = (SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it' && w.lower !== 'you') || (isCapitalized(w) && !NOT_NAME.has(w.lower));
    if (!isCandidate) continue;
    const first = nounPhraseEndingAt(words, j);
    if (first === null) continue;
    const prev = words[first - 1];
    if (prev && prev.kind === 'word' && OBJECT_PREPOSITIONS.test(prev.lower)) { j = first; continue; }
    // "The email goes on to say": a capitalised determiner alone opens a description.
    if (first === j && DETERMINERS.has(w.lower)) return [j, descriptionEnd(words, j, cue)];
    return [first, j];
  }
  return null;
}

/**
 * "who" or "which" after a noun phrase: a relative pronoun at word `i`. Not "that": PolNeAR takes
 * the noun phrase before it as the source ("a letter from his doctor that says"), as do readers.
 */
function isRelativePronoun(words: Word[], i: number): boolean {
  const w = words[i];
  return i > 0 && w.kind === 'word' && (w.lower === 'who' || w.lower === 'which');
}

/** The noun phrase a relative pronoun at word `i` follows: "Mike Lee" in "from Mike Lee, who declared". */
function referentOf(words: Word[], i: number): [number, number] | null {
  let k = i - 1;
  if (k >= 0 && words[k].text === ',') k--;
  if (k < 0) return null;
  const named = apposedName(words, k);
  if (named) return named;
  const first = nounPhraseEndingAt(words, k);
  return first === null ? null : [first, k];
}

/**
 * The name a description ending at word `last` is set beside, when a relative pronoun follows it: "Lionel Sosa, a Texas
 * media consultant and an influential Hispanic Republican who said", "Elizabeth Arnold, 32, a former staff member for
 * the campaign in Philadelphia who said" (the person, not Philadelphia). The description opens with "a", "an" or "the"
 * after the name's comma (and an age), runs on without a comma, a quote or a reporting verb, and the name is capitalised.
 */
function apposedName(words: Word[], last: number): [number, number] | null {
  for (let c = last; c > 0 && last - c <= 20; c--) {
    const w = words[c];
    if (w.kind === 'quote' || isSentenceEnd(w) || isCue(words, c)) return null;
    if (w.text !== ',') continue;
    const d = words[c + 1];
    if (c + 1 > last || d.kind !== 'word' || !/^(?:a|an|the)$/.test(d.lower)) return null;
    // "Elizabeth Arnold, 32, a former …": an age between the name and the description.
    let nameEnd = c - 1;
    if (/^\d{1,3}$/.test(words[nameEnd].text) && words[nameEnd - 1]?.text === ',') nameEnd -= 2;
    if (nameEnd < 0 || !isCapitalized(words[nameEnd])) return null;
    const first = nounPhraseEndingAt(words, nameEnd);
    return first === null || !isCapitalized(words[first]) ? null : [first, nameEnd];
  }
  return null;
}

function withSource(text: string, words: Word[], cueFrom: number, cueTo: number, source: [number, number] | null, adjacent = false): Attribution {
  const referent = source && source[0] === source[1] && isRelativePronoun(words, source[0]) ? referentOf(words, source[0]) : null;
  return {
    cue: spanOf(text, words, cueFrom, cueTo), source: source ? pronounWithoutIs(text, words, source, spanOf(text, words, source[0], source[1])) : null,
    referent: referent ? spanOf(text, words, referent[0], referent[1]) : null, adjacent,
  };
}

/** A source that is a pronoun written with "is" ("He’s claiming"): the pronoun alone. */
function pronounWithoutIs(text: string, words: Word[], source: [number, number], span: Span): Span {
  const w = words[source[0]];
  if (source[0] !== source[1] || !SUBJECT_PRONOUNS.has(w.lower) || w.text.length !== w.lower.length + 2) return span;
  const end = w.start + w.lower.length;
  return { start: w.start, end, text: text.slice(w.start, end) };
}
