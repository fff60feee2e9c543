import * as assert from 'assert';
import { countOf, formatIsoDate, formatValue, truncate } from '../../../src/extension/format';
import { formatSize, looksBinary } from '../../../src/extension/eligibility';
import { HIGHLIGHT_KINDS, highlightSpans } from '../../../src/extension/highlights';
import { ANALYSIS, TEXT } from './analysisFixture';

describe('format', () => {
  it('counts with the right plural', () => {
    assert.strictEqual(countOf(1, 'mention'), '1 mention');
    assert.strictEqual(countOf(0, 'mention'), '0 mentions');
    assert.strictEqual(countOf(3, 'quantity', 'quantities'), '3 quantities');
  });

  it('truncates at a word boundary and flattens whitespace', () => {
    assert.strictEqual(truncate('short\ntext', 20), 'short text');
    const cut = truncate('one two three four five six', 14);
    assert.ok(cut.length <= 14, cut);
    assert.strictEqual(cut, 'one two three…');
  });

  it('formats parsed values', () => {
    assert.strictEqual(formatValue({ kind: 'money', amount: 2.26e9, currency: 'GBP' }), '2,260,000,000 GBP');
    assert.strictEqual(formatValue({ kind: 'quantity', amount: 300, unit: 'km' }), '300 km');
    assert.strictEqual(formatValue({ kind: 'date', iso: '2022-02-24' }), '24 February 2022 (2022-02-24)');
    assert.strictEqual(formatValue(null), null);
  });

  it('formats partial and unknown dates', () => {
    assert.strictEqual(formatIsoDate('2022-02'), 'February 2022 (2022-02)');
    assert.strictEqual(formatIsoDate('2022'), '2022');
    assert.strictEqual(formatIsoDate('2022-13'), '2022-13');
    assert.strictEqual(formatIsoDate('next week'), 'next week');
  });
});

describe('eligibility', () => {
  it('tells binary from text', () => {
    assert.strictEqual(looksBinary('A normal article.\r\n\tWith tabs.\n'), false);
    assert.strictEqual(looksBinary(''), false);
    assert.strictEqual(looksBinary('PK\u0003\u0004\u0000\u0000abc'), true);
    assert.strictEqual(looksBinary('\u0001\u0002\u0003\u0004 text'), true);
    assert.strictEqual(looksBinary('\ufffd\ufffd\ufffd\ufffdab'), true);
    assert.strictEqual(looksBinary(`${'word '.repeat(200)}\u0007`), false, 'one stray control character is not binary');
  });

  it('formats sizes', () => {
    assert.strictEqual(formatSize(2 * 1024 * 1024), '2 MB');
    assert.strictEqual(formatSize(3.25 * 1024 * 1024), '3.3 MB');
    assert.strictEqual(formatSize(2048), '2 KB');
    assert.strictEqual(formatSize(12), '12 characters');
  });
});

describe('highlightSpans', () => {
  it('lists every mention by type and every quote', () => {
    const spans = highlightSpans(ANALYSIS, new Set(HIGHLIGHT_KINDS));
    assert.deepStrictEqual(spans.person.map((s) => TEXT.slice(s.start, s.end)), ['Ada Lovelace', 'Lovelace']);
    assert.deepStrictEqual(spans.organization.map((s) => TEXT.slice(s.start, s.end)), ['ACME Corp']);
    assert.deepStrictEqual(spans.money.map((s) => TEXT.slice(s.start, s.end)), ['$5 million']);
    assert.deepStrictEqual(spans.quote.map((s) => TEXT.slice(s.start, s.end)), ['"We will pay $5 million,"']);
    assert.deepStrictEqual(spans.date, []);
  });

  it('keeps only the spans touching a given range', () => {
    const lovelace = TEXT.lastIndexOf('Lovelace');
    const spans = highlightSpans(ANALYSIS, new Set(HIGHLIGHT_KINDS), { start: lovelace, end: lovelace + 3 });
    assert.deepStrictEqual(spans.person.map((s) => TEXT.slice(s.start, s.end)), ['Lovelace']);
    assert.deepStrictEqual(spans.organization, []);
    const all = highlightSpans(ANALYSIS, new Set(HIGHLIGHT_KINDS));
    const within = highlightSpans(ANALYSIS, new Set(HIGHLIGHT_KINDS), { start: 0, end: TEXT.length });
    assert.deepStrictEqual(within, all, 'the whole text keeps everything');
  });

  it('leaves disabled kinds empty', () => {
    const spans = highlightSpans(ANALYSIS, new Set(['place', 'quote'] as const));
    assert.deepStrictEqual(spans.person, []);
    assert.deepStrictEqual(spans.money, []);
    assert.strictEqual(spans.place.length, 1);
    assert.strictEqual(spans.quote.length, 1);
  });
});
