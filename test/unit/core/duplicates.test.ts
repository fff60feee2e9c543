import * as assert from 'assert';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD, findDuplicates, findDuplicatesAgain, rememberParagraphs } from '../../../src/core/duplicates';
import { simdMinima } from '../../../src/core/simdMinHash';
import { parseStructure, splitParagraphs } from '../../../src/core/structure';
import { modelNameRecognizer } from '../../../src/core/ner';
import { assertSpan, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../helpers';

const duplicatesOf = (paragraphs: string[], threshold?: number) => findDuplicates(splitParagraphs(paragraphs.join('\n')), threshold);
const pairs = (paragraphs: string[], threshold?: number) =>
  duplicatesOf(paragraphs, threshold).map((d) => [d.kind, d.original.line, d.duplicate.line]);

const BASE = 'The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by four per cent, after months of debate between the mayor and opposition members.';
const OTHER = 'Residents who attended the meeting said they were worried about rising property taxes, and several asked the council to publish a detailed breakdown of the planned road works.';

describe('duplicates', () => {
  it('finds the five repeated paragraphs of the rewrite sample and none in the original', () => {
    const text = readFixture(SAMPLE_REWRITE);
    const found = findDuplicates(splitParagraphs(text));
    // 1-based lines: 4 → 2, 11–14 → 7–10
    assert.deepStrictEqual(found.map((d) => [d.original.line + 1, d.duplicate.line + 1]), [[2, 4], [7, 11], [8, 12], [9, 13], [10, 14]]);
    for (const d of found) {
      assert.strictEqual(d.kind, 'exact');
      assert.strictEqual(d.similarity, 1);
      assertSpan(text, d.original);
      assertSpan(text, d.duplicate);
    }
    assert.deepStrictEqual(findDuplicates(splitParagraphs(readFixture(SAMPLE_ORIGINAL))), []);
  });

  it('treats case, white space and quote style as the same text', () => {
    const copy = BASE.replace('new budget', '“new” budget').toUpperCase().replace(/ /g, '  ');
    const original = BASE.replace('new budget', '\'new\' budget');
    assert.deepStrictEqual(pairs([original, OTHER, copy]), [['exact', 0, 2]]);
  });

  it('reports each later copy once, against the earliest original', () => {
    assert.deepStrictEqual(pairs([BASE, OTHER, BASE, BASE]), [['exact', 0, 2], ['exact', 0, 3]]);
  });

  it('catches lightly edited copies as near duplicates', () => {
    const edits = [
      BASE.replace('Tuesday', 'Wednesday').replace('four', 'five'), // words changed
      BASE.replace('a new budget', 'a new annual budget').replace(', after', ', late on, after'), // words added
      BASE.replace(' on schools and roads', ' on schools').replace('between the mayor and', 'with'), // words removed
      BASE.replace(/,/g, '').replace(/\.$/, '!'), // punctuation changed
    ];
    for (const edited of edits) {
      const found = duplicatesOf([BASE, OTHER, edited]);
      assert.strictEqual(found.length, 1, edited);
      assert.strictEqual(found[0].kind, 'near');
      assert.strictEqual(found[0].original.line, 0);
      assert.strictEqual(found[0].duplicate.line, 2);
      assert.ok(found[0].similarity >= DEFAULT_NEAR_DUPLICATE_THRESHOLD && found[0].similarity <= 1); // 1 when only punctuation changed
    }
  });

  it('finds the same near copies when the document is long enough for MinHash candidates', () => {
    const edited = BASE.replace('Tuesday', 'Wednesday').replace('four', 'five');
    const filler = Array.from({ length: 100 }, (_, i) => `Filler paragraph number ${i} talks about item ${i * 7} and nothing else of note today.`);
    const short = pairs([BASE, OTHER, edited]);
    const long = pairs([BASE, OTHER, ...filler, edited]);
    assert.deepStrictEqual(short, [['near', 0, 2]]);
    assert.deepStrictEqual(long.filter(([, o]) => o === 0), [['near', 0, 102]]);
  });

  it('does not report merely related paragraphs on the same topic', () => {
    const related = [
      BASE,
      'The mayor said the budget approved by the council on Tuesday would give schools and roads the money they need, and thanked opposition members for months of debate.',
      'Opposition members on the council said the new budget was a missed chance and that the four per cent rise in spending would not fix the roads.',
      'Council budget approved: schools and roads to get four per cent more after months of debate.',
    ];
    assert.deepStrictEqual(duplicatesOf(related), []);
  });

  it('skips code blocks, rules and trivially short lines', () => {
    const text = ['Advertisement', 'A first paragraph of ordinary prose text here.', 'Advertisement', '* * *', '* * *',
      '```', 'const x = 1; // a line of code that repeats', '```', '```', 'const x = 1; // a line of code that repeats', '```', 'Read more'].join('\n');
    assert.deepStrictEqual(findDuplicates(splitParagraphs(text)), []);
  });

  it('reports a repeated short headline as an exact copy but not a short line with a word changed', () => {
    assert.deepStrictEqual(pairs(['Zelensky Visits London', BASE, 'Zelensky visits London', 'Zelensky visits Paris']), [['exact', 0, 2]]);
  });

  it('tells copies that differ only in punctuation from exact ones, in plain and in accented text', () => {
    // Same words, so the same word-sequence hash: the folded texts decide.
    const noCommas = BASE.replace(/,/g, '');
    assert.deepStrictEqual(pairs([BASE, noCommas, BASE.toUpperCase()]), [['near', 0, 1], ['exact', 0, 2]]);
    // Letters beyond ASCII take the regex path; its words must match those of the char-code path.
    const accented = BASE.replace('city', 'cité').replace('mayor', 'maïre');
    assert.deepStrictEqual(pairs([accented, OTHER, accented.replace(/"/g, '“').toUpperCase(), accented.replace('cité', 'city')]),
      [['exact', 0, 2], ['near', 0, 3]]);
  });

  it('reads the same words from the name tagger\'s tokens of the text as from the paragraphs\' characters', () => {
    // Tokens of several words (U.S.A., rock’n’roll, 3.5, front-runner), clitics, curly quotes and dashes, a paragraph
    // outside plain text (cité, an ideographic space), Markdown blocks, and near and exact copies of each.
    const tricky = [
      'The U.S.A. front-runner’s rock’n’roll tour, worth 3.5 billion — “the biggest” — didn’t stop in Washington on Tuesday.',
      BASE.replace('city', 'cité'), BASE.replace('voted', 'voted\u3000'), OTHER, '| a | b |\n|---|---|\n| 1 | 2 |', '# A heading for this story here',
    ];
    const texts = [
      [...tricky, ...tricky.map((p) => p.toUpperCase()), BASE, BASE.replace('four', 'five')].join('\n\n'),
      readFixture(SAMPLE_REWRITE),
      Array.from({ length: 80 }, (_, i) => (i % 3 ? tricky[i % tricky.length] : BASE.replace('four', String(i)))).join('\n'),
    ];
    for (const text of texts) {
      const doc = parseStructure(text);
      const alone = findDuplicates(doc.paragraphs);
      assert.ok(alone.length > 0);
      modelNameRecognizer(doc);
      for (const threshold of [undefined, 0.3, 0.9]) assert.deepStrictEqual(findDuplicates(doc.paragraphs, threshold, text), findDuplicates(doc.paragraphs, threshold));
      assert.deepStrictEqual(findDuplicates(doc.paragraphs, undefined, text), alone);
      // The tagger read another text since: the paragraphs' own characters are read.
      modelNameRecognizer(parseStructure(OTHER));
      assert.deepStrictEqual(findDuplicates(doc.paragraphs, undefined, text), alone);
    }
  });

  it('reports the exact Jaccard similarity of word bigrams for near copies', () => {
    const bigrams = (t: string): Set<string> => {
      const w = t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    };
    const edited = BASE.replace('Tuesday', 'Wednesday').replace('four', 'five');
    const [a, b] = [bigrams(BASE), bigrams(edited)];
    const common = [...a].filter((x) => b.has(x)).length;
    const found = duplicatesOf([BASE, edited]);
    assert.strictEqual(found[0].similarity, common / (a.size + b.size - common));
  });

  it('counts a repeated bigram once, in short documents and in long ones (MinHash candidates)', () => {
    const bigrams = (t: string): Set<string> => {
      const w = t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    };
    // "the council" three times in one paragraph, twice in its copy.
    const original = 'The council met and the council voted, so the council approved the plan for the new school building.';
    const copy = 'The council met and the council voted, so it approved the plan for the new school building today.';
    const [a, b] = [bigrams(original), bigrams(copy)];
    const common = [...a].filter((x) => b.has(x)).length;
    const expected = common / (a.size + b.size - common);
    const filler = Array.from({ length: 100 }, (_, i) => `Filler paragraph number ${i} talks about item ${i * 7} and nothing else of note today.`);
    for (const paragraphs of [[original, copy], [original, ...filler, copy]]) {
      const found = duplicatesOf(paragraphs).filter((d) => d.original.line === 0);
      assert.deepStrictEqual(found.map((d) => [d.kind, d.duplicate.line, d.similarity]), [['near', paragraphs.length - 1, expected]]);
    }
  });

  it('reads every word of a long paragraph of one-letter words', () => {
    const bigrams = (t: string): Set<string> => {
      const w = t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    };
    // As many words as a paragraph can hold: one per two code units (capitalised first, so that the
    // second line does not continue the first).
    const letters = Array.from({ length: 4001 }, (_, i) => (i ? String.fromCharCode(97 + ((i * 7) % 26)) : 'A'));
    const original = letters.join(' ');
    const copy = [...letters.slice(0, 2000), 'z', ...letters.slice(2001)].join(' ');
    const [a, b] = [bigrams(original), bigrams(copy)];
    const common = [...a].filter((x) => b.has(x)).length;
    assert.deepStrictEqual(duplicatesOf([original, copy]).map((d) => [d.kind, d.similarity]), [['near', common / (a.size + b.size - common)]]);
    assert.deepStrictEqual(pairs([original, original.toUpperCase()]), [['exact', 0, 1]]);
  });

  it('honours the threshold parameter', () => {
    const edited = BASE.replace('Tuesday', 'Wednesday').replace('four', 'five').replace('roads', 'bridges');
    const j = duplicatesOf([BASE, edited])[0].similarity;
    assert.deepStrictEqual(pairs([BASE, edited], j), [['near', 0, 1]]);
    assert.deepStrictEqual(pairs([BASE, edited], j + 0.01), []);
  });

  it('handles nothing, one paragraph and non-prose only', () => {
    assert.deepStrictEqual(findDuplicates([]), []);
    assert.deepStrictEqual(duplicatesOf([BASE]), []);
    assert.deepStrictEqual(duplicatesOf(['---', '---']), []);
  });

  it('scales to 10,000 paragraphs with planted copies (not a timing assertion)', () => {
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(' ');
    let seed = 7;
    const rnd = (n: number): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
    const paragraphs: string[] = [];
    for (let i = 0; i < 10000; i++) paragraphs.push(Array.from({ length: 30 }, () => words[rnd(words.length)] + rnd(50)).join(' ') + '.');
    const planted = [10, 500, 4000, 9000];
    for (const p of planted) paragraphs.push(paragraphs[p].replace(/^\S+ \S+/, 'changed words'));
    const found = duplicatesOf(paragraphs);
    assert.deepStrictEqual(found.map((d) => [d.original.index, d.duplicate.index]), planted.map((p, i) => [p, 10000 + i]));
  });

  it('findDuplicatesAgain gives what findDuplicates gives, edit after edit, short documents and long ones', () => {
    const sample = readFixture(SAMPLE_REWRITE).split('\n');
    let seed = 11;
    const rnd = (n: number): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
    // Long enough for MinHash candidates (over 64 paragraphs) in the second case.
    for (const lines of [sample, Array.from({ length: 6 }, (_, k) => sample.map((l) => (l.trim() ? `${l} (${k % 3})` : l))).flat()]) {
      let current = [...lines];
      for (let edit = 0; edit < 25; edit++) {
        const at = rnd(current.length);
        const kind = rnd(4);
        if (kind === 0) current[at] = current[rnd(current.length)]; // a copy pasted over a line
        else if (kind === 1) current[at] = current[at].replace(/\b(\w+) (\w+)/, '$2 $1'); // words swapped
        else if (kind === 2) current.splice(at, 1);
        else current[at] = current[at].toUpperCase();
        const paragraphs = splitParagraphs(current.join('\n'));
        for (const threshold of [undefined, 0.3, 0.8]) {
          assert.deepStrictEqual(findDuplicatesAgain(paragraphs, threshold), findDuplicates(paragraphs, threshold), `edit ${edit}, threshold ${threshold}`);
        }
      }
    }
  });
  it('gives the same after rememberParagraphs read the paragraphs in stretches, also stretches of another text', () => {
    const sample = readFixture(SAMPLE_REWRITE).split('\n');
    const lines = Array.from({ length: 6 }, (_, k) => sample.map((l) => (l.trim() ? `${l} (${k % 3})` : l))).flat();
    const paragraphs = splitParagraphs(lines.join('\n'));
    const other = splitParagraphs(readFixture(SAMPLE_ORIGINAL));
    rememberParagraphs(other, 0, other.length);
    for (let from = 0; from < paragraphs.length; from += 17) rememberParagraphs(paragraphs, from, from + 17);
    rememberParagraphs(paragraphs, paragraphs.length - 3, paragraphs.length + 50);
    assert.deepStrictEqual(findDuplicatesAgain(paragraphs), findDuplicates(paragraphs));
    assert.deepStrictEqual(findDuplicatesAgain(other), findDuplicates(other));
  });

  it('SIMD MinHash minima equal the signed minima of (x * a + b) | 0, sets of any size, in memory replaced when too small (never detached)', () => {
    let seed = 5;
    const rnd = (): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return seed | 0; };
    const permutations = 8;
    const multipliers = Int32Array.from({ length: permutations }, () => rnd() | 1);
    const offsets = Int32Array.from({ length: permutations }, () => rnd());
    const simd = simdMinima(multipliers, offsets);
    assert.ok(simd, 'this Node has WebAssembly SIMD');
    assert.strictEqual(simdMinima(multipliers.subarray(0, 6), offsets.subarray(0, 6)), null, 'not a multiple of four');
    // Sets of 1 to 40 values, then one of 100,000 (beyond the first memory page), then small ones again.
    const results: Int32Array[] = [];
    for (const sizes of [Array.from({ length: 300 }, (_, i) => 1 + (i % 40)), [100000, 3], [2, 1, 7]]) {
      const values = Int32Array.from({ length: sizes.reduce((a, b) => a + b, 0) }, () => rnd());
      const ranges = new Int32Array(2 * sizes.length);
      for (let j = 0, at = 0; j < sizes.length; at += sizes[j++]) { ranges[2 * j] = at; ranges[2 * j + 1] = at + sizes[j]; }
      const minima = simd.minima(values, ranges, sizes.length);
      assert.ok(minima, 'memory for the sets');
      assert.strictEqual(minima.length, sizes.length * permutations);
      for (const earlier of results) assert.ok(earlier.buffer.byteLength > 0, 'an earlier memory is not detached');
      results.push(minima);
      for (let j = 0; j < sizes.length; j++) {
        for (let i = 0; i < permutations; i++) {
          let least = 0x7fffffff;
          for (let s = ranges[2 * j]; s < ranges[2 * j + 1]; s++) least = Math.min(least, (Math.imul(values[s], multipliers[i]) + offsets[i]) | 0);
          assert.strictEqual(minima[j * permutations + i], least, `set ${j}, permutation ${i}`);
        }
      }
    }
  });
});
