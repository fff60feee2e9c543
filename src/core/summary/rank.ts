// Picks the summary sentences. Unsupervised, linear in the document's tokens:
// - salience = lead position + directed centrality. News puts its main facts first (the lead), so a
//   sentence's position prior decays with its rank. Centrality follows PacSum (Zheng & Lapata 2019):
//   a sentence matters when later sentences take up its content words, and less when it only echoes
//   earlier ones. For each content word we count the sentences after and before that use it
//   (running counts, no comparison of sentence pairs), take (after + BACKWARD_WEIGHT * before) per
//   content word, and scale by the document's largest absolute value.
// - fragments (fewer than MIN_WORDS words) and title lines (a paragraph that is one sentence without
//   closing punctuation: headlines, standfirst labels) are taken only when nothing else is left;
//   sentences opening on a quotation mark (usually the continuation of a quote, not a statement of
//   fact) or on a pronoun ("She said …": read alone, it does not say who) lose some score.
// - redundancy: a sentence sharing most of its content words with an already chosen one is skipped,
//   and an exact copy is never chosen twice.
import { Scratch } from '../scratch';
import { isSpace } from '../structure';
import type { DocumentStructure, Quote, Sentence } from '../types';
import { sentenceTerms, type SentenceTerms } from './terms';

/** Weight of links to earlier sentences against links to later ones (negative: echoes count against). */
const BACKWARD_WEIGHT = -0.5;
/** Rank at which the lead-position prior has fallen to 1/e. */
const POSITION_DECAY = 4;
/** Score held back from a sentence that opens on a quotation mark. */
const QUOTE_OPENING_PENALTY = 0.3;
/**
 * Score held back from a sentence that starts inside the words of a quote opened before it: read alone it is a quote's
 * tail with a stray closing mark, never a sentence to show, but for want of others (1.0 leaves 9 in the news articles'
 * summaries, 0.3 left 30; ROUGE on CNN/DailyMail the same with 0.3, 0.6 and 1.0).
 */
const INSIDE_QUOTE_PENALTY = 1;
/**
 * Score held back from a sentence that opens a quote and does not say who speaks ("“No, I meant he’s the founder of
 * ISIS."), instead of QUOTE_OPENING_PENALTY: as with a pronoun, read alone it does not say who. News articles'
 * summaries: such sentences 38 with 0.3, 19 with 0.6; ROUGE on CNN/DailyMail the same at 0.3, 0.6 and 1.0.
 */
const UNATTRIBUTED_QUOTE_PENALTY = 0.6;
/** Score held back from a sentence that opens on a pronoun ("She added that …"): read alone, it does not say who. */
const PRONOUN_OPENING_PENALTY = 0.3;
/** Sentences with fewer words are fragments (captions, bylines, split-off quote tails). */
const MIN_WORDS = 6;
/** Share of the smaller sentence's content words that makes two sentences redundant. */
const MAX_OVERLAP = 0.6;

/** Whether sentences of a block of this kind can be summary sentences: no headings, code, tables or rules. */
const isSummaryBlock = (kind: string): boolean => kind === 'prose' || kind === 'list' || kind === 'quote';

interface Candidate {
  sentence: Sentence;
  score: number;
  whole: boolean;
}

// Each step is a function of its own with one main loop: in a fresh process a long loop is optimised while it
// runs, and code after it in the same function, not yet run, would throw that optimised code away when reached.
export function rankSentences(doc: DocumentStructure, count: number, quotes: readonly Quote[] = []): Sentence[] {
  if (count <= 0 || doc.sentences.length === 0) return [];
  const terms = sentenceTerms(doc);
  const candidates = scoredCandidates(doc, terms.words, centralities(terms, doc.sentences.length), quoteKinds(doc.sentences, quotes));
  return choose(candidates, terms, count);
}

/** Numbers that live for one rankSentences call, on arrays kept for the next (see Scratch). */
const SCRATCH = { spread: new Scratch(Int32Array), centrality: new Scratch(Float64Array), later: new Scratch(Int32Array) };
/** redundant()'s marks by content-word id: zero but while it runs. */
let inLarge = new Uint8Array(1024);

/**
 * Each sentence's centrality, divided by the document's largest absolute one: in how many sentences each
 * content word appears, then, walking backwards, in how many later ones.
 */
function centralities({ ids, offsets, vocabulary }: SentenceTerms, n: number): Float64Array {
  const spread = SCRATCH.spread.take(vocabulary);
  countIds(ids, spread);
  const centrality = SCRATCH.centrality.take(n);
  const scale = linkScores(ids, offsets, spread, centrality);
  if (scale) for (let i = 0; i < n; i++) centrality[i] /= scale;
  return centrality;
}

/** Adds to counts[id] each time an id occurs. */
function countIds(ids: Int32Array, counts: Int32Array): void {
  for (let k = 0; k < ids.length; k++) counts[ids[k]]++;
}

/** Writes each sentence's centrality (before scaling) to centrality; returns the largest absolute one. */
function linkScores(ids: Int32Array, offsets: Int32Array, spread: Int32Array, centrality: Float64Array): number {
  const later = SCRATCH.later.take(spread.length);
  let scale = 0;
  for (let i = centrality.length - 1; i >= 0; i--) {
    const size = offsets[i + 1] - offsets[i];
    if (size === 0) continue;
    let links = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const after = later[ids[k]];
      links += after + BACKWARD_WEIGHT * (spread[ids[k]] - 1 - after);
      later[ids[k]]++;
    }
    centrality[i] = links / size;
    scale = Math.max(scale, Math.abs(centrality[i]));
  }
  return scale;
}

/**
 * By sentence index, INSIDE for a sentence that starts inside the quoted words of a quote opened in an earlier sentence
 * ("“He's right. There's a disconnect,” Flynn said."): read alone, the tail of a quote with a stray closing mark;
 * UNATTRIBUTED for one in which a quote opens without its source. Both lists are in document order.
 */
function quoteKinds(sentences: readonly Sentence[], quotes: readonly Quote[]): Uint8Array {
  const kinds = new Uint8Array(sentences.length);
  let s = 0;
  for (const q of quotes) {
    // The sentence the quote opens in (the last one starting at or before its first words).
    while (s < sentences.length && sentences[s].start <= q.start) s++;
    const opening = s - 1;
    for (const part of q.content) {
      while (s < sentences.length && sentences[s].start <= part.start) s++;
      for (let k = s; k < sentences.length && sentences[k].start < part.end; k++) kinds[k] = INSIDE;
    }
    const source = q.source;
    if (opening >= 0 && kinds[opening] === 0 && !(source && source.start >= sentences[opening].start && source.end <= sentences[opening].end)) kinds[opening] = UNATTRIBUTED;
  }
  return kinds;
}
const INSIDE = 1, UNATTRIBUTED = 2;

/** The sentences of summary blocks with their scores, in article order. */
function scoredCandidates(doc: DocumentStructure, words: Int32Array, centrality: Float64Array, quoteKind: Uint8Array): Candidate[] {
  const candidates: Candidate[] = [];
  for (const s of doc.sentences) {
    if (!isSummaryBlock(doc.paragraphs[s.paragraph]?.kind ?? 'prose')) continue;
    let score = Math.exp(-candidates.length / POSITION_DECAY) + centrality[s.index];
    if (quoteKind[s.index] === INSIDE) score -= INSIDE_QUOTE_PENALTY;
    else if (opensOnQuote(s.text)) score -= quoteKind[s.index] === UNATTRIBUTED ? UNATTRIBUTED_QUOTE_PENALTY : QUOTE_OPENING_PENALTY;
    else if (opensOnPronoun(s.text)) score -= PRONOUN_OPENING_PENALTY;
    candidates.push({ sentence: s, score, whole: words[s.index] >= MIN_WORDS && !isTitleLine(doc, s) });
  }
  return candidates;
}

/**
 * The `count` best candidates in article order. Whole sentences first, best score first; fragments only when
 * there are too few whole ones. Taken from a heap built in linear time: only the first few of this order are
 * ever needed.
 */
function choose(candidates: Candidate[], terms: SentenceTerms, count: number): Sentence[] {
  for (let i = (candidates.length >> 1) - 1; i >= 0; i--) siftDown(candidates, candidates.length, i);
  let left = candidates.length;
  const chosen: Sentence[] = [];
  const redundantOnes: Sentence[] = [];
  const seenTexts = new Set<string>();
  while (left > 0 && chosen.length < count) {
    const sentence = candidates[0].sentence;
    candidates[0] = candidates[--left];
    siftDown(candidates, left, 0);
    const key = copyKey(sentence.text);
    if (seenTexts.has(key)) continue;
    seenTexts.add(key);
    if (chosen.some((other) => redundant(terms, sentence.index, other.index))) redundantOnes.push(sentence);
    else chosen.push(sentence);
  }
  // Too few distinct sentences: near-redundant ones are better than a shorter summary than asked.
  for (const s of redundantOnes) if (chosen.length < count) chosen.push(s);
  return chosen.sort((a, b) => a.index - b.index);
}

/** The text lower-cased, each run of white space one space: two copies of a sentence have the same key. */
function copyKey(text: string): string {
  return (hasOnlyLoneSpaces(text) ? text : text.replace(/\s+/g, ' ')).toLowerCase();
}

/**
 * Whether every white space in `text` is a space with none next to it, as in most sentences: the regex would then
 * change nothing, and a scan of the codes costs a fraction of its replace.
 */
function hasOnlyLoneSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) : isSpace(c)) return false;
  }
  return true;
}

/** Whether candidate a comes before b: whole sentences first, then by score, then in article order. */
const before = (a: Candidate, b: Candidate): boolean =>
  a.whole !== b.whole ? a.whole : a.score !== b.score ? a.score > b.score : a.sentence.index < b.sentence.index;

/** Restores the heap order of heap[0 .. size) below `at` (a binary heap: the first item comes first). */
function siftDown(heap: Candidate[], size: number, at: number): void {
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) return;
    const child = left + 1 < size && before(heap[left + 1], heap[left]) ? left + 1 : left;
    if (!before(heap[child], heap[at])) return;
    const item = heap[at];
    heap[at] = heap[child];
    heap[child] = item;
    at = child;
  }
}

/** Whether `text` ends in a terminator and any closing quotes and brackets (read backwards: no regex scan of the whole sentence). */
export function isClosed(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isTerminator(text.charCodeAt(i));
}
/** " ' ” ’ » ) ] */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
/** . ! ? … */
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

const OPENING_PRONOUN = /^\s*(?:He|She|They|It|His|Her|Their|Its|Him|Them)\b/;
/** Whether a sentence opens on a personal pronoun, whose referent the summary may not show. */
const opensOnPronoun = (text: string): boolean => OPENING_PRONOUN.test(text);

/** Whether `text` opens on a quotation mark, after any white space and opening parentheses. */
export function opensOnQuote(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 40 || isSpace(text.charCodeAt(i)))) i++;
  const c = text.charCodeAt(i);
  // " ' ` ‘ “ « „
  return c === 34 || c === 39 || c === 96 || c === 0x2018 || c === 0x201c || c === 0xab || c === 0x201e;
}

function isTitleLine(doc: DocumentStructure, s: Sentence): boolean {
  if (isClosed(s.text)) return false;
  const p = doc.paragraphs[s.paragraph];
  return p?.kind === 'prose' && p.text.trim() === s.text;
}

function redundant({ ids, offsets, vocabulary }: SentenceTerms, a: number, b: number): boolean {
  const sizeA = offsets[a + 1] - offsets[a];
  const sizeB = offsets[b + 1] - offsets[b];
  const [small, large] = sizeA <= sizeB ? [a, b] : [b, a];
  const smallSize = Math.min(sizeA, sizeB);
  if (smallSize === 0) return false;
  // Marks by content-word id on a kept array rather than a Set per pair. The array is all zeros between calls (the
  // marks are taken off again), so a call costs the two sentences' words, not the document's vocabulary: a summary
  // of many sentences compares many pairs.
  if (inLarge.length < vocabulary) inLarge = new Uint8Array(vocabulary + (vocabulary >> 2));
  const marks = inLarge;
  for (let k = offsets[large]; k < offsets[large + 1]; k++) marks[ids[k]] = 1;
  let shared = 0;
  for (let k = offsets[small]; k < offsets[small + 1]; k++) shared += marks[ids[k]];
  for (let k = offsets[large]; k < offsets[large + 1]; k++) marks[ids[k]] = 0;
  return shared / smallSize > MAX_OVERLAP;
}
