// One document names one thing the same way: "Trump" after "Donald Trump" is the person, not a place,
// even where the sentence alone misleads the tagger. A one-word name that is the last word of a
// longer person name in the document is that person; otherwise the same name written several times
// takes the type most of its mentions have. And a name found once is found wherever else the document
// writes it the same way.
import type { NameSpan } from '../types';
import { isSpace } from './tokens';

/** A name's text, lower case, apostrophes folded. */
function key(text: string, s: { start: number; end: number }): string {
  const name = text.slice(s.start, s.end);
  return (name.indexOf('’') >= 0 || name.indexOf('‘') >= 0 ? name.replace(/[’‘]/g, "'") : name).toLowerCase();
}

/** Retypes spans in place by majority over the document; returns them. */
export function harmoniseTypes(text: string, spans: NameSpan[]): NameSpan[] {
  if (spans.length < 2) return spans;
  const keys = spans.map((s) => key(text, s));
  const surnames = new Set<string>();
  const votes = new Map<string, Map<NameSpan['type'], number>>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = keys[i];
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    if (s.type === 'person') {
      // The last word of a name of several words.
      let j = k.length;
      while (j > 0 && !isSpace(k.charCodeAt(j - 1))) j--;
      if (j > 0 && j < k.length) surnames.add(k.slice(j));
    }
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = keys[i];
    if (surnames.has(k)) { s.type = 'person'; continue; }
    const v = votes.get(k)!;
    if (v.size < 2) continue;
    let best = s.type;
    for (const [type, count] of v) if (count > (v.get(best) ?? 0)) best = type;
    s.type = best;
  }
  return spans;
}

/** Scratch filter of addRepeatedNames, cleared after each use. */
const FIRSTS = new Uint8Array(256 * 32);
const firstShape = (c: number, length: number): number => (c & 255) * 32 + (length < 31 ? length : 31);

/**
 * Adds a span wherever the text repeats a found name exactly, starting with a capital letter, on whole
 * tokens that no span covers. `spans` must be in document order; the result is too.
 */
export function addRepeatedNames(text: string, starts: Int32Array, ends: Int32Array, count: number, spans: NameSpan[]): NameSpan[] {
  if (!spans.length) return spans;
  // Found names by the text of their first token; longest first.
  const byFirst = new Map<string, { name: string; type: NameSpan['type'] }[]>();
  let t = 0;
  for (const s of spans) {
    while (t < count && starts[t] < s.start) t++;
    if (t >= count || starts[t] !== s.start) continue;
    const first = text.slice(starts[t], ends[t]);
    const name = text.slice(s.start, s.end);
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    if (!list.some((c) => c.name === name)) list.push({ name, type: s.type });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  // A (first character, length) filter spares most capitalised tokens the substring and the look-up.
  for (const first of byFirst.keys()) FIRSTS[firstShape(first.charCodeAt(0), first.length)] = 1;

  const added: NameSpan[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    // The cheap tests first: most tokens fail the filter, and each test is independent of the others.
    const c = text.charCodeAt(starts[i]);
    if (!FIRSTS[firstShape(c, ends[i] - starts[i])]) continue;
    if (!(c >= 65 && c <= 90) && !(c > 127 && text[starts[i]].toLowerCase() !== text[starts[i]])) continue;
    while (next < spans.length && spans[next].end <= starts[i]) next++;
    if (next < spans.length && spans[next].start < ends[i]) continue;
    const list = byFirst.get(text.slice(starts[i], ends[i]));
    if (!list) continue;
    for (const cand of list) {
      const end = starts[i] + cand.name.length;
      if (!text.startsWith(cand.name, starts[i])) continue;
      let j = i;
      while (j < count && ends[j] < end) j++;
      if (j >= count || ends[j] !== end) continue;
      if (next < spans.length && spans[next].start < end) continue;
      added.push({ start: starts[i], end, type: cand.type });
      i = j;
      break;
    }
  }
  for (const first of byFirst.keys()) FIRSTS[firstShape(first.charCodeAt(0), first.length)] = 0;
  if (!added.length) return spans;
  // Both lists are in document order and never start at the same offset: merge them.
  const merged: NameSpan[] = [];
  let a = 0, b = 0;
  while (a < spans.length || b < added.length) {
    if (b >= added.length || (a < spans.length && spans[a].start <= added[b].start)) merged.push(spans[a++]);
    else merged.push(added[b++]);
  }
  return merged;
}
