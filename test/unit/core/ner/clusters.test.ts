// Word clusters: the exchange algorithm of scripts/word-clusters.mjs on a toy language whose word
// classes are known, and the classes shipped in the model.
import * as assert from 'assert';
import { loadNerModel } from '../../../../src/core/ner';
import { BOUNDARY_CLASS, ClusterTemplate, UNKNOWN_CLASS, clusterFeatures, clusterLevels } from '../../../../src/core/ner/features';
import { wordAt, wordRecord } from '../../../../src/core/ner/words';
import { seededRandom as random } from '../../helpers';
// @ts-expect-error: a plain ES module of the training scripts, without type declarations.
import { BOUNDARY, clusterWords } from '../../../../scripts/word-clusters.mjs';


// A toy language: "DET ADJ? NOUN VERB DET NOUN", each slot drawn from its own words (numbered by
// slot * 100 + k). A class bigram model fits it exactly when the classes are the slots' word sets.
const SLOTS = 4;
function toyCorpus(sentences: number, seed: number): Int32Array[] {
  const pick = random(seed);
  const word = (slot: number): number => slot * 100 + Math.floor(pick() * 12);
  const sequences: Int32Array[] = [];
  for (let s = 0; s < sentences; s++) {
    const sentence = [word(0)];
    if (pick() < 0.5) sentence.push(word(1));
    sentence.push(word(2), word(3), word(0), word(2), BOUNDARY);
    sequences.push(Int32Array.from(sentence));
  }
  return sequences;
}

/** The classes found, as sets of word keys, written so that two partitions compare equal. */
function partition(result: { keys: Int32Array; fine: Int32Array }): string[] {
  const byClass = new Map<number, number[]>();
  result.keys.forEach((k, i) => { const c = result.fine[i]; byClass.set(c, [...(byClass.get(c) ?? []), k]); });
  return [...byClass.values()].map((ks) => ks.sort((a, b) => a - b).join(' ')).sort();
}

describe('ner: word clusters', () => {
  it('puts the words of a toy language in the classes of their slots, the same way on every run', () => {
    const corpus = toyCorpus(3000, 7);
    // The sentence boundary is clustered too: room for it beside the four slots.
    const a = clusterWords(corpus, { classes: [SLOTS + 1, 2], minCount: 3 });
    const found = partition(a);
    // No class mixes two slots, and every slot but one fits in one class (with five classes for four
    // slots and the boundary, the algorithm may spend a class on a random split of one slot instead).
    const slotOf = (k: string): number => Math.floor(Number(k) / 100);
    for (const ks of found) assert.strictEqual(new Set(ks.split(' ').map(slotOf)).size, 1, `mixed class: ${found.join(' | ')}`);
    assert.ok(found.length <= SLOTS + 1, found.join(' | '));
    const b = clusterWords(corpus, { classes: [SLOTS + 1, 2], minCount: 3 });
    assert.deepStrictEqual([...b.keys], [...a.keys]);
    assert.deepStrictEqual([...b.fine], [...a.fine]);
    assert.deepStrictEqual([...b.parents[0]], [...a.parents[0]]);
    assert.ok(a.parents[0].every((c: number) => c >= 0 && c < 2));
  });

  it('leaves out words seen fewer than the minimum count', () => {
    const corpus = [...toyCorpus(500, 3), Int32Array.of(9001, 0, 9002, BOUNDARY, 9001, 200, BOUNDARY)];
    const result = clusterWords(corpus, { classes: [8, 2], minCount: 3 });
    const keys = new Set(result.keys);
    assert.ok(!keys.has(9001) && !keys.has(9002), 'rare words are not kept');
    assert.ok(keys.has(0) && keys.has(200));
  });

  it('ships classes that group words of one kind apart from others', () => {
    const m = loadNerModel();
    const classOf = (w: string): number => m.clusters.classOf(wordRecord(wordAt(w, 0, w.length)).exactHash);
    const levels = clusterLevels(m.clusters);
    assert.ok(levels >= 2, `${levels} levels`);
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(classOf);
    const months = ['January', 'March', 'June', 'September', 'December'].map(classOf);
    for (const c of [...days, ...months]) assert.ok(c < BOUNDARY_CLASS, 'listed');
    assert.strictEqual(classOf('Zqxwvjk'), UNKNOWN_CLASS);
    // Days of the week share a class, months another.
    assert.strictEqual(new Set(days).size, 1, `days in classes ${days}`);
    assert.strictEqual(new Set(months).size, 1, `months in classes ${months}`);
    assert.notStrictEqual(days[0], months[0]);
    // Every level's features differ by template, and the sentinels stay apart from real classes.
    const out = new Int32Array(3 * levels);
    clusterFeatures(m.clusters, ClusterTemplate.Own, days[0], out, 0);
    clusterFeatures(m.clusters, ClusterTemplate.Prev, days[0], out, levels);
    clusterFeatures(m.clusters, ClusterTemplate.Own, UNKNOWN_CLASS, out, 2 * levels);
    assert.strictEqual(new Set(out).size, 3 * levels);
  });
});
