// One document names one thing the same way: "Trump" after "Donald Trump" is the person, not a place,
// even where the sentence alone misleads the tagger. A one-word name that is the last word of a
// longer person name in the document is that person, and one typed a person that is the first word of an
// organisation's longer name (and of no person's) is that organisation; otherwise the same name written several times
// takes the type most of its mentions have. And a name found once is found wherever else the document
// writes it the same way.
import type { NameSpan } from '../types';
import { TextCache, ownCopy } from '../textCache';
import { hashString } from './hash';
import { isAsciiDigit, isSpace, isUpperCaseAt } from '../structure';
import { firstTokenFrom } from './tokens';
import { wordNumberLimit } from './words';
import { NAME_TYPES, typeIndex } from './labels';

/** What the consistency passes need of a name's spelling, worked out once per spelling. */
export interface NameText {
  /** The spelling. */
  name: string;
  /** Lower case, apostrophes folded: names with the same key are the same name. */
  key: string;
  /** The key's last word when it has several, else null. */
  lastWord: string | null;
  /** The key's first word when it has several, else null. */
  firstWord: string | null;
  /** The record of `key`, and of `lastWord` (null without one), valid while `generation` is the current one. */
  record: KeyRecord | null;
  lastWordRecord: KeyRecord | null;
  firstWordRecord: KeyRecord | null;
  generation: number;
  /** Scratch of addRepeatedNames: the call that last listed this spelling as a candidate. */
  listedIn: number;
}

/**
 * One per key: what harmoniseTypes groups spans by, so that grouping needs no map look-up per span.
 * Scratch: the call that last met the key, and its group there.
 */
interface KeyRecord {
  call: number;
  group: number;
}

// Kept across documents (the same names come back), so that a span's key needs no substring, case
// folding or string hashing: the table reads the span's characters in place.
const nameTexts = new TextCache<NameText>(1 << 10, 1 << 16, (name) => {
  const key = (name.indexOf('’') >= 0 || name.indexOf('‘') >= 0 ? name.replace(/[’‘]/g, "'") : name).toLowerCase();
  let j = key.length;
  while (j > 0 && !isSpace(key.charCodeAt(j - 1))) j--;
  let f = 0;
  while (f < key.length && !isSpace(key.charCodeAt(f))) f++;
  return { name, key, lastWord: j > 0 && j < key.length ? key.slice(j) : null, firstWord: f > 0 && f < key.length ? key.slice(0, f) : null, record: null, lastWordRecord: null, firstWordRecord: null, generation: -1, listedIn: -1 };
});

// The key records, by key. Emptied between two calls when large (a spelling's records are then looked
// up again): never during a call, where two spellings with one key must share its record.
const keyRecords = new Map<string, KeyRecord>();
const MAX_KEY_RECORDS = 1 << 16;
let generation = 0;

function keyRecord(key: string): KeyRecord {
  let record = keyRecords.get(key);
  if (!record) keyRecords.set(ownCopy(key), (record = { call: -1, group: 0 }));
  return record;
}

/** The record of a spelling's key (and of its last word: see NameText), looked up once per generation. */
function recordOf(name: NameText): KeyRecord {
  if (name.generation !== generation) {
    name.record = keyRecord(name.key);
    name.lastWordRecord = name.lastWord === null ? null : keyRecord(name.lastWord);
    name.firstWordRecord = name.firstWord === null ? null : keyRecord(name.firstWord);
    name.generation = generation;
  }
  return name.record as KeyRecord;
}


let harmoniseCalls = 0;
// Scratch of harmoniseTypes, kept: per span its group; per group and type the votes (left all 0) and the
// first span with that type; per group the part it plays in the document's longer names (WordPart, left all 0).
let groupOf = new Int32Array(256);
let votes = new Int32Array(1024);
let firstSeen = new Int32Array(1024);
let wordPart = new Uint8Array(256);
/** What a one-word name is in longer names of its document: a person's last word, or the first word of an organisation's or a person's. */
const enum WordPart { None = 0, Surname = 1, OrganisationHead = 2, PersonHead = 3 }

// The spellings of the last spanTexts call, kept: one array for every document.
let sharedNames: NameText[] = [];

/**
 * The spellings of spans, in their order: what both passes below read (computed once for both). With
 * `reuse`, in an array that the next such call overwrites.
 */
export function spanTexts(text: string, spans: readonly NameSpan[], reuse = false): NameText[] {
  const names: NameText[] = reuse ? sharedNames : new Array(spans.length);
  for (let i = 0; i < spans.length; i++) names[i] = nameTexts.get(text, spans[i].start, spans[i].end);
  if (reuse) names.length = spans.length;
  return names;
}

/** Retypes spans in place by majority over the document; returns them. `names`: spanTexts(text, spans). */
export function harmoniseTypes(text: string, spans: NameSpan[], names = spanTexts(text, spans)): NameSpan[] {
  if (spans.length < 2) return spans;
  const call = harmoniseCalls++;
  if (keyRecords.size > MAX_KEY_RECORDS) { keyRecords.clear(); generation++; }
  // Spans with the same key form a group; per group and type, the number of mentions and the order in
  // which the types first appeared (ties go to the span's own type, else to the type seen first).
  if (groupOf.length < spans.length) {
    groupOf = new Int32Array(2 * spans.length);
    votes = new Int32Array(8 * spans.length);
    firstSeen = new Int32Array(8 * spans.length);
    wordPart = new Uint8Array(2 * spans.length);
  }
  const groupOfSpan = groupOf, vote = votes, first = firstSeen, part = wordPart;
  let groups = 0;
  for (let i = 0; i < spans.length; i++) {
    const record = recordOf(names[i]);
    if (record.call !== call) { record.call = call; record.group = groups++; }
    const g = record.group;
    groupOfSpan[i] = g;
    const v = 4 * g + typeIndex(spans[i].type);
    if (vote[v]++ === 0) first[v] = i;
  }
  // A one-word name that is the last word of a person's longer name is that person.
  for (let i = 0; i < spans.length; i++) {
    const last = names[i].lastWordRecord;
    if (last !== null && last.call === call && spans[i].type === 'person') part[last.group] = WordPart.Surname;
  }
  // A one-word name typed a person that starts an organisation's longer name ("Pirelli" and "Pirelli Cables") is
  // that organisation, unless it is also a person's surname.
  // A one-word name that also starts a person's longer name ("Hillary" and "Hillary Clinton", "Hillary for
  // America") stays as it is.
  for (let i = 0; i < spans.length; i++) {
    const head = names[i].firstWordRecord;
    if (head !== null && head.call === call && spans[i].type === 'person' && !part[head.group]) part[head.group] = WordPart.PersonHead;
  }
  for (let i = 0; i < spans.length; i++) {
    const head = names[i].firstWordRecord;
    if (head !== null && head.call === call && spans[i].type === 'organization' && !part[head.group]) part[head.group] = WordPart.OrganisationHead;
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const g = groupOfSpan[i];
    if (part[g] === WordPart.Surname) { s.type = 'person'; continue; }
    if (part[g] === WordPart.OrganisationHead && s.type === 'person') { s.type = 'organization'; continue; }
    const v = 4 * g;
    const own = typeIndex(s.type);
    let best = own;
    let types = 0;
    for (let t = 0; t < 4; t++) {
      if (!vote[v + t]) continue;
      types++;
      // The first type (in order of appearance) with more votes than the best so far.
      if (vote[v + t] > vote[v + best] || (vote[v + t] === vote[v + best] && best !== own && first[v + t] < first[v + best])) best = t;
    }
    if (types >= 2) s.type = NAME_TYPES[best];
  }
  vote.fill(0, 0, 4 * groups);
  part.fill(0, 0, groups);
  return spans;
}
/** Scratch filter of addRepeatedNames, cleared after each use (the shapes set are listed in markedShapes). */
const FIRSTS = new Uint8Array(256 * 32);
const markedShapes = new Int32Array(256 * 32);
let markedCount = 0;
const firstShape = (c: number, length: number): number => (c & 255) * 32 + (length < 31 ? length : 31);

// The found names of an addRepeatedNames call, as candidates for their repeats, in scratch kept across
// calls: per candidate its spelling, type, the length of its first token, the character one past the
// first token's end (-1 for a name no longer than that: a cheap test before comparing the whole name)
// and the next candidate with the same first-token key (-1 ends the list; each list longest name
// first). The lists' heads are in a small open-addressing table by first-token key, stamped with the
// call (no clearing).
let candidateNames: string[] = [];
let candidateTypes: NameSpan['type'][] = [];
let candidateFirstLength = new Int32Array(256);
let candidateProbe = new Int32Array(256);
let candidateNext = new Int32Array(256);
let headCall = new Int32Array(512).fill(-1);
let headKey = new Int32Array(512);
let headFirst = new Int32Array(512);
/** Per word number: the last call in which a candidate's first token was that word. */
let firstWordCall = new Int32Array(4096).fill(-1);

let repeatCalls = 0;

/** The head slot of first-token key `key` in this call's table (an empty one when the key has no list yet). */
function headSlot(key: number, call: number): number {
  const mask = headCall.length - 1;
  const h = Math.imul(key, 0x9e3779b1);
  let slot = (h ^ (h >>> 15)) & mask;
  while (headCall[slot] === call && headKey[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** Sizes the candidate scratch for `spans` candidates at most. */
function reserveCandidates(spans: number): void {
  if (candidateNext.length < spans) {
    candidateFirstLength = new Int32Array(2 * spans);
    candidateProbe = new Int32Array(2 * spans);
    candidateNext = new Int32Array(2 * spans);
  }
  if (headCall.length < 2 * spans) {
    let size = headCall.length;
    while (size < 2 * spans) size *= 2;
    // Stamps of earlier calls are below every later call's number: -1 is as good as any.
    headCall = new Int32Array(size).fill(-1);
    headKey = new Int32Array(size);
    headFirst = new Int32Array(size);
  }
}

/**
 * Adds a span wherever the text repeats a found name exactly, starting with a capital letter, on whole
 * tokens that no span covers. `spans` must be in document order; the result is too. `plain`, when
 * given, marks tokens that cannot start such a repeat (the tagger's plain tokens: lower case or
 * punctuation), which are then not read. `words`, when given, are the tokens' word numbers, one number
 * per spelling (see words.ts: not so when its table started over during the document): a token whose
 * word begins no found name is then passed over at once. `names`: spanTexts(text, spans).
 */
export function addRepeatedNames(
  text: string, starts: Int32Array, ends: Int32Array, count: number, spans: NameSpan[], plain: Uint8Array | null,
  names = spanTexts(text, spans), words: Int32Array | null = null,
): NameSpan[] {
  if (!spans.length) return spans;
  const call = repeatCalls++;
  reserveCandidates(spans.length);
  const firstWords = words === null ? null : firstWordsFor(wordNumberLimit());
  // Three passes, each a function of its own (a loop compiled on the fly has no type feedback for the
  // code after it).
  listCandidates(text, starts, ends, count, spans, names, words, firstWords, call);
  const added = findRepeats(text, starts, ends, count, spans, plain, words, firstWords, call);
  for (let k = 0; k < markedCount; k++) FIRSTS[markedShapes[k]] = 0;
  markedCount = 0;
  return added === null ? spans : merge(spans, added);
}

/**
 * Lists the found names as candidates (see candidateNames), by a hash of their first token's text (read
 * in place: no substring per token); longest first. A token matches a candidate when the text there
 * starts with the name and the token is as long as the name's first token, so a hash shared by two first
 * tokens costs time, never a match. Marks the candidates' first words in `firstWords` and their first
 * tokens' shapes in FIRSTS.
 */
function listCandidates(
  text: string, starts: Int32Array, ends: Int32Array, count: number, spans: NameSpan[], names: NameText[],
  words: Int32Array | null, firstWords: Int32Array | null, call: number,
): void {
  let candidates = 0;
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const spelling = names[k];
    // A spelling already listed in this call (most mentions): nothing to add, and its token need not
    // be found (the search goes on from the last token found, which is still before this span).
    if (spelling.listedIn === call) continue;
    const s = spans[k];
    t = firstTokenFrom(starts, count, t, s.start);
    if (t >= count || starts[t] !== s.start) continue;
    spelling.listedIn = call;
    const name = spelling.name;
    if (firstWords !== null) firstWords[words![t]] = call;
    const firstLength = ends[t] - starts[t];
    const key = firstTokenKey(text, starts[t], ends[t]);
    const slot = headSlot(key, call);
    const fresh = headCall[slot] !== call;
    if (!fresh && listed(headFirst[slot], name)) continue;
    const c = candidates++;
    candidateNames[c] = name;
    candidateTypes[c] = s.type;
    candidateFirstLength[c] = firstLength;
    candidateProbe[c] = name.length > firstLength + 1 ? name.charCodeAt(firstLength + 1) : -1;
    if (fresh) {
      headCall[slot] = call;
      headKey[slot] = key;
      headFirst[slot] = c;
      candidateNext[c] = -1;
    } else {
      // After the names at least as long: longest first, and in order of appearance among equals.
      let before = -1, at = headFirst[slot];
      while (at >= 0 && candidateNames[at].length >= name.length) { before = at; at = candidateNext[at]; }
      candidateNext[c] = at;
      if (before < 0) headFirst[slot] = c;
      else candidateNext[before] = c;
    }
    // A (first character, length) filter spares most capitalised tokens the hash and the look-up.
    const shape = firstShape(text.charCodeAt(s.start), firstLength);
    if (!FIRSTS[shape]) { FIRSTS[shape] = 1; markedShapes[markedCount++] = shape; }
  }
}

/** The repeats of the candidates on tokens that no span covers, in document order (null: none). */
function findRepeats(
  text: string, starts: Int32Array, ends: Int32Array, count: number, spans: NameSpan[], plain: Uint8Array | null,
  words: Int32Array | null, firstWords: Int32Array | null, call: number,
): NameSpan[] | null {
  let added: NameSpan[] | null = null;
  let next = 0;
  for (let i = 0; i < count; i++) {
    if (plain !== null && plain[i]) continue;
    // A token whose spelling is no found name's first token cannot start a repeat.
    if (firstWords !== null && firstWords[words![i]] !== call) continue;
    // The cheap tests first: most tokens fail the filter, and each test is independent of the others.
    const c = text.charCodeAt(starts[i]);
    const length = ends[i] - starts[i];
    if (!FIRSTS[firstShape(c, length)]) continue;
    if (!isUpperCaseAt(text, starts[i])) continue;
    while (next < spans.length && spans[next].end <= starts[i]) next++;
    // A found name that starts here is extended to a longer one the document writes in full after it ("Trump" of
    // "at Trump Tower", "USA" of "USA TODAY"); a token inside a found name is passed over.
    const covered = next < spans.length && spans[next].start < ends[i];
    if (covered && spans[next].start !== starts[i]) continue;
    const key = firstTokenKey(text, starts[i], ends[i]);
    const slot = headSlot(key, call);
    if (headCall[slot] !== call) continue;
    for (let cand = headFirst[slot]; cand >= 0; cand = candidateNext[cand]) {
      const name = candidateNames[cand];
      if (candidateFirstLength[cand] !== length) continue;
      const end = starts[i] + name.length;
      // Longest first: once the names are no longer than the found one, there is nothing to extend it to.
      if (covered && end <= spans[next].end) break;
      const probe = candidateProbe[cand];
      if ((probe >= 0 && text.charCodeAt(starts[i] + length + 1) !== probe) || !text.startsWith(name, starts[i])) continue;
      let j = i;
      while (j < count && ends[j] < end) j++;
      if (j >= count || ends[j] !== end) continue;
      if (covered) {
        // Only over words no other name holds, to a name whose last word is capitalised (not "Koch brothers").
        if ((next + 1 < spans.length && spans[next + 1].start < end) || !(isUpperCaseAt(text, starts[j]) || isAsciiDigit(text.charCodeAt(starts[j])))) continue;
        spans[next].end = end;
        spans[next].type = candidateTypes[cand];
      } else {
        if (next < spans.length && spans[next].start < end) continue;
        (added ??= []).push({ start: starts[i], end, type: candidateTypes[cand] });
      }
      i = j;
      break;
    }
  }
  return added;
}

/** Two lists of spans in document order that never start at the same offset, merged. */
function merge(spans: NameSpan[], added: NameSpan[]): NameSpan[] {
  const merged: NameSpan[] = new Array(spans.length + added.length);
  let a = 0, b = 0;
  for (let k = 0; k < merged.length; k++) {
    if (b >= added.length || (a < spans.length && spans[a].start <= added[b].start)) merged[k] = spans[a++];
    else merged[k] = added[b++];
  }
  return merged;
}

/**
 * The key of a first token: a hash of its text, cut to 30 bits so that it stays a small integer
 * (a larger number is a heap object, made anew at every look-up).
 */
function firstTokenKey(text: string, start: number, end: number): number {
  return hashString(text, 0, start, end) & 0x3fffffff;
}

/** firstWordCall, with room for word numbers below `limit`. */
function firstWordsFor(limit: number): Int32Array {
  // Calls before this one are all below its number: -1 stands for any of them.
  if (firstWordCall.length < limit) firstWordCall = new Int32Array(limit).fill(-1);
  return firstWordCall;
}

/** Whether the list from candidate `first` holds `name`. */
function listed(first: number, name: string): boolean {
  for (let c = first; c >= 0; c = candidateNext[c]) if (candidateNames[c] === name) return true;
  return false;
}
