// Groups mentions into entities.
// People: a full name (two or more words) is one entity; a shorter mention ("Zelensky", "Vance") joins the
// full name that ends with it (or starts with it), whether that full name comes before or after; when several
// full names share it, the nearest one written before it wins. Two people are never merged by their roles.
// Organisations and places: same name up to case, a leading "the", and a small alias table (US = United States
// = America); an acronym joins the name it stands for when the text spells it out ("… Organization (NATO)") or
// when its letters are the initials of a longer name in the document; an organisation's last word alone joins
// the one longer name ending with it ("the Post", "The New York Post").
import type { EntityType, Mention } from '../types';
import type { NameFacts } from './nameFacts';

export interface NamedMention extends Mention {
  type: 'person' | 'organization' | 'place';
  /** The name as words: brackets, possessives and extra spaces removed ("Vladimir Putin"). */
  name: string;
  /** What the mention's text says, shared by every mention with the same text. */
  facts: NameFacts;
}

export interface MentionGroup {
  type: EntityType;
  mentions: NamedMention[];
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
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.facts.words < 2) continue;
    const keys = m.facts.person;
    let g = full.get(keys.full);
    if (!g) {
      g = { type: 'person', mentions: [] };
      full.set(keys.full, g);
      groups.push(g);
      add(byLast, keys.last, g);
      add(byFirst, keys.first, g);
    }
    g.mentions.push(m);
  }
  // Second pass, in document order, remembering where each person was last named: a shared surname goes to
  // the person named most recently before it.
  const alone = new Map<string, MentionGroup>();
  const lastSeen = new Map<MentionGroup, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const keys = m.facts.person;
    let g: MentionGroup | undefined;
    if (m.facts.words >= 2) g = full.get(keys.full);
    else {
      const word = keys.first;
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
  }
  return groups;
}

/** Organisations and places. `text` is the whole document, to see "Name (ACRONYM)" written out. */
export function groupOrgsAndPlaces(text: string, mentions: NamedMention[]): MentionGroup[] {
  const redirect = new Map<string, string>();
  // "the North Atlantic Treaty Organization (NATO)": the next mention, in brackets right after, is an acronym.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (text.charCodeAt(b.end) === 41 /* ) */ && /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && b.facts.org.acronymText) {
      redirect.set(b.facts.org.group, a.facts.org.group);
    }
  }
  const byInitials = new Map<string, string | null>();
  // "the Post" after "The New York Post": an organisation's last word alone, when only one such name ends so.
  const byLastWord = new Map<string, string | null>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const keys = m.facts.org;
    if (!keys.several) continue;
    if (keys.initials.length >= 2) {
      const seen = byInitials.get(keys.initials);
      byInitials.set(keys.initials, seen === undefined || seen === keys.group ? keys.group : null);
    }
    if (m.type === 'organization') {
      const seen = byLastWord.get(keys.lastWord);
      byLastWord.set(keys.lastWord, seen === undefined || seen === keys.group ? keys.group : null);
    }
  }
  const groupOf = new Map<string, number>(); // key → index in `order`
  const order: MentionGroup[] = [];
  // Mentions typed as places, per group (in `order`); the others are organisations.
  const placeCounts: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const keys = m.facts.org;
    let key = keys.group;
    const to = redirect.size ? redirect.get(key) : undefined;
    if (to !== undefined) key = to;
    else if (keys.acronym) {
      const exp = byInitials.get(keys.dotless);
      if (exp) key = exp;
    } else if (m.type === 'organization' && !keys.several) {
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
  }
  // The type most of the group's mentions have; on a tie, the first mention's.
  for (let k = 0; k < order.length; k++) {
    const g = order[k];
    const places = placeCounts[k], orgs = g.mentions.length - places;
    g.type = places === orgs ? g.mentions[0].type : places > orgs ? 'place' : 'organization';
  }
  return order;
}

const SHOUTED = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The fullest name of the mentions: most words, then longest, then not in capitals ("Flint" over "FLINT"), then earliest. */
export function fullestName(mentions: NamedMention[]): string {
  let best = mentions[0].facts;
  for (let i = 1; i < mentions.length; i++) {
    const f = mentions[i].facts;
    if (f === best) continue;
    const n = f.spoken;
    if (f.words > best.words || (f.words === best.words && (n.length > best.spoken.length || (n.length === best.spoken.length && SHOUTED.test(best.spoken) && !SHOUTED.test(n))))) {
      best = f;
    }
  }
  return best.spoken;
}
