// Word classes learned from unlabeled text, for the tagger's cluster features (see docs/model.md).
//
// The exchange algorithm (Kneser & Ney 1993, Martin et al. 1998; Och 1999 for the flat form): words are
// put in K classes so that the class bigram model predicts the text well, i.e. so that the mutual
// information between the classes of neighbouring words is high:
//   maximise  sum over class pairs of g(N(c, d))  -  sum over classes of g(N(c, ·)) + g(N(·, c)),
// with g(x) = x log x and N the bigram counts. Each pass takes every word in turn out of its class and
// puts it where the objective gains most (it may stay). Moving one word costs K times the number of
// distinct classes next to it, so a pass over 30k words and 512 classes takes a few seconds, where
// Brown's agglomerative clustering would need minutes in JavaScript.
//
// A hierarchy on top: the same algorithm then groups the fine classes into fewer classes (their
// bigram counts are the fine classes' ones), and those again; each word gets a class at every level,
// as a prefix of a Brown bit string would give it. Everything is deterministic: fixed orders, ties to
// the lowest class, no randomness.

/**
 * Classes of the words of some token sequences. `sequences` are arrays of word keys (any integers,
 * here hashes of spellings) with BOUNDARY between sentences. Words seen fewer than `minCount` times
 * share one key for the clustering and are not returned. Returns { keys: Int32Array (the kept words, by
 * descending count), fine: Int32Array (class of each), parents: Int32Array[] (per coarser level, the
 * class of each class of the level below), sizes: number[] (classes per level, finest first) }.
 */
export function clusterWords(sequences, { classes = [512, 64, 16], minCount = 3, passes = 10, log = () => {} } = {}) {
  const counts = new Map();
  for (const seq of sequences) for (const key of seq) if (key !== BOUNDARY) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([k]) => k);
  // Word numbers: the boundary 0, all rare words 1, kept words from 2 by descending count.
  const numberOf = new Map(kept.map((k, i) => [k, i + 2]));
  const V = kept.length + 2;
  const pairs = new Map();
  for (const seq of sequences) {
    let prev = 0;
    for (const key of seq) {
      const w = key === BOUNDARY ? 0 : numberOf.get(key) ?? 1;
      if (!(w === 0 && prev === 0)) pairs.set(prev * V + w, (pairs.get(prev * V + w) ?? 0) + 1);
      prev = w;
    }
    if (prev !== 0) pairs.set(prev * V, (pairs.get(prev * V) ?? 0) + 1);
  }
  const graph = bigramGraph(V, [...pairs].sort((a, b) => a[0] - b[0]).map(([k, n]) => [Math.floor(k / V), k % V, n]));
  log(`clusters: ${kept.length} words seen ${minCount}+ times, ${pairs.size} distinct bigrams`);
  const fineOfWord = exchange(graph, classes[0], passes, log);
  const parents = [];
  let classOf = fineOfWord;
  let previous = classes[0];
  for (const K of classes.slice(1)) {
    // The classes of the level below as words: their bigram counts are the sums of their words'.
    const classPairs = new Map();
    for (let a = 0; a < graph.V; a++) {
      for (let e = graph.nextStart[a]; e < graph.nextStart[a + 1]; e++) {
        const key = classOf[a] * previous + classOf[graph.next[e]];
        classPairs.set(key, (classPairs.get(key) ?? 0) + graph.nextCount[e]);
      }
    }
    const classGraph = bigramGraph(previous, [...classPairs].sort((x, y) => x[0] - y[0]).map(([k, n]) => [Math.floor(k / previous), k % previous, n]));
    const parent = exchange(classGraph, K, passes, log);
    parents.push(parent);
    classOf = classOf.map((c) => parent[c]);
    previous = K;
  }
  return { keys: Int32Array.from(kept), fine: fineOfWord.slice(2), parents, sizes: classes };
}

/** Marks a sentence boundary in a sequence given to clusterWords. */
export const BOUNDARY = 0x7fffffff;

/** Successor and predecessor lists (compressed rows) of V words from [first, second, count] triples sorted by pair. */
function bigramGraph(V, triples) {
  const nextStart = new Int32Array(V + 1), prevStart = new Int32Array(V + 1);
  for (const [a, b] of triples) { nextStart[a + 1]++; prevStart[b + 1]++; }
  for (let v = 0; v < V; v++) { nextStart[v + 1] += nextStart[v]; prevStart[v + 1] += prevStart[v]; }
  const next = new Int32Array(triples.length), nextCount = new Int32Array(triples.length);
  const prev = new Int32Array(triples.length), prevCount = new Int32Array(triples.length);
  const fillNext = nextStart.slice(0, V), fillPrev = prevStart.slice(0, V);
  let total = 0;
  for (const [a, b, n] of triples) {
    next[fillNext[a]] = b; nextCount[fillNext[a]++] = n;
    prev[fillPrev[b]] = a; prevCount[fillPrev[b]++] = n;
    total += n;
  }
  return { V, nextStart, next, nextCount, prevStart, prev, prevCount, total };
}

/** The exchange algorithm over a bigram graph: the class (0..K-1) of every word. */
function exchange(graph, K, passes, log) {
  const { V, nextStart, next, nextCount, prevStart, prev, prevCount, total } = graph;
  if (V <= K) return Int32Array.from({ length: V }, (_, v) => v);
  // Words in order of their count (already so for words; classes of a level are sorted here), dealt
  // round robin into the K classes.
  const count = new Float64Array(V);
  for (let v = 0; v < V; v++) for (let e = nextStart[v]; e < nextStart[v + 1]; e++) count[v] += nextCount[e];
  const order = Int32Array.from({ length: V }, (_, v) => v).sort((a, b) => count[b] - count[a] || a - b);
  const cls = new Int32Array(V);
  order.forEach((v, i) => { cls[v] = i % K; });
  const g = new Float64Array(total + 1);
  for (let x = 1; x <= total; x++) g[x] = x * Math.log(x);
  // Class bigram counts M[c][d] and its transpose, and the margins.
  const M = new Int32Array(K * K), MT = new Int32Array(K * K);
  const left = new Int32Array(K), right = new Int32Array(K), size = new Int32Array(K);
  const leftOf = new Int32Array(V), rightOf = new Int32Array(V);
  for (let a = 0; a < V; a++) {
    size[cls[a]]++;
    for (let e = nextStart[a]; e < nextStart[a + 1]; e++) {
      const b = next[e], n = nextCount[e];
      M[cls[a] * K + cls[b]] += n; MT[cls[b] * K + cls[a]] += n;
      left[cls[a]] += n; right[cls[b]] += n;
      leftOf[a] += n; rightOf[b] += n;
    }
  }
  // Per word being moved: its bigram counts by the class of the neighbour (w itself apart), and the
  // classes touched.
  const before = new Int32Array(K), after = new Int32Array(K);
  const beforeList = new Int32Array(K), afterList = new Int32Array(K);
  for (let pass = 1; pass <= passes; pass++) {
    let moves = 0;
    for (const w of order) {
      const a = cls[w];
      if (size[a] === 1) continue;
      let nb = 0, na = 0, self = 0;
      for (let e = prevStart[w]; e < prevStart[w + 1]; e++) {
        const v = prev[e];
        if (v === w) { self = prevCount[e]; continue; }
        const c = cls[v];
        if (!before[c]) beforeList[nb++] = c;
        before[c] += prevCount[e];
      }
      for (let e = nextStart[w]; e < nextStart[w + 1]; e++) {
        const u = next[e];
        if (u === w) continue;
        const c = cls[u];
        if (!after[c]) afterList[na++] = c;
        after[c] += nextCount[e];
      }
      const nl = leftOf[w], nr = rightOf[w];
      // Take w out of its class.
      for (let k = 0; k < nb; k++) { const c = beforeList[k]; M[c * K + a] -= before[c]; MT[a * K + c] -= before[c]; }
      for (let k = 0; k < na; k++) { const d = afterList[k]; M[a * K + d] -= after[d]; MT[d * K + a] -= after[d]; }
      M[a * K + a] -= self; MT[a * K + a] -= self;
      left[a] -= nl; right[a] -= nr; size[a]--;
      // The class where it gains most (ties: its own class, then the lowest number).
      let best = a, bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let gain = -(g[left[b] + nl] - g[left[b]]) - (g[right[b] + nr] - g[right[b]]);
        const rowB = b * K;
        for (let k = 0; k < nb; k++) {
          const c = beforeList[k];
          if (c === b) continue;
          const m = MT[rowB + c];
          gain += g[m + before[c]] - g[m];
        }
        for (let k = 0; k < na; k++) {
          const d = afterList[k];
          if (d === b) continue;
          const m = M[rowB + d];
          gain += g[m + after[d]] - g[m];
        }
        const diagonal = M[rowB + b];
        gain += g[diagonal + before[b] + after[b] + self] - g[diagonal];
        if (gain > bestGain + 1e-9 || (b === a && gain >= bestGain - 1e-9)) { bestGain = gain; best = b; }
      }
      // Put it there.
      const b = best;
      for (let k = 0; k < nb; k++) { const c = beforeList[k]; M[c * K + b] += before[c]; MT[b * K + c] += before[c]; }
      for (let k = 0; k < na; k++) { const d = afterList[k]; M[b * K + d] += after[d]; MT[d * K + b] += after[d]; }
      M[b * K + b] += self; MT[b * K + b] += self;
      left[b] += nl; right[b] += nr; size[b]++;
      cls[w] = b;
      if (b !== a) moves++;
      for (let k = 0; k < nb; k++) before[beforeList[k]] = 0;
      for (let k = 0; k < na; k++) after[afterList[k]] = 0;
    }
    log(`clusters: ${V} words into ${K} classes, pass ${pass}: ${moves} moves`);
    if (moves < V / 1000) break;
  }
  return cls;
}
