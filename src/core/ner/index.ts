// The learned person / organization / place (and misc) recogniser: a structured averaged perceptron
// over hashed word, shape, affix, context and document features, decoded by Viterbi over BIO labels.
// Trained by scripts/train-ner.mjs on CoNLL-2003; see docs/model.md.
import type { DocumentStructure, NameRecognizer, NameSpan, Span } from '../types';
import { addRepeatedNames, harmoniseTypes } from './consistency';
import { CONTEXT_FEATURES, WORD_FEATURES, extractFeatures } from './features';
import { FACTORS, LABEL_COUNT, expandFactors, labelsToSpans, viterbi } from './labels';
import { MODEL_BASE64 } from './model.data';
import { decodeBase64, lookup, readModel, type NerModel } from './model';

let model: NerModel | null = null;

/** The model, decoded on first use (a few tens of milliseconds) and kept. */
export function loadNerModel(): NerModel {
  if (!model) model = readModel(decodeBase64(MODEL_BASE64));
  return model;
}

// Scratch buffers, grown as needed and kept: the tagger allocates almost nothing per document.
let emissions = new Float64Array(1024 * LABEL_COUNT);
let back = new Uint8Array(1024 * LABEL_COUNT);
let labels = new Uint8Array(1024);
const sums = new Int32Array(FACTORS);
const factorScores = new Float64Array(FACTORS);

/** Names in a text, given where its sentences start. */
export function recognizeNames(text: string, sentenceStarts: readonly number[]): NameSpan[] {
  const m = loadNerModel();
  const L = LABEL_COUNT;
  const F = FACTORS;
  const f = extractFeatures(text, sentenceStarts, m.casePrior, true);
  const n = f.tokens.count;
  if (!n) return [];
  if (labels.length < n) {
    emissions = new Float64Array(2 * n * L);
    back = new Uint8Array(2 * n * L);
    labels = new Uint8Array(2 * n);
  }
  const w = m.weights;
  const plain = f.plain;
  for (let i = 0; i < n; i++) {
    const e = i * L;
    if (plain[i]) {
      emissions[e] = 0;
      for (let y = 1; y < L; y++) emissions[e + y] = -Infinity;
      continue;
    }
    // Word features: summed once per spelling and kept with the word.
    const word = f.words[i];
    let scores = word.scores;
    if (!scores) {
      scores = new Int32Array(F);
      for (let k = 0; k < WORD_FEATURES; k++) {
        const row = lookup(m, word.features[k]);
        if (row >= 0) for (let y = 0, o = row * F; y < F; y++) scores[y] += w[o + y];
      }
      word.scores = scores;
    }
    for (let y = 0; y < F; y++) sums[y] = scores[y];
    for (let k = i * CONTEXT_FEATURES; k < (i + 1) * CONTEXT_FEATURES; k++) {
      const row = lookup(m, f.contextFeatures[k]);
      if (row >= 0) for (let y = 0, o = row * F; y < F; y++) sums[y] += w[o + y];
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
