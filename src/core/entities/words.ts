// A word view of the tokens, shared by the name recogniser, the role finder and the value finders:
// abbreviation dots joined back ("U.S.", "Mr.", "J.") when the tokenizer split them off, the possessive
// "’s" kept out of the word, case facts computed once. Built once per document and cached.
import type { DocumentStructure } from '../types';
import { lexiconFlags, VALUE_START_WORDS } from './lexicon';
import { TextCache } from '../textCache';

/** How the document writes a word that it capitalises at least once; shared by all its occurrences. */
export interface CaseCounts {
  /** Times written in lower case. */
  lowerCount: number;
  /** Times written capitalised away from a sentence start, in ordinary sentences (set by the recogniser). */
  capMid: number;
}

/** One word, as an object: made on demand for the few words that matter (names, their context, roles). */
export interface Word {
  /** Index in the document's word arrays. */
  i: number;
  start: number;
  /** Excludes a possessive "’s" / "'s". */
  end: number;
  /** source.slice(start, end) */
  text: string;
  lower: string;
  /** F_* lexicon flags of `lower`. */
  flags: number;
  /** Set for capitalised words. */
  counts: CaseCounts | undefined;
  sentence: number;
  /** Starts with an upper-case letter (or is an Arabic-style "al-Name"). */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Has a letter; punctuation tokens are words too, with isWord false. */
  isWord: boolean;
  possessive: boolean;
}

export const IS_WORD = 1, CAP = 2, ALL_CAPS_BIT = 4, POSSESSIVE_BIT = 8, DIGIT_START = 16;

/**
 * The document's words as parallel arrays (no object per word: a news text has hundreds of thousands).
 * Word i of sentence s lies in [first[s], first[s + 1]).
 */
export interface Words {
  n: number;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  /** IS_WORD | CAP | ALL_CAPS_BIT | POSSESSIVE_BIT | DIGIT_START */
  bits: Uint8Array;
  text: string[];
  lower: string[];
  /** Use flagsAt(): -1 until looked up. */
  flags: Int32Array;
  /** Set for capitalised words only. */
  counts: (CaseCounts | undefined)[];
  first: Int32Array;
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

// General punctuation, currency signs, arrows, dingbats: no letters (curly quotes and dashes are common tokens).
const isSymbolBlock = (c: number): boolean => c >= 0x2000 && c <= 0x2bff;

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpperAscii(c) || isLowerAscii(c)) return true;
    if (c > 127) return !(text.length === 1 && isSymbolBlock(c)) && LETTER.test(text);
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

/** A lower-case form; its case counts belong to the document numbered `document`. */
interface LowerForm {
  document: number;
  /** Lower-case uses in that document before its first capitalised one. */
  lowerBefore: number;
  counts: CaseCounts | undefined;
}

/** What a word's spelling alone says, worked out once per distinct spelling and kept across documents. */
interface Spelling {
  /** The spelling itself. */
  word: string;
  lower: string;
  /** IS_WORD | CAP | ALL_CAPS_BIT | DIGIT_START */
  bits: number;
  flags: number;
  form: LowerForm;
}

// The spellings, kept across documents; when the cache starts over, the forms go too. Documents are
// numbered so that the forms' case counts need no clearing between documents.
const forms = new Map<string, LowerForm>();
const spellings = new TextCache<Spelling>(1 << 12, 1 << 18, (word) => spellingOf(word), () => forms.clear());
let documentCount = 0;

function spellingOf(word: string): Spelling {
  const c = word.charCodeAt(0);
  const isWord = isUpperAscii(c) || isLowerAscii(c) || hasLetter(word);
  const cap = isWord && (isUpperAscii(c) || (c > 127 && UPPER_START.test(word)) || (c >= 97 && word.indexOf('-') > 0 && PARTICLE_NAME.test(word)));
  let bits = 0;
  if (isWord) bits |= IS_WORD;
  if (c >= 48 && c <= 57) bits |= DIGIT_START;
  if (cap) bits |= CAP;
  if (cap && word.length > 1 && isAllCaps(word)) bits |= ALL_CAPS_BIT;
  // Lower-case words stay as they are (an inner capital as in "iPhone" makes no name either way).
  const lower = cap || c > 127 ? word.toLowerCase() : word;
  // Look-ups cost: lower-case words get their flags when asked (flagsAt), except possible value starts.
  const flags = !isWord || (c >= 48 && c <= 57) ? 0 : cap || !isLowerAscii(c) || mayStartValue(c, lower.length) ? lexiconFlags(lower) : UNKNOWN_FLAGS;
  let form = forms.get(lower);
  if (!form) forms.set(lower, (form = { document: -1, lowerBefore: 0, counts: undefined }));
  return { word, lower, bits, flags, form };
}

function buildWords(doc: DocumentStructure): Words {
  const { text, tokens } = doc;
  const cap0 = tokens.length;
  const ws: Words = {
    n: 0, start: new Int32Array(cap0), end: new Int32Array(cap0), sentence: new Int32Array(cap0), bits: new Uint8Array(cap0),
    text: new Array<string>(cap0), lower: new Array<string>(cap0), flags: new Int32Array(cap0), counts: new Array<CaseCounts | undefined>(cap0), first: new Int32Array(doc.sentences.length + 1),
  };
  const document = documentCount++;
  let n = 0;
  let sentence = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    while (sentence < tok.sentence) ws.first[++sentence] = n;
    // A clitic "’s" split off by the tokenizer belongs to the word before it.
    const tt = tok.text;
    if (tt.length === 2 && tt.charCodeAt(1) === 115 && isApostrophe(tt.charCodeAt(0)) && n > 0 && ws.sentence[n - 1] === tok.sentence &&
        !(ws.bits[n - 1] & POSSESSIVE_BIT) && ws.end[n - 1] === tok.start) {
      ws.bits[n - 1] |= POSSESSIVE_BIT;
      continue;
    }
    let start = tok.start, end = tok.end, word = tt;
    const next = tokens[t + 1];
    if (next && next.start === end && next.text === '.' && next.sentence === tok.sentence && DOTTED.test(tt)) {
      end = next.end;
      word = text.slice(start, end);
      t++;
    }
    let possessive = 0;
    const len = word.length;
    if (len > 2 && word.charCodeAt(len - 1) === 115 /* s */ && isApostrophe(word.charCodeAt(len - 2))) {
      end -= 2;
      word = word.slice(0, -2);
      possessive = POSSESSIVE_BIT;
    }
    const sp = spellings.get(text, start, end);
    // Case counts exist only for words the document capitalises; its lower-case uses count towards them.
    const form = sp.form;
    if (form.document !== document) { form.document = document; form.lowerBefore = 0; form.counts = undefined; }
    let counts: CaseCounts | undefined;
    if (sp.bits & CAP) {
      counts = form.counts;
      if (!counts) form.counts = counts = { lowerCount: form.lowerBefore, capMid: 0 };
    } else if (sp.bits & IS_WORD) {
      if (form.counts) form.counts.lowerCount++;
      else form.lowerBefore++;
    }
    ws.start[n] = start;
    ws.end[n] = end;
    ws.sentence[n] = tok.sentence;
    ws.bits[n] = sp.bits | possessive;
    ws.text[n] = word;
    ws.lower[n] = sp.lower;
    ws.flags[n] = sp.flags;
    ws.counts[n] = counts;
    n++;
  }
  while (sentence < doc.sentences.length) ws.first[++sentence] = n;
  ws.n = n;
  ws.text.length = ws.lower.length = ws.counts.length = n;
  return ws;
}

const UNKNOWN_FLAGS = -1;
// (first letter, length) of the lower-case words that may start a value: a cheap filter before the look-up.
const VALUE_START_SHAPES = new Uint8Array(26 * 16);
for (const w of VALUE_START_WORDS) {
  const c = w.charCodeAt(0);
  if (isLowerAscii(c)) VALUE_START_SHAPES[(c - 97) * 16 + Math.min(w.length, 15)] = 1;
}
const mayStartValue = (c: number, length: number): boolean => VALUE_START_SHAPES[(c - 97) * 16 + Math.min(length, 15)] === 1;

/** The F_* lexicon flags of word i (looked up on first use for most lower-case words). */
export function flagsAt(ws: Words, i: number): number {
  let f = ws.flags[i];
  if (f === UNKNOWN_FLAGS) ws.flags[i] = f = lexiconFlags(ws.lower[i]);
  return f;
}

/** Word i as an object. */
export function word(ws: Words, i: number): Word {
  const b = ws.bits[i];
  return {
    i, start: ws.start[i], end: ws.end[i], text: ws.text[i], lower: ws.lower[i], flags: flagsAt(ws, i), counts: ws.counts[i], sentence: ws.sentence[i],
    isWord: (b & IS_WORD) !== 0, cap: (b & CAP) !== 0, allCaps: (b & ALL_CAPS_BIT) !== 0, possessive: (b & POSSESSIVE_BIT) !== 0,
  };
}

const cache = new WeakMap<DocumentStructure, Words>();

/** The document's words, built on first use. */
export function wordsOf(doc: DocumentStructure): Words {
  let w = cache.get(doc);
  if (!w) cache.set(doc, (w = buildWords(doc)));
  return w;
}

/** Index of the word starting exactly at `offset` (or ending there, with `byEnd`), else -1. */
export function wordAt(ws: Words, offset: number, byEnd = false): number {
  const arr = byEnd ? ws.end : ws.start;
  let lo = 0, hi = ws.n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = arr[mid];
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
