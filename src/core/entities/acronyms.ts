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
    // A bracket right after the name, or after one space, first: most names have none, and cost no copy or match.
    const bracket = text.charCodeAt(n.end) === 40 || (text.charCodeAt(n.end) === 32 && text.charCodeAt(n.end + 1) === 40);
    if (!bracket || n.type !== 'organization') continue;
    const space = text.indexOf(' ', n.start);
    if (space < 0 || space >= n.end) continue;
    const m = DEFINED.exec(text.slice(n.end, n.end + 10));
    if (m && m[1].charCodeAt(0) === text.charCodeAt(n.start) && !acronyms.includes(m[1])) acronyms.push(m[1]);
  }
  if (!acronyms.length) return names;
  const added: NameSpan[] = [];
  // One pass over the text for all of them (a pass per acronym would grow with the text times its acronyms).
  // The longest first, so that "AP" does not take the start of "APC".
  const uses = new RegExp(`(?:${acronyms.sort((a, b) => b.length - a.length).join('|')})`, 'g');
  for (let m = uses.exec(text); m !== null; m = uses.exec(text)) {
    const at = m.index, end = at + m[0].length;
    // A word of its own: no letter or digit on either side ("WHO's" is one).
    if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(end)) || overlapsName(names, at, end)) continue;
    added.push({ start: at, end, type: 'organization' });
  }
  // Most acronyms a text defines, the recogniser found everywhere: then the names stay as they are.
  if (!added.length) return names;
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

/** Whether text[start, end) overlaps one of `names` (in order of start, none overlapping another). */
function overlapsName(names: NameSpan[], start: number, end: number): boolean {
  let lo = 0, hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].end <= start) lo = mid + 1; else hi = mid;
  }
  return lo < names.length && names[lo].start < end;
}

/** A character that goes on a word, but the curly apostrophe ("WHO’s" ends the acronym). */
const isWordCode = (c: number): boolean => c !== 0x2019 && continuesWord(c);
