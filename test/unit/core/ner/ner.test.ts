// The learned name recogniser: model loading, plain sentences, unseen names, headlines, offsets, and the
// people, organisations and places of the two sample articles.
import * as assert from 'assert';
import { buildSync } from 'esbuild';
import * as path from 'path';
import * as vm from 'vm';
import { parseStructure, tokenMarks } from '../../../../src/core/structure';
import type { NameSpan } from '../../../../src/core/types';
import { loadNerModel, modelNameRecognizer, recognizeNames } from '../../../../src/core/ner';
import { addRepeatedNames, harmoniseTypes } from '../../../../src/core/ner/consistency';
import { CONTEXT_FEATURES, Slot, TAGGER_SLOTS, extractFeatures, extractTaggerInputs, sentenceContext } from '../../../../src/core/ner/features';
import { wordAt, wordRecord } from '../../../../src/core/ner/words';
import { firstTokenFrom, tokenizeForTagger } from '../../../../src/core/ner/tokens';
import { hashString, mix } from '../../../../src/core/ner/hash';
import { decodeBase64 } from '../../../../src/core/ner/model';
import { readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../../helpers';

const names = (text: string): NameSpan[] => modelNameRecognizer(parseStructure(text));
/** "type:text" for every span. */
const labelled = (text: string): string[] => names(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const has = (found: string[], expected: string[]): void => {
  const missing = expected.filter((e) => !found.includes(e));
  assert.deepStrictEqual(missing, [], `missing ${missing.join(', ')} in ${found.join(', ')}`);
};

describe('ner: learned name recogniser', () => {
  it('loads the shipped model', () => {
    const m = loadNerModel();
    assert.ok(m.rows > 10_000, `${m.rows} feature rows`);
    assert.strictEqual(m.weights.length, m.rows * 7);
    assert.ok(m.weights.some((w) => w !== 0));
    assert.strictEqual(loadNerModel(), m, 'decoded once and kept');
  });

  it('reads the case prior of the shipped model: lower-case words, capitalised names, unknown forms', () => {
    const prior = loadNerModel().casePrior;
    const of = (word: string): number => prior(hashString(word, 2 /* the lower-case template's seed */));
    assert.deepStrictEqual(['the', 'of', 'said'].map(of), [1, 1, 1]);
    assert.deepStrictEqual(['paris', 'london', 'smith', 'monday'].map(of), [2, 2, 2, 2]);
    assert.deepStrictEqual(['zyxorblenk', 'qqqq'].map(of), [0, 0]);
  });

  it('decodes base64 as Node does, whole groups and the characters left', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 0, 128, 7], [250, 251, 252, 253, 254]]) {
      const encoded = Buffer.from(bytes).toString('base64');
      assert.deepStrictEqual(Array.from(decodeBase64(encoded)), bytes, encoded);
      assert.deepStrictEqual(Array.from(decodeBase64(encoded.replace(/=+$/, ''))), bytes, 'without padding');
    }
    assert.throws(() => decodeBase64('QU!D'), /bad base64/);
  });

  it('runs bundled in a bare JavaScript context (no Node or browser API), as in a web extension host', () => {
    const out = buildSync({ entryPoints: [path.join(__dirname, '../../../../src/core/ner/index.ts')], bundle: true, platform: 'browser', format: 'iife', globalName: 'ner', write: false });
    const context = vm.createContext({});
    vm.runInContext(out.outputFiles[0].text, context);
    const spans = vm.runInContext('ner.recognizeNames("Angela Merkel met Emmanuel Macron in Paris.", [0])', context);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(spans)), [
      { start: 0, end: 13, type: 'person' }, { start: 18, end: 33, type: 'person' }, { start: 37, end: 42, type: 'place' },
    ]);
  });

  it('tags people and a place in a plain sentence, and nothing else', () => {
    assert.deepStrictEqual(labelled('Angela Merkel met Emmanuel Macron in Paris on Tuesday.'),
      ['person:Angela Merkel', 'person:Emmanuel Macron', 'place:Paris']);
  });

  it('finds organisations and places by their context', () => {
    has(labelled('The European Union and NATO welcomed the decision, a spokesman for the United Nations said in Geneva.'),
      ['organization:European Union', 'organization:NATO', 'organization:United Nations', 'place:Geneva']);
  });

  it('tells a person never seen in training from the context', () => {
    const text = "Zyxor Blenkin, the company's chief executive, said on Monday that sales had fallen.";
    assert.deepStrictEqual(labelled(text), ['person:Zyxor Blenkin']);
  });

  it('reads a Title Case headline with its article', () => {
    const text = 'Merkel Meets Macron in Paris as Talks on Budget Stall\n' +
      'German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday, officials said. ' +
      'The talks on the budget stalled after Macron asked for more time.';
    const headline = names(text).filter((s) => s.end <= text.indexOf('\n'));
    assert.deepStrictEqual(headline.map((s) => `${s.type}:${text.slice(s.start, s.end)}`),
      ['person:Merkel', 'person:Macron', 'place:Paris']);
  });

  it('gives exact, ordered, non-overlapping spans without outer spaces, also with CRLF', () => {
    for (const text of [readFixture(SAMPLE_ORIGINAL), readFixture(SAMPLE_REWRITE), 'Angela Merkel visited Paris.\r\nShe met Emmanuel Macron in Berlin.\r\n']) {
      const spans = names(text);
      assert.ok(spans.length > 0);
      let last = 0;
      for (const s of spans) {
        assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= last && s.start < s.end && s.end <= text.length, `${s.start}..${s.end}`);
        const t = text.slice(s.start, s.end);
        assert.strictEqual(t, t.trim());
        assert.ok(!/[\r\n]/.test(t), `span across lines: ${JSON.stringify(t)}`);
        assert.ok(['person', 'organization', 'place', 'misc'].includes(s.type));
        last = s.end;
      }
    }
    assert.deepStrictEqual(labelled('Angela Merkel visited Paris.\r\nShe met Emmanuel Macron in Berlin.\r\n'),
      ['person:Angela Merkel', 'place:Paris', 'person:Emmanuel Macron', 'place:Berlin']);
  });

  it('returns nothing for empty or blank input', () => {
    assert.deepStrictEqual(names(''), []);
    assert.deepStrictEqual(names(' \n\r\n\t'), []);
    assert.deepStrictEqual(recognizeNames('', []), []);
  });

  it('hashes features deterministically (the model stores only hashes)', () => {
    // Pinned values: a change to the hashing silently invalidates the trained model.
    assert.strictEqual(hashString('paris', 2), 1652096574);
    assert.strictEqual(mix(11, 12345), 2062845918);
    const text = 'Angela Merkel met Emmanuel Macron in Paris.';
    const prior = loadNerModel().casePrior;
    const a = extractFeatures(text, [0], prior);
    const b = extractFeatures(text, [0], prior);
    assert.deepStrictEqual(Array.from(a.contextFeatures), Array.from(b.contextFeatures));
    assert.deepStrictEqual(a.words.map((w) => Array.from(w.features)), b.words.map((w) => Array.from(w.features)));
  });

  it('tells where a capitalised word stands among capitalised words elsewhere in the document', () => {
    // The document case template (context feature 12) of the first "Pirelli" and "Manzanares": it changes when the
    // document also writes the word before a capitalised word ("Pirelli Cables") or after one ("Ramon Manzanares"),
    // and not for another run of capitals in the document.
    const prior = loadNerModel().casePrior;
    const documentCase = (text: string, word: string): number => {
      const f = extractFeatures(text, [0, text.indexOf('. ') + 2], prior);
      const i = Array.from(f.tokens.starts.subarray(0, f.tokens.count)).findIndex((s, k) => text.slice(s, f.tokens.ends[k]) === word);
      assert.ok(i >= 0 && !f.plain[i], word);
      return f.contextFeatures[i * CONTEXT_FEATURES + 12];
    };
    const alone = documentCase('Shares in Pirelli rose on Friday. The group sells cables.', 'Pirelli');
    assert.notStrictEqual(documentCase('Shares in Pirelli rose on Friday. The new Pirelli Cables unit sells cables.', 'Pirelli'), alone);
    assert.strictEqual(documentCase('Shares in Pirelli rose on Friday. The group named Ramon Manzanares chief.', 'Pirelli'), alone);
    const surname = documentCase('Shares in Manzanares rose on Friday. The group sells cables.', 'Manzanares');
    assert.notStrictEqual(documentCase('Shares in Manzanares rose on Friday. The group named Ramon Manzanares chief.', 'Manzanares'), surname);
  });

  it('types a person-typed name as the organisation whose longer name it starts, unless it also starts a person\'s', () => {
    const text = 'Shares of Pirelli Cables rose. Pirelli said sales grew. Hillary said so. Hillary Clinton and Hillary for America agreed.';
    const span = (s: string, type: NameSpan['type'], from = 0): NameSpan => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type });
    const found = [
      span('Pirelli Cables', 'organization'), span('Pirelli said', 'person'), span('Hillary said', 'person'),
      span('Hillary Clinton', 'person'), span('Hillary for America', 'organization'),
    ];
    found[1].end = found[1].start + 'Pirelli'.length;
    found[2].end = found[2].start + 'Hillary'.length;
    harmoniseTypes(text, found);
    assert.deepStrictEqual(found.map((s) => s.type), ['organization', 'organization', 'person', 'person', 'organization']);
  });

  it('keeps one type per name in a document and finds its other mentions', () => {
    const text = 'Brenna Olsk met Fenwick Tarr. Later Brenna Olsk left; brenna olsk was gone, Olsk said. Brenna Olskov stayed.';
    const at = (s: string, from = 0): number => text.indexOf(s, from);
    const found: NameSpan[] = [
      { start: 0, end: 11, type: 'person' },
      { start: at('Fenwick'), end: at('Fenwick') + 12, type: 'place' },
      { start: at('Olsk said'), end: at('Olsk said') + 4, type: 'place' },
    ];
    harmoniseTypes(text, found);
    assert.strictEqual(found[2].type, 'person', 'a surname of a person found in full is that person');
    assert.strictEqual(found[1].type, 'place', 'a name found once keeps its type');
    const t = tokenizeForTagger(text, []);
    const all = addRepeatedNames(text, t.starts, t.ends, t.count, found, null);
    assert.deepStrictEqual(all.map((s) => `${s.type}:${text.slice(s.start, s.end)}@${s.start}`), [
      'person:Brenna Olsk@0', `place:Fenwick Tarr@${at('Fenwick')}`, `person:Brenna Olsk@${at('Brenna Olsk', 5)}`, `person:Olsk@${at('Olsk said')}`,
    ], 'the exact repeat is added; not the lower-case one, nor a longer word');
  });

  it('votes types by name as the plain rule does, over many documents whose names fill its tables', () => {
    // The rule written plainly (a map of keys per document) against harmoniseTypes, whose tables of
    // spellings and keys are kept across documents and start over when full: names seen before a table
    // started over must still be grouped with spellings first seen after.
    const reference = (text: string, spans: NameSpan[]): string[] => {
      const keyOf = (s: NameSpan): string => text.slice(s.start, s.end).replace(/[’‘]/g, "'").toLowerCase();
      const groups = new Map<string, { votes: number[]; first: number[] }>();
      spans.forEach((s, i) => {
        const k = keyOf(s);
        if (!groups.has(k)) groups.set(k, { votes: [0, 0, 0, 0], first: [0, 0, 0, 0] });
        const g = groups.get(k)!;
        const t = ['person', 'organization', 'place', 'misc'].indexOf(s.type);
        if (g.votes[t]++ === 0) g.first[t] = i;
      });
      const longer = (type: NameSpan['type']): string[] => spans.filter((s) => s.type === type && keyOf(s).includes(' ')).map((s) => keyOf(s));
      const surnames = new Set(longer('person').map((k) => k.split(' ').pop()!));
      const personHeads = new Set(longer('person').map((k) => k.split(' ')[0]));
      const organisationHeads = new Set(longer('organization').map((k) => k.split(' ')[0]));
      return spans.map((s) => {
        const k = keyOf(s);
        if (surnames.has(k)) return 'person';
        if (s.type === 'person' && organisationHeads.has(k) && !personHeads.has(k)) return 'organization';
        const { votes, first } = groups.get(k)!;
        const own = ['person', 'organization', 'place', 'misc'].indexOf(s.type);
        let best = own;
        for (let t = 0; t < 4; t++) {
          if (votes[t] > votes[best] || (votes[t] && votes[t] === votes[best] && best !== own && first[t] < first[best])) best = t;
        }
        return votes.filter((v) => v > 0).length >= 2 ? ['person', 'organization', 'place', 'misc'][best] : s.type;
      });
    };
    let seed = 7;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const types: NameSpan['type'][] = ['person', 'organization', 'place', 'misc'];
    // A few names written several ways, met in most documents; many names met once, which fill the tables.
    const hot = ['Brenna Olsk', 'BRENNA OLSK', 'Olsk', 'OLSK', 'Fenwick Tarr', 'fenwick tarr', 'Tarr', 'Ann’s Bank', "Ann's Bank", 'ANN’S BANK', 'Brenna', 'Ann’s', 'Fenwick'];
    let fresh = 0;
    let differences = 0;
    for (let doc = 0; doc < 120; doc++) {
      const words: string[] = [];
      for (let k = 0; k < 1500; k++) {
        const r = rnd(100);
        words.push(r < 3 ? hot[rnd(hot.length)] : r < 50 ? `Qv${(fresh++).toString(36)}` : `Zed Qv${(fresh++).toString(36)}`);
      }
      let at = 0;
      const spans = words.map((w) => ({ start: at, end: (at += w.length + 2) - 2, type: types[rnd(4)] }));
      const text = words.join('; ');
      const expected = reference(text, spans);
      harmoniseTypes(text, spans);
      differences += spans.filter((s, i) => s.type !== expected[i]).length;
    }
    assert.ok(fresh > 150_000, 'enough names to fill the tables');
    assert.strictEqual(differences, 0);
  });

  it('adds the longest found name that a repeat starts with, and each name once', () => {
    const text = 'New York City and New Jersey met New York. Then New York City, New Jersey, New York and New Yorkers.';
    const first = (s: string, type: NameSpan['type']): NameSpan => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
    const found = [first('New York City', 'place'), first('New Jersey', 'organization'), { start: text.indexOf('New York.'), end: text.indexOf('New York.') + 8, type: 'misc' as const }];
    const t = tokenizeForTagger(text, []);
    const all = addRepeatedNames(text, t.starts, t.ends, t.count, found, null);
    const then = text.indexOf('Then');
    assert.deepStrictEqual(all.filter((s) => s.start > then).map((s) => `${s.type}:${text.slice(s.start, s.end)}`),
      ['place:New York City', 'organization:New Jersey', 'misc:New York'], 'not within "New Yorkers"');
  });

  it('extends a found name to a longer one the document writes in full after it, over capitalised words no other name holds', () => {
    const text = 'Trump spoke at Trump Tower. The rent of Trump Tower space rose. Koch met the Koch brothers. Koch brothers left. Trump Tower Hotel Group grew.';
    const spanAt = (s: string, n: number, type: NameSpan['type']): NameSpan => {
      let at = -1;
      for (let k = 0; k <= n; k++) at = text.indexOf(s, at + 1);
      return { start: at, end: at + s.length, type };
    };
    const found = [
      spanAt('Trump', 0, 'person'), spanAt('Trump Tower', 0, 'organization'), spanAt('Trump', 2, 'person'), spanAt('Koch', 0, 'person'),
      spanAt('Koch brothers', 0, 'organization'), spanAt('Koch', 2, 'person'), spanAt('Trump', 3, 'person'), spanAt('Hotel Group', 0, 'organization'),
    ];
    const t = tokenizeForTagger(text, []);
    const all = addRepeatedNames(text, t.starts, t.ends, t.count, found, null);
    assert.deepStrictEqual(all.map((s) => `${s.type}:${text.slice(s.start, s.end)}`), [
      'person:Trump', 'organization:Trump Tower', 'organization:Trump Tower', 'person:Koch', 'organization:Koch brothers', 'person:Koch',
      'organization:Trump Tower', 'organization:Hotel Group',
    ], '"Trump" of "Trump Tower space" extended; not "Koch" to a lower-case word, nor over another name');
  });

  it('gives tokens of its own without `reuse`, which no other call overwrites, and keeps its shared buffers from them', () => {
    const a = 'Angela Merkel met Emmanuel Macron.\nThey spoke.';
    const b = 'x '.repeat(3000);
    const words = (t: { starts: Int32Array; ends: Int32Array; sentenceStart: Uint8Array }, text: string): string =>
      Array.from(t.starts, (s, k) => `${t.sentenceStart[k] ? '|' : ''}${text.slice(s, t.ends[k])}`).join(' ');
    const own = tokenizeForTagger(a, [18]);
    const expected = words(own, a);
    assert.strictEqual(expected, '|Angela Merkel met |Emmanuel Macron . |They spoke .');
    const shared = tokenizeForTagger(a, [18], true);
    tokenizeForTagger(b, [], false);
    assert.strictEqual(words(shared, a), expected, 'a call without reuse leaves the shared buffers alone');
    tokenizeForTagger(b, [], true);
    assert.strictEqual(words(own, a), expected, 'a call with reuse leaves tokens of their own alone');
  });

  it("splits clitics off as CoNLL does, and leaves words that merely end like them", () => {
    const text = "We'll they’re you've Clinton's I'm don't all are have well o'll 'll";
    const t = tokenizeForTagger(text, []);
    assert.deepStrictEqual(Array.from(t.starts, (s, k) => text.slice(s, t.ends[k])),
      ['We', "'ll", 'they', '’re', 'you', "'ve", 'Clinton', "'s", 'I', "'m", 'don', "'t", 'all', 'are', 'have', 'well', 'o', "'ll", "'", 'll']);
  });

  it("finds the same tokens along the structure's tokens as by reading the text alone", () => {
    // Where the two tokenizers part: joiners the structure splits at (AT&T, and/or, 1,000 after a word), hyphens
    // only it joins at, abbreviations, clitics, a one-letter word before a full stop, text outside any sentence.
    const text = [
      '# Heading: AT&T and/or Verizon\n',
      'Mr. Smith of the U.S. said.The re‐enter co-op 1,000 people,2 at 10:30 p.m. on Ph.D. day — “Yes” ‚no‛ A. B. 5. x.Y',
      "They're here; don't go. Zelensky’s plan¹ … naïve café São\u00a0Paulo 😀👍🏽 🇺🇸 e\u0301 word.É end.",
      '```\ncode block, AT&T\n```\n\n- list item: a/b\n> quoted: x&y\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLast line without end',
    ].join('\n');
    const doc = parseStructure(text);
    const starts = doc.sentences.map((s) => s.start);
    const read = (t: { count: number; starts: Int32Array; ends: Int32Array; sentenceStart: Uint8Array }): string[] =>
      Array.from(t.starts.subarray(0, t.count), (s, k) => `${t.sentenceStart[k] ? '|' : ''}${s}:${t.ends[k]}`);
    const alone = read(tokenizeForTagger(text, starts));
    const marks = tokenMarks(doc.tokenTable, text);
    assert.ok(marks !== null && marks.some((m) => m !== 0), 'the structure marks the tokens it read with char codes');
    assert.deepStrictEqual(read(tokenizeForTagger(text, starts, true, doc.tokenTable!, marks)), alone);
    assert.ok(alone.length > 100);
    assert.strictEqual(tokenMarks(doc.tokenTable, text + ' '), null, 'marks only for the text the table was read from');
    const kept = doc.tokenTable;
    parseStructure('Another text, whose tokens take the kept room.');
    assert.strictEqual(tokenMarks(kept, text), null, 'none for a table that another document wrote over');
    assert.deepStrictEqual(recognizeNames(text, starts, kept), recognizeNames(text, starts));
  });

  it('finds the first token at or after an offset as a linear scan does', () => {
    let seed = 3;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    for (let trial = 0; trial < 200; trial++) {
      const count = rnd(40);
      const starts = new Int32Array(count + 5);
      for (let k = 0, at = rnd(3); k < count; k++, at += 1 + rnd(4)) starts[k] = at;
      for (let from = 0; from <= count; from++) {
        const offset = rnd(4 * count + 3);
        let t = from;
        while (t < count && starts[t] < offset) t++;
        assert.strictEqual(firstTokenFrom(starts, count, from, offset), t, `${Array.from(starts.subarray(0, count))} from ${from} offset ${offset}`);
      }
    }
  });

  it('adds the same repeats with the word numbers of the tokens as without', () => {
    const text = 'The Daily Planet said. The Daily Star agreed, The Daily Planet and the Daily Planet. The Dailies. Daily Planet. The Daily Planet’s owner.';
    const inputs = extractTaggerInputs(text, [], loadNerModel().casePrior);
    const { starts, ends, count } = inputs.tokens;
    const found = (): NameSpan[] => [{ start: 0, end: 16, type: 'organization' }, { start: text.indexOf('Daily Star') - 4, end: text.indexOf('Daily Star') + 10, type: 'organization' }];
    const plainly = addRepeatedNames(text, starts, ends, count, found(), null);
    const byWords = addRepeatedNames(text, starts, ends, count, found(), null, undefined, inputs.words);
    assert.deepStrictEqual(byWords, plainly);
    assert.deepStrictEqual(plainly.map((s) => `${text.slice(s.start, s.end)}@${s.start}`),
      ['The Daily Planet@0', 'The Daily Star@23', `The Daily Planet@${text.indexOf('The Daily Planet and')}`, `The Daily Planet@${text.indexOf('The Daily Planet’s')}`]);
  });

  it('scores every word it reads, also words that extractTaggerInputs met first', () => {
    // Two fresh copies of the recogniser (its word table is module state): in one, the tagger's inputs
    // are extracted once before the text is tagged; both must find the same names.
    const source = buildSync({
      stdin: { contents: "export { recognizeNames } from './index'; export { extractTaggerInputs } from './features'; export { loadNerModel } from './index';", resolveDir: path.join(__dirname, '../../../../src/core/ner'), loader: 'ts' },
      bundle: true, platform: 'browser', format: 'iife', globalName: 'ner', write: false,
    }).outputFiles[0].text;
    const text = 'Zorblat Quenhaus, the chief executive of Drambourg Holdings, said on Monday that the plant in Tarvessa would close.';
    const run = (extractFirst: boolean): unknown => {
      const context = vm.createContext({ text, extractFirst });
      vm.runInContext(source, context);
      return JSON.parse(vm.runInContext(
        'if (extractFirst) ner.extractTaggerInputs(text, [0], ner.loadNerModel().casePrior); JSON.stringify(ner.recognizeNames(text, [0]))', context));
    };
    const direct = run(false);
    assert.ok((direct as unknown[]).length >= 2, JSON.stringify(direct));
    assert.deepStrictEqual(run(true), direct);
  });

  it('gives each spelling one word number, whichever table in front of the spelling table finds it', () => {
    // Short words, packed ASCII words up to twelve characters, General Punctuation marks, longer and
    // other words: each met twice at different offsets, with near misses (one character or the length off).
    const spellings = ['a', 'I', 'of', "'s", 'the', 'thé', 'The', 'Paris', 'Parisx', 'Parix', 'Washington', 'Washingtom', 'Washingtonn',
      'Constitution', 'Constitutiom', 'Constitutions', 'constitutional', '’', '“', '”', '—', '…', '’s', '’t', '2019', '20190', 'abcdefgh', 'abcdefghi', 'abcdefgi'];
    const text = `${spellings.join(' ')} ${spellings.slice().reverse().join(' ')}`;
    const numbers = new Map<string, number>();
    let at = 0;
    for (const word of [...spellings, ...spellings.slice().reverse()]) {
      const start = text.indexOf(word, at);
      at = start + word.length;
      const id = wordAt(text, start, at);
      assert.strictEqual(wordRecord(id).raw, word);
      if (numbers.has(word)) assert.strictEqual(id, numbers.get(word), word);
      numbers.set(word, id);
    }
    assert.strictEqual(new Set(numbers.values()).size, spellings.length, 'a number per spelling');
  });

  it("reads today's undotted US and UN as 1996 Reuters wrote them (U.S., U.N.), and leaves the pronoun and other words alone", () => {
    const featuresOf = (w: string): number[] => Array.from(wordRecord(wordAt(w, 0, w.length)).features);
    assert.deepStrictEqual(featuresOf('US'), featuresOf('U.S.'));
    assert.deepStrictEqual(featuresOf('UN'), featuresOf('U.N.'));
    assert.strictEqual(wordRecord(wordAt('US', 0, 2)).raw, 'US', 'the spelling itself is kept');
    for (const [a, b] of [['us', 'u.s.'], ['Us', 'U.S.'], ['UK', 'U.K.'], ['USA', 'U.S.A.']]) assert.notDeepStrictEqual(featuresOf(a), featuresOf(b), a);
    // In a sentence: a place, with exact offsets.
    const text = 'Officials said the US would send aid.';
    const at = text.indexOf('US');
    assert.deepStrictEqual(recognizeNames(text, [0]).map((s) => [s.start, s.end, s.type]), [[at, at + 2, 'place']]);
  });

  it('describes a word by its case and short shape, hashed as the shape written out', () => {
    // The shape as the model was trained on it, written plainly: X upper case, x lower case, d digit,
    // other characters kept, runs cut at two.
    const caseOf = (ch: string): number => (ch.toLowerCase() === ch.toUpperCase() ? 0 : ch === ch.toLowerCase() ? 2 : 1);
    const shape = (word: string): string => {
      let out = '';
      for (let i = 0; i < word.length; i++) {
        const k = caseOf(word[i]);
        const s = k === 1 ? 'X' : k === 2 ? 'x' : /[0-9]/.test(word[i]) ? 'd' : word[i];
        if (!out.endsWith(s + s)) out += s;
      }
      return out;
    };
    const cases: [string, number][] = [
      ['paris', 1], ['Paris', 2], ['NATO', 3], ['iPhone', 4], ['McDonald', 2], ['2019', 0], ['1,200.50', 0], ['U.S.', 3], ['al-Assad', 4],
      ['Österreich', 2], ['ÄRGER', 3], ['Москва', 2], ['北京', 0], ['e\u0301cole', 1], ['XXXXxxxx', 2], ['x1y22z333', 1], ['😀x', 1], ['ǅemal', 2],
    ];
    for (const [word, cap] of cases) {
      const text = ` ${word} `;
      const record = wordRecord(wordAt(text, 1, 1 + word.length));
      const normal = word.replace(/[0-9]/g, '0');
      assert.strictEqual(record.cap, cap, `${word} cap`);
      assert.strictEqual(record.shapeHash, hashString(shape(normal), 4 /* the shape template's seed */), `${word} shape ${shape(normal)}`);
    }
  });

  it('keeps the words of a document apart when the word table starts over in the middle of it', () => {
    // More distinct spellings than the table holds (65,536) between two copies of one sentence: the table
    // starts over while the first copy's words are still in use, and they must keep their scores.
    const sentence = 'Angela Merkel met Emmanuel Macron in Paris.';
    const alone = labelled(sentence);
    const filler: string[] = [];
    for (let k = 0; k < 70_000; k++) filler.push(`zq${k.toString(36)}${k % 20 === 19 ? '\n' : ' '}`);
    const text = `${sentence}\n${filler.join('')}\n${sentence}`;
    const inputs = extractTaggerInputs(text, [], loadNerModel().casePrior);
    const { starts, ends, count, sentenceStart } = inputs.tokens;
    let checked = 0;
    for (let from = 0; from < count; ) {
      let to = from + 1;
      while (to < count && !sentenceStart[to]) to++;
      sentenceContext(inputs, from, to);
      for (let i = from; i < to; i++) {
        if (inputs.plain[i]) continue;
        const o = (i - from) * TAGGER_SLOTS;
        assert.strictEqual(wordRecord(inputs.slots[o + Slot.Own]).raw, text.slice(starts[i], ends[i]), `token ${i}`);
        const previous = inputs.slots[o + Slot.Neighbours];
        if (previous >= 0) assert.strictEqual(wordRecord(previous).raw, text.slice(starts[i - 1], ends[i - 1]), `token ${i - 1}`);
        checked++;
      }
      from = to;
    }
    assert.ok(checked >= 14, `${checked} tokens checked`);
    const found = names(text);
    const tail = text.length - sentence.length;
    assert.deepStrictEqual(found.filter((s) => s.end <= sentence.length).map((s) => `${s.type}:${text.slice(s.start, s.end)}`), alone);
    assert.deepStrictEqual(found.filter((s) => s.start >= tail).map((s) => `${s.type}:${text.slice(s.start, s.end)}`), alone);
    assert.strictEqual(found.length, 2 * alone.length, 'no names in the filler');
  });

  it("finds the original sample's people, organisations and places", () => {
    const found = labelled(readFixture(SAMPLE_ORIGINAL));
    has(found, [
      'person:Volodymyr Zelensky', 'person:Zelensky', 'person:Donald Trump', 'person:Trump', 'person:Keir Starmer',
      'person:Emmanuel Macron', 'person:Mark Rutte', 'person:Jens Stoltenberg', 'person:Maria Zakharova', 'person:Olaf Scholz',
      'person:Putin',
      'organization:NATO', 'organization:BBC News',
      'place:Ukraine', 'place:Russia', 'place:UK', 'place:United Kingdom', 'place:London', 'place:Washington', 'place:Kharkiv',
    ]);
  });

  it("finds the rewrite's people, organisations and places", () => {
    const found = labelled(readFixture(SAMPLE_REWRITE));
    has(found, [
      'person:Zelensky', 'person:Donald Trump', 'person:Trump', 'person:Emmanuel Macron', 'person:Mark Rutte',
      'organization:NATO',
      'place:Ukraine', 'place:Russia', 'place:United States', 'place:UK', 'place:Germany',
    ]);
  });

  it('tokenises ASCII text by hand exactly as the token pattern does, and hands anything else to the pattern', () => {
    // The pattern of tokens.ts, run at every token start: the reference the fast ASCII scan must match.
    const PATTERN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-&'’.,:/][\p{L}\p{M}\p{N}]+)*|\S/uy;
    const reference = (text: string): string[] => {
      const out: string[] = [];
      for (let pos = 0; pos < text.length; ) {
        if (/\s/.test(text[pos])) { pos++; continue; }
        PATTERN.lastIndex = pos;
        PATTERN.test(text);
        out.push(text.slice(pos, PATTERN.lastIndex));
        pos = PATTERN.lastIndex;
      }
      return out;
    };
    const text = "U.S. e.g. A.B a. I. Mr.Smith AT&T 3,000.50 9/11 rock-'n'-roll x- -y a,b, 'quoted' \"Ann\" " +
      'café São Paulo naïve Zürich-based 12:30 don’t O’Neill ’90s 😀 x😀 e\u0301t\u00e9 end. ' +
      '“Quoted,” she said—and left… ‘x’ a–b ―z word’ word’é rock’n’roll’s it’s’ x’’y “U.S.” A.’B.’ end…';
    const t = tokenizeForTagger(text, []);
    const got = Array.from(t.starts, (s, k) => text.slice(s, t.ends[k]));
    // The tagger also splits clitics off; join them back to compare with the bare pattern.
    const joined: string[] = [];
    got.forEach((tok, k) => {
      if (k > 0 && t.starts[k] === t.ends[k - 1] && /^['’]\p{L}{1,2}$/u.test(tok)) joined[joined.length - 1] += tok;
      else joined.push(tok);
    });
    assert.deepStrictEqual(joined, reference(text));
  });
});
