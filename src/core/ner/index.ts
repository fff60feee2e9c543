// The learned person / organization / place (and misc) recogniser: a structured averaged perceptron
// over hashed word, shape, affix, context and document features, decoded by Viterbi over BIO labels.
// Trained by scripts/train-ner.mjs on CoNLL-2003; see docs/model.md.
import type { DocumentStructure, NameRecognizer, NameSpan, Span, TokenTable } from '../types';
import { tokenMarks } from '../structure';
import { addRepeatedNames, harmoniseTypes, spanTexts } from './consistency';
import {
  BOUNDARY_CLASS, BOUNDARY_HASH, CASE_VALUES, CLUSTER_TEMPLATES, ClusterTemplate, PAIRS, SMALL_FEATURE_SIZES, SPAN_VALUES, Slot, TAGGER_SLOTS, caseFeatures, extractTaggerInputs,
  gazetteerNeighbourFeature, neighbourFeature, sentenceContext, clusterFeatures, clusterLevels, smallFeature, spanFeature, type TaggerInputs,
} from './features';
import { WORD_FEATURES, isScored, lowerHashOf, markScored, startedOverInDocument, unscoredWords, wordRecord } from './words';
import { FACTORS, LABEL_COUNT, labelsToSpans, viterbi } from './labels';
import { MODEL_BASE64 } from './model.data';
import { loadGazetteer } from './gazetteer';
import { decodeBase64, lookup, readModel, type NerModel } from './model';

let model: NerModel | null = null;

/** The model and its gazetteer, decoded on first use (a few tens of milliseconds) and kept. */
export function loadNerModel(): NerModel {
  if (!model) {
    model = readModel(decodeBase64(MODEL_BASE64));
    loadGazetteer();
  }
  return model;
}

/**
 * Whether the model's training text writes this word mostly in lower case ("Small", "Officials", "Partial"), as
 * opposed to mostly capitalised ("Iowa", "Clinton") or not at all: a word capitalised only because it opens a
 * sentence is then no name.
 */
export function usuallyLowerCase(word: string): boolean {
  return loadNerModel().casePrior(lowerHashOf(word)) === 1;
}

const F = FACTORS;
// scoreTokens sums the factors in seven locals and Viterbi names nine labels: a change there must follow.
if (FACTORS !== 7 || LABEL_COUNT !== 9) throw new Error('ner: the tagger is written for 7 factors and 9 labels');
/** A word's scores: its word features, then each neighbour template k with it as the neighbour. */
const S = 5 * F;

/** Adds the weights of feature `hash` (if the model has it) to out[o, o + FACTORS). */
function addFeature(m: NerModel, hash: number, out: Int32Array, o: number): void {
  const row = lookup(m, hash);
  if (row < 0) return;
  const w = m.weights;
  for (let y = 0, r = row * F; y < F; y++) out[o + y] += w[r + y];
}

// Summed weights kept for the model that loadNerModel() gives (one per process):
// - the small templates, FACTORS per value: the caps3 values, the packed Slot.Case values, then the
//   Slot.Span values (value 0 has no feature: its row stays 0);
// - the words' scores (S each) by word number + 1, computed when the tagger first meets a word (the word
//   table outlives documents); row 0 holds the neighbour templates past the sentence's edge, at the
//   places of a word's neighbour scores, so that every neighbour is read the same way.
let smallScores: Int32Array | null = null;
let wordScores = new Int32Array(4096 * S);
const CAPS3_VALUES = SMALL_FEATURE_SIZES[0];
const SPAN_ROWS = CAPS3_VALUES + CASE_VALUES;

function smallTemplateScores(m: NerModel): Int32Array {
  if (smallScores) return smallScores;
  const table = new Int32Array((SPAN_ROWS + SPAN_VALUES) * F);
  for (let v = 0; v < CAPS3_VALUES; v++) addFeature(m, smallFeature(0, v), table, v * F);
  for (let v = 0; v < CASE_VALUES; v++) {
    for (const hash of caseFeatures(v) ?? []) addFeature(m, hash, table, (CAPS3_VALUES + v) * F);
  }
  for (let v = 1; v < SPAN_VALUES; v++) addFeature(m, spanFeature(v), table, (SPAN_ROWS + v) * F);
  for (let k = 0; k < 4; k++) addFeature(m, neighbourFeature(k, BOUNDARY_HASH), wordScores, (k + 1) * F);
  for (let t = ClusterTemplate.Prev; t < CLUSTER_TEMPLATES; t++) addClusterFeatures(m, t, BOUNDARY_CLASS, 0);
  return (smallScores = table);
}

// Room for one cluster template's features.
let clusterHashes = new Int32Array(8);

/**
 * Adds the weights of cluster template t for a word of finest class `fine` to the scores of word
 * number row - 1: its own scores, or those it gives as a neighbour (template t is neighbour t - 1).
 */
function addClusterFeatures(m: NerModel, t: ClusterTemplate, fine: number, row: number): void {
  const levels = clusterLevels(m.clusters);
  if (clusterHashes.length < levels) clusterHashes = new Int32Array(levels);
  clusterFeatures(m.clusters, t, fine, clusterHashes, 0);
  const at = row * S + t * F;
  for (let k = 0; k < levels; k++) addFeature(m, clusterHashes[k], wordScores, at);
}

/** Computes the scores of the words listed (once each: the list may repeat a word). */
function scoreNewWords(m: NerModel, ids: Int32Array): void {
  // Room for the largest number first: no growing met in the loop once it is compiled.
  let largest = -1;
  for (let k = 0; k < ids.length; k++) if (ids[k] > largest) largest = ids[k];
  const needed = (largest + 2) * S;
  if (wordScores.length < needed) {
    const grown = new Int32Array(Math.max(2 * wordScores.length, needed));
    grown.set(wordScores);
    wordScores = grown;
  }
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (isScored(id)) continue;
    markScored(id);
    const row = (id + 1) * S;
    wordScores.fill(0, row, row + S);
    const word = wordRecord(id);
    for (let f = 0; f < WORD_FEATURES; f++) addFeature(m, word.features[f], wordScores, row);
    for (let n = 0; n < 4; n++) addFeature(m, neighbourFeature(n, word.lowerHash), wordScores, row + (n + 1) * F);
    for (let n = 0; n < 2; n++) addFeature(m, gazetteerNeighbourFeature(n, word.gazetteer), wordScores, row + (n + 1) * F);
    const fine = m.clusters.classOf(word.exactHash);
    for (let t = ClusterTemplate.Own; t < CLUSTER_TEMPLATES; t++) addClusterFeatures(m, t, fine, id + 1);
  }
}

// Scratch buffers, grown as needed and kept: the tagger allocates almost nothing per document. The
// emissions, back-pointers and pair rows are those of one sentence: they stay in the processor cache
// from scoring to decoding.
let emissions = new Float64Array(256 * LABEL_COUNT);
let back = new Uint8Array(256 * LABEL_COUNT);
let pairRows = new Int32Array(256 * PAIRS);
let labels = new Uint8Array(1024);

/**
 * Names in a text, given where its sentences start; with the token table that parseStructure read from the text,
 * the tagger's own tokens are found along it (see scanTokensAlong in tokens.ts: the same tokens, faster).
 */
export function recognizeNames(text: string, sentenceStarts: readonly number[], structureTokens?: TokenTable): NameSpan[] {
  const m = loadNerModel();
  const small = smallTemplateScores(m);
  const marks = tokenMarks(structureTokens, text);
  const f = extractTaggerInputs(text, sentenceStarts, m.casePrior, marks === null ? null : structureTokens!, marks);
  scoreNewWords(m, unscoredWords());
  const n = f.tokens.count;
  if (!n) return [];
  if (labels.length < n) labels = new Uint8Array(2 * n);
  // All O at first, for the sentences left unscored (clearing only those, rare, in the loop below would
  // meet code without type feedback in a loop compiled on the fly); Viterbi overwrites the others.
  labels.fill(0, 0, n);
  tagSentences(m, small, f, n);
  const spans = labelsToSpans(f.tokens.starts, f.tokens.ends, labels, n);
  const names = spanTexts(text, spans, true);
  harmoniseTypes(text, spans, names);
  return addRepeatedNames(text, f.tokens.starts, f.tokens.ends, n, spans, f.plain, names, startedOverInDocument() ? null : f.words);
}

/**
 * Labels the n tokens of the document: O for sentences of plain tokens only; the others scored and
 * decoded one by one. Each pass is a function of its own, optimised as a whole once it has run a few
 * times (in one large function, every call entered loops compiled on the fly and left them again,
 * deoptimised, where feedback was missing); so is this loop, whose caller goes on with code that a loop
 * compiled on the fly would have no feedback for.
 */
function tagSentences(m: NerModel, small: Int32Array, f: TaggerInputs, n: number): void {
  const plain = f.plain;
  const sentenceStart = f.tokens.sentenceStart;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !sentenceStart[j]) j++;
    if (sentenceContext(f, i, j)) {
      if (emissions.length < (j - i) * LABEL_COUNT) {
        emissions = new Float64Array(2 * (j - i) * LABEL_COUNT);
        back = new Uint8Array(2 * (j - i) * LABEL_COUNT);
        pairRows = new Int32Array(2 * (j - i) * PAIRS);
      }
      lookUpPairs(m, f, i, j);
      scoreTokens(m, small, f, i, j);
      viterbi(emissions, m.transitions, m.start, i, j, labels, back, plain);
    }
    i = j;
  }
}

/**
 * The six pair templates are the only look-ups in the feature table per token, and each is a cache miss.
 * All rows of tokens [from, to) first, in a tight loop of independent look-ups that the processor
 * overlaps, then the sums.
 */
function lookUpPairs(m: NerModel, f: TaggerInputs, from: number, to: number): void {
  const rows = pairRows;
  const plain = f.plain;
  const cf = f.slots;
  for (let i = from; i < to; i++) {
    if (plain[i]) continue;
    const o = (i - from) * TAGGER_SLOTS + Slot.Pairs;
    const r = (i - from) * PAIRS;
    for (let k = 0; k < PAIRS; k++) rows[r + k] = lookup(m, cf[o + k]);
  }
}

/**
 * Emission scores of the tokens [from, to) that are not plain, from token `from` on. Integer sums (exact,
 * so the order of the terms does not matter) in seven locals, which the compiler keeps in registers (an
 * array of sums is stored and reloaded at every term); then one scaling.
 */
function scoreTokens(m: NerModel, small: Int32Array, f: TaggerInputs, from: number, to: number): void {
  const L = LABEL_COUNT;
  const plain = f.plain;
  const slots = f.slots;
  const words = wordScores;
  const w = m.weights;
  const rows = pairRows;
  const step = m.step;
  const out = emissions;
  for (let i = from; i < to; i++) {
    // Plain tokens can only be O: the decoder reads no emissions for them.
    if (plain[i]) continue;
    const o = (i - from) * TAGGER_SLOTS;
    let b = (slots[o + Slot.Own] + 1) * S;
    let s0 = words[b], s1 = words[b + 1], s2 = words[b + 2], s3 = words[b + 3], s4 = words[b + 4], s5 = words[b + 5], s6 = words[b + 6];
    for (let k = 0; k < 4; k++) {
      b = (slots[o + Slot.Neighbours + k] + 1) * S + (k + 1) * F;
      s0 += words[b]; s1 += words[b + 1]; s2 += words[b + 2]; s3 += words[b + 3]; s4 += words[b + 4]; s5 += words[b + 5]; s6 += words[b + 6];
    }
    for (let k = (i - from) * PAIRS, end = k + PAIRS; k < end; k++) {
      const row = rows[k];
      if (row < 0) continue;
      b = row * F;
      s0 += w[b]; s1 += w[b + 1]; s2 += w[b + 2]; s3 += w[b + 3]; s4 += w[b + 4]; s5 += w[b + 5]; s6 += w[b + 6];
    }
    b = slots[o + Slot.Caps3] * F;
    s0 += small[b]; s1 += small[b + 1]; s2 += small[b + 2]; s3 += small[b + 3]; s4 += small[b + 4]; s5 += small[b + 5]; s6 += small[b + 6];
    b = (CAPS3_VALUES + slots[o + Slot.Case]) * F;
    s0 += small[b]; s1 += small[b + 1]; s2 += small[b + 2]; s3 += small[b + 3]; s4 += small[b + 4]; s5 += small[b + 5]; s6 += small[b + 6];
    // Most tokens are in no listed name of several words (span 0, no feature).
    const span = slots[o + Slot.Span];
    if (span !== 0) {
      b = (SPAN_ROWS + span) * F;
      s0 += small[b]; s1 += small[b + 1]; s2 += small[b + 2]; s3 += small[b + 3]; s4 += small[b + 4]; s5 += small[b + 5]; s6 += small[b + 6];
    }
    // expandFactors (labels.ts) written out: O, then B-X and I-X of each type X.
    const e = (i - from) * L;
    const begins = s5 * step, goesOn = s6 * step;
    const per = s1 * step, org = s2 * step, loc = s3 * step, misc = s4 * step;
    out[e] = s0 * step;
    out[e + 1] = per + begins; out[e + 2] = per + goesOn;
    out[e + 3] = org + begins; out[e + 4] = org + goesOn;
    out[e + 5] = loc + begins; out[e + 6] = loc + goesOn;
    out[e + 7] = misc + begins; out[e + 8] = misc + goesOn;
  }
}

/**
 * Keeps the spans that lie inside a sentence. The tagger reads the whole text, so without this a name
 * repeated in a code block or front matter would be found there too. Both lists are in document order.
 */
function insideSentences(spans: NameSpan[], sentences: readonly Span[]): NameSpan[] {
  // In place: the list is the caller's own, fresh from recognizeNames.
  spans.length = keepInsideSentences(spans, sentences);
  return spans;
}

/** Moves the spans inside a sentence to the front of the list; returns how many there are. */
function keepInsideSentences(spans: NameSpan[], sentences: readonly Span[]): number {
  let kept = 0;
  let s = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    while (s < sentences.length && sentences[s].end <= span.start) s++;
    if (s < sentences.length && sentences[s].start <= span.start && span.end <= sentences[s].end) spans[kept++] = span;
  }
  return kept;
}

// Where the sentences of the last document start, in an array kept for the next one.
const sentenceStarts: number[] = [];

/** The NameRecognizer of the engine: sentences from the document structure, names from the model. */
export const modelNameRecognizer: NameRecognizer = (doc: DocumentStructure) =>
  insideSentences(recognizeNames(doc.text, startsOf(doc.sentences), doc.tokenTable), doc.sentences);

/** Where the sentences start, in the kept array (a function of its own: see tagSentences). */
function startsOf(sentences: readonly Span[]): number[] {
  sentenceStarts.length = sentences.length;
  for (let k = 0; k < sentences.length; k++) sentenceStarts[k] = sentences[k].start;
  return sentenceStarts;
}
