// BIO labels over the four CoNLL types, and the Viterbi decoder shared by training and tagging.
import type { NameSpan } from '../types';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const LABEL_COUNT = LABELS.length;
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const NAME_TYPES: readonly NameSpan['type'][] = ['person', 'organization', 'place', 'misc'];
/** A name type's index in NAME_TYPES. */
export const typeIndex = (type: NameSpan['type']): number => (type === 'person' ? 0 : type === 'organization' ? 1 : type === 'place' ? 2 : 3);

/** Label index of B-type / I-type for type index t (0 PER .. 3 MISC). */
export const begin = (t: number): number => 1 + 2 * t;
export const inside = (t: number): number => 2 + 2 * t;
/** Type index of a non-O label. */
export const typeOfLabel = (label: number): number => (label - 1) >> 1;
export const isInside = (label: number): boolean => label > 0 && (label & 1) === 0;

/**
 * Each feature has FACTORS weights, not one per label: one per class (O, PER, ORG, LOC, MISC), then
 * "a name begins here" and "a name goes on here". A label's score is its class's plus its boundary's,
 * so the evidence that a word is a person's name serves B-PER and I-PER alike (a surname seen only
 * after first names still scores as a person when it stands alone).
 */
export const FACTORS = 7;
const BEGINS = 5;
const GOES_ON = 6;
/** The class factor of a label. */
export const classFactor = (label: number): number => (label === 0 ? 0 : 1 + typeOfLabel(label));
/** The boundary factor of a label, -1 for O. */
export const boundaryFactor = (label: number): number => (label === 0 ? -1 : isInside(label) ? GOES_ON : BEGINS);

/** Label scores at out[o..o+LABEL_COUNT) from factor sums at f[fo..fo+FACTORS). */
export function expandFactors(f: ArrayLike<number>, fo: number, out: Float64Array, o: number): void {
  out[o] = f[fo];
  for (let t = 0; t < 4; t++) {
    out[o + 1 + 2 * t] = f[fo + 1 + t] + f[fo + BEGINS];
    out[o + 2 + 2 * t] = f[fo + 1 + t] + f[fo + GOES_ON];
  }
}

/** Whether `next` may follow `prev` (-1: sentence start): I-X only continues B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev > 0 && typeOfLabel(prev) === typeOfLabel(next);
}


/** Name spans from token labels: a B-X or an I-X after another type starts one; I-X continues it. */
export function labelsToSpans(starts: ArrayLike<number>, ends: ArrayLike<number>, labels: Uint8Array, count: number): NameSpan[] {
  // Counted first, for an array of the right size (pushing would copy it over and over as it grows).
  const out: NameSpan[] = new Array(countSpans(labels, count));
  let n = 0;
  let open = -1;
  for (let i = 0; i < count; i++) {
    const label = labels[i];
    if (open >= 0 && isInside(label) && typeOfLabel(label) === typeOfLabel(labels[open])) {
      out[n - 1].end = ends[i];
      continue;
    }
    open = -1;
    if (label > 0) {
      open = i;
      out[n++] = { start: starts[i], end: ends[i], type: NAME_TYPES[typeOfLabel(label)] };
    }
  }
  return out;
}

/** How many spans labelsToSpans makes of these labels (a function of its own: no loop compiled on the fly runs into the array's construction). */
function countSpans(labels: Uint8Array, count: number): number {
  let spans = 0;
  for (let i = 0, open = -1; i < count; i++) {
    const label = labels[i];
    if (open >= 0 && isInside(label) && typeOfLabel(label) === typeOfLabel(labels[open])) continue;
    open = label > 0 ? i : -1;
    if (open >= 0) spans++;
  }
  return spans;
}

const SCORES_A = new Float64Array(LABEL_COUNT);
const SCORES_B = new Float64Array(LABEL_COUNT);

/**
 * Best label sequence for tokens [from, to) given emission scores (LABEL_COUNT per token, from token
 * `from` on: token i's at (i - from) * LABEL_COUNT), transition scores (prev * LABEL_COUNT + next) and
 * start scores; tokens with `onlyO` set (indexed by token) can only be O, with an emission of 0 (their
 * emissions are not read). Writes into `out` (indexed by token).
 * `back` needs (to - from) * LABEL_COUNT entries for back-pointers.
 */
export function viterbi(
  emissions: ArrayLike<number>, transitions: ArrayLike<number>, startScores: ArrayLike<number>,
  from: number, to: number, out: Uint8Array, back: Uint8Array, onlyO: Uint8Array,
): void {
  const L = LABEL_COUNT;
  if (to <= from) return;
  let prev = SCORES_A;
  let cur = SCORES_B;
  // After a plain token only O is reachable: `prev` then holds only prev[0] (the other labels are -Infinity
  // and are neither stored nor read), and the next step has a single predecessor to consider.
  let prevOnlyO = onlyO[from] === 1;
  if (prevOnlyO) prev[0] = startScores[0];
  else for (let y = 0; y < L; y++) prev[y] = allowed(-1, y) ? startScores[y] + emissions[y] : -Infinity;
  for (let i = from + 1; i < to; i++) {
    const bo = (i - from) * L;
    if (onlyO[i]) {
      // A plain token: one reachable label, so a ninth of the work.
      let best = -Infinity;
      let arg = 0;
      if (prevOnlyO) best = prev[0] + transitions[0];
      else {
        for (let x = 0; x < L; x++) {
          const s = prev[x] + transitions[x * L];
          if (s > best) { best = s; arg = x; }
        }
      }
      cur[0] = best;
      back[bo] = arg;
      prevOnlyO = true;
      const t = prev; prev = cur; cur = t;
      continue;
    }
    if (prevOnlyO) {
      // One predecessor (O): I-X is unreachable (-Infinity), every other label comes from O.
      const p = prev[0];
      for (let y = 0; y < L; y++) {
        cur[y] = isInside(y) ? -Infinity : p + transitions[y] + emissions[bo + y];
        back[bo + y] = 0;
      }
      prevOnlyO = false;
      const t = prev; prev = cur; cur = t;
      continue;
    }
    // The previous scores in locals, read once instead of once per label; the nine predecessors of O and
    // B-X written out (LABEL_COUNT is 9), in order, keeping the first best as the loop did.
    const p0 = prev[0], p1 = prev[1], p2 = prev[2], p3 = prev[3], p4 = prev[4], p5 = prev[5], p6 = prev[6], p7 = prev[7], p8 = prev[8];
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      if (isInside(y)) {
        // allowed(): I-X only continues B-X (y - 1) or I-X (y).
        const a = prev[y - 1] + transitions[(y - 1) * L + y];
        const b = prev[y] + transitions[y * L + y];
        if (a > best) { best = a; arg = y - 1; }
        if (b > best) { best = b; arg = y; }
      } else {
        let s = p0 + transitions[y];
        if (s > best) { best = s; arg = 0; }
        s = p1 + transitions[L + y]; if (s > best) { best = s; arg = 1; }
        s = p2 + transitions[2 * L + y]; if (s > best) { best = s; arg = 2; }
        s = p3 + transitions[3 * L + y]; if (s > best) { best = s; arg = 3; }
        s = p4 + transitions[4 * L + y]; if (s > best) { best = s; arg = 4; }
        s = p5 + transitions[5 * L + y]; if (s > best) { best = s; arg = 5; }
        s = p6 + transitions[6 * L + y]; if (s > best) { best = s; arg = 6; }
        s = p7 + transitions[7 * L + y]; if (s > best) { best = s; arg = 7; }
        s = p8 + transitions[8 * L + y]; if (s > best) { best = s; arg = 8; }
      }
      cur[y] = best + emissions[bo + y];
      back[bo + y] = arg;
    }
    const t = prev; prev = cur; cur = t;
  }
  let arg = 0;
  if (!prevOnlyO) {
    let best = -Infinity;
    for (let y = 0; y < L; y++) if (prev[y] > best) { best = prev[y]; arg = y; }
  }
  for (let i = to - 1; i >= from; i--) {
    out[i] = arg;
    if (i > from) arg = back[(i - from) * L + arg];
  }
}
