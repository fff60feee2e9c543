// Content words per sentence, for centrality and redundancy: lower-cased word tokens without English
// function words, plural "-s" dropped so "officials" and "official" count as one word. Words are
// numbered and each sentence's distinct words kept as a slice of one flat array: no per-sentence
// collections and no string built per token.
//
// What a spelling is (no word, a function word, or which term) is worked out once and kept across
// documents: a token is looked up by its characters in the document (TextCache, no Map probe with a
// string) and gets its term, whose number within the current document is given at its first use there.
import { TextCache } from '../textCache';
import type { DocumentStructure } from '../types';

const FUNCTION_WORDS = new Set((
  'a an the and or but if nor so yet of to in on at by for with from as into onto about over after before under ' +
  'than then that this these those there here it its is are was were be been being has have had do does did ' +
  'will would can could should may might must shall not no he she they we you i me him her them us my his ' +
  'their our your who whom whose which what when where why how also just more most very said says say told ' +
  'all some any other such only own same too up out s t one two new').split(' '));

const WORD = /[\p{L}\p{N}]/u;

/**
 * A content word (lower case, plural -s dropped), numbered per document: `id` is its number in the
 * document `document`, given at its first use there. Two sentinels stand for the tokens that are not
 * content words.
 */
interface Term { document: number; id: number }
/** Punctuation or a symbol: not counted as a word. */
const NO_WORD: Term = { document: -1, id: -2 };
/** A function word: counted as a word, not as content. */
const FUNCTION_WORD: Term = { document: -1, id: -1 };

/** Terms by their text; with `spellings`, started afresh (between documents) when it holds this many. */
const MAX_TERMS = 1 << 16;
let terms = new Map<string, Term>();
let spellings = newSpellings();
let documents = 0;

function newSpellings(): TextCache<Term> {
  // Each spelling's Term comes from `terms`, so a spelling made again after a reset of this table still
  // gets the Term (and number) the document already gave it.
  return new TextCache<Term>(1 << 12, 1 << 17, termOf);
}

function termOf(spelling: string): Term {
  if (!WORD.test(spelling)) return NO_WORD;
  const lower = spelling.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return FUNCTION_WORD;
  const text = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  let term = terms.get(text);
  if (term === undefined) { term = { document: -1, id: 0 }; terms.set(text, term); }
  return term;
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
  if (terms.size > MAX_TERMS) { terms = new Map(); spellings = newSpellings(); }
  const document = ++documents;
  const n = doc.sentences.length;
  const text = doc.text;
  const tokens = doc.tokens;
  const words = new Int32Array(n);
  const ids = new Int32Array(tokens.length);
  const offsets = new Int32Array(n + 1);
  // Tokens come in document order, sentence after sentence, so each sentence's ids are written as
  // one slice; lastSeen[id] === sentence drops repeats within a sentence.
  let lastSeen = new Int32Array(1024).fill(-1);
  let vocabulary = 0;
  let length = 0;
  let sentence = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    while (sentence < token.sentence) offsets[++sentence] = length;
    const start = token.start;
    const end = token.end;
    // A one-character ASCII token that is no letter or digit (most punctuation) is no word: no look-up.
    const c = end - start === 1 ? text.charCodeAt(start) : -1;
    if (c >= 0 && c < 128 && !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) continue;
    const term = spellings.get(text, start, end);
    if (term === NO_WORD) continue;
    words[sentence]++;
    if (term === FUNCTION_WORD) continue;
    if (term.document !== document) { term.document = document; term.id = vocabulary++; }
    const id = term.id;
    if (id >= lastSeen.length) {
      const grown = new Int32Array(lastSeen.length * 2).fill(-1);
      grown.set(lastSeen);
      lastSeen = grown;
    }
    if (lastSeen[id] === sentence) continue;
    lastSeen[id] = sentence;
    ids[length++] = id;
  }
  while (sentence < n) offsets[++sentence] = length;
  return { ids: ids.subarray(0, length), offsets, words, vocabulary };
}
