// Content words per sentence, for centrality and redundancy: lower-cased word tokens without English
// function words, plural "-s" dropped so "officials" and "official" count as one word. Words are
// numbered and each sentence's distinct words kept as a slice of one flat array: no per-sentence
// collections and no string built per token.
//
// What a spelling is (no word, a function word, or which term) is worked out once and kept across
// documents in a table of typed arrays: a token is looked up by the characters it covers in the
// document, with no string, no Map probe and no object per look-up (the look-ups are most of the cost).
import { ownCopy } from '../textCache';
import { tokenTableOf } from '../structure';
import { NO_WORDS, WordMemo, type DocumentWords } from '../ner/features';
import type { DocumentStructure, TokenTable } from '../types';

const FUNCTION_WORDS = new Set((
  'a an the and or but if nor so yet of to in on at by for with from as into onto about over after before under ' +
  'than then that this these those there here it its is are was were be been being has have had do does did ' +
  'will would can could should may might must shall not no he she they we you i me him her them us my his ' +
  'their our your who whom whose which what when where why how also just more most very said says say told ' +
  'all some any other such only own same too up out s t one two new').split(' '));

const WORD = /[\p{L}\p{N}]/u;
/** Term of a token that is punctuation or a symbol: not counted as a word. */
const NO_WORD = -2;
/** Term of a function word: counted as a word, not as content. */
const FUNCTION_WORD = -1;

// Terms (content words), numbered in order of first sight across documents. Term t's row, termRows[2t, 2t + 2),
// holds the stamp of the sentence that last used it and its number within that sentence's document. Sentences are
// stamped with numbers that keep growing across documents, so that no array is cleared or made per document, and a
// stamp below the document's first one says the document has not used the term yet. One row, not an array per
// number: a document's first use of each term is a cache miss, one rather than three.
const termByText = new Map<string, number>();
const TERM_ROW = 2;
let termRows: Int32Array = new Int32Array(1024 * TERM_ROW);
let sentenceStamps = 0;
/** The terms start over before a stamp would not fit in the rows' 32 bits. */
const MAX_STAMPS = 2 ** 31 - 1;

// Spellings: open addressing on an FNV-1a hash of the characters (two a step), each compared with its copy in
// `chars`. Slot s is slots[4s .. 4s + 4): hash, length (0: empty), start of the copy, term (NO_WORD,
// FUNCTION_WORD or a term).
const SLOT = 4;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** The tables start afresh, between documents, once they hold this many spellings. */
const MAX_SPELLINGS = 1 << 16;
let slotCount = 1 << 12;
let slots = new Int32Array(slotCount * SLOT);
let spellingCount = 0;
let chars = new Uint16Array(1 << 14);
let charsUsed = 0;

// The term of each of the name tagger's words met so far, + 3 (see WordMemo): a token the tagger read as the same
// word takes its term from here, with no hashing of its characters. Also emptied when the terms start over.
const termOfWord = new WordMemo();

/** Drops every spelling and term (between documents), and the room they took. */
function startOver(): void {
  termOfWord.values.fill(0);
  termByText.clear();
  termRows = new Int32Array(1024 * TERM_ROW);
  sentenceStamps = 0;
  slotCount = 1 << 12;
  slots = new Int32Array(slotCount * SLOT);
  spellingCount = 0;
  chars = new Uint16Array(1 << 14);
  charsUsed = 0;
}

/** The term of the spelling text[start, end): from the table, or worked out and added now. */
function spellingTerm(text: string, start: number, end: number): number {
  // Two code units a step: half the multiplications, each waiting for the one before.
  let h = FNV_OFFSET;
  let i = start;
  for (; i + 1 < end; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), FNV_PRIME);
  if (i < end) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  const length = end - start;
  const mask = slotCount - 1;
  for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
    const at = s * SLOT;
    const known = slots[at + 1];
    if (known === 0) break;
    if (known === length && slots[at] === h) {
      // Up to two code units the hash is one step, x -> (OFFSET ^ x) * PRIME, which no two values share.
      if (length <= 2) return slots[at + 3];
      const from = slots[at + 2] - start;
      let k = start;
      while (k < end && chars[from + k] === text.charCodeAt(k)) k++;
      if (k === end) return slots[at + 3];
    }
  }
  return addSpelling(text, start, end, h);
}

function addSpelling(text: string, start: number, end: number, h: number): number {
  if (2 * (spellingCount + 1) > slotCount) growSlots();
  const length = end - start;
  if (charsUsed + length > chars.length) {
    const grownChars = new Uint16Array(Math.max(2 * chars.length, charsUsed + length));
    grownChars.set(chars);
    chars = grownChars;
  }
  for (let i = 0; i < length; i++) chars[charsUsed + i] = text.charCodeAt(start + i);
  const term = termOf(text.slice(start, end));
  storeSlot(h, length, charsUsed, term);
  charsUsed += length;
  spellingCount++;
  return term;
}

function storeSlot(h: number, length: number, from: number, term: number): void {
  const mask = slotCount - 1;
  let s = (h ^ (h >>> 15)) & mask;
  while (slots[s * SLOT + 1] !== 0) s = (s + 1) & mask;
  const at = s * SLOT;
  slots[at] = h;
  slots[at + 1] = length;
  slots[at + 2] = from;
  slots[at + 3] = term;
}

function growSlots(): void {
  const old = slots;
  slotCount *= 2;
  slots = new Int32Array(slotCount * SLOT);
  for (let at = 0; at < old.length; at += SLOT) if (old[at + 1] !== 0) storeSlot(old[at], old[at + 1], old[at + 2], old[at + 3]);
}

function termOf(spelling: string): number {
  if (!WORD.test(spelling)) return NO_WORD;
  const lower = spelling.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return FUNCTION_WORD;
  const text = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  let term = termByText.get(text);
  if (term === undefined) {
    term = termByText.size;
    termByText.set(ownCopy(text), term);
    if (term * TERM_ROW === termRows.length) termRows = grown(termRows);
  }
  return term;
}

/** A copy of `a` with twice the room. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

export interface SentenceTerms {
  /** Distinct content-word ids of sentence i: ids[offsets[i] .. offsets[i + 1]). */
  ids: Int32Array;
  offsets: Int32Array;
  /** Number of word tokens (with a letter or digit) of each sentence. */
  words: Int32Array;
  /** Number of distinct content words. */
  vocabulary: number;
}

export function sentenceTerms(doc: DocumentStructure): SentenceTerms {
  if (spellingCount > MAX_SPELLINGS || sentenceStamps + doc.sentences.length + 1 > MAX_STAMPS) startOver();
  const n = doc.sentences.length;
  const tokens = tokenTableOf(doc);
  const ids = new Int32Array(tokens.count);
  const offsets = new Int32Array(n + 1);
  const words = new Int32Array(n);
  const tagged = termOfWord.wordsOf(doc.text) ?? NO_WORDS;
  const length = readTerms(doc.text, tokens, tagged, termOfWord.values, ids, offsets, words);
  // Sentences after the last token's hold no ids.
  for (let s = tokens.count > 0 ? tokens.sentences[tokens.count - 1] + 1 : 1; s <= n; s++) offsets[s] = length;
  return { ids: ids.subarray(0, length), offsets, words, vocabulary: vocabularyRead };
}

/** The number of distinct content words the last readTerms call found. */
let vocabularyRead = 0;

/**
 * Writes the ids of each sentence's distinct content words to ids (sentence s from offsets[s], up to its last
 * token's sentence) and its word count to words; returns the number of ids. A function of its own that ends
 * with its loop: in a fresh process the loop is optimised while it runs, and any code after it that has not
 * run yet would throw that optimised code away (and the next document would wait for it again).
 */
function readTerms(text: string, tokens: TokenTable, tagged: DocumentWords, termOfWord: Int32Array, ids: Int32Array, offsets: Int32Array, words: Int32Array): number {
  const count = tokens.count, starts = tokens.starts, ends = tokens.ends, sentences = tokens.sentences;
  const taggedCount = tagged.count, taggedStarts = tagged.starts, taggedEnds = tagged.ends, taggedWords = tagged.words;
  let k = 0; // the first tagger token not before the current token
  // Tokens come in document order, sentence after sentence, so each sentence's ids are written as
  // one slice; a term already stamped with this sentence's stamp is a repeat within it, and one stamped
  // before `stamps` is new to the document.
  const stamps = sentenceStamps + 1; // sentence s is stamped stamps + s
  sentenceStamps += offsets.length;
  let vocabulary = 0;
  vocabularyRead = 0;
  let length = 0;
  let sentence = 0;
  for (let t = 0; t < count; t++) {
    const tokenSentence = sentences[t];
    while (sentence < tokenSentence) offsets[++sentence] = length;
    const start = starts[t];
    const end = ends[t];
    // A one-character ASCII token that is no letter or digit (most punctuation) is no word: no look-up.
    const c = end - start === 1 ? text.charCodeAt(start) : -1;
    if (c >= 0 && c < 128 && !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) continue;
    // Both token lists are in document order: the tagger's token with the same start, if any, is at k.
    while (k < taggedCount && taggedStarts[k] < start) k++;
    let term: number;
    if (k < taggedCount && taggedStarts[k] === start && taggedEnds[k] === end) {
      const word = taggedWords[k];
      term = termOfWord[word] - 3;
      if (term === -3) termOfWord[word] = (term = spellingTerm(text, start, end)) + 3;
    } else term = spellingTerm(text, start, end);
    if (term === NO_WORD) continue;
    words[sentence]++;
    if (term === FUNCTION_WORD) continue;
    // Read after the look-up, which may have grown the rows.
    const rows = termRows, row = term * TERM_ROW;
    const stamp = rows[row];
    if (stamp === stamps + sentence) continue;
    if (stamp < stamps) { rows[row + 1] = vocabulary++; vocabularyRead = vocabulary; }
    rows[row] = stamps + sentence;
    ids[length++] = rows[row + 1];
  }
  return length;
}
