// The learned person / organization / place (and misc) recogniser: a structured averaged perceptron
// over hashed word, shape, affix, context and document features, decoded by Viterbi over BIO labels.
// Trained by scripts/train-ner.mjs on CoNLL-2003; see docs/model.md.
import type { DocumentStructure, NameRecognizer, NameSpan, Span } from '../types';
import { addRepeatedNames, harmoniseTypes } from './consistency';
import { BOUNDARY_HASH, CONTEXT_FEATURES, SMALL_FEATURE_SIZES, WORD_FEATURES, extractTaggerInputs, neighbourFeature, smallFeature, type Word } from './features';
import { FACTORS, LABEL_COUNT, expandFactors, labelsToSpans, viterbi } from './labels';
import { MODEL_BASE64 } from './model.data';
import { decodeBase64, lookup, readModel, type NerModel } from './model';

let model: NerModel | null = null;

/** The model, decoded on first use (a few tens of milliseconds) and kept. */
export function loadNerModel(): NerModel {
  if (!model) model = readModel(decodeBase64(MODEL_BASE64));
  return model;
}

const F = FACTORS;

/** Adds the weights of feature `hash` (if the model has it) to out[o, o + FACTORS). */
function addFeature(m: NerModel, hash: number, out: Int32Array, o: number): void {
  const row = lookup(m, hash);
  if (row < 0) return;
  const w = m.weights;
  for (let y = 0, r = row * F; y < F; y++) out[o + y] += w[r + y];
}

/**
 * Summed weights of the templates that take few values, computed once per model: the neighbour templates
 * past the sentence's edge (4 × FACTORS), and every packed value of the small templates.
 */
interface FixedScores {
  boundary: Int32Array;
  small: Int32Array[];
}
let fixed: FixedScores | null = null;
let fixedFor: NerModel | null = null;

function fixedScores(m: NerModel): FixedScores {
  if (fixed && fixedFor === m) return fixed;
  const boundary = new Int32Array(4 * F);
  for (let k = 0; k < 4; k++) addFeature(m, neighbourFeature(k, BOUNDARY_HASH), boundary, k * F);
  const small = SMALL_FEATURE_SIZES.map((size, k) => {
    const table = new Int32Array(size * F);
    for (let v = 0; v < size; v++) addFeature(m, smallFeature(k, v), table, v * F);
    return table;
  });
  fixedFor = m;
  return (fixed = { boundary, small });
}

/**
 * A word's summed weights, kept with the word (the word cache outlives documents): the word features at
 * [0, FACTORS), then each neighbour template k with this word as the neighbour at [(k + 1) * FACTORS, ...).
 */
function wordScores(m: NerModel, word: Word): Int32Array {
  let scores = word.scores;
  if (scores) return scores;
  scores = new Int32Array(5 * F);
  for (let k = 0; k < WORD_FEATURES; k++) addFeature(m, word.features[k], scores, 0);
  for (let k = 0; k < 4; k++) addFeature(m, neighbourFeature(k, word.lowerHash), scores, (k + 1) * F);
  return (word.scores = scores);
}

// Scratch buffers, grown as needed and kept: the tagger allocates almost nothing per document.
let emissions = new Float64Array(1024 * LABEL_COUNT);
let back = new Uint8Array(1024 * LABEL_COUNT);
let labels = new Uint8Array(1024);
const sums = new Int32Array(FACTORS);
/** Context slots 4-9: the pair templates, looked up in the feature table. */
const PAIRS = 6;
let pairRows = new Int32Array(1024 * PAIRS);
const factorScores = new Float64Array(FACTORS);

/** Names in a text, given where its sentences start. */
export function recognizeNames(text: string, sentenceStarts: readonly number[]): NameSpan[] {
  const m = loadNerModel();
  const L = LABEL_COUNT;
  const { boundary, small } = fixedScores(m);
  const f = extractTaggerInputs(text, sentenceStarts, m.casePrior);
  const n = f.tokens.count;
  if (!n) return [];
  if (labels.length < n) {
    emissions = new Float64Array(2 * n * L);
    back = new Uint8Array(2 * n * L);
    labels = new Uint8Array(2 * n);
  }
  const plain = f.plain;
  const words = f.words;
  const cf = f.contextFeatures;
  const w = m.weights;
  // The six pair templates are the only look-ups in the feature table per token, and each is a cache miss.
  // All rows first, in a tight loop of independent look-ups that the processor overlaps, then the sums.
  if (pairRows.length < n * PAIRS) pairRows = new Int32Array(2 * n * PAIRS);
  const rows = pairRows;
  for (let i = 0; i < n; i++) {
    if (plain[i]) continue;
    const o = i * CONTEXT_FEATURES + 4;
    const r = i * PAIRS;
    for (let k = 0; k < PAIRS; k++) rows[r + k] = lookup(m, cf[o + k]);
  }
  // Integer sums (exact, so the order of the terms does not matter), then one scaling.
  for (let i = 0; i < n; i++) {
    // Plain tokens can only be O: the decoder reads no emissions for them.
    if (plain[i]) continue;
    const e = i * L;
    const own = wordScores(m, words[i]);
    for (let y = 0; y < F; y++) sums[y] = own[y];
    const o = i * CONTEXT_FEATURES;
    for (let k = 0; k < 4; k++) {
      const at = cf[o + k];
      const src = at >= 0 ? wordScores(m, words[at]) : boundary;
      const so = at >= 0 ? (k + 1) * F : k * F;
      for (let y = 0; y < F; y++) sums[y] += src[so + y];
    }
    for (let k = i * PAIRS, end = k + PAIRS; k < end; k++) {
      const row = rows[k];
      if (row < 0) continue;
      for (let y = 0, r = row * F; y < F; y++) sums[y] += w[r + y];
    }
    for (let k = 0; k < 4; k++) {
      const table = small[k];
      const so = cf[o + 10 + k] * F;
      for (let y = 0; y < F; y++) sums[y] += table[so + y];
    }
    for (let y = 0; y < F; y++) factorScores[y] = sums[y] * m.step;
    expandFactors(factorScores, 0, emissions, e);
  }

  const sentenceStart = f.tokens.sentenceStart;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    let allPlain = plain[i];
    while (j < n && !sentenceStart[j]) allPlain &= plain[j++];
    if (allPlain) labels.fill(0, i, j);
    else viterbi(emissions, m.transitions, m.start, i, j, labels, back, plain);
    i = j;
  }
  const spans = harmoniseTypes(text, labelsToSpans(f.tokens.starts, f.tokens.ends, labels, n));
  return addRepeatedNames(text, f.tokens.starts, f.tokens.ends, n, spans);
}

/**
 * Keeps the spans that lie inside a sentence. The tagger reads the whole text, so without this a name
 * repeated in a code block or front matter would be found there too. Both lists are in document order.
 */
function insideSentences(spans: NameSpan[], sentences: readonly Span[]): NameSpan[] {
  const kept: NameSpan[] = [];
  let s = 0;
  for (const span of spans) {
    while (s < sentences.length && sentences[s].end <= span.start) s++;
    if (s < sentences.length && sentences[s].start <= span.start && span.end <= sentences[s].end) kept.push(span);
  }
  return kept;
}

/** The NameRecognizer of the engine: sentences from the document structure, names from the model. */
export const modelNameRecognizer: NameRecognizer = (doc: DocumentStructure) =>
  insideSentences(recognizeNames(doc.text, doc.sentences.map((s) => s.start)), doc.sentences);
