// Who a source is: the entity named by the source span, the person a pronoun refers to, or the person
// holding the role a description names ("the spokeswoman").
import type { Entity, Mention, Sentence, Span } from '../types';
import { CUE_LEMMA_SET, CUE_WORDS, DETERMINERS, PERSON_PRONOUNS, SUBJECT_PRONOUNS } from './lexicon';
import { ROLE_NOUNS } from '../entities/lexicon';
import { isSpace } from './chars';
import { isAsciiLetter } from '../structure';
import { emptyObjectList } from './lists';
import { Scratch } from '../scratch';
import { FEMALE_WORDS, MALE_WORDS, givenNameGender, type Gender } from '../givenNames';
import { usuallyLowerCase } from '../ner';

export interface Speaker {
  id: string | null;
  name: string | null;
}

/** A named source of an earlier quote (`entity` null when no entity covers it). */
interface Anchor {
  start: number;
  end: number;
  entity: Entity | null;
  /** Null for a person the text describes without naming ("a reporter for Agence France-Presse"). */
  name: string | null;
  sentence: number;
  /** The gender a description's words say ("spokeswoman"), for an unnamed person; null otherwise. */
  described: Gender;
}

/** How many sentences back a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 6;
/** How many sentences back a pronoun looks for a person of its gender when none is within PRONOUN_REACH. */
const GENDERED_REACH = 15;
/** How many sentences back a named speaker outranks a nearer mention as a pronoun's antecedent. */
const SPEAKER_REACH = 1;
/** How many mentions back a description ("the senator") may look for the person with that role. */
const ROLE_REACH = 400;

/**
 * The look-ups of one document. A plain object with functions rather than a class: V8 keeps an object
 * literal's shape alive, while a class instance's shape can be collected between calls, and with it the
 * optimised code of every method (measured 2x slower for findQuotes when a full GC runs between analyses).
 */
export interface SpeakerResolver {
  entities: Entity[];
  sentences: Sentence[];
  /** The document's quotes, sorted by start; data rather than a callback, for the same reason as above. */
  quotes: { start: number; end: number }[];
  /**
   * Person and organisation mentions in document order, as columns rather than an object each (a long
   * document has tens of thousands): start, end, the index in `named` of their entity, their sentence
   * (-1 before the first).
   */
  mentionStarts: Int32Array;
  mentionEnds: Int32Array;
  mentionOwners: Int32Array;
  mentionSentences: Int32Array;
  /** Where the role written before each mention starts ("campaign chairman" of "Paul Manafort"), or -1. */
  mentionRoleStarts: Int32Array;
  /** Named sources of earlier quotes (appended in document order): antecedents for later pronouns. */
  learned: Anchor[];
  byId: Map<string, Entity>;
  /** Entities by the last word of their name or of an alias ("Zakharova" → Maria Zakharova). */
  byLastWord: Map<string, Entity>;
  /** Each person's gender as the text tells it, worked out on first need (see `genderOf`). */
  genders: Map<Entity, Gender>;
  /** The people and organisations, and where each one's mentions are among the mentions: those of `named[n]`
   * are at place[firstRank[n]], place[firstRank[n] + 1], … place[firstRank[n + 1] - 1], ascending. */
  named: Entity[];
  firstRank: Int32Array;
  place: Int32Array;
  /** Every entity's mentions are in document order (as types.ts has them), so that their places ascend. */
  inOrder: boolean;
  /** For each role word, the indices in `named` of the people holding a role with that word; made when a description first asks (see `byRole`). */
  roleHolders: Map<string, number[]> | null;
  text: string;
  indexed: boolean;
}


export function newSpeakerResolver(text: string, entities: Entity[], sentences: Sentence[], quotes: { start: number; end: number }[]): SpeakerResolver {
  const none = new Int32Array(0);
  return {
    text, entities, sentences, quotes,
    mentionStarts: none, mentionEnds: none, mentionOwners: none, mentionSentences: none, mentionRoleStarts: none,
    learned: emptyObjectList(), byId: new Map(), byLastWord: new Map(), genders: new Map(),
    named: emptyObjectList(), firstRank: new Int32Array(1), place: none, inOrder: true, roleHolders: null, indexed: false,
  };
}

/**
 * Builds the look-ups on first use: most documents resolve few sources, many resolve none. Each loop is a
 * function of its own, optimised on its own: one function called once per document is compiled while in
 * its first loop, and then again when the code after that loop is reached.
 */
function index(r: SpeakerResolver): void {
  if (r.indexed) return;
  r.indexed = true;
  r.named = namedEntities(r);
  placeMentions(r, r.named);
}

/** The people and organisations; fills the look-ups by id and by last word. */
function namedEntities(r: SpeakerResolver): Entity[] {
  const named = emptyObjectList<Entity>();
  for (const e of r.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    named.push(e);
    r.byId.set(e.id, e);
    for (let k = -1; k < e.aliases.length; k++) {
      const last = lastWord(k < 0 ? e.name : e.aliases[k]);
      const known = r.byLastWord.get(last);
      if (!known || (e.type === 'person' && known.type !== 'person')) r.byLastWord.set(last, e);
    }
  }
  return named;
}

// The resolver's columns, and the sort's arrays, on arrays kept for the next document (see Scratch): a resolver
// lives for one findQuotes call.
const SCRATCH = {
  starts: new Scratch(Int32Array), owners: new Scratch(Int32Array), firstRank: new Scratch(Int32Array),
  place: new Scratch(Int32Array), mentionStarts: new Scratch(Int32Array), mentionEnds: new Scratch(Int32Array),
  mentionOwners: new Scratch(Int32Array), mentionSentences: new Scratch(Int32Array), mentionRoleStarts: new Scratch(Int32Array),
  order: new Scratch(Int32Array), next: new Scratch(Int32Array), counts: new Scratch(Int32Array),
};

/** The mention columns of `r`, in document order (ties in entity order: a stable sort of their ranks by start). */
function placeMentions(r: SpeakerResolver, named: Entity[]): void {
  let count = 0;
  for (let n = 0; n < named.length; n++) count += named[n].mentions.length;
  const starts = SCRATCH.starts.take(count);
  const owners = SCRATCH.owners.take(count);
  const firstRank = SCRATCH.firstRank.take(named.length + 1);
  const mentions: Mention[] = new Array(count);
  let rank = 0;
  for (let n = 0; n < named.length; n++) {
    const e = named[n];
    firstRank[n] = rank;
    for (const m of e.mentions) {
      if (rank > firstRank[n] && m.start < starts[rank - 1]) r.inOrder = false;
      starts[rank] = m.start;
      owners[rank] = n;
      mentions[rank] = m;
      rank++;
    }
  }
  firstRank[named.length] = count;
  r.firstRank = firstRank;
  writeColumns(r, mentions, owners, sortedByStart(starts));
}

/** Start, end, entity and sentence of each mention, in `order`; and where each rank went (`place`). */
function writeColumns(r: SpeakerResolver, mentions: Mention[], owners: Int32Array, order: Int32Array): void {
  const count = order.length;
  const sentences = r.sentences;
  const place = SCRATCH.place.take(count);
  const mentionStarts = SCRATCH.mentionStarts.take(count);
  const mentionEnds = SCRATCH.mentionEnds.take(count);
  const mentionOwners = SCRATCH.mentionOwners.take(count);
  const mentionSentences = SCRATCH.mentionSentences.take(count);
  const mentionRoleStarts = SCRATCH.mentionRoleStarts.take(count);
  // Sentence of each mention in one merge walk over both sorted lists.
  let si = 0;
  for (let k = 0; k < count; k++) {
    const at = order[k];
    const m = mentions[at];
    while (si + 1 < sentences.length && sentences[si + 1].start <= m.start) si++;
    mentionStarts[k] = m.start;
    mentionEnds[k] = m.end;
    mentionOwners[k] = owners[at];
    mentionSentences[k] = sentences.length && sentences[si].start <= m.start ? si : -1;
    mentionRoleStarts[k] = m.role !== undefined && m.role.start < m.start ? m.role.start : -1;
    place[at] = k;
  }
  r.mentionStarts = mentionStarts;
  r.mentionEnds = mentionEnds;
  r.mentionOwners = mentionOwners;
  r.mentionSentences = mentionSentences;
  r.mentionRoleStarts = mentionRoleStarts;
  r.place = place;
}

/** Up to this many mentions are put in order by insertion: a short text's few dozen cost less so than a radix pass. */
const INSERTION_SORT_UP_TO = 32;
/** The widest radix digit, in bits: two passes up to 4 M characters. */
const MOST_RADIX_BITS = 11;

/**
 * The indices of `starts` ordered by start, equal starts in index order. A least-significant-digit radix
 * sort (linear; no comparator call per pair, nor keys packed into doubles) whose digit has about as many
 * values as there are starts, so that a short text pays no pass over thousands of buckets. The result is a view of
 * an array kept for the next call (see Scratch): read it before sorting again.
 */
export function sortedByStart(starts: Int32Array): Int32Array {
  const n = starts.length;
  let order = SCRATCH.order.take(n);
  let largest = 0;
  for (let k = 0; k < n; k++) {
    order[k] = k;
    if (starts[k] > largest) largest = starts[k];
  }
  if (n <= INSERTION_SORT_UP_TO) {
    for (let k = 1; k < n; k++) {
      const at = order[k];
      let j = k - 1;
      while (j >= 0 && starts[order[j]] > starts[at]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = at;
    }
    return order;
  }
  const bits = Math.min(MOST_RADIX_BITS, 32 - Math.clz32(n));
  const mask = (1 << bits) - 1;
  let next = SCRATCH.next.take(n);
  const counts = SCRATCH.counts.take(mask + 1);
  for (let shift = 0; shift < 31 && largest >>> shift > 0; shift += bits) {
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[(starts[k] >>> shift) & mask]++;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const at = order[k];
      next[counts[(starts[at] >>> shift) & mask]++] = at;
    }
    const done = order;
    order = next;
    next = done;
  }
  return order;
}

/** The words of a person's roles, lower case, abbreviated titles spelt out: "Sen." → "senator". */
function wordsOfRoles(roles: string[]): Set<string> {
  const out = new Set<string>();
  for (const role of roles) for (const w of role.toLowerCase().split(/\s+/)) out.add(TITLE_ROLES[w] ?? w);
  return out;
}

/** What `name.split(/\s+/).pop()` gives: the text after the last white space. */
function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && !isSpace(name.charCodeAt(i - 1))) i--;
  return i === 0 ? name : name.slice(i);
}


/** Index of the sentence that starts at or before `at`, or -1. */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Who a source span stands for. */
export function resolveSpeaker(r: SpeakerResolver, source: Span): Speaker {
  index(r);
  // Most sources are one word ("he", "Trump"): no regex split for them.
  const words = lastWord(source.text) === source.text ? [source.text] : source.text.split(/\s+/);
  const last = words[words.length - 1];
  // A pronoun: lower-casing never shortens a text, so that a longer one is none and is not lower-cased here.
  if (words.length === 1 && last.length <= LONGEST_PRONOUN) {
    const head = last.toLowerCase();
    if (PERSON_PRONOUNS.has(head)) return antecedent(r, source.start, head === 'he' ? 'male' : 'female');
    // The holder of a claim: "his warning that …", "her remark that …".
    if (head === 'his' || head === 'her') return antecedent(r, source.start, head === 'his' ? 'male' : 'female');
    // "I", "we", "they", "it": the writer, a group or a thing; not resolved to a person.
    if (SUBJECT_PRONOUNS.has(head)) return { id: null, name: null };
  }
  // "one former executive who requested anonymity", "another adviser": a source the text leaves unnamed.
  if (words.length > 1 && ANONYMOUS.has(words[0].toLowerCase())) return { id: null, name: null };
  // "a spokesman for the company", "an aide to the senator", "a senior Cruz adviser": a description with an indefinite
  // article brings in someone the text has not named, not a person named before; unless it ends with a person's name
  // ("a choked-up Jeb Bush") or a name follows it ("A top strategist, John Weaver, tells reporters").
  if (words.length > 1 && INDEFINITE.has(words[0].toLowerCase())) {
    const named = personEndingOrAfter(r, source);
    return named ? { id: named.id, name: named.name } : { id: null, name: null };
  }
  // "The union’s leader, Sharon Graham, called it …", "Clinton’s campaign chairman, John Podesta, said": the person named
  // right after the description.
  const possessedRole = words.length > 1 && ROLE_NOUNS.has(last.toLowerCase()) && words.slice(0, -1).some((w) => /['’]s$/.test(w));
  const after = words.length > 1 && (DETERMINERS.has(words[0].toLowerCase()) || possessedRole) ? personNamedAfter(r, source, possessedRole) : null;
  if (after) return { id: after.id, name: after.name };
  // "Clinton's campaign chairman said" (a role noun after a possessive): the holder of the role, not the one whose it is.
  if (possessedRole) return byRole(r, last.toLowerCase(), source.start);
  // "a spokesman for Bernie Sanders": the person holding the role, not the one named after "for".
  const link = words.findIndex((w, k) => k > 1 && /^(?:for|of|at)$/.test(w));
  if (link > 0 && DETERMINERS.has(words[0].toLowerCase()) && /^\p{Ll}/u.test(words[link - 1])) return byRole(r, words[link - 1].toLowerCase(), source.start);
  const named = entityOverlapping(r, source);
  if (named) return { id: named.id, name: named.name };
  // "I'm old enough …", "They’re less hostile …": a pronoun with its verb.
  const contracted = words.length === 1 ? CONTRACTED_PRONOUN.exec(last) : null;
  if (contracted) return resolveSpeaker(r, { start: source.start, end: source.start + contracted[1].length, text: contracted[1] });
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
  if (capitalised.length) {
    const entity = r.byLastWord.get(capitalised[capitalised.length - 1].replace(/[’']s$/, ''));
    if (entity) return { id: entity.id, name: entity.name };
    // "Small groups of protesters … chanting", "Partial transcript as follows:": a word capitalised only because it
    // opens the sentence, which news text mostly writes in lower case, names no one.
    if (capitalised.length === 1 && capitalised[0] === words[0] && opensSentence(r, source.start) && usuallyLowerCase(words[0])) {
      return byRole(r, last.toLowerCase(), source.start);
    }
    if (words.length && DETERMINERS.has(words[0].toLowerCase()) && capitalised.length < words.length - 1) return byRole(r, last.toLowerCase(), source.start);
    return { id: null, name: nameWithoutTitles(source.text) };
  }
  return byRole(r, last.toLowerCase(), source.start);
}

/** A subject pronoun and a verb's clitic written as one word: "I'm", "They’re", "He’s", "We've", "I'd". */
const CONTRACTED_PRONOUN = /^(I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Yy]ou|[Ii]t)['’](?:m|re|s|ve|d|ll)$/;

/** Whether only white space, opening quotes, brackets or dashes stand between the start of its sentence and `at`. */
function opensSentence(r: SpeakerResolver, at: number): boolean {
  const k = sentenceAt(r.sentences, at);
  if (k < 0) return false;
  for (let i = r.sentences[k].start; i < at; i++) {
    const c = r.text.charCodeAt(i);
    if (!isSpace(c) && !OPENERS.includes(c)) return false;
  }
  return true;
}
/** " ' ‘ “ ( [ — – - * _ #: what may stand before a sentence's first word. */
const OPENERS = [34, 39, 0x2018, 0x201c, 40, 91, 0x2014, 0x2013, 45, 42, 95, 35];

/** Determiners of a source the text does not name ("one longtime adviser said"). */
const ANONYMOUS: ReadonlySet<string> = new Set(['one', 'another', 'some', 'several', 'many', 'two', 'three']);
/** Indefinite articles. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

const LONGEST_PRONOUN = Math.max(...[...SUBJECT_PRONOUNS, ...PERSON_PRONOUNS].map((p) => p.length));

/** Records a resolved named source as a possible antecedent for later pronouns. */
export function learnSpeaker(r: SpeakerResolver, source: Span, speaker: Speaker): void {
  index(r);
  // "A reporter for Agence France-Presse called it “…”. “…,” he said": a person the text describes but does not name is
  // the speaker a pronoun right after stands for, not someone named before.
  if (!speaker.name && !speaker.id) {
    const gender = describedPerson(source.text);
    const last = r.learned[r.learned.length - 1];
    if (gender !== undefined && !(last && last.start >= source.start)) {
      r.learned.push({ start: source.start, end: source.end, entity: null, name: null, sentence: sentenceAt(r.sentences, source.start), described: gender });
    }
    return;
  }
  // "he" or "she" (lower-casing never shortens a text, so a longer source is neither).
  if (!speaker.name || (source.text.length <= 3 && PERSON_PRONOUNS.has(source.text.toLowerCase()))) return;
  const entity = speaker.id ? r.byId.get(speaker.id) ?? null : null;
  // Only people are antecedents; a named source that no entity covers (the recogniser missed it) is one
  // when its name is written like a person's ("Sexton", "Jason Sims"), not like an acronym ("CNN").
  if (entity ? entity.type !== 'person' : !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}$/u.test(speaker.name)) return;
  const last = r.learned[r.learned.length - 1];
  if (last && last.start >= source.start) return;
  r.learned.push({ start: source.start, end: source.end, entity, name: speaker.name, sentence: sentenceAt(r.sentences, source.start), described: null });
}

/**
 * Whether a source is a description of one person opened by an article ("a reporter for Agence France-Presse", "an aide
 * to the senator", "a spokeswoman"): the gender its words say (null when they say none), or undefined for any other
 * source ("the statement", "officials", "a poll").
 */
function describedPerson(text: string): Gender | undefined {
  const words = text.toLowerCase().split(/\s+/);
  if (words.length < 2 || !INDEFINITE.has(words[0])) return undefined;
  // The words before a preposition: "a reporter for …", "an aide to …".
  for (let k = 1; k < words.length && k <= 4 && !/^(?:for|of|at|to|from|with|in|on)$/.test(words[k]); k++) {
    const w = words[k];
    if (!ROLE_NOUNS.has(w) && !PERSON_NOUNS.has(w) && !FEMALE_WORDS.has(w) && !MALE_WORDS.has(w)) continue;
    return FEMALE_WORDS.has(w) || w === 'woman' ? 'female' : MALE_WORDS.has(w) || w === 'man' ? 'male' : null;
  }
  return undefined;
}
/** Nouns of a person beyond the role nouns: "a witness", "a local resident". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(['witness', 'resident', 'man', 'woman', 'neighbor', 'neighbour', 'voter', 'protester',
  'supporter', 'worker', 'employee', 'member', 'source', 'friend', 'relative', 'survivor', 'victim', 'passenger', 'bystander', 'person']);

/**
 * The last mention of a person in text[from, to) outside every quote, as a span, or null: whose words a short
 * phrase quoted after it in the same sentence most likely are.
 */
export function personMentionIn(r: SpeakerResolver, from: number, to: number): Span | null {
  index(r);
  const starts = r.mentionStarts;
  for (let i = startsAfter(starts, to - 1) - 1; i >= 0 && starts[i] >= from; i--) {
    if (r.mentionEnds[i] > to || r.named[r.mentionOwners[i]].type !== 'person' || insideQuote(r.quotes, starts[i])) continue;
    return { start: starts[i], end: r.mentionEnds[i], text: r.text.slice(starts[i], r.mentionEnds[i]) };
  }
  return null;
}

/** A person's or organisation's mention that starts at `at`, as a span, or null. */
export function mentionStartingAt(r: SpeakerResolver, at: number): Span | null {
  index(r);
  const starts = r.mentionStarts;
  const i = startsAfter(starts, at - 1);
  if (i >= starts.length || starts[i] !== at) return null;
  return { start: at, end: r.mentionEnds[i], text: r.text.slice(at, r.mentionEnds[i]) };
}

/**
 * The person whose name ends `span` and is not linked to its head ("a choked-up Jeb Bush", not "a spokesman for Bernie
 * Sanders"), who is named right after it, set off by a comma ("a top strategist, John Weaver,"), or whose mention right
 * before it has it as its role. Null when there is none.
 */
function personEndingOrAfter(r: SpeakerResolver, span: Span): Entity | null {
  const starts = r.mentionStarts, ends = r.mentionEnds, text = r.text;
  for (let i = Math.max(0, startsAfter(starts, span.start) - 8); i < starts.length && starts[i] <= span.end + 3; i++) {
    const e = r.named[r.mentionOwners[i]];
    if (e.type !== 'person') continue;
    if (ends[i] === span.end && starts[i] >= span.start) {
      return text.slice(span.start, starts[i]).split(/\s+/).some((w) => LINKING_WORDS.has(w.toLowerCase())) ? null : e;
    }
    // "Cecelia Purner, 67, a retired customer service representative": the description is the role of the name before it.
    if (ends[i] <= span.start && span.start - ends[i] <= 8 && e.mentions.some((m) => m.start === starts[i] && m.role !== undefined && m.role.start >= span.start && m.role.start < span.end)) return e;
  }
  return personNamedAfter(r, span);
}

/**
 * The person named right after `span`, set off by a comma ("the union’s leader, Sharon Graham,") or, after a role noun,
 * by a space alone ("Clinton’s top foreign policy aide Jake Sullivan"); or null.
 */
function personNamedAfter(r: SpeakerResolver, span: Span, spaceAlone = false): Entity | null {
  const starts = r.mentionStarts;
  for (let i = startsAfter(starts, span.end - 1); i < starts.length && starts[i] <= span.end + 3; i++) {
    const e = r.named[r.mentionOwners[i]];
    if (e.type === 'person' && (spaceAlone ? /^,?\s+$/ : /^,\s+$/).test(r.text.slice(span.end, starts[i]))) return e;
  }
  return null;
}

function entityOverlapping(r: SpeakerResolver, span: Span): Entity | null {
  const starts = r.mentionStarts;
  let best: Entity | null = null;
  let bestEnd = -1;
  for (let i = Math.max(0, startsAfter(starts, span.start) - 8); i < starts.length && starts[i] < span.end; i++) {
    if (r.mentionEnds[i] <= span.start) continue;
    const e = r.named[r.mentionOwners[i]];
    // A person over an organisation; of two people, the later when only a role stands between them: the person who
    // heads the phrase ("Trump campaign manager Corey Lewandowski", "Cruz spokesman Rick Tyler"), not the second of
    // two ("Trump and Ryan") or one named after ("Patrick Murray of Christie").
    if (!best || (e.type === 'person' && (best.type !== 'person' || onlyRoleBetween(r.text, bestEnd, starts[i])))) {
      best = e;
      bestEnd = r.mentionEnds[i];
    }
  }
  return best;
}

/** Whether text[from, to) holds only words of a role: no comma or bracket, no linking word ("and", "of") or determiner. */
function onlyRoleBetween(text: string, from: number, to: number): boolean {
  if (to - from > 60) return false;
  const gap = text.slice(from, to);
  if (/[,;:()\[\]]/.test(gap)) return false;
  for (const w of gap.split(/[\s\u00a0]+/)) {
    const lower = w.toLowerCase();
    if (w && (LINKING_WORDS.has(lower) || DETERMINERS.has(lower))) return false;
  }
  return true;
}

/** Words that join two people or a person and what follows, rather than a role to the name it introduces. */
const LINKING_WORDS: ReadonlySet<string> = new Set(['and', 'or', '&', 'of', 'with', 'to', 'for', 'by', 'from', 'at', 'in', 'on', 'about', 'against', 'versus', 'vs', 'vs.']);

/**
 * The person a "he"/"she" at `at` stands for: the first person named in its sentence before it (the
 * subject), else the first person named in the nearest earlier sentence that names one; people the text
 * shows to be of the other gender are passed over.
 */
function antecedent(r: SpeakerResolver, at: number, gender: Gender): Speaker {
  const sentence = sentenceAt(r.sentences, at);
  // "Asked about her own vote in the event that Clinton faces Trump, she replied": the subject of a participle put first
  // is the pronoun's person, and a name inside that phrase is not; the person is sought before the sentence.
  if (sentence >= 0 && opensWithParticiple(r.text, r.sentences[sentence].start, at)) at = r.sentences[sentence].start;
  // When the text's genders rule out everyone in reach, look further back for a person of the right
  // gender; failing that, the genders are more likely wrong than the antecedent absent: take the nearest
  // person as far back, whatever their gender (two people of one surname, "Scott", share their mentions' votes),
  // but for one whose given name says the other gender.
  return latestAntecedent(r, at, sentence, gender, PRONOUN_REACH) ?? latestAntecedent(r, at, sentence, gender, GENDERED_REACH)
    ?? notNamedOtherwise(r, latestAntecedent(r, at, sentence, null, GENDERED_REACH), gender) ?? { id: null, name: null };
}

/**
 * Whether the sentence starting at `start` opens with a participle ("Asked", "Pressed", "Speaking") whose phrase ends
 * with the comma right before the pronoun at `at`.
 */
function opensWithParticiple(text: string, start: number, at: number): boolean {
  OPENING_PARTICIPLE.lastIndex = start;
  if (!OPENING_PARTICIPLE.test(text)) return false;
  const comma = text.lastIndexOf(',', at);
  return comma > start && /^,\s*$/.test(text.slice(comma, at));
}
const OPENING_PARTICIPLE = /(?:Asked|Pressed|Questioned|Told|Reminded|Confronted|Interviewed|Speaking|Responding|Referring|Addressing|Writing|Appearing|Campaigning)\s/y;

/**
 * The speaker, unless a given name of the other gender names them: the text's votes may mistake a person's gender
 * (Rakeyia Scott shares her mentions' "he"s with Keith Lamont Scott), a given name does not ("she" is not Donald Trump).
 */
function notNamedOtherwise(r: SpeakerResolver, speaker: Speaker | null, gender: Gender): Speaker | null {
  const entity = speaker?.id ? r.byId.get(speaker.id) : undefined;
  const given = entity ? givenNameGender(entity.name) : null;
  return given !== null && given !== gender ? null : speaker;
}

/** How many "he"s or "she"s back a pronoun's antecedent is followed (see `latestAntecedent`). */
const CHAIN_LENGTH = 3;

function latestAntecedent(r: SpeakerResolver, at: number, sentence: number, gender: Gender, reach: number, chain = 0): Speaker | null {
  const a = firstMentionInLatestSentence(r, at, sentence, gender, reach);
  const b = firstInLatestSentence(r, r.learned, at, sentence, gender, reach);
  if (a < 0) return b && { id: b.entity?.id ?? null, name: b.name };
  // "Fowler noted that… Though that was seamless, he said, loyalists to Joe Biden… “…,” he said": a "he" opening the
  // sentence before its first person is that sentence's subject, and stands for the same person as ours.
  if (gender && chain < CHAIN_LENGTH) {
    const subject = pronounBefore(r, r.mentionSentences[a], r.mentionStarts[a], gender);
    if (subject >= 0 && (!b || b.start < subject)) {
      const sentenceOfSubject = r.mentionSentences[a];
      return latestAntecedent(r, subject, sentenceOfSubject, gender, reach, chain + 1);
    }
  }
  const mentioned = r.named[r.mentionOwners[a]];
  if (!b) return { id: mentioned.id, name: mentioned.name };
  // "Steve Adler, rVotes' owner, said the campaign …, though he contended": the subject of a reporting verb in the
  // pronoun's own sentence outranks the speaker of a sentence before.
  if (r.mentionSentences[a] === sentence && b.sentence < sentence && reportsInSentence(r, a)) return { id: mentioned.id, name: mentioned.name };
  // "“…,” Cuban said of Trump. “…,” he said": a named speaker of this or the sentence before outranks
  // people merely mentioned since (tuned on PolNeAR train: 1 sentence back, not 2 or more).
  const sentenceOfA = r.mentionSentences[a];
  const learned = sentence - b.sentence <= SPEAKER_REACH || (sentenceOfA !== b.sentence ? sentenceOfA < b.sentence : r.mentionStarts[a] > b.start);
  return learned ? { id: b.entity?.id ?? null, name: b.name } : { id: mentioned.id, name: mentioned.name };
}

/** Where "he" (male) or "she" (female) stands as a word in sentence `sentence` before `to`, outside quotes; -1 if nowhere. */
function pronounBefore(r: SpeakerResolver, sentence: number, to: number, gender: Gender): number {
  if (sentence < 0) return -1;
  const text = r.text;
  const word = gender === 'male' ? 'he' : 'she';
  // The subject is near the sentence's start, quotes aside ("After struggling to persuade voters that he" is 51
  // characters; "“…,” he said" follows a quote of any length): a long sentence is not read to its first person for
  // every pronoun that looks back to it.
  const start = r.sentences[sentence].start;
  let read = 0;
  for (let i = start; i + word.length <= to && read < SUBJECT_REACH; i++) {
    const quoteEnd = quoteEndAt(r.quotes, i);
    if (quoteEnd > i) {
      i = quoteEnd - 1;
      continue;
    }
    read++;
    let k = 0;
    while (k < word.length && (text.charCodeAt(i + k) | 32) === word.charCodeAt(k)) k++;
    if (k < word.length || isLetterOrHyphen(text.charCodeAt(i - 1)) || isLetterOrHyphen(text.charCodeAt(i + k))) continue;
    // "While he does support Clinton, Groberg admits": the pronoun of a clause put first stands for the name that opens
    // the main clause after it (but in "Though he did not mention Marco Rubio, he made it clear", for the "he" before).
    return FRONTED_CLAUSE.test(text.slice(start, i)) && /,\s*$/.test(text.slice(Math.max(i, to - 4), to)) ? -1 : i;
  }
  return -1;
}

/** How far into a sentence its subject pronoun is looked for, in characters outside quotes. */
const SUBJECT_REACH = 200;

/** A sentence's opening word that puts a clause before the subject ("After struggling to persuade voters that he…, Emanuel said"). */
const FRONTED_CLAUSE = /^\W*(?:while|although|though|after|before|when|whenever|if|as|because|since|once|until|unless|whether)\s/i;

/** An ASCII letter or a hyphen ("he" in "the" or "she", or "she-wolf", is not the pronoun; "he’d" is). */
const isLetterOrHyphen = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;

/** `firstInLatestSentence` over the mentions: the index of the one found, or -1. */
function firstMentionInLatestSentence(r: SpeakerResolver, at: number, sentence: number, gender: Gender, reach: number): number {
  const starts = r.mentionStarts;
  const sentences = r.mentionSentences;
  let best = -1;
  /** The speaker of an attribution that closes the sentence, if any: its subject, whoever is named before. */
  let reporting = -1;
  let last = -1;
  for (let i = startsAfter(starts, at - 1) - 1; i >= 0; i--) {
    if (sentence - sentences[i] > reach) break;
    if (!mayStandFor(r, i, at, gender)) continue;
    if (best >= 0 && sentences[i] !== sentences[best]) break;
    // A possessive qualifies the subject rather than being it: "Trump's grasp of policy is worrying, Cuban said."
    if (best >= 0 && isPossessiveEnd(r.text, r.mentionEnds[i])) continue;
    if (reporting < 0 && best < 0 && reportsAfterComma(r, i)) reporting = i;
    if (best < 0) last = i;
    best = i;
  }
  if (reporting >= 0) return reporting;
  return best >= 0 && last > best ? pastFrontedClause(r, best, last, at, gender) : best;
}

/** Whether mention i, before `at` and outside quotes, is of a person who may be the "he" or "she" of `gender`. */
function mayStandFor(r: SpeakerResolver, i: number, at: number, gender: Gender): boolean {
  const e = r.named[r.mentionOwners[i]];
  if (r.mentionEnds[i] > at || insideQuote(r.quotes, r.mentionStarts[i]) || e.type !== 'person' || opensRoleOfNext(r, i)) return false;
  return !gender || genderOf(r, e) !== (gender === 'male' ? 'female' : 'male');
}

/**
 * Mention `first` of a sentence, or when it stands in a clause put before the main one ("While Obama had a wide array
 * of artists writing songs about him, that … concerns Henry Crespo."), the first mention of the sentence after that
 * clause's comma, up to mention `last`, that may stand for the pronoun.
 */
function pastFrontedClause(r: SpeakerResolver, first: number, last: number, at: number, gender: Gender): number {
  const start = r.sentences[r.mentionSentences[first]].start;
  if (!FRONTED_CLAUSE.test(r.text.slice(start, start + 12))) return first;
  const comma = r.text.indexOf(',', start);
  if (comma < 0 || comma > r.mentionStarts[first] + SUBJECT_REACH || comma < r.mentionEnds[first]) return first;
  for (let i = first + 1; i <= last; i++) {
    if (r.mentionStarts[i] > comma && mayStandFor(r, i, at, gender) && !isPossessiveEnd(r.text, r.mentionEnds[i])) return i;
  }
  return first;
}

/**
 * Whether mention i is the subject of an attribution put after what it reports: "…had imperiled the lives of US troops,
 * Biden said." (also after a role: "…, campaign manager Barry Bennett said").
 */
function reportsAfterComma(r: SpeakerResolver, i: number): boolean {
  const text = r.text;
  const verb = wordAfter(text, r.mentionEnds[i]);
  if (verb === null || !CUE_WORDS.has(verb) || CUE_LEMMA_SET.has(verb)) return false;
  const roleStart = r.mentionRoleStarts[i];
  const from = roleStart >= 0 ? roleStart : r.mentionStarts[i];
  return /,[”"’']?\s+$/.test(text.slice(Math.max(0, from - 4), from));
}

/**
 * Whether mention i is the subject of a reporting verb right after it, or after an apposition set off by commas
 * ("Adler said", "Steve Adler, rVotes' owner, said").
 */
function reportsInSentence(r: SpeakerResolver, i: number): boolean {
  const text = r.text;
  const end = r.mentionEnds[i];
  const isReporting = (verb: string | null): boolean => verb !== null && SAYING_VERBS.has(verb);
  if (isReporting(wordAfter(text, end))) return true;
  if (text.charCodeAt(end) !== 44 /* , */) return false;
  const comma = text.indexOf(',', end + 1);
  return comma > 0 && comma - end <= APPOSITION_REACH && !/[.!?;"“”]/.test(text.slice(end + 1, comma)) && isReporting(wordAfter(text, comma + 1));
}
/** The longest apposition passed between a name and its reporting verb, in characters. */
const APPOSITION_REACH = 80;
/**
 * Verbs of saying whose subject a "he" or "she" later in the sentence stands for. Not those with a person as object
 * ("Hewitt asked Trump about statements he had made", "told"), whose pronoun is as often the object's.
 */
const SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'noted', 'notes', 'argued', 'argues', 'explained', 'insisted',
  'claimed', 'stated', 'wrote', 'writes', 'acknowledged', 'conceded', 'contended', 'maintained', 'suggested', 'predicted', 'warned', 'recalled',
  'countered', 'replied', 'responded', 'announced', 'declared', 'admitted', 'complained', 'emphasized', 'stressed']);

/**
 * Whether the name ending at `end` is written as a possessive ("Trump’s grasp", "Sanders' attack"), not as a contraction
 * of "is" or "has" ("Christie’s been making the case", "Trump’s a showman").
 */
function isPossessiveEnd(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 39 && c !== 0x2019) return false;
  const next = text.charCodeAt(end + 1);
  if (next !== 115 /* s */) return text.charCodeAt(end - 1) === 115 && !isAsciiLetter(next);
  if (isAsciiLetter(text.charCodeAt(end + 2))) return false;
  const word = wordAfter(text, end + 2);
  return word === null || !AFTER_CONTRACTED_IS.has(word);
}

/** Words that follow a name's "’s" standing for "is" or "has" rather than for a possessive. */
const AFTER_CONTRACTED_IS: ReadonlySet<string> = new Set([
  'been', 'got', 'gotten', 'not', 'never', 'going', 'a', 'an', 'the', 'also', 'already', 'always', 'still', 'just', 'now', 'done',
  'said', 'told', 'made', 'become', 'had', 'very', 'so', 'too', 'really', 'probably', 'likely', 'right', 'wrong', 'in', 'on', 'at',
]);

/**
 * Whether mention i only qualifies the role of the person named next: "Trump" in "Trump campaign chairman Paul Manafort
 * said", "Clinton’s aide Huma Abedin". That sentence's subject is the person the role belongs to.
 */
function opensRoleOfNext(r: SpeakerResolver, i: number): boolean {
  const j = i + 1;
  if (j >= r.mentionStarts.length || r.named[r.mentionOwners[j]].type !== 'person') return false;
  const roleStart = r.mentionRoleStarts[j];
  return roleStart > r.mentionEnds[i] && roleStart - r.mentionEnds[i] <= 4 && ROLE_OPENING_GAP.test(r.text.slice(r.mentionEnds[i], roleStart));
}

/** What stands between a name and the role it opens: a space, after a possessive's "’s" or bare apostrophe at most. */
const ROLE_OPENING_GAP = /^(?:['’]s?)?[\s\u00a0]+$/;

function firstInLatestSentence(r: SpeakerResolver, list: Anchor[], at: number, sentence: number, gender: Gender, reach: number): Anchor | null {
  let best: Anchor | null = null;
  for (let i = upperBound(list, at - 1) - 1; i >= 0; i--) {
    const a = list[i];
    if (sentence - a.sentence > reach) break;
    if (a.end > at || insideQuote(r.quotes, a.start) || (a.entity && a.entity.type !== 'person')) continue;
    if (best && a.sentence !== best.sentence) break;
    if (gender && (a.entity ? genderOf(r, a.entity) : a.described) === (gender === 'male' ? 'female' : 'male')) continue;
    // A person described but not named stands for a pronoun of a later sentence only: "Clinton, a top aide said, “…”, and
    // she has often told …" is Clinton.
    if (a.name === null && a.sentence === sentence) continue;
    best = a;
  }
  return best;
}

/** How far after a mention the next "he" or "she" is read as standing for that person. */
const AGREEMENT_REACH = 120;
/** Enough votes to know a person's gender: the text rarely changes its mind after that many. */
const ENOUGH_VOTES = 30;
/** Mentions read for those votes at most, so that a person named thousands of times costs no more. */
const MENTIONS_READ = 20;

/**
 * A person's gender as the text shows it: a title or role word before a mention ("Mr.", "Ms.",
 * "spokeswoman"), a role that says it, and which of "he" and "she" most often comes next after a
 * mention (not "his" or "her", as often another's: "Scott and his wife"), before anyone else is named.
 * Null when the text does not tell. The first mentions are read, until the votes are clear enough.
 */
function genderOf(r: SpeakerResolver, e: Entity): Gender {
  const known = r.genders.get(e);
  if (known !== undefined) return known;
  let male = 0;
  let female = 0;
  const given = givenNameGender(e.name);
  if (given === 'male') male += GIVEN_NAME_VOTES;
  else if (given === 'female') female += GIVEN_NAME_VOTES;
  for (const role of e.roles) for (const w of role.toLowerCase().split(/\s+/)) {
    if (MALE_WORDS.has(w)) male += 3;
    else if (FEMALE_WORDS.has(w)) female += 3;
  }
  const text = r.text;
  const starts = r.mentionStarts;
  for (let i = 0; i < e.mentions.length && i < MENTIONS_READ && male + female < ENOUGH_VOTES; i++) {
    const m = e.mentions[i];
    const title = wordBefore(text, m.start);
    if (title && MALE_WORDS.has(title)) male += 3;
    else if (title && FEMALE_WORDS.has(title)) female += 3;
    // The next "he" or "she" after the mention, unless another person is named first.
    let stop = Math.min(text.length, m.end + AGREEMENT_REACH);
    for (let k = startsAfter(starts, m.start); k < starts.length && starts[k] < stop; k++) {
      const other = r.named[r.mentionOwners[k]];
      if (other !== e && other.type === 'person') { stop = starts[k]; break; }
    }
    const at = nextHeOrShe(text, m.end, stop);
    if (at >= 0 && !insideQuote(r.quotes, at)) {
      if (isAsciiLetter(text.charCodeAt(at + 2))) female++; else male++;
    }
  }
  const gender: Gender = male > 2 * female ? 'male' : female > 2 * male ? 'female' : null;
  r.genders.set(e, gender);
  return gender;
}


/**
 * Votes that a given name of one gender counts for: more than three titles ("Mr."). The text's own "he"s and "she"s
 * after a mention are often another's ("…Trump, who has insulted women, she replied"): they do not outvote it, and
 * titles of the other gender on most mentions leave the gender unknown. (Read by hand on PolNeAR train and dev: of
 * the 24 speakers that 10 votes changed from 6, 10 became the right person and none had been.)
 */
const GIVEN_NAME_VOTES = 10;
/** Offset of the first word "he" or "she" (any case) in text[from, to), or -1; a plain scan, no copies. */
function nextHeOrShe(text: string, from: number, to: number): number {
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c !== 104 && c !== 115) || isAsciiLetter(text.charCodeAt(i - 1))) continue;
    if (c === 104 && (text.charCodeAt(i + 1) | 32) === 101 && !isAsciiLetter(text.charCodeAt(i + 2))) return i;
    if (c === 115 && (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 101 && !isAsciiLetter(text.charCodeAt(i + 3))) return i;
  }
  return -1;
}

/** The word (lower case, without a full stop) right before `at`, if it ends within 16 characters: "ms" in "Ms. Warren". */
/** The lower-case ASCII word after the spaces at `at` ("said" after "Biden"), or null when no such word follows. */
function wordAfter(text: string, at: number): string | null {
  let start = at;
  while (start < at + 3 && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end - start < 16 && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  return start > at && end > start ? text.slice(start, end) : null;
}

function wordBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && at - end < 3 && (text[end - 1] === ' ' || text[end - 1] === '.')) end--;
  let start = end;
  while (start > 0 && end - start < 16 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < end && end < at ? text.slice(start, end).toLowerCase() : null;
}

/** "The senator", "the spokeswoman": the latest person before `at` holding a role with that word. */
function byRole(r: SpeakerResolver, head: string, at: number): Speaker {
  const from = startsAfter(r.mentionStarts, at) - 1;
  // The latest mention at or before `from` of a person holding a role of that word, within ROLE_REACH mentions.
  const holders = (r.roleHolders ??= roleHolders(r.named)).get(head);
  let latest = -1;
  let holder: Entity | null = null;
  for (let h = 0; holders !== undefined && h < holders.length; h++) {
    const n = holders[h];
    const i = lastMentionAtOrBefore(r, n, from);
    if (i > latest) {
      latest = i;
      holder = r.named[n];
    }
  }
  if (holder && from - latest < ROLE_REACH) return { id: holder.id, name: holder.name };
  // "the businessman", "the senator" with no one holding that role by name: a description of a person
  // stands, like "he", for the person the text was just about.
  const gender = PERSON_HEADS.get(head);
  return gender === undefined ? { id: null, name: null } : antecedent(r, at, gender);
}

/** For each role word, the people (indices in `named`) holding a role with that word. */
function roleHolders(named: Entity[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let n = 0; n < named.length; n++) {
    const e = named[n];
    if (e.type !== 'person' || !e.roles.length) continue;
    for (const w of wordsOfRoles(e.roles)) {
      const list = out.get(w);
      if (list) list.push(n);
      else out.set(w, [n]);
    }
  }
  return out;
}

/** Index in `mentions` of the last mention of `named[n]` at or before index `at`, or -1 (a binary search of its ascending places). */
function lastMentionAtOrBefore(r: SpeakerResolver, n: number, at: number): number {
  const place = r.place;
  const first = r.firstRank[n];
  let lo = first;
  let hi = r.firstRank[n + 1];
  if (!r.inOrder) {
    let latest = -1;
    for (let k = lo; k < hi; k++) if (place[k] <= at && place[k] > latest) latest = place[k];
    return latest;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (place[mid] <= at) lo = mid + 1; else hi = mid;
  }
  return lo > first ? place[lo - 1] : -1;
}

/** Abbreviated titles as the role words they stand for: "Sen. Bernie Sanders" holds the role "senator". */
const TITLE_ROLES: Record<string, string> = {
  'sen.': 'senator', sen: 'senator', 'gov.': 'governor', gov: 'governor', 'rep.': 'congressman', rep: 'congressman',
  'pres.': 'president', 'sec.': 'secretary',
};

/**
 * Nouns that describe one person, with the gender they say, if any: "the businessman", "the candidate". Not "the
 * spokesman" or "the official": a spokesman or an official no one in the text holds the role of speaks for someone, and
 * is not the person named before.
 */
const PERSON_HEADS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...['candidate', 'nominee', 'frontrunner', 'front-runner', 'billionaire', 'mogul', 'tycoon', 'senator', 'governor',
    'lawmaker', 'president', 'mayor', 'host', 'anchor', 'secretary', 'representative', 'justice', 'judge', 'pastor',
    'veteran', 'developer', 'executive', 'strategist', 'pollster', 'activist', 'author', 'writer',
    'columnist', 'commentator'].map((w): [string, Gender] => [w, null]),
  ...['businessman', 'man', 'congressman', 'chairman', 'father', 'husband'].map((w): [string, Gender] => [w, 'male']),
  ...['businesswoman', 'woman', 'congresswoman', 'chairwoman', 'mother', 'wife', 'actress'].map((w): [string, Gender] => [w, 'female']),
]);

/** The end of the quote that `at` is in, or -1. */
function quoteEndAt(quotes: { start: number; end: number }[], at: number): number {
  const i = upperBound(quotes, at) - 1;
  return i >= 0 && at < quotes[i].end ? quotes[i].end : -1;
}

const insideQuote = (quotes: { start: number; end: number }[], at: number): boolean => quoteEndAt(quotes, at) >= 0;

/** Index of the first of the ascending `starts` that is after `at`. */
function startsAfter(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the first item of `list` (sorted by start) that starts after `at`. */
function upperBound(list: { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Titles written before a name, left out of a speaker name made from the source text alone. */
const TITLES = /^(?:(?:the|former|acting|deputy|vice|US|U\.S\.|[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|ch)|President|Vice-President|Prime|Minister|Secretary|General|Chancellor|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Judge|Justice|Speaker|Chairman|Chairwoman|Director|Chief|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+/u;

/** The last run of capitalised words of a source ("Foreign Ministry spokeswoman Maria Zakharova" → "Maria Zakharova"). */
function nameWithoutTitles(source: string): string {
  const runs = source.match(/(?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+(?:(?:of|de|van|von|al|bin|la|le|du|da)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*)*/gu) ?? [source];
  const last = runs[runs.length - 1];
  const stripped = last.replace(TITLES, '');
  return (stripped || last).replace(/[’']s$/, '');
}
