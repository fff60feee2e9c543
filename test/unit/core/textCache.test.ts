import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import * as assert from 'assert';
import { ownCopy, TextCache } from '../../../src/core/textCache';

describe('TextCache', () => {
  it('makes a record once per distinct text, wherever the text stands', () => {
    const made: string[] = [];
    const cache = new TextCache<{ key: string }>(4, 64, (key) => { made.push(key); return { key }; });
    const text = 'Paris, Rome, Paris and Rome';
    const a = cache.get(text, 0, 5);
    assert.strictEqual(cache.get(text, 13, 18), a);
    assert.strictEqual(cache.get(text, 7, 11).key, 'Rome');
    assert.strictEqual(cache.get(text, 23, 27).key, 'Rome');
    assert.deepStrictEqual(made, ['Paris', 'Rome']);
  });

  it('keeps its records while it grows, and starts over at its limit', () => {
    let resets = 0;
    let makes = 0;
    const cache = new TextCache<string>(4, 16, (key) => { makes++; return key.toUpperCase(); }, () => resets++);
    const words = Array.from({ length: 8 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const at = (i: number): [number, number] => [i * 3, i * 3 + 2];
    words.forEach((_, i) => cache.get(text, ...at(i)));
    assert.strictEqual(makes, 8);
    words.forEach((w, i) => assert.strictEqual(cache.get(text, ...at(i)), w.toUpperCase()));
    assert.strictEqual(makes, 8, 'growing to 16 slots kept every record');
    assert.strictEqual(resets, 0);
    cache.get('w8', 0, 2);
    assert.strictEqual(resets, 1, 'the ninth record would fill more than half of the 16 slots');
    cache.get(text, ...at(0));
    assert.strictEqual(makes, 10, 'records are made again after the reset');
  });

  it('keeps its keys as strings of their own: a cache kept across documents does not keep the documents alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const cache = new TextCache<number>(1 << 4, 1 << 10, (key) => key.length);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let d = 0; d < 20; d++) {
      const document = `${String(d).padStart(2, '0')} ${'Volodymyr Zelensky said. '.repeat(200_000)}`; // 5 MB
      cache.get(document, 0, 21); // "07 Volodymyr Zelensky": a key of its own per document, longer than 13 characters
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    assert.ok(grown < 20, `the heap grew by ${grown.toFixed(0)} MB for 20 documents of 5 MB`);
    assert.strictEqual(ownCopy('Volodymyr Zelensky said'), 'Volodymyr Zelensky said');
  });
});

