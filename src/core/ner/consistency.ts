// One document names one thing the same way: "Trump" after "Donald Trump" is the person, not a place,
// even where the sentence alone misleads the tagger. A one-word name that is the last word of a
// longer person name in the document is that person; otherwise the same name written several times
// takes the type most of its mentions have. And a name found once is found wherever else the document
// writes it the same way.
import type { NameSpan } from '../types';

const key = (text: string, s: { start: number; end: number }): string =>
  text.slice(s.start, s.end).replace(/[’‘]/g, "'").toLowerCase();

/** Retypes spans in place by majority over the document; returns them. */
export function harmoniseTypes(text: string, spans: NameSpan[]): NameSpan[] {
  if (spans.length < 2) return spans;
  const surnames = new Set<string>();
  const votes = new Map<string, Map<NameSpan['type'], number>>();
  const vote = (k: string, type: NameSpan['type'], weight: number): void => {
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + weight);
  };
  for (const s of spans) {
    vote(key(text, s), s.type, 1);
    if (s.type === 'person') {
      const last = /\S+$/.exec(text.slice(s.start, s.end));
      if (last && last.index > 0) surnames.add(last[0].replace(/[’‘]/g, "'").toLowerCase());
    }
  }
  for (const s of spans) {
    const k = key(text, s);
    if (surnames.has(k)) { s.type = 'person'; continue; }
    const v = votes.get(k);
    if (!v || v.size < 2) continue;
    let best = s.type;
    for (const [type, count] of v) if (count > (v.get(best) ?? 0)) best = type;
    s.type = best;
  }
  return spans;
}

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

  const added: NameSpan[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    while (next < spans.length && spans[next].end <= starts[i]) next++;
    if (next < spans.length && spans[next].start < ends[i]) continue;
    const c = text.charCodeAt(starts[i]);
    if (!(c >= 65 && c <= 90) && !(c > 127 && text[starts[i]].toLowerCase() !== text[starts[i]])) continue;
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
  if (!added.length) return spans;
  return spans.concat(added).sort((a, b) => a.start - b.start);
}
