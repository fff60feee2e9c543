// ROUGE-1, ROUGE-2 and ROUGE-Lsum as Google's `rouge-score` (Python) computes them, with stemming.
// Written here rather than taken from npm: js-rouge (the maintained package) tokenises the Penn
// Treebank way, has no stemming and breaks LCS ties differently, so its figures are not comparable
// with the published ones; the definitions below are short.
//
// - Tokens: lower-case, every run of characters outside [a-z0-9] is a separator, tokens longer than
//   3 characters are Porter-stemmed (rouge-score uses NLTK's Porter stemmer; `stemmer` implements
//   Porter's original algorithm, which differs from NLTK's on a few rare word forms).
// - ROUGE-N: clipped n-gram multiset overlap; precision over the candidate's n-grams, recall over
//   the reference's.
// - ROUGE-Lsum: summary-level LCS. Both texts are split into sentences on newlines; for each reference
//   sentence, the union of its tokens matched by an LCS with each candidate sentence counts, each
//   token occurrence of either text counted at most once.
// Every score is { precision, recall, f } with f the F1 measure (0 when precision + recall is 0).
import { stemmer } from 'stemmer';

const stems = new Map();

function stem(word) {
  if (word.length <= 3) return word;
  let s = stems.get(word);
  if (s === undefined) { s = stemmer(word); stems.set(word, s); }
  return s;
}

/** rouge-score's tokeniser with stemming. */
export function tokenize(text) {
  const out = [];
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) if (word) out.push(stem(word));
  return out;
}

function score(hits, candidateCount, referenceCount) {
  const precision = candidateCount ? hits / candidateCount : 0;
  const recall = referenceCount ? hits / referenceCount : 0;
  return { precision, recall, f: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function countNgrams(tokens, n) {
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of token lists. */
export function rougeN(candidate, reference, n) {
  const c = countNgrams(candidate, n);
  const r = countNgrams(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/**
 * Indices into `ref` of one LCS of `ref` and `can`, chosen by the same backtracking as rouge-score
 * (on ties it moves up the reference), so the union over candidate sentences matches its figure.
 */
export function lcsIndices(ref, can) {
  const cols = can.length + 1;
  const table = new Uint32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] = ref[i - 1] === can[j - 1]
        ? table[(i - 1) * cols + j - 1] + 1
        : Math.max(table[(i - 1) * cols + j], table[i * cols + j - 1]);
    }
  }
  const out = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) { out.push(i - 1); i--; j--; }
    else if (table[i * cols + j - 1] > table[(i - 1) * cols + j]) j--;
    else i--;
  }
  return out.reverse();
}

function countTokens(sentences) {
  const counts = new Map();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level ROUGE-L of sentence lists (each a token list). */
export function rougeLsum(candidateSentences, referenceSentences) {
  const candidateCount = candidateSentences.reduce((n, s) => n + s.length, 0);
  const referenceCount = referenceSentences.reduce((n, s) => n + s.length, 0);
  const leftC = countTokens(candidateSentences);
  const leftR = countTokens(referenceSentences);
  let hits = 0;
  for (const ref of referenceSentences) {
    const union = new Set();
    for (const can of candidateSentences) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = ref[i];
      if ((leftC.get(t) ?? 0) > 0 && (leftR.get(t) ?? 0) > 0) {
        hits++;
        leftC.set(t, leftC.get(t) - 1);
        leftR.set(t, leftR.get(t) - 1);
      }
    }
  }
  return score(hits, candidateCount, referenceCount);
}

const sentencesOf = (text) => text.split('\n').filter((s) => s.trim() !== '').map(tokenize);

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of a candidate against a reference, both one sentence a line. */
export function rouge(candidate, reference) {
  const c = tokenize(candidate);
  const r = tokenize(reference);
  return {
    rouge1: rougeN(c, r, 1),
    rouge2: rougeN(c, r, 2),
    rougeLsum: rougeLsum(sentencesOf(candidate), sentencesOf(reference)),
  };
}
