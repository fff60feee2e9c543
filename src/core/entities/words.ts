// A word view of the tokens, shared by the name recogniser, the role finder and the value finders:
// abbreviation dots joined back ("U.S.", "Mr.", "J.") when the tokenizer split them off, the possessive
// "’s" kept out of the word. What a spelling says (case, lexicon flags, whether it may start a value) is
// worked out once per distinct spelling and kept across documents; a word holds its spelling's number.
// Built once per document and cached, on arrays that the next document's words take over (then these are
// built again if asked for).
import type { DocumentStructure } from '../types';
import { lexiconFlags, VALUE_START_WORDS } from './lexicon';
import { mayStartValueAsWord, valueStartOf } from './valueStarts';
import { TextCache } from '../textCache';
import { tokenTableOf } from '../structure';
import { NO_WORDS, WordMemo } from '../ner/features';

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
  sentence: number;
  /** Starts with an upper-case letter (or is an Arabic-style "al-Name"). */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Has a letter; punctuation tokens are words too, with isWord false. */
  isWord: boolean;
  possessive: boolean;
}

export const IS_WORD = 1, CAP = 2, ALL_CAPS_BIT = 4, POSSESSIVE_BIT = 8, DIGIT_START = 16, HYPHENATED = 32;
/** One-character spellings below this code (Latin, general punctuation such as curly quotes and dashes) are numbered by a table. */
const SINGLES = 0x2100;
/** A spelling keeps its valueStartOf() kind above its word bits. */
const VALUE_START_SHIFT = 8;

/**
 * The document's words as parallel arrays (no object per word: a news text has hundreds of thousands).
 * Word i of sentence s lies in [first[s], first[s + 1]). Its text, lower-case form and lexicon flags belong
 * to its spelling: textAt(), lowerAt(), flagsAt(). A class, not an object literal: a literal made once per
 * document gets a new map on its second use, whose fields are generalised then, and every function optimised
 * for the first document's words is deoptimised.
 */
export class Words {
  // Declared, not class fields: a field would be defined (as undefined) on each instance before the constructor
  // assigns it, and the field types would be generalised.
  declare readonly n: number;
  declare readonly start: Int32Array;
  declare readonly end: Int32Array;
  declare readonly sentence: Int32Array;
  /** IS_WORD | CAP | ALL_CAPS_BIT | POSSESSIVE_BIT | DIGIT_START | HYPHENATED */
  declare readonly bits: Uint8Array;
  /** Number of the word's spelling in `spellings`, or UNNUMBERED until asked for (numberAt()). */
  declare readonly spelling: Int32Array;
  declare readonly spellings: SpellingTable;
  /** The document's text. */
  declare readonly source: string;
  declare readonly first: Int32Array;
  /** The words that may start a money amount, a date or a quantity (valueStartAt() says which), in order. */
  declare readonly valueStarts: Int32Array;
  /** Use caseCounts(): made on first use. */
  declare counts: (CaseCounts | undefined)[] | undefined;
  /** Built on the spare arrays, which the next document takes (see takeArrays). */
  declare readonly onSpareArrays: boolean;

  constructor(n: number, arrays: WordArrays, valueStartCount: number, spellings: SpellingTable, source: string, onSpareArrays: boolean) {
    this.n = n;
    this.start = arrays.start;
    this.end = arrays.end;
    this.sentence = arrays.sentence;
    this.bits = arrays.bits;
    this.spelling = arrays.spelling;
    this.spellings = spellings;
    this.source = source;
    this.first = arrays.first;
    this.valueStarts = arrays.valueStarts.subarray(0, valueStartCount);
    this.counts = undefined;
    this.onSpareArrays = onSpareArrays;
  }

  /** Whether another document's words took the arrays: wordsOf() builds these again. */
  get released(): boolean {
    return this.onSpareArrays && spareOwner !== this;
  }
}

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const ALL_CAPS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}.&'’\-]+$/u;
const PARTICLE_NAME = /^(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;
// Tokens that take their trailing full stop with them: initials, dotted acronyms, common abbreviations.
const DOTTED = /^(?:\p{Lu}|\p{L}(?:\.\p{L})+|Mr|Mrs|Ms|Mx|Dr|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|Rev|Messrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Ave|Rd|Mme)$/u;

/**
 * DOTTED.test(text.slice(from, to)), without the string for most words: a lower-case ASCII word without a
 * period ("said", before the full stop that ends most sentences) or an ASCII word of more than six letters is
 * neither an initial, nor dotted, nor a listed abbreviation (those have two to six letters; "vs" the only one
 * in lower case).
 */
export function isDotted(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (isLowerAscii(c) || isUpperAscii(c)) {
    if (to - from === 1) return isUpperAscii(c);
    let dotted = false;
    for (let k = from + 1; k < to && !dotted; k++) dotted = text.charCodeAt(k) === 46;
    if (!dotted && (to - from > 6 || (isLowerAscii(c) && !(to - from === 2 && c === 118 /* v */ && text.charCodeAt(from + 1) === 115 /* s */)))) return false;
  }
  return DOTTED.test(text.slice(from, to));
}

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

/**
 * What each spelling alone says, worked out once per distinct spelling and kept across documents, as
 * parallel arrays indexed by a spelling number (a word holds its number, not an object per word). The
 * arrays only grow, so that the numbers of a document stay valid whatever the cache does meanwhile; a full
 * table is replaced by a new one between documents.
 */
class SpellingTable {
  /** The spelling itself: source.slice(start, end) of each word that has it. */
  readonly text: string[] = [];
  readonly lower: string[] = [];
  /** IS_WORD | CAP | ALL_CAPS_BIT | DIGIT_START | HYPHENATED, and the valueStartOf() kind shifted by VALUE_START_SHIFT. */
  readonly bits: number[] = [];
  /** F_* lexicon flags of `lower`, or UNKNOWN_FLAGS until looked up (flagsAt). */
  readonly flags: number[] = [];
  /** Number of the lower-case form, shared by "The" and "the": case counts are kept per form. */
  readonly form: number[] = [];
  private readonly forms = new Map<string, number>();
  readonly numbers = new TextCache<number>(1 << 12, 1 << 18, (word) => this.add(word));
  /** Number of each one-character spelling below SINGLES, or -1. */
  readonly singles = new Int32Array(SINGLES).fill(-1);

  private add(word: string): number {
    const c = word.charCodeAt(0);
    const isWord = isUpperAscii(c) || isLowerAscii(c) || hasLetter(word);
    const cap = isWord && (isUpperAscii(c) || (c > 127 && UPPER_START.test(word)) || (c >= 97 && word.indexOf('-') > 0 && PARTICLE_NAME.test(word)));
    let bits = 0;
    if (isWord) bits |= IS_WORD;
    if (c >= 48 && c <= 57) bits |= DIGIT_START;
    if (cap) bits |= CAP;
    if (cap && word.length > 1 && isAllCaps(word)) bits |= ALL_CAPS_BIT;
    if (word.includes('-')) bits |= HYPHENATED;
    // Lower-case words stay as they are (an inner capital as in "iPhone" makes no name either way).
    const lower = cap || c > 127 ? word.toLowerCase() : word;
    // Look-ups cost: lower-case words get their flags when asked (flagsAt), except possible value starts.
    const flags = !isWord || (c >= 48 && c <= 57) ? 0 : cap || !isLowerAscii(c) || mayStartValue(c, lower.length) ? lexiconFlags(lower) : UNKNOWN_FLAGS;
    bits |= valueStartOf(word, isWord, cap, (bits & DIGIT_START) !== 0, flags) << VALUE_START_SHIFT;
    let form = this.forms.get(lower);
    if (form === undefined) this.forms.set(lower, (form = this.forms.size));
    const number = this.text.length;
    this.text.push(word);
    this.lower.push(lower);
    this.bits.push(bits);
    this.flags.push(flags);
    this.form.push(form);
    return number;
  }

  get formCount(): number {
    return this.forms.size;
  }
}

/** What word i may start: 0 or a STARTS_* kind of valueStarts.ts. */
export const valueStartAt = (ws: Words, i: number): number => ws.spellings.bits[numberAt(ws, i)] >> VALUE_START_SHIFT;

/**
 * Plain words of ASCII letters, lower case or capitalised ("said", "Trump"), four words in five, are not looked
 * up while the words are built: all their spelling says is IS_WORD, and CAP for a capital, unless it is a
 * listed value start (mayStartValueAsWord); few of them are ever asked for more. They get their number on
 * first use.
 */
const UNNUMBERED = -1;

/** The number of word i's spelling. */
function numberAt(ws: Words, i: number): number {
  let number = ws.spelling[i];
  if (number === UNNUMBERED) ws.spelling[i] = number = ws.spellings.numbers.get(ws.source, ws.start[i], ws.end[i]);
  return number;
}

/** text[from, to) is lower-case ASCII letters only. */
function isLowerAsciiRun(text: string, from: number, to: number): boolean {
  // One unsigned comparison per character: c - 97 wraps to a large number below "a".
  for (let k = from; k < to; k++) if ((text.charCodeAt(k) - 97) >>> 0 > 25) return false;
  return true;
}

/** Spellings a table holds before a new one replaces it (as many as its cache holds before starting over). */
const MAX_SPELLINGS = 1 << 17;
let spellings = new SpellingTable();

// What a spelling is here, as kindOf() gives it: a plain word (see UNNUMBERED), lower case or capitalised, or the
// spelling's number + NUMBERED.
const PLAIN_LOWER = 1, PLAIN_CAPITAL = 2, NUMBERED = 3;

/** The kind of the spelling text[from, to) of two or more characters, whose first code unit is `c`. */
function kindOf(text: string, from: number, to: number, c: number, numbers: TextCache<number>): number {
  if ((isLowerAscii(c) || isUpperAscii(c)) && isLowerAsciiRun(text, from + 1, to) && !mayStartValueAsWord(text, from, to)) {
    return isUpperAscii(c) ? PLAIN_CAPITAL : PLAIN_LOWER;
  }
  return numbers.get(text, from, to) + NUMBERED;
}

// The kind of each word of the name tagger met so far (see WordMemo): a word that the tagger read as one token
// takes its kind from here. Also emptied with a new spelling table (the kinds hold its numbers).
const kindOfWord = new WordMemo();

/** The arrays of a document's words: a word per token at most, and a start per sentence plus one. A class, as Words. */
class WordArrays {
  declare readonly start: Int32Array;
  declare readonly end: Int32Array;
  declare readonly sentence: Int32Array;
  declare readonly spelling: Int32Array;
  declare readonly bits: Uint8Array;
  declare readonly first: Int32Array;
  /** Room for Words.valueStarts. */
  declare readonly valueStarts: Int32Array;

  constructor(start: Int32Array, end: Int32Array, sentence: Int32Array, spelling: Int32Array, bits: Uint8Array, first: Int32Array, valueStarts: Int32Array) {
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.spelling = spelling;
    this.bits = bits;
    this.first = first;
    this.valueStarts = valueStarts;
  }

  static made(tokens: number, firsts: number): WordArrays {
    return new WordArrays(new Int32Array(tokens), new Int32Array(tokens), new Int32Array(tokens), new Int32Array(tokens), new Uint8Array(tokens),
      new Int32Array(firsts), new Int32Array(tokens));
  }

  /** Views of the first `tokens` words and `firsts` sentence starts. */
  views(tokens: number, firsts: number): WordArrays {
    return new WordArrays(this.start.subarray(0, tokens), this.end.subarray(0, tokens), this.sentence.subarray(0, tokens), this.spelling.subarray(0, tokens),
      this.bits.subarray(0, tokens), this.first.subarray(0, firsts), this.valueStarts);
  }
}

/**
 * Documents up to this many tokens (some 40 MB of news) build their words on the arrays of the previous one.
 * The arrays are large (21 bytes a token) and live outside the heap: made afresh for every document they cost
 * zeroed memory, and their size counted as external memory pressure, which brought on scavenges. A much shorter
 * document replaces a long one's arrays (takeArrays), so they are kept only until the next analysis.
 */
const MAX_REUSED_TOKENS = 1 << 23;
let spareArrays: WordArrays | null = null;
/** The words now built on spareArrays; those of an earlier document are released. */
let spareOwner: Words | null = null;

/** Arrays for `tokens` words and `sentences` sentences: views of the spare ones (made larger when needed), or new ones for a very long document. */
function takeArrays(tokens: number, sentences: number): WordArrays {
  if (tokens > MAX_REUSED_TOKENS) return WordArrays.made(tokens, sentences + 1);
  spareOwner = null;
  let spare = spareArrays;
  const room = spare === null ? 0 : spare.start.length;
  // New arrays when these are too small, or much too large (one very long document is not kept for good).
  if (spare === null || room < tokens || spare.first.length < sentences + 1 || (room > 4 * tokens && room > 1 << 16)) {
    // Room to spare, so that a somewhat longer document does not make new arrays again.
    spare = spareArrays = WordArrays.made(tokens + (tokens >> 2), sentences + 1 + (sentences >> 2));
  }
  // Views of the exact lengths; a word's entries are all written before they are read.
  return spare.views(tokens, sentences + 1);
}

function buildWords(doc: DocumentStructure): Words {
  const text = doc.text;
  const tokens = tokenTableOf(doc);
  const count = tokens.count, tokenStarts = tokens.starts, tokenEnds = tokens.ends, tokenSentences = tokens.sentences;
  if (spellings.text.length > MAX_SPELLINGS) {
    spellings = new SpellingTable();
    kindOfWord.values.fill(0);
  }
  const table = spellings;
  const tagged = kindOfWord.wordsOf(text) ?? NO_WORDS;
  const kinds = kindOfWord.values;
  const taggedCount = tagged.count, taggedStarts = tagged.starts, taggedEnds = tagged.ends, taggedWords = tagged.words;
  let k = 0; // the first tagger token not before the current word
  const numbers = table.numbers, singles = table.singles;
  const tableBits = table.bits;
  const arrays = takeArrays(count, doc.sentences.length);
  const { start, end, spelling, bits, first } = arrays, sentenceOf = arrays.sentence;
  first[0] = 0;
  const valueStarts = arrays.valueStarts;
  let valueStartCount = 0;
  let n = 0;
  let sentence = 0;
  for (let t = 0; t < count; t++) {
    const tokSentence = tokenSentences[t];
    while (sentence < tokSentence) first[++sentence] = n;
    // Tokens are read by their offsets into the text, which is at hand, not by their strings.
    let from = tokenStarts[t], to = tokenEnds[t];
    // A clitic "’s" split off by the tokenizer belongs to the word before it.
    if (to - from === 2 && text.charCodeAt(from + 1) === 115 && isApostrophe(text.charCodeAt(from)) && n > 0 && sentenceOf[n - 1] === tokSentence &&
        !(bits[n - 1] & POSSESSIVE_BIT) && end[n - 1] === from) {
      bits[n - 1] |= POSSESSIVE_BIT;
      continue;
    }
    // The next token is read only after a full stop (and never past the last one: a read out of bounds deoptimises).
    if (text.charCodeAt(to) === 46 /* . */ && t + 1 < count) {
      if (tokenStarts[t + 1] === to && tokenEnds[t + 1] === to + 1 && tokenSentences[t + 1] === tokSentence && isDotted(text, from, to)) {
        to++;
        t++;
      }
    }
    let possessive = 0;
    if (to - from > 2 && text.charCodeAt(to - 1) === 115 /* s */ && isApostrophe(text.charCodeAt(to - 2))) {
      to -= 2;
      possessive = POSSESSIVE_BIT;
    }
    let number: number;
    let spellingBits: number;
    const c = text.charCodeAt(from);
    if (to - from === 1 && c < SINGLES) {
      // Punctuation and one-letter words, a quarter of the tokens: numbered by their character.
      number = singles[c];
      if (number < 0) singles[c] = number = numbers.get(text, from, to);
      spellingBits = tableBits[number];
    } else {
      // Both token lists are in document order: the tagger's token with the same start, if any, is at k.
      while (k < taggedCount && taggedStarts[k] < from) k++;
      const w = k < taggedCount && taggedStarts[k] === from && taggedEnds[k] === to ? taggedWords[k] : -1;
      let kind = w >= 0 ? kinds[w] : 0;
      if (kind === 0) {
        kind = kindOf(text, from, to, c, numbers);
        if (w >= 0) kinds[w] = kind;
      }
      if (kind < NUMBERED) {
        number = UNNUMBERED;
        spellingBits = kind === PLAIN_CAPITAL ? IS_WORD | CAP : IS_WORD;
      } else {
        number = kind - NUMBERED;
        spellingBits = tableBits[number];
      }
    }
    if (spellingBits >> VALUE_START_SHIFT) valueStarts[valueStartCount++] = n;
    start[n] = from;
    end[n] = to;
    sentenceOf[n] = tokSentence;
    bits[n] = (spellingBits & 0xff) | possessive;
    spelling[n] = number;
    n++;
  }
  while (sentence < doc.sentences.length) first[++sentence] = n;
  const onSpare = count <= MAX_REUSED_TOKENS;
  const words = new Words(n, arrays, valueStartCount, table, text, onSpare);
  if (onSpare) spareOwner = words;
  return words;
}

/**
 * How the document writes each capitalised word (undefined for the others), for the rule recogniser: one
 * CaseCounts per lower-case form, counting the form's lower-case uses in the whole document. Made on first use.
 */
export function caseCounts(ws: Words): (CaseCounts | undefined)[] {
  if (ws.counts) return ws.counts;
  const table = ws.spellings;
  // Every word numbered first: a new spelling may bring a new form.
  for (let i = 0; i < ws.n; i++) numberAt(ws, i);
  const forms = table.formCount;
  const lowerUses = new Int32Array(forms);
  for (let i = 0; i < ws.n; i++) {
    const b = ws.bits[i];
    if ((b & (IS_WORD | CAP)) === IS_WORD) lowerUses[table.form[numberAt(ws, i)]]++;
  }
  const byForm: (CaseCounts | undefined)[] = new Array<CaseCounts | undefined>(forms).fill(undefined);
  const counts: (CaseCounts | undefined)[] = new Array<CaseCounts | undefined>(ws.n).fill(undefined);
  for (let i = 0; i < ws.n; i++) {
    if (!(ws.bits[i] & CAP)) continue;
    const form = table.form[numberAt(ws, i)];
    counts[i] = byForm[form] ??= { lowerCount: lowerUses[form], capMid: 0 };
  }
  return (ws.counts = counts);
}

const UNKNOWN_FLAGS = -1;
// (first letter, length) of the lower-case words that may start a value: a cheap filter before the look-up.
const VALUE_START_SHAPES = new Uint8Array(26 * 16);
for (const w of VALUE_START_WORDS) {
  const c = w.charCodeAt(0);
  if (isLowerAscii(c)) VALUE_START_SHAPES[(c - 97) * 16 + Math.min(w.length, 15)] = 1;
}
const mayStartValue = (c: number, length: number): boolean => VALUE_START_SHAPES[(c - 97) * 16 + Math.min(length, 15)] === 1;

/**
 * The (first letter, second letter, length) shapes of the plain words (two or more lower-case ASCII letters) of
 * some word lists, as a byte table for mayBeListed(): a cheap filter before a look-up.
 */
export function plainWordShapes(lists: Iterable<string>[]): Uint8Array {
  const shapes = new Uint8Array(26 * 26 * 16);
  for (const list of lists) for (const w of list) if (/^[a-z]{2,}$/.test(w)) shapes[plainShape(w, 0, w.length)] = 1;
  return shapes;
}

const plainShape = (text: string, from: number, to: number): number =>
  (((text.charCodeAt(from) | 32) - 97) * 26 + (text.charCodeAt(from + 1) - 97)) * 16 + Math.min(to - from, 15);

/**
 * False when word i is a plain word not numbered yet (ASCII letters, the first of either case, the others lower
 * case) with a shape that no plain word of `shapes` has: its lower-case form is then in none of their lists, and
 * its flags need not be looked up. True otherwise.
 */
export function mayBeListed(ws: Words, i: number, shapes: Uint8Array): boolean {
  return ws.spelling[i] !== UNNUMBERED || shapes[plainShape(ws.source, ws.start[i], ws.end[i])] === 1;
}

/** The F_* lexicon flags of word i (looked up on first use for most lower-case words). */
export function flagsAt(ws: Words, i: number): number {
  const table = ws.spellings, number = numberAt(ws, i);
  let f = table.flags[number];
  if (f === UNKNOWN_FLAGS) table.flags[number] = f = lexiconFlags(table.lower[number]);
  return f;
}

/** source.slice(start, end) of word i. */
export const textAt = (ws: Words, i: number): string => ws.spellings.text[numberAt(ws, i)];
export const lowerAt = (ws: Words, i: number): string => ws.spellings.lower[numberAt(ws, i)];

/** Word i as an object. */
export function word(ws: Words, i: number): Word {
  const b = ws.bits[i];
  return {
    i, start: ws.start[i], end: ws.end[i], text: textAt(ws, i), lower: lowerAt(ws, i), flags: flagsAt(ws, i), sentence: ws.sentence[i],
    isWord: (b & IS_WORD) !== 0, cap: (b & CAP) !== 0, allCaps: (b & ALL_CAPS_BIT) !== 0, possessive: (b & POSSESSIVE_BIT) !== 0,
  };
}

const cache = new WeakMap<DocumentStructure, Words>();

/** The document's words, built on first use. */
export function wordsOf(doc: DocumentStructure): Words {
  let w = cache.get(doc);
  if (!w || w.released) cache.set(doc, (w = buildWords(doc)));
  return w;
}
