// One document names one thing the same way: "Trump" after "Donald Trump" is the person, not a place,
// even where the sentence alone misleads the tagger. A one-word name that is the last word of a
// longer person name in the document is that person; otherwise the same name written several times
// takes the type most of its mentions have.
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
