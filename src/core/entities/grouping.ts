// Groups mentions into entities.
// People: a full name (two or more words) is one entity; a shorter mention ("Zelensky", "Vance") joins the
// full name that ends with it (or starts with it), whether that full name comes before or after; when several
// full names share it, the nearest one written before it wins. Two people are never merged by their roles.
// Organisations and places: same name up to case, a leading "the", and a small alias table (US = United States
// = America); an acronym joins the name it stands for when the text spells it out ("… Organization (NATO)") or
// when its letters are the initials of a longer name in the document; an organisation's last word alone joins
// the one longer name ending with it ("the Post", "The New York Post").
import type { EntityType, Mention } from '../types';
import { aliasKey } from './lexicon';

export interface NamedMention extends Mention {
  type: 'person' | 'organization' | 'place';
  /** The name as words: brackets, possessives and extra spaces removed ("Vladimir Putin"). */
  name: string;
}

export interface MentionGroup {
  type: EntityType;
  mentions: NamedMention[];
}

const INITIAL = /^\p{Lu}\.?$/u;
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,7}\.?$/u;
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&', 'in', 'on']);

/** "Donald J. Trump" and "Donald Trump" share a key: middle initials are left out. */
function personKey(words: string[]): string {
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w)).join(' ').toLowerCase();
}

export function groupPeople(mentions: NamedMention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const full = new Map<string, MentionGroup>();
  const byLast = new Map<string, MentionGroup[]>();
  const byFirst = new Map<string, MentionGroup[]>();
  const add = (m: Map<string, MentionGroup[]>, k: string, g: MentionGroup): void => {
    const list = m.get(k);
    if (!list) m.set(k, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  // A repeated name ("Zelensky", "Donald Trump") is split and keyed once; its mentions share the result (read only).
  const wordsOf: string[][] = [];
  const keys: string[] = [];
  const firstWithName = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const name = mentions[i].name;
    const first = firstWithName.get(name);
    if (first !== undefined) {
      wordsOf.push(wordsOf[first]);
      keys.push(keys[first]);
      continue;
    }
    firstWithName.set(name, i);
    const ws = name.split(' ');
    wordsOf.push(ws);
    keys.push(ws.length < 2 ? '' : personKey(ws));
  }
  mentions.forEach((m, i) => {
    const ws = wordsOf[i];
    if (ws.length < 2) return;
    const key = keys[i];
    let g = full.get(key);
    if (!g) {
      g = { type: 'person', mentions: [] };
      full.set(key, g);
      groups.push(g);
      add(byLast, ws[ws.length - 1].toLowerCase(), g);
      add(byFirst, ws[0].toLowerCase(), g);
    }
    g.mentions.push(m);
  });
  // Second pass, in document order, remembering where each person was last named: a shared surname goes to
  // the person named most recently before it.
  const alone = new Map<string, MentionGroup>();
  const lastSeen = new Map<MentionGroup, number>();
  mentions.forEach((m, i) => {
    const ws = wordsOf[i];
    let g: MentionGroup | undefined;
    if (ws.length >= 2) g = full.get(keys[i]);
    else {
      const word = ws[0].toLowerCase();
      const candidates = byLast.get(word) ?? byFirst.get(word);
      if (candidates?.length === 1) g = candidates[0];
      else if (candidates) {
        let best = -1;
        for (const c of candidates) {
          const seen = lastSeen.get(c) ?? -1;
          if (seen > best) { best = seen; g = c; }
        }
        g ??= candidates[0];
      } else {
        g = alone.get(word);
        if (!g) {
          g = { type: 'person', mentions: [] };
          alone.set(word, g);
          groups.push(g);
        }
      }
      g.mentions.push(m);
    }
    if (g) lastSeen.set(g, m.start);
  });
  return groups;
}

const stripThe = (s: string): string => s.replace(/^the\s+/i, '');
const initialsOf = (name: string): string =>
  name.split(/[\s\-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();

/** Organisations and places. `text` is the whole document, to see "Name (ACRONYM)" written out. */
export function groupOrgsAndPlaces(text: string, mentions: NamedMention[]): MentionGroup[] {
  // Keys by name: a document names the same thing many times.
  const keyByName = new Map<string, string>();
  const keys = mentions.map((m) => {
    let key = keyByName.get(m.name);
    if (key === undefined) keyByName.set(m.name, (key = aliasKey(stripThe(m.name).toLowerCase())));
    return key;
  });
  const redirect = new Map<string, string>();
  // "the North Atlantic Treaty Organization (NATO)": the next mention, in brackets right after, is an acronym.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (text[b.end] === ')' && /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && ACRONYM.test(b.text)) {
      redirect.set(keys[i + 1], keys[i]);
    }
  }
  const byInitials = new Map<string, string | null>();
  const initialsByName = new Map<string, string>();
  mentions.forEach((m, i) => {
    if (!m.name.includes(' ')) return;
    let ini = initialsByName.get(m.name);
    if (ini === undefined) initialsByName.set(m.name, (ini = initialsOf(stripThe(m.name))));
    const key = keys[i];
    if (ini.length < 2) return;
    const seen = byInitials.get(ini);
    byInitials.set(ini, seen === undefined || seen === key ? key : null);
  });
  const groupOf = new Map<string, number>(); // key → index in `order`
  const order: MentionGroup[] = [];
  // Mentions typed as places, per group (in `order`); the others are organisations.
  const placeCounts: number[] = [];
  // "the Post" after "The New York Post": an organisation's last word alone, when only one such name ends so.
  const byLastWord = new Map<string, string | null>();
  mentions.forEach((m, i) => {
    if (m.type !== 'organization' || !m.name.includes(' ')) return;
    const last = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
    const key = keys[i];
    const seen = byLastWord.get(last);
    byLastWord.set(last, seen === undefined || seen === key ? key : null);
  });
  mentions.forEach((m, i) => {
    let key = keys[i];
    if (redirect.has(key)) key = redirect.get(key)!;
    else if (ACRONYM.test(m.name)) {
      const exp = byInitials.get(m.name.replace(/\./g, ''));
      if (exp) key = exp;
    } else if (m.type === 'organization' && !m.name.includes(' ')) {
      key = byLastWord.get(key) ?? key;
    }
    let k = groupOf.get(key);
    if (k === undefined) {
      groupOf.set(key, (k = order.length));
      order.push({ type: m.type, mentions: [] });
      placeCounts.push(0);
    }
    order[k].mentions.push(m);
    if (m.type === 'place') placeCounts[k]++;
  });
  // The type most of the group's mentions have; on a tie, the first mention's.
  for (let k = 0; k < order.length; k++) {
    const g = order[k];
    const places = placeCounts[k], orgs = g.mentions.length - places;
    g.type = places === orgs ? g.mentions[0].type : places > orgs ? 'place' : 'organization';
  }
  return order;
}

const SHOUTED = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The number of words of a name (its space-separated parts). */
function wordCount(name: string): number {
  let count = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) count++;
  return count;
}

/** The fullest form: most words, then longest, then not in capitals ("Flint" over "FLINT"), then earliest. */
export function fullestName(names: string[]): string {
  let best = names[0];
  let bestWords = wordCount(best);
  for (const n of names) {
    const w = wordCount(n);
    if (w > bestWords || (w === bestWords && (n.length > best.length || (n.length === best.length && SHOUTED.test(best) && !SHOUTED.test(n))))) {
      best = n;
      bestWords = w;
    }
  }
  return best;
}
