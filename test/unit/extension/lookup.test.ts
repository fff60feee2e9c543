import * as assert from 'assert';
import { AnalysisIndex } from '../../../src/extension/lookup';
import { ANALYSIS, TEXT } from './analysisFixture';

describe('AnalysisIndex', () => {
  const index = new AnalysisIndex(ANALYSIS);

  it('finds the mention under an offset, including right after its last character', () => {
    const start = TEXT.indexOf('Ada Lovelace');
    assert.strictEqual(index.mentionAt(start)?.entity.id, 'person:ada-lovelace');
    assert.strictEqual(index.mentionAt(start + 5)?.mention.text, 'Ada Lovelace');
    assert.strictEqual(index.mentionAt(start + 'Ada Lovelace'.length)?.entity.id, 'person:ada-lovelace');
    assert.strictEqual(index.mentionAt(TEXT.indexOf('Paris') + 2)?.entity.id, 'place:paris');
  });

  it('finds nothing between mentions or before the first one', () => {
    assert.strictEqual(index.mentionAt(0), undefined, 'the role word is not the mention');
    assert.strictEqual(index.mentionAt(TEXT.indexOf(' met') + 2), undefined);
    assert.strictEqual(index.mentionAt(TEXT.length), undefined);
  });

  it('finds the second mention of the same entity', () => {
    const hit = index.mentionAt(TEXT.indexOf('Lovelace said') + 3);
    assert.strictEqual(hit?.entity.id, 'person:ada-lovelace');
    assert.strictEqual(hit?.mention.start, TEXT.indexOf('Lovelace said'));
  });

  it('finds the quote under an offset and the quotes of a speaker', () => {
    assert.strictEqual(index.quoteAt(TEXT.indexOf('will'))?.speaker, 'person:ada-lovelace');
    assert.strictEqual(index.quoteAt(TEXT.indexOf('Paris')), undefined);
    assert.strictEqual(index.quotesBy('person:ada-lovelace').length, 1);
    assert.deepStrictEqual(index.quotesBy('place:paris'), []);
    assert.strictEqual(index.entity('organization:acme-corp')?.name, 'ACME Corp');
  });
});

describe('AnalysisIndex.sentenceAt', () => {
  it('finds the sentence holding a mention', () => {
    const index = new AnalysisIndex(ANALYSIS);
    assert.strictEqual(index.sentenceAt(TEXT.indexOf('Paris'))?.index, 0);
    assert.strictEqual(index.sentenceAt(TEXT.indexOf('Lovelace said'))?.index, 1);
  });
});
