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
      const plain = JSON.stringify(expected).length;
      const packed = packAnalysis(analyze(text));
      const sent = packed.pieces.reduce((n, p) => n + p.json.length, 0);
      assert.deepStrictEqual(unpackAnalysis(overTheWire(packed), text), expected);
      assert.ok(sent < plain * 0.6, `packed ${sent} characters of JSON against ${plain}`);
      // No span in any piece carries the text it points to: the receiver slices it from the article.
      const carried = (value: unknown): number => {
        if (Array.isArray(value)) return value.reduce((n: number, v) => n + carried(v), 0);
        if (value === null || typeof value !== 'object') return 0;
        const n = value as Record<string, unknown>;
        const own = typeof n.start === 'number' && typeof n.end === 'number' && n.text === text.slice(n.start, n.end as number) ? 1 : 0;
        return own + Object.values(n).reduce((sum: number, v) => sum + carried(v), 0);
      };
      for (const piece of packed.pieces) assert.strictEqual(carried(JSON.parse(piece.json)), 0, `${piece.field} piece sends span texts`);
    });
  }

  it('sends a long list in several pieces and puts them back in order', () => {
    const text = 'word '.repeat(2500);
    const paragraphs = Array.from({ length: 2500 }, (_, i) => ({ start: 5 * i, end: 5 * i + 4, text: 'word', index: i, kind: 'prose' as const, line: 0 }));
    const long = { ...overTheWire(ANALYSIS), text, paragraphs };
    const packed = packAnalysis(overTheWire(long));
    assert.ok(packed.pieces.filter((p) => p.field === 'paragraphs').length > 1, 'the paragraphs come in pieces');
    assert.deepStrictEqual(unpackAnalysis(overTheWire(packed), text), long);
  });

  it('keeps a text that is not the slice it points to', () => {
    const text = 'abc def';
    const odd = { ...overTheWire(ANALYSIS), text, paragraphs: [{ start: 0, end: 3, text: 'ABC', index: 0, kind: 'prose' as const, line: 0 }] };
    const back = unpackAnalysis(overTheWire(packAnalysis(overTheWire(odd))), text);
    assert.strictEqual(back.paragraphs[0].text, 'ABC');
  });
});
