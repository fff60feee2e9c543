// Features of every token of a document, as 32-bit hashes. Two kinds:
// - word features depend only on the word's spelling; each distinct spelling is analysed once and kept
//   in a bounded cache shared across documents (the tagger also keeps the word's summed weights there,
//   which is where most of its speed comes from);
// - context features depend on the neighbours, the sentence and the rest of the document.
// Training (scripts/train-ner.mjs) and the run-time tagger both call extractFeatures, so they agree.
import { hashString, mix } from './hash';
import { tokenizeForTagger, type TaggerTokens } from './tokens';
import { TextCache } from '../textCache';

export const WORD_FEATURES = 10;
export const CONTEXT_FEATURES = 14;

/** Capitalisation of a word. */
export const enum Cap { None = 0, Lower = 1, Initial = 2, AllCaps = 3, Mixed = 4 }
/** How a sentence is written: normal prose, ALL CAPS (CoNLL headlines, tables) or Title Case. */
export const enum Mode { Normal = 0, Caps = 1, Title = 2 }

/** A lower-case form, shared by its spellings; `seen` says how the current document writes it. */
interface LowerForm {
  document: number;
  /** Bit 1: capitalised in normal prose (not at a sentence start); bit 2: in lower case. */
  seen: number;
}

/**
 * How the training text usually writes a lower-case form (given its hash): 0 never seen, 1 mostly in
 * lower case, 2 mostly capitalised. Tells ordinary words from names in ALL CAPS and Title Case
 * headlines and at sentence starts.
 */
export type CasePrior = (lowerHash: number) => number;

/** What the tagger knows about one spelling. */
export interface Word {
  cap: Cap;
  length: number;
  lowerHash: number;
  shapeHash: number;
  form: LowerForm;
  /** Punctuation that never belongs to a name (brackets, quotes, commas...). */
  closed: boolean;
  /** CasePrior value, and the prior it comes from (the word cache outlives a training fold). */
  prior: number;
  priorOf: CasePrior | null;
  /** The spelling. */
  raw: string;
  /** WORD_FEATURES hashes. */
  features: Int32Array;
  /**
   * Filled in by the tagger: the model's summed weights for the word features, then for the four
   * neighbour templates with this word as the neighbour (FACTORS each).
   */
  scores: Int32Array | null;
}

export interface DocumentFeatures {
  tokens: TaggerTokens;
  words: Word[];
  /**
   * 1 for a token that is plain prose: lower case or punctuation between two such tokens, or
   * punctuation that never belongs to a name. The tagger labels it O without looking at its context,
   * and its context features are not computed (0, or left over with `reuse`).
   */
  plain: Uint8Array;
  /** CONTEXT_FEATURES hashes per token. */
  contextFeatures: Int32Array;
  /** Per token: how its sentence is written (Mode). */
  modes: Uint8Array;
}

// Template seeds: every feature hash starts from its template's number.
const enum T {
  Bias = 1, Lower, Exact, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4, CapLength,
  Prev, Next, Prev2, Next2, PrevLower, LowerNext, PrevShapes, ShapesNext, PrevWordShape, ShapeNextWord,
  Caps3, Position, DocCase, Prior,
}

const BOUNDARY = hashString('<s>', 0);
// The word cache, kept across documents; when it starts over, the forms go too.
const forms = new Map<string, LowerForm>();
const words = new TextCache<Word>(1 << 12, 1 << 17, (raw) => analyseWord(raw), () => forms.clear());
let documentCount = 0;

/** Folds typographic variants so that today's text looks like the training text. */
function normalise(word: string): string {
  if (!/[’‘“”„–—0-9]/.test(word)) return word;
  return word.replace(/[’‘]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/[0-9]/g, '0');
}

/** Letter case of a character: 1 upper, 2 lower, 0 not a cased letter (ASCII fast, others by Unicode). */
function caseOf(word: string, i: number): number {
  const c = word.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  const ch = word[i];
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return 0;
  return ch === lower ? 2 : 1;
}

/** Short shape: X for upper case, x lower case, d digit, other characters kept; runs cut at two. */
function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const k = caseOf(word, i);
    const c = word.charCodeAt(i);
    const s = k === 1 ? 'X' : k === 2 ? 'x' : c >= 48 && c <= 57 ? 'd' : word[i];
    if (s === last) { if (++run > 2) continue; } else { last = s; run = 1; }
    out += s;
  }
  return out;
}

function capOf(word: string): Cap {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let i = 0; i < word.length; i++) {
    const k = caseOf(word, i);
    if (k === 2) lower++;
    else if (k === 1) { if (upper + lower === 0) firstUpper = true; upper++; }
  }
  if (upper + lower === 0) return Cap.None;
  if (upper === 0) return Cap.Lower;
  if (lower === 0) return Cap.AllCaps;
  return firstUpper ? Cap.Initial : Cap.Mixed;
}

/** Whether text continues with `raw` at `start` (a short loop: startsWith with an offset is slower here). */
/** The word record of text[start, end), from the cache or analysed now. */
export function wordAt(text: string, start: number, end: number): Word {
  return words.get(text, start, end);
}

function analyseWord(raw: string): Word {
  const word = normalise(raw);
  const lower = word.toLowerCase();
  let form = forms.get(lower);
  if (!form) { form = { document: -1, seen: 0 }; forms.set(lower, form); }
  const cap = capOf(word);
  const lowerHash = hashString(lower, T.Lower);
  const shapeHash = hashString(shapeOf(word), T.Shape);
  const length = word.length;
  const features = Int32Array.of(
    T.Bias,
    lowerHash,
    hashString(word, T.Exact),
    shapeHash,
    hashString(lower, T.Prefix2, 0, Math.min(2, lower.length)),
    hashString(lower, T.Prefix3, 0, Math.min(3, lower.length)),
    hashString(lower, T.Suffix2, Math.max(0, lower.length - 2)),
    hashString(lower, T.Suffix3, Math.max(0, lower.length - 3)),
    hashString(lower, T.Suffix4, Math.max(0, lower.length - 4)),
    mix(T.CapLength, cap * 16 + (length > 12 ? 12 : length)),
  );
  const closed = cap === Cap.None && /^[()[\]{}"“”«»,;:!?'‘’]$/.test(raw);
  return { cap, length, lowerHash, shapeHash, form, closed, prior: 0, priorOf: null, raw, features, scores: null };
}

/** Neighbour templates (0 previous word, 1 next, 2 two before, 3 two after): hash given the neighbour's lower-case hash. */
export const neighbourFeature = (k: number, lowerHash: number): number => mix(T.Prev + k, lowerHash);
/** Lower-case hash standing for "no word here" (past the sentence's edge). */
export const BOUNDARY_HASH = BOUNDARY;
/** Small templates (0 neighbours' capitalisation, 1 position, 2 document case, 3 case prior): hash given the packed value. */
export const smallFeature = (k: number, value: number): number => mix(T.Caps3 + k, value);
/** Bounds of the small templates' packed values (see the last four context features below). */
export const SMALL_FEATURE_SIZES: readonly number[] = [8 * 8 * 8 * 4, 5 * 4 * 2, 4 * 8 * 4 * 2, 3 * 8 * 4 * 2];

let sharedContext = new Int32Array(1024 * CONTEXT_FEATURES);
// Per-token copies of the words' hot fields, read in order instead of through each word object.
let tokenCap = new Uint8Array(1024);
let tokenLower = new Int32Array(1024);
let tokenShape = new Int32Array(1024);
/** tokenCap: the Cap in the low bits, and a bit for closed punctuation. */
const CAP_BITS = 7, CLOSED = 8;

/**
 * Tokenises a document and hashes the features of every token. With `reuse`, the token offsets and
 * context features live in buffers that the next such call overwrites (the tagger's case: it spares
 * the allocations).
 */
export function extractFeatures(text: string, sentenceStarts: readonly number[], casePrior: CasePrior, reuse = false): DocumentFeatures {
  return documentFeatures(text, sentenceStarts, casePrior, reuse, false);
}

/**
 * extractFeatures for the tagger, which keeps the model's scores of the templates that depend on one word
 * or on a small value: per token, the context slots 0-3 hold the neighbours' token indices (-1 past the
 * sentence's edge; their features are neighbourFeature(k, that word's lowerHash or BOUNDARY_HASH)), 4-9 the
 * pair hashes as in extractFeatures, and 10-13 the small templates' packed values (their features are
 * smallFeature(k, value)). Buffers are reused as with `reuse`.
 */
export function extractTaggerInputs(text: string, sentenceStarts: readonly number[], casePrior: CasePrior): DocumentFeatures {
  return documentFeatures(text, sentenceStarts, casePrior, true, true);
}

function documentFeatures(text: string, sentenceStarts: readonly number[], casePrior: CasePrior, reuse: boolean, inputs: boolean): DocumentFeatures {
  const tokens = tokenizeForTagger(text, sentenceStarts, reuse);
  const n = tokens.count;
  const starts = tokens.starts;
  const ends = tokens.ends;
  const sentenceStart = tokens.sentenceStart;
  const doc = documentCount++;
  if (tokenCap.length < n) {
    tokenCap = new Uint8Array(2 * n);
    tokenLower = new Int32Array(2 * n);
    tokenShape = new Int32Array(2 * n);
  }
  const capOf = tokenCap, lowerOf = tokenLower, shapeOf = tokenShape;
  const ws: Word[] = new Array(n);

  // Sentence by sentence (the words just looked up are still in the processor cache): the words, the
  // sentence's mode, and how each lower-case form is written in the document's normal prose (not at a
  // sentence start): capitalised, lower case, or both. This tells a name in an ALL CAPS or Title Case
  // headline, or at the start of a sentence, from an ordinary word.
  const mode = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !sentenceStart[j]) j++;
    let letters = 0, caps = 0, initials = 0, longWords = 0, longCapital = 0;
    for (let k = i; k < j; k++) {
      const w = (ws[k] = wordAt(text, starts[k], ends[k]));
      if (w.priorOf !== casePrior) { w.prior = casePrior(w.lowerHash); w.priorOf = casePrior; }
      const cap = w.cap;
      capOf[k] = w.closed ? cap | CLOSED : cap;
      lowerOf[k] = w.lowerHash;
      shapeOf[k] = w.shapeHash;
      if (cap === Cap.None) continue;
      letters++;
      if (cap === Cap.AllCaps) caps++;
      if (cap === Cap.Initial) initials++;
      if (w.length >= 4) { longWords++; if (cap === Cap.Initial || cap === Cap.AllCaps) longCapital++; }
    }
    const m = letters >= 2 && caps >= 0.6 * letters && caps > initials ? Mode.Caps
      : longWords >= 3 && longCapital >= 0.8 * longWords ? Mode.Title : Mode.Normal;
    mode.fill(m, i, j);
    if (m === Mode.Normal) {
      for (let k = i + 1; k < j; k++) {
        const w = ws[k];
        if (w.form.document !== doc) { w.form.document = doc; w.form.seen = 0; }
        if (w.cap === Cap.Lower) w.form.seen |= 2;
        else if (w.cap === Cap.Initial || w.cap === Cap.AllCaps) w.form.seen |= 1;
      }
    }
    i = j;
  }

  const plain = new Uint8Array(n);
  let contextFeatures: Int32Array;
  if (!reuse) contextFeatures = new Int32Array(n * CONTEXT_FEATURES);
  else {
    if (sharedContext.length < n * CONTEXT_FEATURES) sharedContext = new Int32Array(2 * n * CONTEXT_FEATURES);
    contextFeatures = sharedContext;
  }
  let sentenceFirst = 0;
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i]) sentenceFirst = i;
    const hasPrev = i > sentenceFirst;
    const hasNext = i + 1 < n && !sentenceStart[i + 1];
    const cap = capOf[i];
    if (cap & CLOSED || (cap <= Cap.Lower && hasPrev && (capOf[i - 1] & CAP_BITS) <= Cap.Lower && (!hasNext || (capOf[i + 1] & CAP_BITS) <= Cap.Lower))) { plain[i] = 1; continue; }
    const w = ws[i];
    const hasPrev2 = i - 1 > sentenceFirst;
    const hasNext2 = hasNext && i + 2 < n && !sentenceStart[i + 2];
    const prevLower = hasPrev ? lowerOf[i - 1] : BOUNDARY;
    const nextLower = hasNext ? lowerOf[i + 1] : BOUNDARY;
    const prevShape = hasPrev ? shapeOf[i - 1] : BOUNDARY;
    const nextShape = hasNext ? shapeOf[i + 1] : BOUNDARY;
    const lower = lowerOf[i];
    const shape = shapeOf[i];
    const m = mode[i];
    const first = hasPrev ? 0 : 1;
    const seen = w.form.document === doc ? w.form.seen : 0;
    const o = i * CONTEXT_FEATURES;
    const caps3 = (((hasPrev ? capOf[i - 1] & CAP_BITS : 7) * 8 + cap) * 8 + (hasNext ? capOf[i + 1] & CAP_BITS : 7)) * 4 + m;
    const position = (cap * 4 + m) * 2 + first;
    const docCase = ((seen * 8 + cap) * 4 + m) * 2 + first;
    const prior = ((w.prior * 8 + cap) * 4 + m) * 2 + first;
    if (inputs) {
      contextFeatures[o] = hasPrev ? i - 1 : -1;
      contextFeatures[o + 1] = hasNext ? i + 1 : -1;
      contextFeatures[o + 2] = hasPrev2 ? i - 2 : -1;
      contextFeatures[o + 3] = hasNext2 ? i + 2 : -1;
      contextFeatures[o + 10] = caps3;
      contextFeatures[o + 11] = position;
      contextFeatures[o + 12] = docCase;
      contextFeatures[o + 13] = prior;
    } else {
      contextFeatures[o] = neighbourFeature(0, prevLower);
      contextFeatures[o + 1] = neighbourFeature(1, nextLower);
      contextFeatures[o + 2] = neighbourFeature(2, hasPrev2 ? lowerOf[i - 2] : BOUNDARY);
      contextFeatures[o + 3] = neighbourFeature(3, hasNext2 ? lowerOf[i + 2] : BOUNDARY);
      contextFeatures[o + 10] = smallFeature(0, caps3);
      contextFeatures[o + 11] = smallFeature(1, position);
      contextFeatures[o + 12] = smallFeature(2, docCase);
      contextFeatures[o + 13] = smallFeature(3, prior);
    }
    contextFeatures[o + 4] = mix(mix(T.PrevLower, prevLower), lower);
    contextFeatures[o + 5] = mix(mix(T.LowerNext, lower), nextLower);
    contextFeatures[o + 6] = mix(mix(T.PrevShapes, prevShape), shape);
    contextFeatures[o + 7] = mix(mix(T.ShapesNext, shape), nextShape);
    contextFeatures[o + 8] = mix(mix(T.PrevWordShape, prevLower), shape);
    contextFeatures[o + 9] = mix(mix(T.ShapeNextWord, shape), nextLower);
  }
  return { tokens, words: ws, plain, contextFeatures, modes: mode };
}
