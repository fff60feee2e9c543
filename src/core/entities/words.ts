// A word view of the tokens, shared by the name recogniser, the role finder and the value finders:
// abbreviation dots joined back ("U.S.", "Mr.", "J.") when the tokenizer split them off, the possessive
// "’s" kept out of the word, case facts computed once. Built once per document and cached.
import type { DocumentStructure } from '../types';
import { lexiconFlags } from './lexicon';

/** What the document and the word lists say about one lower-case word; shared by all its occurrences. */
export interface Vocab {
  /** F_* flags from the lexicon. */
  flags: number;
  /** Times written in lower case. */
  lowerCount: number;
  /** Times written capitalised away from a sentence start, in ordinary sentences (set by the recogniser). */
  capMid: number;
}

export interface Word {
  start: number;
  /** Excludes a possessive "’s" / "'s". */
  end: number;
  /** source.slice(start, end) */
  text: string;
  lower: string;
  v: Vocab;
  sentence: number;
  /** Starts with an upper-case letter (or is an Arabic-style "al-Name"). */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Has a letter; punctuation tokens are words too, with isWord false. */
  isWord: boolean;
  possessive: boolean;
}

export interface Words {
  /** Every word in document order. */
  all: Word[];
  /** The words of each sentence; index i holds the words of sentence i. */
  bySentence: Word[][];
  vocab: Map<string, Vocab>;
}

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const ALL_CAPS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}.&'’\-]+$/u;
const PARTICLE_NAME = /^(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;
// Tokens that take their trailing full stop with them: initials, dotted acronyms, common abbreviations.
const DOTTED = /^(?:\p{Lu}|\p{L}(?:\.\p{L})+|Mr|Mrs|Ms|Mx|Dr|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|Rev|Messrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Ave|Rd|Mme)$/u;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpperAscii(c) || isLowerAscii(c)) return true;
    if (c > 127) return LETTER.test(text);
  }
  return false;
}

/** Two or more capitals and no lower-case letter ("NATO", "U.S.", "AT&T"). */
function isAllCaps(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpperAscii(c)) capitals++;
    else if (isLowerAscii(c)) return false;
    else if (c > 127) return ALL_CAPS.test(text);
  }
  return capitals >= 2;
}

function makeWord(vocab: Map<string, Vocab>, text: string, start: number, end: number, sentence: number): Word {
  let possessive = false;
  const n = text.length;
  if (n > 2 && (text.charCodeAt(n - 1) === 115 /* s */) && isApostrophe(text.charCodeAt(n - 2))) {
    end -= 2;
    text = text.slice(0, -2);
    possessive = true;
  }
  const c = text.charCodeAt(0);
  const isWord = isUpperAscii(c) || isLowerAscii(c) || hasLetter(text);
  const cap = isWord && (isUpperAscii(c) || (c > 127 && UPPER_START.test(text)) || (c >= 97 && text.indexOf('-') > 0 && PARTICLE_NAME.test(text)));
  // Lower-case words stay as they are (an inner capital as in "iPhone" makes no name either way).
  const lower = cap || c > 127 ? text.toLowerCase() : text;
  let v = vocab.get(lower);
  if (!v) vocab.set(lower, (v = { flags: lexiconFlags(lower), lowerCount: 0, capMid: 0 }));
  if (isWord && !cap) v.lowerCount++;
  return { start, end, text, lower, v, sentence, possessive, isWord, cap, allCaps: cap && text.length > 1 && isAllCaps(text) };
}

function buildWords(doc: DocumentStructure): Words {
  const bySentence: Word[][] = doc.sentences.map(() => []);
  const all: Word[] = [];
  const vocab = new Map<string, Vocab>();
  const { text, tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const list = bySentence[t.sentence];
    if (!list) continue;
    // A clitic "’s" split off by the tokenizer belongs to the word before it.
    const prev = list[list.length - 1];
    if (t.text.length === 2 && t.text.charCodeAt(1) === 115 && isApostrophe(t.text.charCodeAt(0)) && prev && !prev.possessive && prev.end === t.start) {
      prev.possessive = true;
      continue;
    }
    let end = t.end;
    const next = tokens[i + 1];
    if (next && next.start === t.end && next.text === '.' && next.sentence === t.sentence && DOTTED.test(t.text)) {
      end = next.end;
      i++;
    }
    const w = makeWord(vocab, end === t.end ? t.text : text.slice(t.start, end), t.start, end, t.sentence);
    list.push(w);
    all.push(w);
  }
  return { all, bySentence, vocab };
}

const cache = new WeakMap<DocumentStructure, Words>();

/** The document's words, built on first use. */
export function wordsOf(doc: DocumentStructure): Words {
  let w = cache.get(doc);
  if (!w) cache.set(doc, (w = buildWords(doc)));
  return w;
}

/** Index of the word starting exactly at `offset` (or ending there, with `byEnd`), else -1. */
export function wordAt(all: Word[], offset: number, byEnd = false): number {
  let lo = 0, hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = byEnd ? all[mid].end : all[mid].start;
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
