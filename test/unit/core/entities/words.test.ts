// The word view of the entity finders: spellings numbered while building or on first use read the same,
// the listed value starts are exactly the words that may start a value, and case counts span the document.
import * as assert from 'assert';
import { F_DATE_WORD, F_HOLIDAY_WORD, F_MONTH, F_NUMBER_WORD, lexiconFlags, VALUE_START_WORDS } from '../../../../src/core/entities/lexicon';
import { mayStartValueAsWord, STARTS_DATE_WORD, valueStartOf } from '../../../../src/core/entities/valueStarts';
import { ALL_CAPS_BIT, CAP, caseCounts, DIGIT_START, flagsAt, IS_WORD, isDotted, lowerAt, mayBeListed, plainWordShapes, textAt, valueStartAt, wordsOf, type Words } from '../../../../src/core/entities/words';
import { parseStructure } from '../../../../src/core/structure';
import { modelNameRecognizer } from '../../../../src/core/ner';
import { readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../../helpers';

const MIXED = 'The US said on Monday that Mr. Smith’s firm, AT&T, paid $5m; the firm’s CEO met NATO. ' +
  'Three days ago, a dozen Ukrainian officials met in Kyiv. Café owners and the "Premier League" — 20 km away — said THE END.\r\n' +
  'Last week iPhone sales rose 3.5 per cent, al-Assad’s aides said in Sept. 2019.';

describe('entities: word view', () => {
  for (const [what, text] of [['mixed text', MIXED], ['sample article', readFixture(SAMPLE_ORIGINAL)], ['rewritten sample', readFixture(SAMPLE_REWRITE)]]) {
    it(`every word of the ${what} reads its own spelling: text, lower case, flags and case bits`, () => {
      const ws = wordsOf(parseStructure(text));
      assert.ok(ws.n > 20);
      for (let i = 0; i < ws.n; i++) {
        const word = text.slice(ws.start[i], ws.end[i]);
        assert.strictEqual(textAt(ws, i), word);
        const c = word.charCodeAt(0);
        const cap = (ws.bits[i] & CAP) !== 0;
        assert.strictEqual(lowerAt(ws, i), cap || c > 127 ? word.toLowerCase() : word, word);
        assert.strictEqual(flagsAt(ws, i), (ws.bits[i] & IS_WORD) && !(ws.bits[i] & DIGIT_START) ? lexiconFlags(lowerAt(ws, i)) : 0, word);
        if (c >= 65 && c <= 90) assert.ok(cap, `${word} is capitalised`);
        if (c >= 97 && c <= 122 && !word.includes('-')) assert.ok(!cap, `${word} is not capitalised`);
        if (/^[A-Z]{2,}$/.test(word)) assert.ok(ws.bits[i] & ALL_CAPS_BIT, `${word} is in capitals`);
      }
    });
  }

  it('lists as value starts exactly the words whose spelling may start a value, in order', () => {
    const text = MIXED + ' ' + readFixture(SAMPLE_ORIGINAL);
    const ws = wordsOf(parseStructure(text));
    const expected: number[] = [];
    for (let i = 0; i < ws.n; i++) {
      const b = ws.bits[i];
      const kind = valueStartOf(textAt(ws, i), (b & IS_WORD) !== 0, (b & CAP) !== 0, (b & DIGIT_START) !== 0, flagsAt(ws, i));
      assert.strictEqual(valueStartAt(ws, i), kind, textAt(ws, i));
      if (kind) expected.push(i);
    }
    assert.deepStrictEqual(Array.from(ws.valueStarts), expected);
    const starts = new Set(expected.map((i) => textAt(ws, i)));
    for (const w of ['Monday', 'Three', 'a', '$', '5m', '20', 'Last', 'Sept.', '2019']) assert.ok(starts.has(w), w);
    for (const w of ['said', 'The', 'firm', 'Smith']) assert.ok(!starts.has(w), w);
  });

  it('tells listed value-start words and currency codes from other words of letters, whatever the case of the first letter', () => {
    const listed = VALUE_START_WORDS.filter((w) => /^[a-z]{2,}$/.test(w));
    assert.ok(listed.length > 40);
    for (const w of listed) {
      const flags = lexiconFlags(w);
      assert.ok(flags & (F_MONTH | F_DATE_WORD | F_NUMBER_WORD | F_HOLIDAY_WORD), w);
      for (const form of [w, w[0].toUpperCase() + w.slice(1)]) assert.ok(mayStartValueAsWord(` ${form} `, 1, 1 + form.length), form);
    }
    assert.ok(mayStartValueAsWord('Rs', 0, 2));
    // A holiday's first word starts a date only capitalised ("New Year’s Eve"), not as every "new" or "good".
    for (const w of ['new', 'good', 'super']) {
      assert.strictEqual(valueStartOf(w, true, false, false, lexiconFlags(w)), 0, w);
      assert.strictEqual(valueStartOf(w[0].toUpperCase() + w.slice(1), true, true, false, lexiconFlags(w)), STARTS_DATE_WORD, w);
    }
    for (const w of ['the', 'that', 'The', 'They', 'said', 'Trump', 'monthly', 'Thursdays', 'tens', 'ones', 'lasts', 'an', 'fewer']) {
      assert.strictEqual(mayStartValueAsWord(w, 0, w.length), listed.includes(w.toLowerCase()), w);
    }
  });

  it('tells abbreviations that take a following full stop as the pattern does, whatever the word', () => {
    const DOTTED_PATTERN = /^(?:\p{Lu}|\p{L}(?:\.\p{L})+|Mr|Mrs|Ms|Mx|Dr|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|Rev|Messrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Ave|Rd|Mme)$/u;
    const words = ['said', 'W', 'w', 'É', 'é', 'Mr', 'mr', 'Messrs', 'Messrss', 'vs', 'vst', 'v', 'e.g', 'U.S', 'a.m', 'Sept', 'Septemb', 'Trump',
      'Kyiv', 'No', 'no', 'Co', 'Zoë', 'Ürs', 'Ph.D', '2019', 'x-ray', 'Mme', 'Dec', 'DEC', 'al-Assad', 'É.U', 'Москва'];
    for (const w of words) {
      const text = ` ${w}. `;
      assert.strictEqual(isDotted(text, 1, 1 + w.length), DOTTED_PATTERN.test(w), w);
    }
  });

  it('builds the words of a document again after another document took their arrays', () => {
    const first = parseStructure(MIXED), second = parseStructure(readFixture(SAMPLE_ORIGINAL));
    const ws1 = wordsOf(first);
    // The entries of words [0, n) (the arrays have room for a word per token, and what lies past n is undefined).
    const view = (ws: Words): number[][] =>
      [ws.start, ws.end, ws.sentence, ws.bits].map((a) => Array.from(a.subarray(0, ws.n))).concat([Array.from(ws.valueStarts), Array.from(ws.first)]);
    const before = view(ws1);
    const ws2 = wordsOf(second);
    assert.ok(ws1.released, 'the arrays went to the second document');
    assert.ok(!ws2.released);
    assert.strictEqual(wordsOf(second), ws2, 'kept while no other document takes the arrays');
    const again = wordsOf(first);
    assert.notStrictEqual(again, ws1);
    assert.deepStrictEqual(view(again), before);
    assert.strictEqual(again.first.length, first.sentences.length + 1);
    assert.strictEqual(again.start.length, first.tokens.length);
    assert.ok(ws2.released);
  });

  it('reads the same words after the name tagger read the text (its words reused) as without it', () => {
    const view = (ws: Words): (number | string)[][] =>
      [ws.start, ws.end, ws.sentence, ws.bits].map((a) => Array.from(a.subarray(0, ws.n)) as (number | string)[])
        .concat([Array.from(ws.valueStarts), Array.from(ws.first), Array.from({ length: ws.n }, (_, i) => textAt(ws, i))]);
    // Tokens the two tokenizers cut differently (Mr. Smith’s, AT&T, 3.5, al-Assad’s), value starts (Monday, Three,
    // Sept.), and the tagger's word table starting over (70,000 made-up words) between and within documents.
    const filler = Array.from({ length: 70 }, (_, i) => Array.from({ length: 1000 }, (_, k) => `Zq${i}x${k} said`).join(' ') + '.').join('\n');
    for (const text of [MIXED, readFixture(SAMPLE_ORIGINAL), [MIXED, filler, MIXED].join('\n'), MIXED + '\n' + readFixture(SAMPLE_REWRITE)]) {
      const alone = view(wordsOf(parseStructure(text)));
      const doc = parseStructure(text);
      modelNameRecognizer(doc);
      assert.deepStrictEqual(view(wordsOf(doc)), alone);
      // The tagger read another text since: its words are not this document's.
      const again = parseStructure(text);
      modelNameRecognizer(parseStructure(MIXED.toUpperCase()));
      assert.deepStrictEqual(view(wordsOf(again)), alone);
    }
  });

  it('reads the same words from the token table as from tokens given by hand (a structure without a table)', () => {
    const view = (ws: Words): number[][] =>
      [ws.start, ws.end, ws.sentence, ws.bits].map((a) => Array.from(a.subarray(0, ws.n))).concat([Array.from(ws.valueStarts), Array.from(ws.first)]);
    for (const text of [MIXED, readFixture(SAMPLE_REWRITE)]) {
      const doc = parseStructure(text);
      assert.ok(doc.tokenTable);
      const fromTable = view(wordsOf(doc));
      const byHand = { text, paragraphs: doc.paragraphs, sentences: doc.sentences, tokens: JSON.parse(JSON.stringify(doc.tokens)) };
      const ws = wordsOf(byHand);
      assert.deepStrictEqual(view(ws), fromTable);
      // Mr. and Sept. joined back with their full stop, the possessive kept out: the table is read as the tokens are.
      if (text === MIXED) assert.deepStrictEqual(['Mr.', 'Smith', 'Sept.', 'al-Assad'].map((w) => Array.from({ length: ws.n }, (_, i) => textAt(ws, i)).includes(w)), [true, true, true, true]);
    }
  });

  it('does not keep the arrays of one very long document for the short ones after it', () => {
    const long = wordsOf(parseStructure('Word after word. '.repeat(30000)));
    assert.ok(long.start.buffer.byteLength >= 4 * 120000);
    const short = wordsOf(parseStructure(MIXED));
    assert.ok(short.start.buffer.byteLength < 4 * (1 << 16), `${short.start.buffer.byteLength} bytes`);
    assert.strictEqual(textAt(short, 1), 'US');
  });

  it('looks up no plain word whose shape no listed word has, and every other word', () => {
    const lists = [['president', 'mr', 'vice-president', 'gov.'], ['former']];
    const shapes = plainWordShapes(lists);
    const text = 'The former President, Mr Smith, a pretenders pal and vice-president, met gov. Formers in Presidente.';
    const ws = wordsOf(parseStructure(text));
    const listed = new Set(lists.flat());
    for (let i = 0; i < ws.n; i++) {
      const lower = text.slice(ws.start[i], ws.end[i]).toLowerCase();
      // Never false for a listed word: the filter only spares look-ups.
      if (listed.has(lower)) assert.ok(mayBeListed(ws, i, shapes), lower);
    }
    const at = (w: string): number => { for (let i = 0; i < ws.n; i++) if (text.slice(ws.start[i], ws.end[i]) === w) return i; return -1; };
    for (const w of ['Smith', 'met', 'pal', 'pretenders', 'Presidente', 'Formers']) assert.ok(!mayBeListed(ws, at(w), shapes), w);
    for (const w of ['former', 'President', 'Mr']) assert.ok(mayBeListed(ws, at(w), shapes), w);
    flagsAt(ws, at('met'));
    assert.ok(mayBeListed(ws, at('met'), shapes), 'a word numbered already is looked up anyway');
  });

  it('counts, for each capitalised word, the lower-case uses of its form in the whole document', () => {
    const text = 'the cat sat. The dog ran and the bird flew. THE END came; Bird watchers saw a bird.';
    const ws = wordsOf(parseStructure(text));
    const counts = caseCounts(ws);
    const at = (w: string): number => { for (let i = 0; i < ws.n; i++) if (textAt(ws, i) === w) return i; return -1; };
    assert.strictEqual(counts[at('The')]!.lowerCount, 2);
    assert.strictEqual(counts[at('The')], counts[at('THE')], 'one form for "The" and "THE"');
    assert.strictEqual(counts[at('Bird')]!.lowerCount, 2);
    assert.strictEqual(counts[at('cat')], undefined);
    assert.strictEqual(caseCounts(ws), counts, 'made once per document');
  });
});
