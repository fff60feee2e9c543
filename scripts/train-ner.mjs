// Trains the named-entity tagger (src/core/ner) on CoNLL-2003 eng.train, reports eng.testa scores per
// epoch, and writes the compact model to src/core/ner/model.data.ts. Deterministic: fixed data order,
// fixed-seed shuffles, no time-dependent choices. Run with `npm run train` (tsx, so that it uses the
// run-time feature code in src/core/ner directly).
//
// Learning: a structured averaged perceptron (Collins 2002) over BIO labels with first-order
// transitions, decoded by Viterbi, exactly like the run-time tagger. ALL CAPS sentences (headlines,
// sports tables) are also trained again written in Title Case, as today's headlines are.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, loadSplit, score } from '../bench/lib/conll.mjs';
import { extractFeatures, setGazetteer, CLUSTER_TEMPLATES, CONTEXT_FEATURES, GAZETTEER_CONTEXT_FEATURES, Mode, UNKNOWN_CLASS } from '../src/core/ner/features.ts';
import { BOUNDARY, clusterWords } from './word-clusters.mjs';
import { buildGazetteer, writeGazetteer } from './gazetteers.mjs';
import { WORD_FEATURES, GAZETTEER_WORD_FEATURE, Cap } from '../src/core/ner/words.ts';
import { LABEL_COUNT, FACTORS, boundaryFactor, classFactor, expandFactors, labelsToSpans, viterbi, begin, inside, isInside, TYPES } from '../src/core/ner/labels.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// NER_OUT_DIR: where model.data.ts and gazetteer.data.ts go (a copy of src/core/ner for experiments).
const OUT_DIR = process.env.NER_OUT_DIR || path.join(ROOT, 'src/core/ner');
const OUT = path.join(OUT_DIR, 'model.data.ts');
const EPOCHS = Number(process.env.NER_EPOCHS || 10);
// Checks, not for the shipped model: NER_CLUSTERS=0 trains without word clusters, NER_GAZETTEER=0
// without the gazetteer (an empty one); NER_HOLDOUT=k (0-4) holds out every fifth eng.train document
// from k on, from training, from the clusters' text and from the gazetteer's ordinary-word filter, and
// scores on them.
const USE_CLUSTERS = process.env.NER_CLUSTERS !== '0';
const USE_GAZETTEER = process.env.NER_GAZETTEER !== '0';
const HOLDOUT = process.env.NER_HOLDOUT === undefined ? -1 : Number(process.env.NER_HOLDOUT);
const CLUSTER_SIZES = (process.env.NER_CLUSTER_SIZES || '512,64,16').split(',').map(Number);
const L = LABEL_COUNT;
const TYPE_NAME = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

/** Small deterministic PRNG (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Title Case of a word, only when it keeps the length (offsets must not move). */
function titleCase(word) {
  const t = word[0] + word.slice(1).toLowerCase();
  return t.length === word.length ? t : word;
}
/** First letter upper case, only when it keeps the length. */
function capitalise(word) {
  const t = word[0].toUpperCase() + word.slice(1);
  return t.length === word.length ? t : word;
}
// Words Title Case leaves in lower case, and the share of ordinary sentences trained again as headlines.
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from', 'into', 'via', 'vs', 'per']);
const HEADLINE_SHARE = Number(process.env.NER_HEADLINES ?? 0.1);
const isAllCaps = (w) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/**
 * Tagger examples of a split: per document the features and the gold BIO label of every tagger token
 * (projected from the CoNLL words by character offsets; a CoNLL word cut in pieces gives I- to the
 * rest). With augment 'extra', ALL CAPS sentences and a share of the others come again in Title Case,
 * as headlines are written today, as extra examples; with 'replace', documents have those sentences
 * in Title Case instead (a check of headline text).
 */
function prepare(split, augment, priorOf, seed = 19960822, headlineShare = HEADLINE_SHARE) {
  const pick = random(seed);
  const docs = [];
  for (const [docIndex, doc] of split.docs.entries()) {
    // No case prior: a document left out (NER_HOLDOUT).
    const prior = priorOf(docIndex);
    if (!prior) continue;
    const sentenceStarts = doc.sentences.map((s) => s.start - doc.start);
    // Per character: 1 + label of the CoNLL word starting there, or of the word covering it (as I-).
    const charLabel = new Uint8Array(doc.text.length);
    const capsSentence = [];
    for (const s of doc.sentences) {
      let prevType = null;
      s.words.forEach((w, wi) => {
        const tag = s.tags[wi];
        let label = 0;
        if (tag !== 'O') {
          const [prefix, type] = tag.split('-');
          const t = TYPES.indexOf(type);
          label = prefix === 'B' || prevType !== type ? begin(t) : inside(t);
          prevType = type;
        } else prevType = null;
        const at = s.wordStarts[wi] - doc.start;
        for (let c = 0; c < w.length; c++) { charLabel[at + c] = label === 0 ? 0 : c === 0 ? label : inside((label - 1) >> 1); }
      });
      const letters = s.words.filter((w) => /\p{L}/u.test(w));
      capsSentence.push(letters.length >= 2 && letters.filter(isAllCaps).length >= 0.6 * letters.length);
    }
    const build = (text, onlySentences) => {
      const f = extractFeatures(text, sentenceStarts, prior, clusters);
      const gold = new Uint8Array(f.tokens.count);
      for (let i = 0; i < f.tokens.count; i++) gold[i] = charLabel[f.tokens.starts[i]];
      // The tagger labels plain tokens O whatever their context; the rare name holding one is cut there
      // in the gold labels too, or the perceptron would keep pushing transitions it can never reach.
      for (let i = 0; i < f.tokens.count; i++) {
        if (!f.plain[i] || !gold[i]) continue;
        gold[i] = 0;
        if (i + 1 < f.tokens.count && isInside(gold[i + 1])) gold[i + 1] -= 1;
      }
      const ranges = [];
      let sentence = -1;
      for (let i = 0; i < f.tokens.count; ) {
        let j = i + 1;
        while (j < f.tokens.count && !f.tokens.sentenceStart[j]) j++;
        // Which CoNLL sentence holds this run of tokens (for augmentation filtering).
        while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1] <= f.tokens.starts[i]) sentence++;
        if (!onlySentences || onlySentences[sentence]) ranges.push([i, j]);
        i = j;
      }
      return { f, gold, ranges, base: doc.start };
    };
    if (augment !== 'replace') docs.push(build(doc.text, null));
    if (augment) {
      let text = doc.text;
      const changed = doc.sentences.map((s, si) => capsSentence[si] || (s.words.length >= 4 && pick() < headlineShare));
      doc.sentences.forEach((s, si) => {
        if (!changed[si]) return;
        const from = s.start - doc.start;
        let wi = 0;
        const line = doc.text.slice(from, from + s.words.join(' ').length).replace(/\S+/g, (w) => {
          const first = wi++ === 0;
          if (capsSentence[si]) return isAllCaps(w) ? titleCase(w) : w;
          return first || !SMALL_WORDS.has(w) ? capitalise(w) : w;
        });
        text = text.slice(0, from) + line + text.slice(from + line.length);
      });
      docs.push(build(text, augment === 'replace' ? null : changed));
    }
  }
  return docs;
}

/**
 * Case counts of lower-case forms in normal prose, not at sentence starts: hash → [lower, capitalised],
 * for the documents that `take(docIndex)` accepts.
 */
function caseCounts(split, take) {
  const counts = new Map();
  split.docs.forEach((doc, di) => {
    if (!take(di)) return;
    const f = extractFeatures(doc.text, doc.sentences.map((s) => s.start - doc.start), () => 0);
    for (let i = 0; i < f.tokens.count; i++) {
      if (f.tokens.sentenceStart[i] || f.modes[i] !== Mode.Normal) continue;
      const w = f.words[i];
      if (w.cap === Cap.None || w.cap === Cap.Mixed) continue;
      let c = counts.get(w.lowerHash);
      if (!c) counts.set(w.lowerHash, (c = [0, 0]));
      c[w.cap === Cap.Lower ? 0 : 1]++;
    }
  });
  return counts;
}
/** The CasePrior of some counts: 1 mostly lower case, 2 mostly capitalised, 0 unseen. */
function priorFrom(counts) {
  const prior = (h) => { const c = counts.get(h); return c ? (c[0] > c[1] ? 1 : 2) : 0; };
  prior.counts = counts;
  return prior;
}

/**
 * Word clusters from unlabeled news text: the eng.train documents that `take` accepts, the PolNeAR
 * train and dev articles, the CNN/DailyMail articles. Never eng.testa. Read by the tagger's own
 * tokenizer, so that words are keyed as at run time.
 */
function learnClusters(split, take) {
  const sequences = [];
  const add = (text, sentenceStarts) => {
    const f = extractFeatures(text, sentenceStarts, () => 0);
    const seq = new Int32Array(f.tokens.count + 1);
    let n = 0;
    for (let i = 0; i < f.tokens.count; i++) {
      if (f.tokens.sentenceStart[i] && n) seq[n++] = BOUNDARY;
      seq[n++] = f.words[i].exactHash;
    }
    sequences.push(seq.subarray(0, n));
  };
  split.docs.forEach((doc, di) => { if (take(di)) add(doc.text, doc.sentences.map((s) => s.start - doc.start)); });
  for (const part of ['train', 'dev']) {
    const dir = path.join(dataDir(), 'polnear', part, 'text');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) add(readFileSync(path.join(dir, name), 'utf8'), []);
  }
  const cnndm = path.join(dataDir(), 'cnndm', 'dev.jsonl');
  if (existsSync(cnndm)) for (const line of readFileSync(cnndm, 'utf8').split('\n')) if (line.trim()) add(JSON.parse(line).article, []);
  const tokens = sequences.reduce((n, s) => n + s.filter((key) => key !== BOUNDARY).length, 0);
  const learned = clusterWords(sequences, { classes: CLUSTER_SIZES, log: (m) => console.log(m) });
  // The look-up for training; the model ships the same table (written below).
  const classOf = new Map();
  learned.keys.forEach((k, i) => classOf.set(k, learned.fine[i]));
  console.log(`clusters: ${tokens} tokens of unlabeled text, ${learned.keys.length} words kept`);
  return { classOf: (h) => classOf.get(h) ?? UNKNOWN_CLASS, parents: learned.parents, learned };
}

/** Feature rows: every feature hash seen in training gets a row of L weights; -1 for no row. */
let F = WORD_FEATURES + CONTEXT_FEATURES;
const rowOf = new Map();
const rowHash = [];
function rowsFor(f, add, withoutGazetteer = false) {
  const n = f.tokens.count;
  const rows = new Int32Array(n * F).fill(-1);
  const isGazetteer = (k) => k === GAZETTEER_WORD_FEATURE || (k >= WORD_FEATURES + GAZETTEER_CONTEXT_FEATURES && k < WORD_FEATURES + GAZETTEER_CONTEXT_FEATURES + 3);
  const rowFor = (h) => {
    // Hash 0 stands for "no feature" (a word in no gazetteer list).
    if (h === 0) return -1;
    let r = rowOf.get(h);
    if (r === undefined && add) { r = rowHash.length; rowOf.set(h, r); rowHash.push(h); }
    return r ?? -1;
  };
  for (let i = 0; i < n; i++) {
    if (f.plain[i]) continue;
    const o = i * F;
    const wf = f.words[i].features;
    for (let c = 0; c < WORD_FEATURES; c++) rows[o + c] = rowFor(wf[c]);
    for (let c = 0; c < CONTEXT_FEATURES; c++) rows[o + WORD_FEATURES + c] = rowFor(f.contextFeatures[i * CONTEXT_FEATURES + c]);
    const cf = f.clusterFeatures;
    if (cf) for (let c = 0, m = F - WORD_FEATURES - CONTEXT_FEATURES; c < m; c++) rows[o + WORD_FEATURES + CONTEXT_FEATURES + c] = rowFor(cf[i * m + c]);
    if (withoutGazetteer) for (let k = 0; k < F; k++) if (isGazetteer(k)) rows[o + k] = -1;
  }
  return rows;
}

/** Emission scores of tokens [from, to); plain tokens (see features.ts) can only be O, as at run time. */
const sums = new Float64Array(FACTORS);
function emissions(rows, plain, from, to, w, out) {
  for (let i = from; i < to; i++) {
    if (plain[i]) { out[i * L] = 0; for (let y = 1; y < L; y++) out[i * L + y] = -1e9; continue; }
    sums.fill(0);
    for (let k = i * F; k < (i + 1) * F; k++) {
      const r = rows[k];
      if (r < 0) continue;
      for (let y = 0; y < FACTORS; y++) sums[y] += w[r * FACTORS + y];
    }
    expandFactors(sums, 0, out, i * L);
  }
}

function evaluate(docs, split, w, trans, start) {
  const predicted = [];
  for (const d of docs) {
    const n = d.f.tokens.count;
    const em = new Float64Array(n * L);
    const labels = new Uint8Array(n);
    const back = new Uint8Array(n * L);
    for (const [i, j] of d.ranges) { emissions(d.rows, d.f.plain, i, j, w, em); viterbi(em.subarray(i * L), trans, start, i, j, labels, back, d.f.plain); }
    for (const s of labelsToSpans(d.f.tokens.starts, d.f.tokens.ends, labels, n)) {
      predicted.push({ start: s.start + d.base, end: s.end + d.base, type: TYPE_NAME[s.type] });
    }
  }
  return score(split.gold, predicted);
}

const fmt = (r) => ['PER', 'ORG', 'LOC', 'overall'].map((k) => `${k} ${(100 * r[k].f1).toFixed(2)}`).join('  ');

const t0 = Date.now();
const trainSplit = loadSplit('eng.train');
const devSplit = loadSplit('eng.testa');
if (!trainSplit || !devSplit) { console.log('CoNLL-2003 data not found (set FACTLENS_DATA); nothing trained.'); process.exit(0); }
const inTraining = (di) => HOLDOUT < 0 || di % 5 !== HOLDOUT;
// The gazetteer first: the words' gazetteer facts are worked out when the tagger first reads them
// (the clusters' text is read through the tagger's word table too).
const gazetteer = USE_GAZETTEER ? await buildGazetteer(trainSplit.docs.filter((_, di) => inTraining(di)).flatMap((d) => d.sentences))
  : { bytes: Uint8Array.of(0x46, 0x4c, 0x47, 0x31, 1, 0, 0, 0, 0), counts: {}, keys: 0 };
setGazetteer(gazetteer.bytes);
writeGazetteer(gazetteer.bytes, path.join(OUT_DIR, 'gazetteer.data.ts'));
console.log(`gazetteer: ${gazetteer.keys} keys (${gazetteer.bytes.length} bytes); names per list ${JSON.stringify(gazetteer.counts)}`);
const clusters = USE_CLUSTERS ? learnClusters(trainSplit, inTraining) : null;
if (clusters) F += CLUSTER_TEMPLATES * (clusters.parents.length + 1);
console.log(`clusters learned in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
// Training documents see a case prior counted on the other half of the training set, so that it looks
// like it will on new text (a name of this document is not in it just because the document has it).
const foldPriors = [0, 1].map((k) => priorFrom(caseCounts(trainSplit, (di) => inTraining(di) && di % 2 !== k)));
const fullPrior = priorFrom(caseCounts(trainSplit, inTraining));
const trainDocs = prepare(trainSplit, 'extra', (di) => inTraining(di) && foldPriors[di % 2]);
// A seeded quarter of the training documents is seen without the gazetteer, so that the model still
// finds the many names that no list holds (today's names, invented ones) from their other features
// (see docs/model.md: without it, eng.train and eng.testa gain more, names of no list lose).
const GAZETTEER_DROPOUT = Number(process.env.NER_GAZ_DROPOUT ?? 0.25);
const dropPick = random(14071789);
for (const d of trainDocs) d.rows = rowsFor(d.f, true, dropPick() < GAZETTEER_DROPOUT);
// With NER_HOLDOUT, the held-out documents as a split of their own (gold names inside them only).
let heldSplit = null, heldDocs = null;
if (HOLDOUT >= 0) {
  const kept = trainSplit.docs.filter((_, di) => !inTraining(di));
  heldSplit = { docs: kept, gold: trainSplit.gold.filter((g) => kept.some((d) => d.start <= g.start && g.end <= d.end)) };
  heldDocs = prepare(heldSplit, null, () => fullPrior);
  for (const d of heldDocs) d.rows = rowsFor(d.f, false);
}
const devDocs = prepare(devSplit, null, () => fullPrior);
const devTitleDocs = prepare(devSplit, 'replace', () => fullPrior, 7, 0.1);
for (const d of devTitleDocs) d.rows = rowsFor(d.f, false);
for (const d of devDocs) d.rows = rowsFor(d.f, false);
const R = rowHash.length;
console.log(`features: ${R} rows, ${trainDocs.length} training documents, prepared in ${Date.now() - t0} ms`);

// Weights, and for averaging the sums of step-stamped updates (w_avg = w - u / c).
const w = new Float64Array(R * FACTORS), u = new Float64Array(R * FACTORS);
const trans = new Float64Array(L * L), transU = new Float64Array(L * L);
const start = new Float64Array(L), startU = new Float64Array(L);
const examples = [];
trainDocs.forEach((d, di) => d.ranges.forEach(([i, j]) => examples.push([di, i, j])));
const rand = random(20030601);
let c = 1;
const avg = () => ({
  w: w.map((v, k) => v - u[k] / c), trans: trans.map((v, k) => v - transU[k] / c), start: start.map((v, k) => v - startU[k] / c),
});
const em = new Float64Array(4096 * L);
const pred = new Uint8Array(4096);
const back = new Uint8Array(4096 * L);
let last;
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let k = examples.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); [examples[k], examples[j]] = [examples[j], examples[k]]; }
  let mistakes = 0;
  for (const [di, from, to] of examples) {
    const d = trainDocs[di];
    const n = to - from;
    const rows = d.rows.subarray(from * F, to * F);
    const plain = d.f.plain.subarray(from, to);
    emissions(rows, plain, 0, n, w, em);
    viterbi(em, trans, start, 0, n, pred, back, plain);
    const gold = d.gold;
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = gold[from + i], p = pred[i];
      if (g !== p && !plain[i]) {
        wrong = true;
        const gc = classFactor(g), pc = classFactor(p), gb = boundaryFactor(g), pb = boundaryFactor(p);
        for (let k = i * F; k < (i + 1) * F; k++) {
          if (rows[k] < 0) continue;
          const r = rows[k] * FACTORS;
          w[r + gc] += 1; u[r + gc] += c;
          w[r + pc] -= 1; u[r + pc] -= c;
          if (gb >= 0) { w[r + gb] += 1; u[r + gb] += c; }
          if (pb >= 0) { w[r + pb] -= 1; u[r + pb] -= c; }
        }
      }
      const gp = i ? gold[from + i - 1] : -1, pp = i ? pred[i - 1] : -1;
      if (gp !== pp || g !== p) {
        if (i) { trans[gp * L + g] += 1; transU[gp * L + g] += c; trans[pp * L + p] -= 1; transU[pp * L + p] -= c; }
        else { start[g] += 1; startU[g] += c; start[p] -= 1; startU[p] -= c; }
      }
    }
    if (wrong) mistakes++;
    c++;
  }
  last = avg();
  console.log(`epoch ${epoch}: ${mistakes} sentences wrong; eng.testa ${fmt(evaluate(devDocs, devSplit, last.w, last.trans, last.start))}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
if (heldSplit) console.log(`held-out eng.train documents (every fifth from ${HOLDOUT}): ${fmt(evaluate(heldDocs, heldSplit, last.w, last.trans, last.start))}`);

// Compact form: keep the features the perceptron ever updated; one byte per weight, through a
// 256-entry codebook fitted to the weights (quantiles, then a few Lloyd iterations).
const keep = [];
for (let r = 0; r < R; r++) {
  let m = 0;
  for (let y = 0; y < FACTORS; y++) m = Math.max(m, Math.abs(last.w[r * FACTORS + y]));
  if (m > 0) keep.push(r);
}
// Code 0 is exactly 0 (most weights of a kept row); the other 255 start at quantiles of the non-zero
// weights and move by Lloyd iterations (k-means in one dimension).
const values = [];
// Rows with a large weight (bias, capitalisation, frequent words: they fire on many tokens) are kept
// exactly, as float32; a coding error there would shift every score.
const EXACT_ABOVE = Number(process.env.NER_EXACT_ABOVE || 4);
const exact = keep.filter((r) => { for (let y = 0; y < FACTORS; y++) if (Math.abs(last.w[r * FACTORS + y]) >= EXACT_ABOVE) return true; return false; });
const isExact = new Set(exact);
for (const r of keep) if (!isExact.has(r)) for (let y = 0; y < FACTORS; y++) if (last.w[r * FACTORS + y] !== 0) values.push(last.w[r * FACTORS + y]);
const sorted = Float64Array.from(values).sort();
const codebook = new Float64Array(256);
for (let k = 1; k < 256; k++) codebook[k] = sorted[Math.floor(((k - 0.5) / 255) * sorted.length)];
const nearest = (v) => {
  if (v === 0) return 0;
  let lo = 1, hi = 255;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (codebook[mid] < v) lo = mid + 1; else hi = mid; }
  return lo > 1 && v - codebook[lo - 1] < codebook[lo] - v ? lo - 1 : lo;
};
for (let iter = 0; iter < 10; iter++) {
  const sum = new Float64Array(256), count = new Float64Array(256);
  for (const v of sorted) { const k = nearest(v); sum[k] += v; count[k]++; }
  for (let k = 1; k < 256; k++) if (count[k]) codebook[k] = sum[k] / count[k];
  const rest = codebook.subarray(1).sort();
  codebook.set(rest, 1);
}
keep.sort((a, b) => (rowHash[a] >>> 0) - (rowHash[b] >>> 0));
const bytes = [];
const u32 = (v) => bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
const varint = (v) => { do { const b = v % 128; v = Math.floor(v / 128); bytes.push(v ? b | 128 : b); } while (v); };
const f32 = (v) => { const b = new Uint8Array(new Float32Array([v]).buffer); bytes.push(...b); };
u32(0x314e4c46); u32(keep.length);
for (let y = 0; y < L; y++) f32(last.start[y]);
for (let k = 0; k < L * L; k++) f32(last.trans[k]);
for (let k = 0; k < 256; k++) f32(codebook[k]);
let prevHash = 0;
for (const r of keep) {
  varint((rowHash[r] >>> 0) - prevHash);
  prevHash = rowHash[r] >>> 0;
}
const q = new Float64Array(R * FACTORS);
for (const r of keep) for (let y = 0; y < FACTORS; y++) {
  const k = isExact.has(r) ? 0 : nearest(last.w[r * FACTORS + y]);
  bytes.push(k);
  q[r * FACTORS + y] = Math.fround(codebook[k]);
}
u32(exact.length);
const rowIndex = new Map(keep.map((r, i) => [r, i]));
for (const r of exact.sort((a, b) => rowIndex.get(a) - rowIndex.get(b))) {
  u32(rowIndex.get(r));
  for (let y = 0; y < FACTORS; y++) { f32(last.w[r * FACTORS + y]); q[r * FACTORS + y] = Math.fround(last.w[r * FACTORS + y]); }
}
for (const value of [1, 2]) {
  const hashes = [...fullPrior.counts.keys()].filter((h) => fullPrior(h) === value).map((h) => h >>> 0).sort((a, b) => a - b);
  u32(hashes.length);
  let prev = 0;
  for (const h of hashes) { varint(h - prev); prev = h; }
}
// Word clusters: Exact hashes ascending, the finest class of each, then the coarser levels.
const clusterEntries = clusters ? [...clusters.learned.keys].map((k, i) => [k >>> 0, clusters.learned.fine[i]]).sort((a, b) => a[0] - b[0]) : [];
u32(clusterEntries.length);
let prevKey = 0;
for (const [k] of clusterEntries) { varint(k - prevKey); prevKey = k; }
const u16 = (v) => bytes.push(v & 255, (v >>> 8) & 255);
for (const [, c] of clusterEntries) u16(c);
const parents = clusters ? clusters.parents : [];
bytes.push(parents.length);
for (const parent of parents) { u16(parent.length); for (const c of parent) u16(c); }
console.log(`kept ${keep.length} of ${R} features (${exact.length} exact), case prior of ${fullPrior.counts.size} forms; model ${bytes.length} bytes`);
console.log(`eng.testa with the coded weights: ${fmt(evaluate(devDocs, devSplit, q, last.trans, last.start))}`);
console.log(`eng.testa, ALL CAPS and some other lines in Title Case: ${fmt(evaluate(devTitleDocs, devSplit, q, last.trans, last.start))}`);
const b64 = Buffer.from(Uint8Array.from(bytes)).toString('base64');
writeFileSync(OUT, `// GENERATED by scripts/train-ner.mjs from CoNLL-2003 eng.train (${EPOCHS} epochs, ${keep.length} features). Do not edit.\n` +
  `// Layout: see model.ts.\nexport const MODEL_BASE64 =\n  '${b64}';\n`);
console.log(`wrote ${path.relative(ROOT, OUT)} (${b64.length} characters) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
