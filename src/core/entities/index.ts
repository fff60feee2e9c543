// Entities: the person / organization / place names of a recogniser, plus money, dates and quantities found
// by rules, with the roles written next to people, grouped into one entity per real-world thing.
//
// Conventions:
// - Mention spans exclude a possessive "’s" and every title or role; the role is Mention.role. Honorifics
//   (Mr, Mrs, Ms…) are kept as the mention's role but not listed in Entity.roles, which holds real roles.
// - Entity.roles keeps the fullest wording: "President" is dropped when "Ukrainian President" is there.
// - An entity's name is its fullest form; a bracketed editorial insertion is read through:
//   “[Russian President Vladimir] Putin” is the mention "Vladimir] Putin", named "Vladimir Putin".
// - Names of type 'misc' (peoples, events) are not entities; they may sit inside roles.
import type { DateValue, DocumentStructure, Entity, EntityType, Mention, MoneyValue, NameSpan, QuantityValue, Span } from '../types';
import { datesAt } from './dates';
import { resolveOverlaps, type Found } from './found';
import { fullestName, groupOrgsAndPlaces, groupPeople, type MentionGroup } from './grouping';
import { moneyAt } from './money';
import { quantitiesAt } from './quantities';
import { findRole, isHonorific } from './roles';
import { MISC, NAME_TYPES, ORGANIZATION, PERSON, PLACE, typeIndex, type Names } from './names';
import { nameFactsAt, spokenName, type NameFacts } from './nameFacts';
import { STARTS_DATE_WORD, STARTS_DIGITS, STARTS_MONEY, STARTS_MONTH, STARTS_NUMBER_WORD } from './valueStarts';
import { valueStartAt, wordsOf, type Words } from './words';

/**
 * Money, dates and quantities, without overlaps. Only words that can start one (a digit, a currency sign or
 * code, a month, weekday, number or date word: the word view lists them) are tried, with sticky patterns, so
 * the scan stays linear and skips code blocks, which have no sentences.
 */
export function findValueMentions(doc: DocumentStructure): Found[] {
  const { text } = doc;
  const money: Found<MoneyValue>[] = [], dates: Found<DateValue>[] = [], quantities: Found<QuantityValue>[] = [];
  const ws = wordsOf(doc);
  const starts = ws.valueStarts;
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    const start = ws.start[i];
    switch (valueStartAt(ws, i)) {
      case STARTS_DIGITS:
        moneyAt(text, start, money);
        datesAt(text, start, dates, 'digits');
        quantitiesAt(text, start, quantities, true);
        break;
      case STARTS_MONEY:
        moneyAt(text, start, money);
        break;
      case STARTS_MONTH:
        datesAt(text, start, dates, 'month');
        break;
      case STARTS_DATE_WORD:
        datesAt(text, start, dates, 'word');
        break;
      case STARTS_NUMBER_WORD:
        datesAt(text, start, dates, 'number');
        quantitiesAt(text, start, quantities, false);
        break;
    }
  }
  return resolveOverlaps<Found>([money, dates, quantities]);
}

const TRAILING_DOT_KEPT = /(?:(?:^|[\s.])\p{L}\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Mt)\.)$/u;

const LEADING_TRIM = /[\s"“”‘’'(\[]/;
const TRAILING_TRIM = /[\s"“”‘’',;:!?)]/;
/** ASCII letters and digits: never trimmed, so most characters skip the patterns. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Trims a recogniser's span to the name proper: no spaces, quotes, trailing punctuation or possessive. Writes
 * it as name k of `out` and says whether anything is left.
 */
function trimInto(text: string, s: NameSpan, out: { start: Int32Array; end: Int32Array; type: Uint8Array }, k: number): boolean {
  let { start, end } = s;
  while (start < end && !isAsciiAlnum(text.charCodeAt(start)) && LEADING_TRIM.test(text[start])) start++;
  for (;;) {
    const last = text.charCodeAt(end - 1);
    if (end - start > 2 && last === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
    else if (end > start && !isAsciiAlnum(last) && TRAILING_TRIM.test(text[end - 1])) end--;
    else if (end > start && text[end - 1] === '.' && !TRAILING_DOT_KEPT.test(text.slice(start, end))) end--;
    else break;
  }
  if (end <= start) return false;
  out.start[k] = start;
  out.end[k] = end;
  out.type[k] = typeIndex(s.type);
  return true;
}

/** The gap of “[Russian President Vladimir] Putin”: "]" and at most one space. */
function isBracketGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2 || text.charCodeAt(from) !== 93 /* ] */) return false;
  const c = text.charCodeAt(to - 1);
  return to - from === 1 || c === 32 || c === 0xa0;
}

/** A role with a capitalised title ("US Vice-President"), not just a lower-case noun ("club", "coach"). */
const isTitledRole = (role: Span | null): boolean => role !== null && /\p{Lu}/u.test(role.text);

let documents = 0;

/**
 * Settles types the recogniser got wrong by the document's own evidence: a name written after a role
 * ("US Vice-President JD Vance") or bearing a known person's surname is a person; a country of the alias
 * table is a place ("US") and a listed well-known organisation an organisation ("Kremlin"). Other cities and
 * regions keep the recogniser's type: a city's name is often its sports team. Then the same name gets the type
 * most of its mentions have.
 */
function reconcileTypes(text: string, names: Names, facts: NameFacts[], words: Words): void {
  const { count, type: types, atEnd, otherEndingAt } = names;
  const surnames = new Set<string>();
  for (let i = 0; i < count; i++) {
    const surname = facts[i].surname;
    if (types[i] === PERSON && surname !== null) surnames.add(surname);
  }
  for (let i = 0; i < count; i++) {
    if (types[i] === PERSON || types[i] === MISC) continue;
    const f = facts[i];
    if (f.knownOrg) types[i] = ORGANIZATION;
    else if (f.countryAlias) types[i] = PLACE;
    else if (surnames.has(f.key) || (!f.listedPlace && isTitledRole(findRole(text, i, words, names)))) {
      types[i] = PERSON;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = 0;
    }
  }
  // One name, one type in a document: "Obamacare" typed a person once and an organisation twice is an organisation.
  // (On a tie, the type of the first mention.) Votes are counted per distinct name in typed arrays, no Map per
  // name; a name's number is kept on its facts for the document, so the key Map is asked once per distinct text.
  const document = ++documents;
  const idOf = new Int32Array(count);
  const ids = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const f = facts[i];
    if (f.document !== document) {
      let id = ids.get(f.key);
      if (id === undefined) ids.set(f.key, (id = ids.size));
      f.document = document;
      f.keyNumber = id;
    }
    idOf[i] = f.keyNumber;
  }
  const votes = new Int32Array(NAME_TYPES.length * ids.size);
  // Index of the first mention of each (name, type): breaks ties.
  const firstOf = new Int32Array(NAME_TYPES.length * ids.size).fill(count);
  for (let i = 0; i < count; i++) {
    const slot = NAME_TYPES.length * idOf[i] + types[i];
    if (votes[slot]++ === 0) firstOf[slot] = i;
  }
  for (let i = 0; i < count; i++) {
    const base = NAME_TYPES.length * idOf[i];
    let best = -1;
    for (let t = 0; t < NAME_TYPES.length; t++) {
      const c = votes[base + t];
      if (c > 0 && (best < 0 || c > votes[base + best] || (c === votes[base + best] && firstOf[base + t] < firstOf[base + best]))) best = t;
    }
    if (best !== types[i]) {
      types[i] = best;
      if (atEnd[i] >= 0) otherEndingAt[atEnd[i]] = best === PERSON ? 0 : i + 1;
    }
  }
}

/** slug() of an ASCII name, by character codes; null when the name is not ASCII. */
function asciiSlug(name: string): string | null {
  let out = '';
  let from = -1; // start of the current run of letters and digits
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c >= 128) return null;
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (alnum) { if (from < 0) from = i; continue; }
    if (from >= 0) { out += (out ? '-' : '') + name.slice(from, i); from = -1; }
  }
  return out.toLowerCase() || 'entity';
}

function slug(name: string): string {
  const ascii = asciiSlug(name);
  if (ascii !== null) return ascii;
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entity';
}

// "type:slug" by type and name, kept across documents (the same people and places come back); emptied when large.
const ID_BASES = new Map<EntityType, Map<string, string>>();
let idBaseCount = 0;

function idBase(type: EntityType, name: string): string {
  let byName = ID_BASES.get(type);
  if (!byName) ID_BASES.set(type, (byName = new Map()));
  let base = byName.get(name);
  if (base === undefined) {
    if (++idBaseCount > 1 << 16) { for (const m of ID_BASES.values()) m.clear(); idBaseCount = 1; }
    byName.set(name, (base = `${type}:${slug(name)}`));
  }
  return base;
}

/** Drops a role when another role of the same entity ends with it: "President" beside "Ukrainian President". */
function distinctRoles(roles: string[]): string[] {
  const uniq: string[] = [];
  const seen = new Set<string>();
  for (const r of roles) {
    const k = r.toLowerCase();
    if (!seen.has(k)) { seen.add(k); uniq.push(r); }
  }
  return uniq.filter((r) => {
    const k = r.toLowerCase();
    return !uniq.some((o) => o !== r && o.length > r.length && o.toLowerCase().endsWith(k) && /[\s\-]/.test(o[o.length - r.length - 1]));
  });
}

/**
 * Value entities by what they are worth: one per date (ISO date, or the lower-case text of a date without one),
 * money amount and currency, quantity amount and unit. Keyed by the values' own strings and numbers (no key
 * string built per find); a Map compares numbers as their decimal strings would compare.
 */
class ValueEntities {
  private readonly dates = new Map<string, Entity>();
  private readonly money = new Map<string, Map<number, Entity>>();
  private readonly quantities = new Map<string, Map<number, Entity>>();
  /** Money and quantities without a value (the finders give none so), by type and lower-case text. */
  private readonly others = new Map<string, Entity>();

  get(f: Found, text: string): Entity | undefined {
    const v = f.value;
    if (v === null) return f.type === 'date' ? this.dates.get(text.slice(f.start, f.end).toLowerCase()) : this.others.get(`${f.type}|${text.slice(f.start, f.end).toLowerCase()}`);
    if (v.kind === 'date') return this.dates.get(v.iso);
    if (v.kind === 'money') return this.money.get(v.currency)?.get(v.amount);
    return this.quantities.get(v.unit.toLowerCase())?.get(v.amount);
  }

  set(f: Found, text: string, e: Entity): void {
    const v = f.value;
    if (v === null) {
      if (f.type === 'date') this.dates.set(text.slice(f.start, f.end).toLowerCase(), e);
      else this.others.set(`${f.type}|${text.slice(f.start, f.end).toLowerCase()}`, e);
    } else if (v.kind === 'date') this.dates.set(v.iso, e);
    else if (v.kind === 'money') byAmount(this.money, v.currency).set(v.amount, e);
    else byAmount(this.quantities, v.unit.toLowerCase()).set(v.amount, e);
  }
}

function byAmount(maps: Map<string, Map<number, Entity>>, key: string): Map<number, Entity> {
  let m = maps.get(key);
  if (!m) maps.set(key, (m = new Map()));
  return m;
}

/**
 * The first index from `from` on whose value is at least `target`, in values[0, n) that increase: by steps
 * that double, then halving (names are some ten words apart, so this reads few values).
 */
function firstAtLeast(values: Int32Array, n: number, from: number, target: number): number {
  if (from >= n || values[from] >= target) return from;
  let lo = from, step = 1; // values[lo] < target
  while (lo + step < n && values[lo + step] < target) { lo += step; step *= 2; }
  let hi = Math.min(lo + step, n); // values[hi] >= target, or hi = n
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

const numerically = (a: number, b: number): number => a - b;

/** Whether starts[0, n) are in order already: recognisers mostly give names so, and sorting has a cost. */
function inOrder(starts: Int32Array, n: number): boolean {
  for (let i = 1; i < n; i++) if (starts[i] < starts[i - 1]) return false;
  return true;
}

/** Indices 0..n-1 by start, equal starts in index order (a stable sort). */
function byStartThenIndex(starts: Int32Array, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
}

function ascending(list: number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i] < list[i - 1]) return false;
  return true;
}

/**
 * Sorts entities by their first mention, stably, as sort() with a comparator would: by numbers (first start
 * times 2^21 plus the index), which a typed array sorts without a call per comparison.
 */
function sortByFirstMention(entities: Entity[]): void {
  const n = entities.length;
  if (n >= 1 << 21) {
    entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = entities[i].mentions[0].start * (1 << 21) + i;
  keys.sort();
  const copy = entities.slice();
  for (let i = 0; i < n; i++) entities[i] = copy[keys[i] % (1 << 21)];
}

export function findEntities(doc: DocumentStructure, names: NameSpan[]): Entity[] {
  const { text } = doc;
  const values = findValueMentions(doc);

  // Names, trimmed, in order, none overlapping a money/date/quantity mention.
  const trimmed = { start: new Int32Array(names.length), end: new Int32Array(names.length), type: new Uint8Array(names.length) };
  let count = 0;
  for (let i = 0; i < names.length; i++) if (trimInto(text, names[i], trimmed, count)) count++;
  const order = inOrder(trimmed.start, count) ? null : byStartThenIndex(trimmed.start, count);
  const kept: Names = {
    count: 0, start: new Int32Array(count), end: new Int32Array(count), type: new Uint8Array(count),
    at: new Int32Array(count), atEnd: new Int32Array(count), otherEndingAt: new Int32Array(0),
  };
  let v = 0;
  for (let t = 0; t < count; t++) {
    const i = order ? order[t] : t;
    const start = trimmed.start[i], end = trimmed.end[i], type = trimmed.type[i];
    while (v < values.length && values[v].end <= start) v++;
    if (v < values.length && values[v].start < end) continue;
    const prev = kept.count - 1;
    if (prev >= 0 && kept.end[prev] > start) continue;
    // “[Russian President Vladimir] Putin”: one name across the closing bracket of an editorial insertion.
    if (prev >= 0 && kept.type[prev] === PERSON && type === PERSON && isBracketGap(text, kept.end[prev], start)) {
      kept.end[prev] = end;
      continue;
    }
    kept.start[kept.count] = start;
    kept.end[kept.count] = end;
    kept.type[kept.count++] = type;
  }

  const words = wordsOf(doc);
  const facts: NameFacts[] = new Array<NameFacts>(kept.count);
  for (let i = 0; i < kept.count; i++) facts[i] = nameFactsAt(text, kept.start[i], kept.end[i]);
  // The words starting and ending each name, found by walking names and words together (both are in order;
  // word starts and ends increase).
  const { at, atEnd } = kept;
  const { start: wordStarts, end: wordEnds, n: wordCount } = words;
  for (let i = 0, w = 0, e = 0; i < kept.count; i++) {
    w = firstAtLeast(wordStarts, wordCount, w, kept.start[i]);
    at[i] = w < wordCount && wordStarts[w] === kept.start[i] ? w : -1;
    // Only word w - 1, which starts before the name, may end with it among the words before w.
    e = firstAtLeast(wordEnds, wordCount, Math.max(e, w - 1), kept.end[i]);
    atEnd[i] = e < wordCount && wordEnds[e] === kept.end[i] ? e : -1;
  }
  // Names of places, organisations and peoples by the word they end with, for the roles they may sit in.
  const otherEndingAt = (kept.otherEndingAt = new Int32Array(words.n));
  for (let i = 0; i < kept.count; i++) if (kept.type[i] !== PERSON && atEnd[i] >= 0) otherEndingAt[atEnd[i]] = i + 1;
  reconcileTypes(text, kept, facts, words);

  // People and the other names as indices into `kept`; the roles written with people.
  const people: number[] = [];
  const orgsAndPlaces: number[] = [];
  const roles: (Span | null)[] = new Array<Span | null>(kept.count).fill(null);
  for (let i = 0; i < kept.count; i++) {
    const type = kept.type[i];
    if (type === MISC) continue;
    if (type === PERSON) {
      roles[i] = findRole(text, i, words, kept);
      people.push(i);
    } else orgsAndPlaces.push(i);
  }

  const entities: Entity[] = [];
  const usedIds = new Map<string, number>();
  const makeId = (type: EntityType, name: string): string => {
    const base = idBase(type, name);
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  const fromGroup = (g: MentionGroup): Entity => {
    const ms = g.members;
    if (!ascending(ms)) ms.sort(numerically);
    const name = fullestName(ms, facts);
    // The other names in order of first use; mentions with the same text are skipped at once.
    const aliases: string[] = [];
    let roleTexts: string[] | null = null;
    const mentions: Mention[] = new Array<Mention>(ms.length);
    for (let k = 0; k < ms.length; k++) {
      const i = ms[k];
      const f = facts[i];
      if (f.spoken !== name && (k === 0 || f !== facts[ms[k - 1]]) && !aliases.includes(f.spoken)) aliases.push(f.spoken);
      const role = roles[i];
      if (role) {
        if (!isHonorific(role.text)) (roleTexts ??= []).push(spokenName(role.text));
        mentions[k] = { start: kept.start[i], end: kept.end[i], text: f.text, role };
      } else mentions[k] = { start: kept.start[i], end: kept.end[i], text: f.text };
    }
    return { id: '', type: g.type, name, aliases, roles: roleTexts ? distinctRoles(roleTexts) : [], value: null, mentions };
  };
  const peopleGroups = groupPeople(people, facts);
  for (let i = 0; i < peopleGroups.length; i++) entities.push(fromGroup(peopleGroups[i]));
  const otherGroups = groupOrgsAndPlaces(text, orgsAndPlaces, kept, facts);
  for (let i = 0; i < otherGroups.length; i++) entities.push(fromGroup(otherGroups[i]));

  const byValue = new ValueEntities();
  for (let i = 0; i < values.length; i++) {
    const f = values[i];
    const mentionText = text.slice(f.start, f.end);
    const e = byValue.get(f, text);
    if (!e) {
      const created: Entity = { id: '', type: f.type, name: mentionText, aliases: [], roles: [], value: f.value, mentions: [{ start: f.start, end: f.end, text: mentionText }] };
      byValue.set(f, text, created);
      entities.push(created);
      continue;
    }
    if (mentionText !== e.name && !e.aliases.includes(mentionText)) {
      if (mentionText.length > e.name.length) { e.aliases.push(e.name); e.name = mentionText; } else e.aliases.push(mentionText);
    }
    e.mentions.push({ start: f.start, end: f.end, text: mentionText });
  }

  sortByFirstMention(entities);
  for (let i = 0; i < entities.length; i++) entities[i].id = makeId(entities[i].type, entities[i].name);
  return entities;
}
