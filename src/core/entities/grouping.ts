// Groups mentions into entities.
// People: a full name (two or more words) is one entity; a shorter mention ("Zelensky", "Vance") joins the
// full name that ends with it (or starts with it), whether that full name comes before or after; when several
// full names share it, the nearest one written before it wins. Two people are never merged by their roles.
// Organisations and places: same name up to case, a leading "the", and a small alias table (US = United States
// = America); an acronym joins the name it stands for when the text spells it out ("… Organization (NATO)") or
// when its letters are the initials of a longer name in the document; an organisation's last word alone joins
// the one longer name ending with it ("the Post", "The New York Post").
import type { EntityType } from '../types';
import type { NameFacts } from './nameFacts';
import { ORGANIZATION, PLACE, type Names } from './names';
import { givenNameGender } from '../givenNames';
import { NAME_PARTICLE_SET } from './lexicon';

/**
 * Names of one entity. Its members are the names (indices into the document's names, which are in order of
 * start) whose entry in the caller's `groupOf` is its id: no array per group.
 */
export interface MentionGroup {
  type: EntityType;
  /** Index of the group among the document's groups (people's first). */
  id: number;
  /** The first name put in the group, and how many names it has. */
  first: number;
  size: number;
  /** Index of the member named last so far, while grouping people. */
  lastSeen: number;
}

/**
 * A map from strings for one call at a time, without a Map filled per call: a record per key, kept across
 * calls (the same names come back) and stamped with the call that set it; a record of another call reads as
 * absent. Emptied at the start of a call when large.
 */
class CallMap<V> {
  private readonly records = new Map<string, { call: number; value: V }>();
  private call = 0;

  /** Starts a call: every key absent. */
  start(): void {
    this.call++;
    if (this.records.size > 1 << 16) this.records.clear();
  }

  get(key: string): V | undefined {
    const r = this.records.get(key);
    return r !== undefined && r.call === this.call ? r.value : undefined;
  }

  set(key: string, value: V): void {
    const r = this.records.get(key);
    if (r === undefined) this.records.set(key, { call: this.call, value });
    else {
      r.call = this.call;
      r.value = value;
    }
  }
}

const fullNames = new CallMap<MentionGroup>(), lastNames = new CallMap<MentionGroup[]>(), firstNames = new CallMap<MentionGroup[]>();
const aloneNames = new CallMap<MentionGroup>(), generationLastNames = new CallMap<MentionGroup[]>();
const redirects = new CallMap<string>(), initialsGroups = new CallMap<string | null>(), lastWordGroups = new CallMap<string | null>();
const orgGroups = new CallMap<number>();

/** A group of one name so far. */
function newGroup(type: EntityType, member: number, id: number, groupOf: Int32Array): MentionGroup {
  groupOf[member] = id;
  return { type, id, first: member, size: 1, lastSeen: -1 };
}

function join(g: MentionGroup, member: number, groupOf: Int32Array): void {
  groupOf[member] = g.id;
  g.size++;
}

/** A middle word that is a name, not initials ("Rodham", not "H.W."): a short form may leave it out. */
const MIDDLE_NAME = /^[^.]{3,}$/;

/**
 * The full key of each person's name of several words that is a shorter form of exactly one longer name in the
 * document, mapped to that name's key: its last words ("Wasserman Schultz" of "Debbie Wasserman Schultz", "Le Pen" of
 * "Marine Le Pen"), or its first and last word when the longer one has middle names ("Hillary Clinton" of "Hillary
 * Rodham Clinton"), when the longer name opens with a given name. A form two names share ("Le Pen" with Marine and
 * Jean-Marie) stays a name of its own.
 */
function longerForms(members: ArrayLike<number>, facts: NameFacts[]): Map<string, string> {
  const keys = new Set<string>();
  for (let k = 0; k < members.length; k++) {
    const f = facts[members[k]];
    if (f.words >= 2) keys.add(f.person.full);
  }
  const out = new Map<string, string>();
  if (keys.size < 2) return out;
  // Each shorter form a longer key gives, with the longer key, or '' once two keys give it: linear in the names.
  const forms = new Map<string, string>();
  const give = (form: string, long: string): void => {
    const had = forms.get(form);
    forms.set(form, had === undefined || had === long ? long : '');
  };
  for (const long of keys) {
    const words = long.split(' ');
    // A longer name is a person's when it opens with a given name ("Debbie Wasserman Schultz"); a run the recogniser
    // took in with a name ("Cheeto Donald Trump") gives no form, but for a surname with its particles ("bin Laden" of
    // "Osama bin Laden", whatever the given name).
    const personal = givenNameGender(long) !== null;
    for (let n = words.length - 1; n >= 2; n--) if (personal || NAME_PARTICLE_SET.has(words[words.length - n])) give(words.slice(words.length - n).join(' '), long);
    if (personal && words.length >= 3 && words.slice(1, -1).every((w) => MIDDLE_NAME.test(w))) give(`${words[0]} ${words[words.length - 1]}`, long);
    // 'Robert C. "Bobby" Scott': the nickname and the surname ("Bobby Scott") are a shorter form too.
    for (let n = 1; n < words.length - 1; n++) {
      const nickname = QUOTED_NICKNAME.exec(words[n]);
      if (nickname !== null) give(`${nickname[1]} ${words[words.length - 1]}`, long);
    }
  }
  for (const short of keys) {
    const long = forms.get(short);
    if (long) out.set(short, long);
  }
  return out;
}

/** A word of a name that is a nickname in quotation marks ('"bobby"', '“marcy”'). */
const QUOTED_NICKNAME = /^["“‘](\p{L}[\p{L}'’-]*)["”’]$/u;

/**
 * People among the names: `members` (indices, in order) are person names, `facts` the facts of every name. Each
 * member's group goes to `groupOf`; the groups' ids count from 0.
 */
export function groupPeople(members: ArrayLike<number>, facts: NameFacts[], groupOf: Int32Array, titleGenders: ArrayLike<number> | null = null): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const full = fullNames, byLast = lastNames, byFirst = firstNames, alone = aloneNames;
  // The surnames of names with a generation ("Joseph R. Biden Jr."): "Biden" alone is that person only when no other
  // person has the surname ("Trump" is not "Donald Trump Jr." beside "Donald J. Trump").
  const byGenerationLast = generationLastNames;
  full.start();
  byGenerationLast.start();
  byLast.start();
  byFirst.start();
  alone.start();
  const add = (m: CallMap<MentionGroup[]>, k: string, g: MentionGroup): void => {
    const list = m.get(k);
    if (!list) m.set(k, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  const shorter = longerForms(members, facts);
  for (let k = 0; k < members.length; k++) {
    const f = facts[members[k]];
    if (f.words < 2) continue;
    const keys = f.person;
    // A shorter form keys its group by the longer name, whichever comes first in the document.
    const key = shorter.get(keys.full) ?? keys.full;
    const g = full.get(key);
    if (g) {
      join(g, members[k], groupOf);
      // A longer name's first word ("Debbie") and a shorter form's are both this person's.
      add(keys.generation ? byGenerationLast : byLast, keys.last, g);
      add(byFirst, keys.first, g);
    } else {
      const created = newGroup('person', members[k], groups.length, groupOf);
      full.set(key, created);
      groups.push(created);
      add(keys.generation ? byGenerationLast : byLast, keys.last, created);
      add(byFirst, keys.first, created);
    }
  }
  // Second pass, in document order, remembering where each person was last named: a shared surname goes to
  // the person named most recently before it.
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    const f = facts[i];
    const keys = f.person;
    let g: MentionGroup | undefined;
    if (f.words >= 2) g = full.get(shorter.get(keys.full) ?? keys.full);
    else {
      const word = keys.first;
      let candidates = byLast.get(word) ?? byFirst.get(word) ?? byGenerationLast.get(word);
      // "Mrs. Clinton" is not Bill Clinton: among several people of a surname, a title's gender rules out those whose
      // given name says the other one.
      const title = titleGenders === null ? NO_TITLE_GENDER : titleGenders[i];
      if (candidates && title !== NO_TITLE_GENDER) candidates = ofTitleGender(candidates, facts, title);
      if (candidates?.length === 1) g = candidates[0];
      else if (candidates) {
        let best = -1;
        // An index loop: for…of made an iterator and its results on the heap here.
        for (let j = 0; j < candidates.length; j++) {
          const c = candidates[j];
          if (c.lastSeen > best) { best = c.lastSeen; g = c; }
        }
        g ??= candidates[0];
      } else {
        g = alone.get(word);
        if (!g) {
          g = newGroup('person', i, groups.length, groupOf);
          alone.set(word, g);
          groups.push(g);
        } else join(g, i, groupOf);
      }
      if (candidates) join(g, i, groupOf);
    }
    if (g) g.lastSeen = i;
  }
  return groups;
}

/** What a title before a mention says of the person's gender ("Mr.", "Mrs.", "Ms."): none, male or female. */
export const NO_TITLE_GENDER = 0, MALE_TITLE = 1, FEMALE_TITLE = 2;

/**
 * The candidates whose given name does not say the other gender than the title's; all of them when that leaves none
 * (a list's given name may be wrong for this person: "Mr. Graham" of "Lindsey Graham").
 */
function ofTitleGender(candidates: MentionGroup[], facts: NameFacts[], title: number): MentionGroup[] {
  if (candidates.length < 2) return candidates;
  const other = title === MALE_TITLE ? 'female' : 'male';
  const kept = candidates.filter((c) => givenNameGender(facts[c.first].spoken) !== other);
  return kept.length ? kept : candidates;
}

/**
 * Organisations and places among the names: `members` (indices, in order) are their names. `text` is the
 * whole document, to see "Name (ACRONYM)" written out. Each member's group goes to `groupOfName`; the groups'
 * ids count from `firstId`.
 */
export function groupOrgsAndPlaces(text: string, members: ArrayLike<number>, names: Names, facts: NameFacts[], groupOfName: Int32Array, firstId: number): MentionGroup[] {
  const redirect = redirects, byInitials = initialsGroups, byLastWord = lastWordGroups, groupOf = orgGroups; // groupOf: key → index in `order`
  redirect.start();
  byInitials.start();
  byLastWord.start();
  groupOf.start();
  let redirected = false;
  // "the North Atlantic Treaty Organization (NATO)": the next mention, in brackets right after, is an acronym.
  for (let k = 0; k + 1 < members.length; k++) {
    const a = members[k], b = members[k + 1];
    // Not a dateline's agency ("DALLAS (AP)"): the acronym starts with the name's first letter.
    if (text.charCodeAt(names.end[b]) === 41 /* ) */ && /^\s*\(\s*$/.test(text.slice(names.end[a], names.start[b])) && facts[b].org.acronymText
      && (text.charCodeAt(names.start[a]) | 32) === (text.charCodeAt(names.start[b]) | 32)) {
      redirect.set(facts[members[k + 1]].org.group, facts[members[k]].org.group);
      redirected = true;
    }
  }
  // "the Post" after "The New York Post": an organisation's last word alone, when only one such name ends so.
  for (let k = 0; k < members.length; k++) {
    const keys = facts[members[k]].org;
    if (!keys.several) continue;
    if (keys.initials.length >= 2) {
      const seen = byInitials.get(keys.initials);
      byInitials.set(keys.initials, seen === undefined || seen === keys.group ? keys.group : null);
    }
    if (names.type[members[k]] === ORGANIZATION) {
      const seen = byLastWord.get(keys.lastWord);
      byLastWord.set(keys.lastWord, seen === undefined || seen === keys.group ? keys.group : null);
    }
  }
  const order: MentionGroup[] = [];
  // Mentions typed as places, per group (in `order`); the others are organisations.
  const placeCounts: number[] = [];
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    const type = names.type[i];
    const keys = facts[i].org;
    let key = keys.group;
    const to = redirected ? redirect.get(key) : undefined;
    if (to !== undefined) key = to;
    else if (keys.acronym) {
      const exp = byInitials.get(keys.dotless);
      if (exp) key = exp;
    } else if (type === ORGANIZATION && !keys.several) {
      key = byLastWord.get(key) ?? key;
    }
    let g = groupOf.get(key);
    if (g === undefined) {
      groupOf.set(key, (g = order.length));
      order.push(newGroup(type === PLACE ? 'place' : 'organization', i, firstId + g, groupOfName));
      placeCounts.push(0);
    } else join(order[g], i, groupOfName);
    if (type === PLACE) placeCounts[g]++;
  }
  // The type most of the group's mentions have; on a tie, the first mention's, but for a listed place's name alone,
  // typed a place as often as an organisation (reconcileTypes kept those types) with the team before a score: a city
  // and its team, two entities.
  const groups = order.length;
  for (let g = 0; g < groups; g++) {
    const group = order[g];
    const places = placeCounts[g], orgs = group.size - places;
    if (places === orgs && isCityAndTeam(text, group, members, names, facts, groupOfName)) {
      splitOrganisations(group, members, names, groupOfName, order, firstId);
      group.type = 'place';
      continue;
    }
    group.type = places === orgs ? (names.type[group.first] === PLACE ? 'place' : 'organization') : places > orgs ? 'place' : 'organization';
  }
  return order;
}

/**
 * Whether every member of `group` is the same listed place's name (no acronym, no other name joined), and the team
 * shows itself: a mention typed as an organisation before a score or a standing ("DETROIT 48 86"). A city's name typed
 * an organisation once in other text ("Cleveland (AFP)") is more often the recogniser's slip than another entity.
 */
function isCityAndTeam(text: string, group: MentionGroup, members: ArrayLike<number>, names: Names, facts: NameFacts[], groupOfName: Int32Array): boolean {
  const first = facts[group.first];
  if (!first.listedPlace || first.knownOrg) return false;
  let scored = false;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (groupOfName[i] !== group.id) continue;
    if (facts[i].org.group !== first.org.group) return false;
    if (names.type[i] === ORGANIZATION && isSpaceThenDigit(text, names.end[i])) scored = true;
  }
  return scored;
}

const isSpaceThenDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 32 && c >= 48 && c <= 57;
};

/** Moves the members of `group` typed as organisations to a new organisation group at the end of `order`. */
function splitOrganisations(group: MentionGroup, members: ArrayLike<number>, names: Names, groupOfName: Int32Array, order: MentionGroup[], firstId: number): void {
  let team: MentionGroup | null = null;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (groupOfName[i] !== group.id || names.type[i] !== ORGANIZATION) continue;
    group.size--;
    if (team === null) order.push((team = newGroup('organization', i, firstId + order.length, groupOfName)));
    else join(team, i, groupOfName);
  }
  if (team !== null && group.first === team.first) group.first = firstMember(group, members, groupOfName);
}

/** The first of `members` in `group`. */
function firstMember(group: MentionGroup, members: ArrayLike<number>, groupOfName: Int32Array): number {
  for (let k = 0; k < members.length; k++) if (groupOfName[members[k]] === group.id) return members[k];
  return group.first;
}

const SHOUTED = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The fullest name of members[from, to), which are in order: most words, then longest, then not in capitals
 * ("Flint" over "FLINT"), then earliest.
 */
export function fullestName(members: Int32Array, from: number, to: number, facts: NameFacts[]): string {
  let best = facts[members[from]];
  for (let k = from + 1; k < to; k++) {
    const f = facts[members[k]];
    if (f === best) continue;
    const n = f.spoken;
    if (f.words > best.words || (f.words === best.words && (n.length > best.spoken.length || (n.length === best.spoken.length && SHOUTED.test(best.spoken) && !SHOUTED.test(n))))) {
      best = f;
    }
  }
  return best.spoken;
}
