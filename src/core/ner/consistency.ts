// One document names one thing the same way: "Trump" after "Donald Trump" is the person, not a place,
// even where the sentence alone misleads the tagger. A one-word name that is the last word of a
// longer person name in the document is that person; otherwise the same name written several times
// takes the type most of its mentions have. And a name found once is found wherever else the document
// writes it the same way.
import type { NameSpan } from '../types';
import { TextCache } from '../textCache';
import { hashString } from './hash';
import { isSpace } from './tokens';

/** What the consistency passes need of a name's spelling, worked out once per spelling. */
export interface NameText {
  /** The spelling. */
  name: string;
  /** Lower case, apostrophes folded: names with the same key are the same name. */
  key: string;
  /** The key's last word when it has several, else null. */
  lastWord: string | null;
  /** Scratch of harmoniseTypes: the call that last met this spelling, and the key's group there. */
  call: number;
  group: number;
  /** Scratch of addRepeatedNames: the call that last listed this spelling as a candidate. */
  listedIn: number;
}

// Kept across documents (the same names come back), so that a span's key needs no substring, case
// folding or string hashing: the table reads the span's characters in place.
const nameTexts = new TextCache<NameText>(1 << 10, 1 << 16, (name) => {
  const key = (name.indexOf('’') >= 0 || name.indexOf('‘') >= 0 ? name.replace(/[’‘]/g, "'") : name).toLowerCase();
  let j = key.length;
  while (j > 0 && !isSpace(key.charCodeAt(j - 1))) j--;
  return { name, key, lastWord: j > 0 && j < key.length ? key.slice(j) : null, call: -1, group: 0, listedIn: -1 };
});

const TYPES: readonly NameSpan['type'][] = ['person', 'organization', 'place', 'misc'];
const typeIndex = (type: NameSpan['type']): number =>
  type === 'person' ? 0 : type === 'organization' ? 1 : type === 'place' ? 2 : 3;

let harmoniseCalls = 0;
// Scratch of harmoniseTypes, kept: per span its group; per group and type the votes (left all 0) and the
// first span with that type.
let groupOf = new Int32Array(256);
let votes = new Int32Array(1024);
let firstSeen = new Int32Array(1024);

/** The spellings of spans, in their order: what both passes below read (computed once for both). */
export function spanTexts(text: string, spans: readonly NameSpan[]): NameText[] {
  const names: NameText[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) names[i] = nameTexts.get(text, spans[i].start, spans[i].end);
  return names;
}

/** Retypes spans in place by majority over the document; returns them. `names`: spanTexts(text, spans). */
export function harmoniseTypes(text: string, spans: NameSpan[], names = spanTexts(text, spans)): NameSpan[] {
  if (spans.length < 2) return spans;
  const call = harmoniseCalls++;
  // Spans with the same key form a group; per group and type, the number of mentions and the order in
  // which the types first appeared (ties go to the span's own type, else to the type seen first).
  const groups = new Map<string, number>();
  if (groupOf.length < spans.length) {
    groupOf = new Int32Array(2 * spans.length);
    votes = new Int32Array(8 * spans.length);
    firstSeen = new Int32Array(8 * spans.length);
  }
  const groupOfSpan = groupOf, vote = votes, first = firstSeen;
  const lastWords: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const name = names[i];
    // The map of keys once per spelling and call; a spelling's later mentions use the group noted on it.
    let g = name.group;
    if (name.call !== call) {
      const known = groups.get(name.key);
      if (known === undefined) groups.set(name.key, (g = groups.size));
      else g = known;
      name.call = call;
      name.group = g;
    }
    groupOfSpan[i] = g;
    const v = 4 * g + typeIndex(s.type);
    if (vote[v]++ === 0) first[v] = i;
    if (s.type === 'person' && name.lastWord !== null) lastWords.push(name.lastWord);
  }
  // A one-word name that is the last word of a person's longer name is that person.
  const surname = new Uint8Array(groups.size);
  for (const word of lastWords) {
    const g = groups.get(word);
    if (g !== undefined) surname[g] = 1;
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const g = groupOfSpan[i];
    if (surname[g]) { s.type = 'person'; continue; }
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
    if (types >= 2) s.type = TYPES[best];
  }
  vote.fill(0, 0, 4 * groups.size);
  return spans;
}

/** Scratch filter of addRepeatedNames, cleared after each use. */
const FIRSTS = new Uint8Array(256 * 32);
const firstShape = (c: number, length: number): number => (c & 255) * 32 + (length < 31 ? length : 31);

/** A found name, as a candidate for its repeats: its spelling, type, and the length of its first token. */
interface Candidate {
  name: string;
  type: NameSpan['type'];
  firstLength: number;
}

let repeatCalls = 0;

/**
 * Adds a span wherever the text repeats a found name exactly, starting with a capital letter, on whole
 * tokens that no span covers. `spans` must be in document order; the result is too. `plain`, when
 * given, marks tokens that cannot start such a repeat (the tagger's plain tokens: lower case or
 * punctuation), which are then not read. `names`: spanTexts(text, spans).
 */
export function addRepeatedNames(
  text: string, starts: Int32Array, ends: Int32Array, count: number, spans: NameSpan[], plain: Uint8Array | null,
  names = spanTexts(text, spans),
): NameSpan[] {
  if (!spans.length) return spans;
  const call = repeatCalls++;
  // Found names by a hash of their first token's text (read in place: no substring per token); longest
  // first. A token matches a candidate when the text there starts with the name and the token is as
  // long as the name's first token, so a hash shared by two first tokens costs time, never a match.
  const byFirst = new Map<number, Candidate[]>();
  const marked: number[] = [];
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    while (t < count && starts[t] < s.start) t++;
    if (t >= count || starts[t] !== s.start) continue;
    const spelling = names[k];
    // A spelling already listed in this call (most mentions): nothing to add.
    if (spelling.listedIn === call) continue;
    spelling.listedIn = call;
    const name = spelling.name;
    const firstLength = ends[t] - starts[t];
    const h = firstTokenKey(text, starts[t], ends[t]);
    let list = byFirst.get(h);
    if (!list) byFirst.set(h, (list = []));
    if (listed(list, name)) continue;
    list.push({ name, type: s.type, firstLength });
    // A (first character, length) filter spares most capitalised tokens the hash and the look-up.
    const shape = firstShape(text.charCodeAt(s.start), firstLength);
    if (!FIRSTS[shape]) { FIRSTS[shape] = 1; marked.push(shape); }
  }
  for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.name.length - a.name.length);

  const added: NameSpan[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    if (plain !== null && plain[i]) continue;
    // The cheap tests first: most tokens fail the filter, and each test is independent of the others.
    const c = text.charCodeAt(starts[i]);
    const length = ends[i] - starts[i];
    if (!FIRSTS[firstShape(c, length)]) continue;
    if (!(c >= 65 && c <= 90) && !(c > 127 && text[starts[i]].toLowerCase() !== text[starts[i]])) continue;
    while (next < spans.length && spans[next].end <= starts[i]) next++;
    if (next < spans.length && spans[next].start < ends[i]) continue;
    const list = byFirst.get(firstTokenKey(text, starts[i], ends[i]));
    if (!list) continue;
    for (const cand of list) {
      if (cand.firstLength !== length || !text.startsWith(cand.name, starts[i])) continue;
      const end = starts[i] + cand.name.length;
      let j = i;
      while (j < count && ends[j] < end) j++;
      if (j >= count || ends[j] !== end) continue;
      if (next < spans.length && spans[next].start < end) continue;
      added.push({ start: starts[i], end, type: cand.type });
      i = j;
      break;
    }
  }
  for (const shape of marked) FIRSTS[shape] = 0;
  if (!added.length) return spans;
  // Both lists are in document order and never start at the same offset: merge them.
  const merged: NameSpan[] = new Array(spans.length + added.length);
  let a = 0, b = 0;
  for (let k = 0; k < merged.length; k++) {
    if (b >= added.length || (a < spans.length && spans[a].start <= added[b].start)) merged[k] = spans[a++];
    else merged[k] = added[b++];
  }
  return merged;
}

/**
 * The map key of a first token: a hash of its text, cut to 30 bits so that it stays a small integer
 * (a larger number is a heap object, made anew at every look-up).
 */
function firstTokenKey(text: string, start: number, end: number): number {
  return hashString(text, 0, start, end) & 0x3fffffff;
}

function listed(list: Candidate[], name: string): boolean {
  for (let k = 0; k < list.length; k++) if (list[k].name === name) return true;
  return false;
}
