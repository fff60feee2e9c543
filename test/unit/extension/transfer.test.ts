import * as assert from 'assert';
import * as v8 from 'v8';
import { analyze } from '../../../src/core';
import { packAnalysis, unpackAnalysis } from '../../../src/extension/transfer';
import { readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../helpers';
import { ANALYSIS } from './analysisFixture';

/** What the other thread receives: a structured clone. */
const overTheWire = <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T;

describe('packAnalysis / unpackAnalysis', () => {
  it('round-trips a hand-made analysis exactly', () => {
    const expected = overTheWire(ANALYSIS);
    const packed = packAnalysis(overTheWire(ANALYSIS));
    assert.deepStrictEqual(unpackAnalysis(overTheWire(packed), ANALYSIS.text), expected);
  });

  for (const name of [SAMPLE_ORIGINAL, SAMPLE_REWRITE]) {
    it(`round-trips the engine's analysis of ${name} and sends far less`, () => {
      const text = readFixture(name);
      const expected = analyze(text);
      const plain = v8.serialize(expected).length;
      const packed = packAnalysis(analyze(text));
      const sent = v8.serialize(packed).length;
      assert.deepStrictEqual(unpackAnalysis(overTheWire(packed), text), expected);
      assert.ok(sent < plain / 2, `packed ${sent} bytes against ${plain}`);
    });
  }

  it('keeps a text that is not the slice it points to', () => {
    const text = 'abc def';
    const odd = { ...overTheWire(ANALYSIS), text, paragraphs: [{ start: 0, end: 3, text: 'ABC', index: 0, kind: 'prose' as const, line: 0 }] };
    const back = unpackAnalysis(overTheWire(packAnalysis(overTheWire(odd))), text);
    assert.strictEqual(back.paragraphs[0].text, 'ABC');
  });
});
