// The ROUGE scorer used by bench/summary.bench.mjs, checked against values worked out by hand and
// against the example in rouge-score's README.
import * as assert from 'assert';
import * as path from 'path';

interface Score { precision: number; recall: number; f: number }
interface RougeModule {
  tokenize(text: string): string[];
  rougeN(candidate: string[], reference: string[], n: number): Score;
  lcsIndices(ref: string[], can: string[]): number[];
  rougeLsum(candidate: string[][], reference: string[][]): Score;
  rouge(candidate: string, reference: string): { rouge1: Score; rouge2: Score; rougeLsum: Score };
}

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);

describe('bench/lib/rouge.mjs', () => {
  let r: RougeModule;
  before(async () => {
    // A path held in a variable keeps TypeScript from resolving the untyped .mjs module.
    const file = path.join(__dirname, '../../../bench/lib/rouge.mjs');
    r = (await import(file)) as RougeModule;
  });

  it('tokenises like rouge-score: lower case, non-alphanumerics split, stems only words over 3 chars', () => {
    assert.deepStrictEqual(r.tokenize("U.S.-led Running, DOGS' 's ran!"), ['u', 's', 'led', 'run', 'dog', 's', 'ran']);
    // "was" and "has" are 3 characters: not stemmed (the stemmer would make them "wa" / "ha").
    assert.deepStrictEqual(r.tokenize('was has'), ['was', 'has']);
    assert.deepStrictEqual(r.tokenize(' -- '), []);
  });

  it('ROUGE-1 and ROUGE-2 count clipped n-gram overlap', () => {
    const c = r.tokenize('the cat sat on the mat');
    const ref = r.tokenize('the cat was on the mat');
    // Unigrams: "the" x2, cat, on, mat match: 5 of 6 on both sides.
    const r1 = r.rougeN(c, ref, 1);
    close(r1.precision, 5 / 6, 'R-1 P'); close(r1.recall, 5 / 6, 'R-1 R'); close(r1.f, 5 / 6, 'R-1 F');
    // Bigrams: "the cat", "on the", "the mat" match: 3 of 5 each.
    close(r.rougeN(c, ref, 2).f, 3 / 5, 'R-2 F');
    // Clipping: "the the the" against "the": 1 hit, P 1/3, R 1, F 2*(1/3)/(4/3) = 1/2.
    const clipped = r.rougeN(['the', 'the', 'the'], ['the'], 1);
    close(clipped.precision, 1 / 3, 'clipped P'); close(clipped.f, 1 / 2, 'clipped F');
    // No bigram in a one-word text: all zero, no division by zero.
    assert.deepStrictEqual(r.rougeN(['a'], ['a', 'b'], 2), { precision: 0, recall: 0, f: 0 });
  });

  it('matches the example of the rouge-score README (stemming on)', () => {
    // rouge-score: score(target="The quick brown fox jumps over the lazy dog",
    //   prediction="The quick brown dog jumps on the log.") -> rouge1 P 0.75 R 0.6667 F 0.70588,
    //   rougeL P 0.625 R 0.5556 F 0.58824 (one sentence each, so Lsum equals L).
    const s = r.rouge('The quick brown dog jumps on the log.', 'The quick brown fox jumps over the lazy dog');
    close(s.rouge1.precision, 0.75, 'R-1 P'); close(s.rouge1.recall, 6 / 9, 'R-1 R');
    close(s.rouge1.f, 0.7058823529411765, 'R-1 F');
    close(s.rougeLsum.precision, 0.625, 'R-L P'); close(s.rougeLsum.recall, 5 / 9, 'R-L R');
    close(s.rougeLsum.f, 0.5882352941176471, 'R-L F');
    // Bigrams: "the quick", "quick brown" match; 7 candidate, 8 reference bigrams: F = 2*2/(7+8).
    close(s.rouge2.f, 4 / 15, 'R-2 F');
  });

  it('breaks LCS ties the way rouge-score backtracks', () => {
    // ref [a b], can [b a]: both "a" and "b" are an LCS; rouge-score's backtracking keeps "a".
    assert.deepStrictEqual(r.lcsIndices(['a', 'b'], ['b', 'a']), [0]);
    assert.deepStrictEqual(r.lcsIndices(['x', 'a', 'y', 'b'], ['a', 'b', 'z']), [1, 3]);
    assert.deepStrictEqual(r.lcsIndices([], ['a']), []);
  });

  it('ROUGE-Lsum takes the union of LCS matches over candidate sentences', () => {
    // Reference "the dog sat"; candidate "the cat sat" / "the dog ran".
    // LCS with sentence 1 matches {the, sat}, with sentence 2 {the, dog}: union of 3 hits.
    // P = 3/6, R = 3/3, F = 2*(1/2)/(3/2) = 2/3. (Plain ROUGE-L over the joined text would find 2.)
    const s = r.rouge('the cat sat\nthe dog ran', 'the dog sat');
    close(s.rougeLsum.precision, 1 / 2, 'Lsum P'); close(s.rougeLsum.recall, 1, 'Lsum R');
    close(s.rougeLsum.f, 2 / 3, 'Lsum F');
  });

  it('ROUGE-Lsum counts each token occurrence once', () => {
    // Reference "a b" twice, candidate "a b" once: the first reference sentence uses up the
    // candidate's tokens, the second gets nothing. P = 2/2, R = 2/4, F = 2/3.
    const s = r.rougeLsum([['a', 'b']], [['a', 'b'], ['a', 'b']]);
    close(s.precision, 1, 'P'); close(s.recall, 1 / 2, 'R'); close(s.f, 2 / 3, 'F');
    // Empty lines are no sentences; an empty candidate scores 0.
    assert.strictEqual(r.rouge('', 'a b').rougeLsum.f, 0);
    close(r.rouge('a b\n\n', 'a b').rougeLsum.f, 1, 'trailing blank line');
  });
});
