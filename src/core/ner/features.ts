// Features of every token of a document, as 32-bit hashes. Two kinds:
// - word features depend only on the word's spelling; each distinct spelling is analysed once and kept
//   in a bounded table shared across documents (words.ts; the tagger also keeps each word's summed
//   weights, which is where most of its speed comes from);
// - context features depend on the neighbours, the sentence and the rest of the document.
// Training (scripts/train-ner.mjs) calls extractFeatures and the run-time tagger extractTaggerInputs:
// one reading of the document and one pass over its tokens compute both, so they agree.
import { hashString, mix } from './hash';
import { tokenizeForTagger, type TaggerTokens } from './tokens';
import type { TokenTable } from '../types';
import {
  CAP_BITS, CLOSED, Cap, GAZETTEER_SHIFT, HASHES_STRIDE, Hashes, INFO_STRIDE, Info, LONG, SCORED, beginDocument, formDocument, formSeen,
  T, gazetteerFeature, noteUnscored, tableStartOvers, wordAt, wordHashes, wordInfo, wordNumberLimit, wordRecord, writeHashes, type Word,
} from './words';
import { GOES_ON, LIST_BITS, STARTS_NAME, gazetteerValue, longestName, sequenceKey } from './gazetteer';
// For the training script, which must reach the module instance that the feature code reads.
export { setGazetteer } from './gazetteer';

export const CONTEXT_FEATURES = 17;
/** Index of the first of the three gazetteer context features (the last three). */
export const GAZETTEER_CONTEXT_FEATURES = 14;

/** How a sentence is written: normal prose, ALL CAPS (CoNLL headlines, tables) or Title Case. */
export const enum Mode { Normal = 0, Caps = 1, Title = 2 }

/**
 * How the training text usually writes a lower-case form (given its hash): 0 never seen, 1 mostly in
 * lower case, 2 mostly capitalised. Tells ordinary words from names in ALL CAPS and Title Case
 * headlines and at sentence starts.
 */
export type CasePrior = (lowerHash: number) => number;

/**
 * Word classes learned from unlabeled news text (scripts/word-clusters.mjs), shipped in the model: a
 * word's class at several levels, finest first, each level grouping the classes of the one before.
 * Words never or rarely seen in that text have UNKNOWN_CLASS.
 */
export interface WordClusters {
  /** The finest class of a spelling, given its Word.exactHash; UNKNOWN_CLASS for a word not listed. */
  classOf(exactHash: number): number;
  /** Per coarser level, the class of each class of the level below. */
  parents: readonly Int32Array[];
}
/** Class of a word not in the clusters, and of the place past a sentence's edge (at every level). */
export const UNKNOWN_CLASS = 0xffff, BOUNDARY_CLASS = 0xfffe;
/**
 * Cluster templates: the word's own classes, then as the classes of the previous word and of the next
 * (the order of the neighbour templates, whose cached scores they join). The words two away added
 * nothing (docs/model.md).
 */
export const enum ClusterTemplate { Own = 0, Prev = 1, Next = 2 }
export const CLUSTER_TEMPLATES = 3;
/** How many features a word gives per cluster template: one per level. */
export const clusterLevels = (clusters: WordClusters): number => clusters.parents.length + 1;

/**
 * Writes the cluster features of template t for a word of finest class `fine` (or a sentinel class) at
 * out[o, o + clusterLevels). The tagger adds them to the word's cached scores (own, and as a
 * neighbour), so they cost nothing per token.
 */
export function clusterFeatures(clusters: WordClusters, t: ClusterTemplate, fine: number, out: Int32Array, o: number): void {
  const parents = clusters.parents;
  let c = fine;
  out[o] = mix(T.OwnCluster + t, c);
  for (let level = 0; level < parents.length; level++) {
    if (c < BOUNDARY_CLASS) c = parents[level][c];
    out[o + level + 1] = mix(T.OwnCluster + t, ((level + 1) << 16) | c);
  }
}

export interface DocumentFeatures {
  tokens: TaggerTokens;
  words: Word[];
  /**
   * 1 for a token that is plain prose: lower case or punctuation between two such tokens, or
   * punctuation that never belongs to a name. The tagger labels it O without looking at its context,
   * and its context features are not computed (0).
   */
  plain: Uint8Array;
  /** CONTEXT_FEATURES hashes per token. */
  contextFeatures: Int32Array;
  /** Per token: how its sentence is written (Mode). */
  modes: Uint8Array;
  /** Per token: its place in a gazetteer name of several words (see gazetteerSpans), 0 for none. */
  spans: Uint8Array;
  /**
   * With clusters: per token that is not plain, CLUSTER_TEMPLATES * clusterLevels hashes (its own
   * classes, then its neighbours': see ClusterTemplate); else null.
   */
  clusterFeatures: Int32Array | null;
}

/**
 * What the tagger reads, in buffers that the next call overwrites: the document's tokens, read by
 * extractTaggerInputs, then one sentence at a time the plain tokens and the context of the others, by
 * sentenceContext: per token i of the sentence that is not plain, TAGGER_SLOTS numbers from
 * (i - the sentence's first token) * TAGGER_SLOTS (see Slot): its word's number, its neighbours' (-1
 * past the sentence's edge; the neighbour templates' features are neighbourFeature(k, that word's
 * lowerHash or BOUNDARY_HASH)), the pair hashes, and the small templates' packed values (their
 * features: smallFeature(0, caps3) and caseFeatures(case)).
 */
export interface TaggerInputs {
  tokens: TaggerTokens;
  /** Per token of the document: its word's number (see words.ts). */
  words: Int32Array;
  /** Per token of the document: 1 for a plain token (see DocumentFeatures), set by sentenceContext. */
  plain: Uint8Array;
  /** The context of the last sentence given to sentenceContext. */
  slots: Int32Array;
  /** The document's number (see readDocument). */
  document: number;
}
export const TAGGER_SLOTS = 14;
export const enum Slot { Own = 0, Neighbours = 1, Pairs = 5, Caps3 = 11, Case = 12, Span = 13 }
/** Number of pair templates (the context features 4-9). */
export const PAIRS = 6;

const BOUNDARY = hashString('<s>', 0);
/** A word-table row standing for "no word here" (past the sentence's edge), for the context pass. */
const BOUNDARY_ROW = new Int32Array(HASHES_STRIDE);
writeHashes(BOUNDARY_ROW, 0, BOUNDARY, BOUNDARY);

/** Neighbour templates (0 previous word, 1 next, 2 two before, 3 two after): hash given the neighbour's lower-case hash. */
export const neighbourFeature = (k: number, lowerHash: number): number => mix(T.Prev + k, lowerHash);
/** Lower-case hash standing for "no word here" (past the sentence's edge). */
export const BOUNDARY_HASH = BOUNDARY;
/** Small templates (0 neighbours' capitalisation, 1 position, 2 document case, 3 case prior): hash given the packed value. */
export const smallFeature = (k: number, value: number): number => mix(T.Caps3 + k, value);
/** Bounds of the small templates' packed values (see the last four context features below). */
export const SMALL_FEATURE_SIZES: readonly number[] = [8 * 8 * 8 * 4, 5 * 4 * 2, 16 * 8 * 4 * 2, 3 * 8 * 4 * 2];

/**
 * A token's place in the longest run of words, starting with a capital, that a gazetteer list holds as
 * a name of two words or more: lists * 4 + 1 (first word), 2 (inner) or 3 (last); 0 for none. The
 * tagger's Slot.Span holds it, and its feature is spanFeature(value).
 */
export const SPAN_VALUES = (LIST_BITS + 1) * 4;
export const spanFeature = (value: number): number => gazetteerFeature(T.GazSpan, value);
/**
 * Features of a word's gazetteer lists as the previous (k = 0) or next (k = 1) word: the tagger adds
 * them to the word's neighbour scores.
 */
export const gazetteerNeighbourFeature = (k: number, gazetteer: number): number => gazetteerFeature(T.GazPrev + k, gazetteer & LIST_BITS);

/**
 * The tagger's Slot.Case packs the values of small templates 1-3, which share the position value:
 * (seen * 3 + prior) * 64 + position; CASE_VALUES bounds it.
 */
export const CASE_VALUES = 16 * 3 * 64;
/** The features of small templates 1-3 for a packed Slot.Case value, or null for a value that never occurs. */
export function caseFeatures(value: number): number[] | null {
  const position = value & 63;
  if (position >= SMALL_FEATURE_SIZES[1]) return null;
  const seen = Math.floor((value >> 6) / 3);
  const prior = (value >> 6) % 3;
  return [smallFeature(1, position), smallFeature(2, seen * 64 + position), smallFeature(3, prior * 64 + position)];
}

// Per-token facts of the document being read, in buffers kept across documents: the word's number, and
// its Cap | CLOSED (read three times per token by the plain test).
let tokenWord = new Int32Array(1024);
let tokenCap = new Uint8Array(1024);
let sharedModes = new Uint8Array(1024);
let sharedSpans = new Uint8Array(1024);
let sharedPlain = new Uint8Array(1024);
let sharedSlots = new Int32Array(256 * TAGGER_SLOTS);
let documentCount = 0;
let priorOf: CasePrior | null = null;
let priorVersion = 0;

/**
 * Tokenises a document and hashes the features of every token (for training: fresh arrays each call).
 * With clusters, the cluster features too.
 */
export function extractFeatures(text: string, sentenceStarts: readonly number[], casePrior: CasePrior, clusters: WordClusters | null = null): DocumentFeatures {
  const tokens = tokenizeForTagger(text, sentenceStarts);
  const n = tokens.count;
  const doc = readDocument(text, tokens, casePrior, false);
  const words: Word[] = new Array(n);
  for (let k = 0; k < n; k++) words[k] = wordRecord(tokenWord[k]);
  const plain = new Uint8Array(n);
  const contextFeatures = new Int32Array(n * CONTEXT_FEATURES);
  contextPass(tokens, doc, plain, contextFeatures, false, 0, n);
  return { tokens, words, plain, contextFeatures, modes: sharedModes.slice(0, n), spans: sharedSpans.slice(0, n), clusterFeatures: clusters && clusterPass(tokens, words, plain, clusters) };
}

/** The cluster features of every token that is not plain (see DocumentFeatures), as the tagger adds them. */
function clusterPass(tokens: TaggerTokens, words: Word[], plain: Uint8Array, clusters: WordClusters): Int32Array {
  const n = tokens.count;
  const levels = clusterLevels(clusters);
  const out = new Int32Array(n * CLUSTER_TEMPLATES * levels);
  const fine = new Int32Array(n);
  for (let i = 0; i < n; i++) fine[i] = clusters.classOf(words[i].exactHash);
  const sentenceStart = tokens.sentenceStart;
  for (let i = 0; i < n; i++) {
    if (plain[i]) continue;
    const hasPrev = i > 0 && !sentenceStart[i];
    const hasNext = i + 1 < n && !sentenceStart[i + 1];
    const o = i * CLUSTER_TEMPLATES * levels;
    clusterFeatures(clusters, ClusterTemplate.Own, fine[i], out, o);
    clusterFeatures(clusters, ClusterTemplate.Prev, hasPrev ? fine[i - 1] : BOUNDARY_CLASS, out, o + levels);
    clusterFeatures(clusters, ClusterTemplate.Next, hasNext ? fine[i + 1] : BOUNDARY_CLASS, out, o + 2 * levels);
  }
  return out;
}

/**
 * Reads a document for the tagger (see TaggerInputs); its words not scored yet are in unscoredWords().
 * The context of its sentences follows from sentenceContext, one sentence at a time, so that the
 * tagger's work on a sentence stays in the processor cache.
 */
export function extractTaggerInputs(
  text: string, sentenceStarts: readonly number[], casePrior: CasePrior, along: TokenTable | null = null, marks: Uint8Array | null = null,
): TaggerInputs {
  const tokens = tokenizeForTagger(text, sentenceStarts, true, along, marks);
  const n = tokens.count;
  const document = readDocument(text, tokens, casePrior, true);
  if (sharedPlain.length < n) sharedPlain = new Uint8Array(2 * n);
  return { tokens, words: tokenWord, plain: sharedPlain, slots: sharedSlots, document };
}

/**
 * Marks the plain tokens of the sentence [from, to) in `inputs.plain` and puts the context of the
 * others in `inputs.slots` (see TaggerInputs). Returns whether any token is not plain.
 */
export function sentenceContext(inputs: TaggerInputs, from: number, to: number): boolean {
  if (inputs.slots.length < (to - from) * TAGGER_SLOTS) inputs.slots = sharedSlots = new Int32Array(2 * (to - from) * TAGGER_SLOTS);
  return contextPass(inputs.tokens, inputs.document, inputs.plain, inputs.slots, true, from, to) > 0;
}

/**
 * Looks up every token's word, copies its facts into the token buffers, and works out, sentence by
 * sentence (the words just looked up are still in the processor cache), the sentence's mode and how
 * each lower-case form is written in the document's normal prose (not at a sentence start):
 * capitalised, lower case, or both. This tells a name in an ALL CAPS or Title Case headline, or at
 * the start of a sentence, from an ordinary word. Returns the document's number.
 */
function readDocument(text: string, tokens: TaggerTokens, casePrior: CasePrior, tagger: boolean): number {
  lastRead = null;
  const n = tokens.count;
  const starts = tokens.starts;
  const ends = tokens.ends;
  const sentenceStart = tokens.sentenceStart;
  const doc = documentCount++;
  if (casePrior !== priorOf) { priorOf = casePrior; priorVersion++; }
  if (tokenWord.length < n) {
    const size = 2 * n;
    tokenWord = new Int32Array(size);
    tokenCap = new Uint8Array(size);
    sharedModes = new Uint8Array(size);
    sharedSpans = new Uint8Array(size);
  }
  sharedSpans.fill(0, 0, n);
  beginDocument();
  const version = priorVersion;
  const mode = sharedModes;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !sentenceStart[j]) j++;
    let letters = 0, caps = 0, initials = 0, longWords = 0, longCapital = 0, startsName = 0;
    for (let k = i; k < j; k++) {
      const id = wordAt(text, starts[k], ends[k]);
      // Read after the look-up: a new word may have grown the table.
      const info = wordInfo;
      const row = id * INFO_STRIDE;
      if (info[row + Info.PriorVersion] !== version) {
        info[row + Info.Prior] = casePrior(wordHashes[id * HASHES_STRIDE + Hashes.Lower]);
        info[row + Info.PriorVersion] = version;
      }
      const flags = info[row + Info.Flags];
      if (tagger && !(flags & SCORED)) noteUnscored(id);
      const cap = flags & CAP_BITS;
      // Only a capitalised word starts a listed name (see gazetteerSpans).
      startsName |= cap >= Cap.Initial ? flags : 0;
      tokenWord[k] = id;
      tokenCap[k] = flags & (CAP_BITS | CLOSED);
      if (cap === Cap.None) continue;
      letters++;
      if (cap === Cap.AllCaps) caps++;
      if (cap === Cap.Initial) initials++;
      if (flags & LONG) { longWords++; if (cap === Cap.Initial || cap === Cap.AllCaps) longCapital++; }
    }
    // Every comparison made for every sentence (no short cut): a rare one first met in a loop compiled
    // on the fly would have no type feedback and throw the compiled loop away.
    const mostlyCaps = caps >= 0.6 * letters, capsOverInitials = caps > initials, mostlyCapital = longCapital >= 0.8 * longWords;
    const m = letters >= 2 && mostlyCaps && capsOverInitials ? Mode.Caps
      : longWords >= 3 && mostlyCapital ? Mode.Title : Mode.Normal;
    mode.fill(m, i, j);
    if (startsName & (STARTS_NAME << GAZETTEER_SHIFT)) gazetteerSpans(i, j);
    if (m === Mode.Normal) {
      const documents = formDocument, seen = formSeen, info = wordInfo;
      for (let k = i + 1; k < j; k++) {
        const cap = tokenCap[k] & CAP_BITS;
        const capital = cap === Cap.Initial || cap === Cap.AllCaps;
        let bit = cap === Cap.Lower ? 2 : capital ? 1 : 0;
        if (!bit) continue;
        // Where the capitalised word stands in a run of capitalised words: after one (not the sentence's
        // first word), before one. A surname follows a first name; many a company's name goes on.
        if (capital) {
          const before = k - 1 > i ? tokenCap[k - 1] & CAP_BITS : 0;
          const after = k + 1 < j ? tokenCap[k + 1] & CAP_BITS : 0;
          if (before === Cap.Initial || before === Cap.AllCaps) bit |= 4;
          if (after === Cap.Initial || after === Cap.AllCaps) bit |= 8;
        }
        const form = info[tokenWord[k] * INFO_STRIDE + Info.Form];
        if (documents[form] !== doc) { documents[form] = doc; seen[form] = 0; }
        seen[form] |= bit;
      }
    }
    i = j;
  }
  lastRead = new DocumentWords(text, n, tokens.starts, tokens.ends, tokenWord);
  if (retained !== null) keepRead(lastRead);
  return doc;
}

/**
 * The tokens of a document that the tagger read, with their words' numbers (see words.ts): the later steps of
 * the engine read the words of their own tokens from here when the two tokenizers agree, rather than hashing
 * and looking up the same characters again. A class, so that every one has one shape.
 */
export class DocumentWords {
  declare readonly text: string;
  declare readonly count: number;
  declare readonly starts: Int32Array;
  declare readonly ends: Int32Array;
  declare readonly words: Int32Array;

  constructor(text: string, count: number, starts: Int32Array, ends: Int32Array, words: Int32Array) {
    this.text = text;
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.words = words;
  }
}

/** The document read last; its arrays are the buffers that the next document's reading overwrites. */
let lastRead: DocumentWords | null = null;

/**
 * While retainDocumentWords() is on: copies of the documents read since, by text, the oldest dropped past the limit;
 * each with the table's start-over count when it was read. Once the table has started over, a document's numbers may
 * come to name other spellings (a block of numbers is given again after further start-overs): its words are then
 * read again, as those of a document the tagger has not read.
 */
let retained: Map<string, { words: DocumentWords; startOvers: number }> | null = null;
let retainedAtMost = 0;

function keepRead(read: DocumentWords): void {
  const n = read.count;
  const copy = new DocumentWords(read.text, n, read.starts.slice(0, n), read.ends.slice(0, n), read.words.slice(0, n));
  retained!.delete(read.text);
  retained!.set(read.text, { words: copy, startOvers: tableStartOvers() });
  if (retained!.size > retainedAtMost) retained!.delete(retained!.keys().next().value as string);
}

/**
 * Keeps the words of up to `atMost` documents the tagger reads from now on, not only of the last one, until the
 * returned function is called: for a caller that runs the tagger over several documents before the later stages
 * (analyzeMany), which would otherwise read each one's words again.
 */
export function retainDocumentWords(atMost: number): () => void {
  retained = new Map();
  retainedAtMost = atMost;
  return () => { retained = null; };
}

/** The tokens and word numbers of `text`, if it is the document the tagger read last or one it retains (else null). */
export function documentWords(text: string): DocumentWords | null {
  if (lastRead !== null && lastRead.text === text) return lastRead;
  const kept = retained?.get(text);
  return kept !== undefined && kept.startOvers === tableStartOvers() ? kept.words : null;
}

/** The tagger's words of a text it has not read: none. */
export const NO_WORDS = new DocumentWords('', 0, new Int32Array(0), new Int32Array(0), new Int32Array(0));

/**
 * What a later step of the engine knows of each tagger word: `stride` numbers from word number × stride (0: nothing
 * yet), so that a token the tagger read as that word needs no reading of its characters again. Emptied when the
 * tagger's word table starts over (a number may then stand for another spelling), grown with it.
 */
export class WordMemo {
  values: Int32Array;
  private startOvers = tableStartOvers();

  constructor(private readonly stride = 1) {
    this.values = new Int32Array(1024 * stride);
  }

  /** The tagger's words of `text` (null if it read another text last), with `values` ready for their numbers. */
  wordsOf(text: string): DocumentWords | null {
    const tagged = documentWords(text);
    if (tagged === null) return null;
    if (this.startOvers !== tableStartOvers()) {
      this.values.fill(0);
      this.startOvers = tableStartOvers();
    }
    const size = wordNumberLimit() * this.stride;
    if (this.values.length < size) {
      const more = new Int32Array(size);
      more.set(this.values);
      this.values = more;
    }
    return tagged;
  }
}

/**
 * Marks the tokens of the sentence [from, to) in sharedSpans that make up a gazetteer name of two words
 * or more (see SPAN_VALUES): from left to right, the longest name that starts at a capitalised word.
 * Only capitalised words that start some name are tried, each with at most longestName() - 1 look-ups,
 * and no more once the run is no longer the start of a listed name.
 */
function gazetteerSpans(from: number, to: number): void {
  const words = tokenWord, info = wordInfo, hashes = wordHashes, spans = sharedSpans;
  const longest = longestName();
  for (let k = from; k < to; k++) {
    const flags = info[words[k] * INFO_STRIDE + Info.Flags];
    if (!(flags & (STARTS_NAME << GAZETTEER_SHIFT)) || (flags & CAP_BITS) < Cap.Initial) continue;
    let key = hashes[words[k] * HASHES_STRIDE + Hashes.Lower];
    let lists = 0, end = 0;
    for (let e = k + 1; e < to && e - k < longest; e++) {
      key = sequenceKey(key, hashes[words[e] * HASHES_STRIDE + Hashes.Lower]);
      const value = gazetteerValue(key);
      if (value & LIST_BITS) { lists = value & LIST_BITS; end = e; }
      // No listed name goes on past these words: most runs ("The Minister") stop at their first look-up.
      if (!(value & GOES_ON)) break;
    }
    if (!lists) continue;
    spans[k] = lists * 4 + 1;
    for (let e = k + 1; e < end; e++) spans[e] = lists * 4 + 2;
    spans[end] = lists * 4 + 3;
    k = end;
  }
}

/**
 * Marks the plain tokens of [from, to) (which starts a sentence) and computes the context of the others:
 * CONTEXT_FEATURES hashes per token for training, or the tagger's TAGGER_SLOTS numbers, from `out`'s
 * start for token `from`. Returns how many tokens are not plain.
 */
function contextPass(tokens: TaggerTokens, doc: number, plain: Uint8Array, out: Int32Array, tagger: boolean, from: number, to: number): number {
  const n = tokens.count;
  const sentenceStart = tokens.sentenceStart;
  const capOf = tokenCap, words = tokenWord, mode = sharedModes;
  const documents = formDocument, seenOf = formSeen, info = wordInfo, hashes = wordHashes;
  let sentenceFirst = from;
  let kept = 0;
  for (let i = from; i < to; i++) {
    if (sentenceStart[i]) sentenceFirst = i;
    const hasPrev = i > sentenceFirst;
    const hasNext = i + 1 < n && !sentenceStart[i + 1];
    const cap = capOf[i];
    if (cap & CLOSED || (cap <= Cap.Lower && hasPrev && (capOf[i - 1] & CAP_BITS) <= Cap.Lower && (!hasNext || (capOf[i + 1] & CAP_BITS) <= Cap.Lower))) { plain[i] = 1; continue; }
    plain[i] = 0;
    kept++;
    const hasPrev2 = i - 1 > sentenceFirst;
    const hasNext2 = hasNext && i + 2 < n && !sentenceStart[i + 2];
    // Rows of the word and its neighbours in the word table; past the sentence's edge, the boundary's.
    const r = words[i] * HASHES_STRIDE;
    const prevRows = hasPrev ? hashes : BOUNDARY_ROW, pr = hasPrev ? words[i - 1] * HASHES_STRIDE : 0;
    const nextRows = hasNext ? hashes : BOUNDARY_ROW, nr = hasNext ? words[i + 1] * HASHES_STRIDE : 0;
    const lower = hashes[r + Hashes.Lower];
    const shape = hashes[r + Hashes.Shape];
    const nextLower = nextRows[nr + Hashes.Lower];
    const m = mode[i];
    const first = hasPrev ? 0 : 1;
    const ir = words[i] * INFO_STRIDE;
    const form = info[ir + Info.Form];
    const seen = documents[form] === doc ? seenOf[form] : 0;
    const prior = info[ir + Info.Prior];
    const caps3 = (((hasPrev ? capOf[i - 1] & CAP_BITS : 7) * 8 + cap) * 8 + (hasNext ? capOf[i + 1] & CAP_BITS : 7)) * 4 + m;
    const position = (cap * 4 + m) * 2 + first;
    let o: number, p: number;
    if (tagger) {
      o = (i - from) * TAGGER_SLOTS;
      out[o + Slot.Own] = words[i];
      out[o + Slot.Neighbours] = hasPrev ? words[i - 1] : -1;
      out[o + Slot.Neighbours + 1] = hasNext ? words[i + 1] : -1;
      out[o + Slot.Neighbours + 2] = hasPrev2 ? words[i - 2] : -1;
      out[o + Slot.Neighbours + 3] = hasNext2 ? words[i + 2] : -1;
      out[o + Slot.Caps3] = caps3;
      out[o + Slot.Case] = (seen * 3 + prior) * 64 + position;
      out[o + Slot.Span] = sharedSpans[i];
      p = o + Slot.Pairs;
    } else {
      o = (i - from) * CONTEXT_FEATURES;
      out[o] = neighbourFeature(0, prevRows[pr + Hashes.Lower]);
      out[o + 1] = neighbourFeature(1, nextLower);
      out[o + 2] = neighbourFeature(2, hasPrev2 ? hashes[words[i - 2] * HASHES_STRIDE + Hashes.Lower] : BOUNDARY);
      out[o + 3] = neighbourFeature(3, hasNext2 ? hashes[words[i + 2] * HASHES_STRIDE + Hashes.Lower] : BOUNDARY);
      out[o + 10] = smallFeature(0, caps3);
      out[o + 11] = smallFeature(1, position);
      out[o + 12] = smallFeature(2, seen * 64 + position);
      out[o + 13] = smallFeature(3, prior * 64 + position);
      out[o + 14] = hasPrev ? gazetteerNeighbourFeature(0, info[words[i - 1] * INFO_STRIDE + Info.Flags] >> GAZETTEER_SHIFT) : 0;
      out[o + 15] = hasNext ? gazetteerNeighbourFeature(1, info[words[i + 1] * INFO_STRIDE + Info.Flags] >> GAZETTEER_SHIFT) : 0;
      out[o + 16] = spanFeature(sharedSpans[i]);
      p = o + 4;
    }
    out[p] = mix(prevRows[pr + Hashes.AsPrevLower], lower);
    out[p + 1] = mix(hashes[r + Hashes.AsLowerNext], nextLower);
    out[p + 2] = mix(prevRows[pr + Hashes.AsPrevShapes], shape);
    out[p + 3] = mix(hashes[r + Hashes.AsShapesNext], nextRows[nr + Hashes.Shape]);
    out[p + 4] = mix(prevRows[pr + Hashes.AsPrevWordShape], shape);
    out[p + 5] = mix(hashes[r + Hashes.AsShapeNextWord], nextLower);
  }
  return kept;
}
