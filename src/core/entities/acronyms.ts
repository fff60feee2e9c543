// Acronyms the text defines: "the World Health Organization (WHO)" names WHO, and every later "WHO" is that
// organisation, though the name recogniser, trained on mixed-case prose, may not tag an acronym that is also a word.
import type { NameSpan } from '../types';
import { continuesWord } from './numbers';

/** An acronym in brackets right after a name: "(WHO)", "(ICE)". */
const DEFINED = /^ ?\(([A-Z]{2,6})\)/;

/**
 * The recogniser's names with the acronyms the text defines after an organisation's name of several words, and their
 * other uses in the text, added as that organisation's mentions where no name stands. The acronym starts with the
 * name's first letter (not a dateline's agency: "DALLAS (AP)"). `names` are in order of start; so is the result.
 */
export function withDefinedAcronyms(text: string, names: NameSpan[]): NameSpan[] {
  const acronyms: string[] = [];
  for (const n of names) {
    if (n.type !== 'organization' || text.indexOf(' ', n.start) >= n.end || text.indexOf(' ', n.start) < 0) continue;
    if (text.charCodeAt(n.end) !== 32 && text.charCodeAt(n.end) !== 40) continue;
    const m = DEFINED.exec(text.slice(n.end, n.end + 10));
    if (m && m[1].charCodeAt(0) === text.charCodeAt(n.start) && !acronyms.includes(m[1])) acronyms.push(m[1]);
  }
  if (!acronyms.length) return names;
  const added: NameSpan[] = [];
  for (const acronym of acronyms) {
    for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      const end = at + acronym.length;
      // A word of its own: no letter or digit on either side ("WHO's" is one).
      if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(end))) continue;
      added.push({ start: at, end, type: 'organization' });
    }
  }
  added.sort((a, b) => a.start - b.start);
  // Merged in order; an added acronym overlapping a recogniser's name gives way to it.
  const out: NameSpan[] = [];
  let k = 0;
  for (const n of names) {
    while (k < added.length && added[k].end <= n.start) out.push(added[k++]);
    while (k < added.length && added[k].start < n.end) k++;
    out.push(n);
  }
  while (k < added.length) out.push(added[k++]);
  return out;
}

/** A character that goes on a word, but the curly apostrophe ("WHO’s" ends the acronym). */
const isWordCode = (c: number): boolean => c !== 0x2019 && continuesWord(c);
