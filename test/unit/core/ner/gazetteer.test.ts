// The recogniser's gazetteer: the shipped lists, the longest-match scan over a sentence's words, and the
// tagger reading the same gazetteer context as training does.
import * as assert from 'assert';
import { GOES_ON, LIST_BITS, List, STARTS_NAME, gazetteerValue, longestName, sequenceKey } from '../../../../src/core/ner/gazetteer';
import { Slot, TAGGER_SLOTS, extractFeatures, extractTaggerInputs, sentenceContext } from '../../../../src/core/ner/features';
import { loadNerModel } from '../../../../src/core/ner';
import { lowerHashOf } from '../../../../src/core/ner/words';

/** The lists that hold a name, by name, from its words' hashes as the tagger computes them. */
function listsOf(name: string): string[] {
  const words = name.split(' ');
  let key = lowerHashOf(words[0]);
  for (let i = 1; i < words.length; i++) key = sequenceKey(key, lowerHashOf(words[i]));
  const value = gazetteerValue(key) & LIST_BITS;
  const lists: [string, List][] = [['City', List.City], ['Country', List.Country], ['Region', List.Region], ['FirstName', List.FirstName], ['LastName', List.LastName]];
  return lists.filter(([, l]) => value & (1 << l)).map(([name]) => name);
}

/** Per token of the text (one sentence): its word and its gazetteer span value, as training reads them. */
function spansOf(text: string): string[] {
  const f = extractFeatures(text, [0], () => 0);
  const out: string[] = [];
  for (let i = 0; i < f.tokens.count; i++) if (f.spans[i]) out.push(`${text.slice(f.tokens.starts[i], f.tokens.ends[i])}:${f.spans[i] & 3}`);
  return out;
}

describe('ner: gazetteer', () => {
  it('holds places and people of the public lists, in the right lists, whatever the case', () => {
    assert.ok(listsOf('Paris').includes('City'));
    assert.ok(listsOf('GERMANY').includes('Country'));
    assert.ok(listsOf('Texas').includes('Region'));
    assert.ok(listsOf('Angela').includes('FirstName'));
    assert.ok(listsOf('Merkel').includes('LastName'));
    assert.ok(listsOf('Los Angeles').includes('City'));
    assert.ok(listsOf('New York').includes('Region'));
    assert.ok(listsOf('United States').includes('Country'));
    assert.ok(longestName() >= 3 && longestName() <= 5, `${longestName()} words at most`);
  });

  it('leaves out words that the training text mostly uses outside names, and unknown words', () => {
    // "Mobile" (Alabama), "Will" and "August" (first names) are ordinary words in eng.train.
    for (const word of ['the', 'said', 'mobile', 'Will', 'August', 'Zorblat']) assert.deepStrictEqual(listsOf(word), [], word);
  });

  it('marks a word that starts a longer name, and no other', () => {
    assert.ok(gazetteerValue(lowerHashOf('New')) & STARTS_NAME);
    assert.strictEqual(gazetteerValue(lowerHashOf('Zorblat')) & STARTS_NAME, 0);
  });

  it('marks a run of words that a longer name goes on from, so that the scan can stop at the first miss', () => {
    const keyOf = (name: string): number => name.split(' ').map(lowerHashOf).reduce((key, h) => sequenceKey(key, h));
    assert.ok(gazetteerValue(keyOf('Rio de')) & GOES_ON, 'Rio de (Janeiro)');
    assert.strictEqual(gazetteerValue(keyOf('Rio de Janeiro')) & GOES_ON, 0);
    assert.strictEqual(gazetteerValue(keyOf('The Minister')), 0);
  });

  it('marks the longest listed run of words that starts with a capital, first, inner and last word', () => {
    assert.deepStrictEqual(spansOf('She flew from New York to Rio de Janeiro on Monday.'), ['New:1', 'York:3', 'Rio:1', 'de:2', 'Janeiro:3']);
    // Not at a lower-case word, and not across the sentence's end.
    assert.deepStrictEqual(spansOf('a new york minute'), []);
    const f = extractFeatures('He left New. York was quiet.', [0, 12], () => 0);
    assert.deepStrictEqual(Array.from(f.spans), new Array(f.tokens.count).fill(0));
  });

  it('gives the tagger the span values that training reads', () => {
    const text = 'Officials in San Francisco and Buenos Aires said Pedro Almeida would visit Ho Chi Minh City.';
    const trained = extractFeatures(text, [0], loadNerModel().casePrior);
    const inputs = extractTaggerInputs(text, [0], loadNerModel().casePrior);
    sentenceContext(inputs, 0, inputs.tokens.count);
    let marked = 0;
    for (let i = 0; i < inputs.tokens.count; i++) {
      if (inputs.plain[i]) continue;
      assert.strictEqual(inputs.slots[i * TAGGER_SLOTS + Slot.Span], trained.spans[i], `token ${i}`);
      if (trained.spans[i]) marked++;
    }
    assert.ok(marked >= 4, `${marked} tokens in listed names`);
  });
});
