// The learned person / organization / place (and misc) recogniser: a structured averaged perceptron
// over hashed word, shape, affix, context and document features, decoded by Viterbi over BIO labels.
// Trained by scripts/train-ner.mjs on CoNLL-2003; see docs/model.md.
import type { DocumentStructure, NameRecognizer, NameSpan } from '../types';
import { harmoniseTypes } from './consistency';
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

/** Names in a text, given where its sentences start. */
export function recognizeNames(text: string, sentenceStarts: readonly number[]): NameSpan[] {
  const m = loadNerModel();
  const L = LABEL_COUNT;
  const f = extractFeatures(text, sentenceStarts, m.casePrior);
  const n = f.tokens.count;
  if (!n) return [];
  const w = m.weights;
  const F = FACTORS;
  const emissions = new Float64Array(n * L);
  const sums = new Float64Array(F);
  for (let i = 0; i < n; i++) {
    const e = i * L;
    if (f.plain[i]) {
      for (let y = 1; y < L; y++) emissions[e + y] = -Infinity;
      continue;
    }
    const word = f.words[i];
    let scores = word.scores;
    if (!scores) {
      scores = new Float32Array(F);
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
    expandFactors(sums, 0, emissions, e);
  }

  const labels = new Uint8Array(n);
  const back = new Uint8Array(n * L);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !f.tokens.sentenceStart[j]) j++;
    viterbi(emissions, m.transitions, m.start, i, j, labels, back);
    i = j;
  }
  return harmoniseTypes(text, labelsToSpans(f.tokens.starts, f.tokens.ends, labels, n));
}

/** The NameRecognizer of the engine: sentences from the document structure, names from the model. */
export const modelNameRecognizer: NameRecognizer = (doc: DocumentStructure) =>
  recognizeNames(doc.text, doc.sentences.map((s) => s.start));
