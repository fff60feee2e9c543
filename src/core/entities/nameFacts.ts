// What a name's text alone says: its spoken form, its lower-case key and lexicon facts, the keys it is
// grouped by. A news text names the same people and places again and again, so these are worked out once
// per distinct text (read from the document by a TextCache, no substring per mention) and kept across
// documents; the person and organisation keys only when first asked for.
import { TextCache } from '../textCache';
import { ARABIC_ARTICLE, isCountryAlias, KNOWN_ORGS, PLACES, placeKey } from './lexicon';

const UNSPOKEN = /[[\]]|\s\s|[^\S ]/;
/** The name as said: brackets dropped, white space single ("Vladimir] Putin" → "Vladimir Putin"). */
export const spokenName = (s: string): string => (UNSPOKEN.test(s) ? s.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim() : s);

const INITIAL = /^\p{Lu}\.?$/u;
export const ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,7}\.?$/u;
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&', 'in', 'on']);

/** A generation after a surname ("Jr.", "III"), with the space before it. */
const GENERATION = / (?:[JjSs]r\.?|II|III|IV)$/;
/**
 * A surname without the Arabic article joined to it ("al-assad" → "assad", "el-sisi" → "sisi"): news writes "Bashar
 * al-Assad" and then "Assad".
 */
const withoutArticle = (lowerSurname: string): string => {
  const m = SURNAME_ARTICLE.exec(lowerSurname);
  return m ? lowerSurname.slice(m[0].length) : lowerSurname;
};
const SURNAME_ARTICLE = new RegExp(`^${ARABIC_ARTICLE}[-‐](?=\\p{L}{3})`, 'u');

/** The name without a generation after its surname ("Alito Jr." → "Alito"); a name of one word stays whole. */
const withoutGeneration = (name: string): string => {
  const m = GENERATION.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : name;
};

/** "Donald J. Trump" and "Donald Trump" share a key: middle initials are left out. */
function personKey(words: string[]): string {
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w)).join(' ').toLowerCase();
}

const stripThe = (s: string): string => s.replace(/^the\s+/i, '');
/** The initials of a name's words, without its legal form ("Alphabet Inc" is not "AI"; IBM is not "IBMC"). */
function initialsOf(name: string): string {
  const words = name.split(/[\s\-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1].replace(/\.$/, '').toLowerCase())) words.pop();
  return words.map((w) => w[0]).join('').toUpperCase();
}
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'lp', 'llp', 'bv', 'spa', 'ab', 'asa']);

/** The number of words of a name (its space-separated parts). */
function wordCount(name: string): number {
  let count = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) count++;
  return count;
}

/** How groupPeople keys a person's name. */
export interface PersonKeys {
  /** Of a name of two or more words, without middle initials, lower case; '' for one word. */
  full: string;
  /** First word and surname (the last word before a generation such as "Jr."), lower case. */
  first: string;
  last: string;
  /** The name ends with a generation ("Jr.", "III"). */
  generation: boolean;
}

/** How groupOrgsAndPlaces keys an organisation's or a place's name. */
export interface OrgKeys {
  /** Lower case, without a leading "the", through the alias table ("us" → "united states"). */
  group: string;
  /** The name has several words. */
  several: boolean;
  /** Initials of a name of several words ("North Atlantic Treaty Organization" → "NATO"), else ''. */
  initials: string;
  /** The name is written as an acronym ("NATO", "U.N."); `dotless` is it without its dots. */
  acronym: boolean;
  dotless: string;
  /** The text as written is an acronym. */
  acronymText: boolean;
  /** Last word, lower case, of a name of several words; else ''. */
  lastWord: string;
}

/**
 * One per distinct key, shared by the facts of all the texts with that key ("Trump", "TRUMP"): reconcileTypes
 * numbers the keys of a document on it, with no Map per document.
 */
export class NameKey {
  /** The number the document `document` gave the key. */
  document = -1;
  number = 0;
  /** The last document in which a person's name ends with the key as its surname ("Putin" in "Vladimir Putin"). */
  surnameIn = -1;
  /** The last document in which a person's name of several words opens with the key ("Xi" in "Xi Jinping"). */
  firstIn = -1;
  /** The last document in which a person is named by the key alone ("Sotomayor"). */
  aloneIn = -1;
  /** The last document in which an organisation's name of several words opens with the key ("Patriot" in "Patriot Coal"). */
  orgFirstIn = -1;
  /** The last document that calls the key's name a town, or follows it with its country (see isCalledAPlace). */
  placeIn = -1;
  /** The last document that writes the key's name before a disease's noun ("the Zika virus"; see namesADisease). */
  diseaseIn = -1;
  /** The last document that gives the key's name an age ("Suu Kyi, 70, said"; see hasAgeAfter). */
  agedIn = -1;
}

/** The record of a key in this generation. */
function nameKeyOf(key: string): NameKey {
  let k = NAME_KEYS.get(key);
  if (!k) NAME_KEYS.set(key, (k = new NameKey()));
  return k;
}

// The key records, kept across documents; started afresh between documents when large (newNameKeysIfFull),
// facts then look theirs up again (the generation changes).
const NAME_KEYS = new Map<string, NameKey>();
let keyGeneration = 0;

/** Call between documents: empties the key records when they are many. */
export function newNameKeysIfFull(): void {
  if (NAME_KEYS.size <= 1 << 16) return;
  NAME_KEYS.clear();
  keyGeneration++;
}

export class NameFacts {
  /** spokenName(text) */
  readonly spoken: string;
  /** The spoken name in lower case: mentions with the same key are the same name. */
  readonly key: string;
  /** The key's last word, when it has several. */
  readonly surname: string | null;
  readonly words: number;
  readonly knownOrg: boolean;
  readonly countryAlias: boolean;
  readonly listedPlace: boolean;
  private shared: NameKey | null = null;
  private sharedGeneration = -1;
  private surnameShared: NameKey | null = null;
  private surnameGeneration = -1;
  private firstShared: NameKey | null = null;
  private firstGeneration = -1;
  private personKeys: PersonKeys | undefined = undefined;
  private orgKeys: OrgKeys | undefined = undefined;

  /** @param text the mention's text as written */
  constructor(readonly text: string) {
    this.spoken = spokenName(text);
    this.key = this.spoken.toLowerCase();
    // "Joseph R. Biden Jr.": the surname is before the generation.
    const named = withoutGeneration(this.key);
    const space = named.lastIndexOf(' ');
    this.surname = space > 0 ? withoutArticle(named.slice(space + 1)) : null;
    this.words = wordCount(this.spoken);
    this.knownOrg = KNOWN_ORGS.has(this.key);
    this.countryAlias = isCountryAlias(this.key);
    this.listedPlace = PLACES.has(this.key);
  }

  /** The record of the key, shared by the facts of every text with this key. */
  get nameKey(): NameKey {
    if (this.sharedGeneration !== keyGeneration) {
      this.shared = nameKeyOf(this.key);
      this.sharedGeneration = keyGeneration;
    }
    return this.shared as NameKey;
  }

  /** The record of the first word as a key (null for a name of one word): "Xi" of "Xi Jinping", a surname written first. */
  get firstKey(): NameKey | null {
    if (this.surname === null) return null;
    if (this.firstGeneration !== keyGeneration) {
      this.firstShared = nameKeyOf(this.key.slice(0, this.key.indexOf(' ')));
      this.firstGeneration = keyGeneration;
    }
    return this.firstShared;
  }

  /** The record of the surname as a key (null for a name of one word): a name with that key may be the person's. */
  get surnameKey(): NameKey | null {
    if (this.surname === null) return null;
    if (this.surnameGeneration !== keyGeneration) {
      this.surnameShared = nameKeyOf(this.surname);
      this.surnameGeneration = keyGeneration;
    }
    return this.surnameShared;
  }

  get person(): PersonKeys {
    if (this.personKeys) return this.personKeys;
    const ws = this.spoken.split(' ');
    // The full key keeps a generation ("Donald Trump Jr." is not "Donald J. Trump"); the last word is the surname.
    const named = withoutGeneration(this.spoken);
    const last = withoutArticle(named.slice(named.lastIndexOf(' ') + 1).toLowerCase());
    return (this.personKeys = { full: ws.length < 2 ? '' : personKey(ws), first: ws[0].toLowerCase(), last, generation: named !== this.spoken });
  }

  get org(): OrgKeys {
    if (this.orgKeys) return this.orgKeys;
    const name = this.spoken;
    const several = name.includes(' ');
    return (this.orgKeys = {
      group: placeKey(stripThe(name)),
      several,
      initials: several ? initialsOf(stripThe(name)) : '',
      acronym: ACRONYM.test(name),
      dotless: name.replace(/\./g, ''),
      acronymText: ACRONYM.test(this.text),
      lastWord: several ? name.slice(name.lastIndexOf(' ') + 1).toLowerCase() : '',
    });
  }
}

const facts = new TextCache<NameFacts>(1 << 10, 1 << 16, (name) => new NameFacts(name));

/** The facts of the name text[start, end). */
export const nameFactsAt = (text: string, start: number, end: number): NameFacts => facts.get(text, start, end);
