// Features of every token of a document, as 32-bit hashes. Two kinds:
// - word features depend only on the word's spelling; they are computed once per distinct word of the
//   document (the tagger caches their scores per word, which is where most of its speed comes from);
// - context features depend on the neighbours, the sentence and the rest of the document.
// Training (scripts/train-ner.ts) and the run-time tagger both call extractFeatures, so they agree.
import { hashString, mix } from './hash';
import { tokenizeForTagger, type TaggerTokens } from './tokens';

export const WORD_FEATURES = 10;
export const CONTEXT_FEATURES = 17;

/** Capitalisation of a word. */
const enum Cap { None = 0, Lower = 1, Initial = 2, AllCaps = 3, Mixed = 4 }
/** How a sentence is written: normal prose, ALL CAPS (CoNLL headlines, tables) or Title Case. */
const enum Mode { Normal = 0, Caps = 1, Title = 2 }

export interface DocumentFeatures {
  tokens: TaggerTokens;
  /** Per token: its distinct-word index. */
  wordOf: Int32Array;
  wordCount: number;
  /** WORD_FEATURES hashes per distinct word. */
  wordFeatures: Int32Array;
  /** CONTEXT_FEATURES hashes per token. */
  contextFeatures: Int32Array;
}

// Template seeds: every feature hash starts from its template's number.
const enum T {
  Bias = 1, Lower, Exact, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4, CapLength,
  Prev, Next, Prev2, Next2, PrevLower, LowerNext, PrevShapes, ShapesNext, PrevWordShape, ShapeNextWord,
  Caps3, Position, DocCase, PrevSuffix3, NextSuffix3, PrevPrevShapes, ShapesNextNext,
}

const BOUNDARY = hashString('<s>', 0);

/** Folds typographic variants so that today's text looks like the training text. */
function normalise(word: string): string {
  if (!/[’‘“”„–—0-9]/.test(word)) return word;
  return word.replace(/[’‘]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/[0-9]/g, '0');
}

/** Short shape: X for upper case, x lower case, d digit, other characters kept; runs cut at two. */
function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const s = lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
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
    const ch = word[i];
    const lc = ch.toLowerCase();
    if (lc === ch.toUpperCase()) continue;
    if (ch === lc) lower++;
    else { if (upper + lower === 0) firstUpper = true; upper++; }
  }
  if (upper + lower === 0) return Cap.None;
  if (upper === 0) return Cap.Lower;
  if (lower === 0) return Cap.AllCaps;
  return firstUpper ? Cap.Initial : Cap.Mixed;
}

/** Tokenises a document and hashes the features of every token. */
export function extractFeatures(text: string, sentenceStarts: readonly number[]): DocumentFeatures {
  const tokens = tokenizeForTagger(text, sentenceStarts);
  const n = tokens.count;
  const wordOf = new Int32Array(n);

  // Distinct words (exact spelling) and distinct lower-case forms.
  const wordIds = new Map<string, number>();
  const lowerIds = new Map<string, number>();
  const wordLowerId: number[] = [];
  const wordLowerHash: number[] = [];
  const wordShapeHash: number[] = [];
  const wordSuffix3: number[] = [];
  const wordCap: number[] = [];
  const wordFeatureList: number[] = [];
  for (let i = 0; i < n; i++) {
    const raw = text.slice(tokens.starts[i], tokens.ends[i]);
    let id = wordIds.get(raw);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(raw, id);
      const word = normalise(raw);
      const lower = word.toLowerCase();
      let lid = lowerIds.get(lower);
      if (lid === undefined) { lid = lowerIds.size; lowerIds.set(lower, lid); }
      const cap = capOf(word);
      const lowerHash = hashString(lower, T.Lower);
      const shapeHash = hashString(shapeOf(word), T.Shape);
      const suffix3 = hashString(lower.slice(-3), T.Suffix3);
      wordLowerId.push(lid);
      wordLowerHash.push(lowerHash);
      wordShapeHash.push(shapeHash);
      wordSuffix3.push(suffix3);
      wordCap.push(cap);
      const len = word.length;
      wordFeatureList.push(
        T.Bias,
        lowerHash,
        hashString(word, T.Exact),
        shapeHash,
        hashString(lower.slice(0, 2), T.Prefix2),
        hashString(lower.slice(0, 3), T.Prefix3),
        hashString(lower.slice(-2), T.Suffix2),
        suffix3,
        hashString(lower.slice(-4), T.Suffix4),
        mix(T.CapLength, cap * 16 + (len > 12 ? 12 : len)),
      );
    }
    wordOf[i] = id;
  }

  // Sentence modes, and how each lower-case form is written in the document's normal prose (not at a
  // sentence start): capitalised, lower case, or both. This tells a name in an ALL CAPS or Title Case
  // headline, or at the start of a sentence, from an ordinary word.
  const sentenceOf = new Int32Array(n);
  const modes: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !tokens.sentenceStart[j]) j++;
    let letters = 0, caps = 0, initials = 0, longWords = 0, longCapital = 0;
    for (let k = i; k < j; k++) {
      const cap = wordCap[wordOf[k]];
      if (cap === Cap.None) continue;
      letters++;
      if (cap === Cap.AllCaps) caps++;
      if (cap === Cap.Initial) initials++;
      if (tokens.ends[k] - tokens.starts[k] >= 4) { longWords++; if (cap === Cap.Initial || cap === Cap.AllCaps) longCapital++; }
    }
    const mode = letters >= 2 && caps >= 0.6 * letters && caps > initials ? Mode.Caps
      : longWords >= 3 && longCapital >= 0.8 * longWords ? Mode.Title : Mode.Normal;
    for (let k = i; k < j; k++) sentenceOf[k] = modes.length;
    modes.push(mode);
    i = j;
  }
  const docCase = new Uint8Array(lowerIds.size);
  for (let i = 0; i < n; i++) {
    if (tokens.sentenceStart[i] || modes[sentenceOf[i]] !== Mode.Normal) continue;
    const w = wordOf[i];
    const cap = wordCap[w];
    if (cap === Cap.Lower) docCase[wordLowerId[w]] |= 2;
    else if (cap === Cap.Initial || cap === Cap.AllCaps) docCase[wordLowerId[w]] |= 1;
  }

  const contextFeatures = new Int32Array(n * CONTEXT_FEATURES);
  let sentenceFirst = 0;
  for (let i = 0; i < n; i++) {
    if (tokens.sentenceStart[i]) sentenceFirst = i;
    const w = wordOf[i];
    const hasPrev = i > sentenceFirst;
    const hasNext = i + 1 < n && !tokens.sentenceStart[i + 1];
    const hasPrev2 = i - 1 > sentenceFirst;
    const hasNext2 = hasNext && i + 2 < n && !tokens.sentenceStart[i + 2];
    const p = hasPrev ? wordOf[i - 1] : -1;
    const q = hasNext ? wordOf[i + 1] : -1;
    const prevLower = p >= 0 ? wordLowerHash[p] : BOUNDARY;
    const nextLower = q >= 0 ? wordLowerHash[q] : BOUNDARY;
    const prevShape = p >= 0 ? wordShapeHash[p] : BOUNDARY;
    const nextShape = q >= 0 ? wordShapeHash[q] : BOUNDARY;
    const prev2Shape = hasPrev2 ? wordShapeHash[wordOf[i - 2]] : BOUNDARY;
    const next2Shape = hasNext2 ? wordShapeHash[wordOf[i + 2]] : BOUNDARY;
    const lower = wordLowerHash[w];
    const shape = wordShapeHash[w];
    const cap = wordCap[w];
    const mode = modes[sentenceOf[i]];
    const first = hasPrev ? 0 : 1;
    const o = i * CONTEXT_FEATURES;
    contextFeatures[o] = mix(T.Prev, prevLower);
    contextFeatures[o + 1] = mix(T.Next, nextLower);
    contextFeatures[o + 2] = mix(T.Prev2, hasPrev2 ? wordLowerHash[wordOf[i - 2]] : BOUNDARY);
    contextFeatures[o + 3] = mix(T.Next2, hasNext2 ? wordLowerHash[wordOf[i + 2]] : BOUNDARY);
    contextFeatures[o + 4] = mix(mix(T.PrevLower, prevLower), lower);
    contextFeatures[o + 5] = mix(mix(T.LowerNext, lower), nextLower);
    contextFeatures[o + 6] = mix(mix(T.PrevShapes, prevShape), shape);
    contextFeatures[o + 7] = mix(mix(T.ShapesNext, shape), nextShape);
    contextFeatures[o + 8] = mix(mix(T.PrevWordShape, prevLower), shape);
    contextFeatures[o + 9] = mix(mix(T.ShapeNextWord, shape), nextLower);
    contextFeatures[o + 10] = mix(T.Caps3, ((p >= 0 ? wordCap[p] : 7) * 8 + cap) * 8 * 4 + (q >= 0 ? wordCap[q] : 7) * 4 + mode);
    contextFeatures[o + 11] = mix(T.Position, (cap * 4 + mode) * 2 + first);
    contextFeatures[o + 12] = mix(T.DocCase, ((docCase[wordLowerId[w]] * 8 + cap) * 4 + mode) * 2 + first);
    contextFeatures[o + 13] = mix(T.PrevSuffix3, p >= 0 ? wordSuffix3[p] : BOUNDARY);
    contextFeatures[o + 14] = mix(T.NextSuffix3, q >= 0 ? wordSuffix3[q] : BOUNDARY);
    contextFeatures[o + 15] = mix(mix(T.PrevPrevShapes, prev2Shape), mix(prevShape, shape));
    contextFeatures[o + 16] = mix(mix(T.ShapesNextNext, shape), mix(nextShape, next2Shape));
  }
  return { tokens, wordOf, wordCount: wordIds.size, wordFeatures: Int32Array.from(wordFeatureList), contextFeatures };
}
