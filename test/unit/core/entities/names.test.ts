// The names' arrays, kept from one document for the next: views of the exact length, new arrays only when needed.
import * as assert from 'assert';
import { Names } from '../../../../src/core/entities/names';

describe('entities: names kept for the next document', () => {
  it('gives arrays of the asked length, on the same memory while it is large enough', () => {
    const names = new Names();
    names.reset(100);
    for (const a of [names.start, names.end, names.type, names.at, names.atEnd]) assert.strictEqual(a.length, 100);
    names.start[99] = 7;
    names.count = 5;
    const buffer = names.start.buffer;
    names.reset(60);
    assert.strictEqual(names.count, 0);
    assert.strictEqual(names.start.length, 60);
    assert.strictEqual(names.start.buffer, buffer, 'a smaller document reuses the arrays');
    names.reset(100);
    assert.strictEqual(names.start[99], 7, 'the same memory again');
    names.reset(1000);
    assert.notStrictEqual(names.start.buffer, buffer, 'a larger document gets larger arrays');
    assert.ok(names.start.buffer.byteLength >= 4 * 1000);
    for (const a of [names.start, names.end, names.type, names.at, names.atEnd]) assert.strictEqual(a.length, 1000);
  });

  it('does not keep the arrays of one very long document for the short ones after it', () => {
    const names = new Names();
    names.reset(1 << 20);
    const large = names.start.buffer;
    names.reset(1 << 19);
    assert.strictEqual(names.start.buffer, large, 'half as many names keep the arrays');
    names.reset(1000);
    assert.notStrictEqual(names.start.buffer, large);
    assert.ok(names.start.buffer.byteLength < 4 * (1 << 16));
  });
});
