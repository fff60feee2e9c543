// End-to-end: analyze() on the samples and on edge cases, every offset of every annotation checked.
import * as assert from 'assert';
import { analyze, analyzeMany } from '../../../src/core/analyze';
import { tableStartOvers } from '../../../src/core/ner/words';
import { parseStructure } from '../../../src/core/structure';
import type { Analysis, Span } from '../../../src/core/types';
import { assertAllSpans, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE, seededRandom as random } from '../helpers';

/** Every annotation span of an analysis (paragraphs excluded). */
function annotationSpans(a: Analysis): Span[] {
  return [
    ...a.sentences,
    ...a.entities.flatMap((e) => e.mentions),
    ...a.quotes.flatMap((q) => [q, ...q.content, ...(q.source ? [q.source] : []), ...(q.cue ? [q.cue] : [])]),
    ...a.summary.sentences,
  ];
}

const EDGE_CASES: Record<string, string> = {
  empty: '',
  'white space only': ' \t\n\r\n  \n',
  'CRLF': readFixture(SAMPLE_ORIGINAL).replace(/\n/g, '\r\n'),
  'lone CR': readFixture(SAMPLE_REWRITE).replace(/\n/g, '\r'),
  'unbalanced quotes': 'President Joe Biden said “we will not stop. And then he left.\n“Another one, said Mr. Smith.\n"Straight and never closed, said Jane Doe in London.',
  'emoji and combining characters': 'Zoë Kravitz met Rene\u0301e Zellweger 👩‍👩‍👧 in Paris on Jan. 5, 2024. “Great 👍🏽,” said Zoë. 🇺🇦 aid rose to $3 billion.',
  'Markdown': [
    '---', 'title: "Mr. Fake Person said “front matter”."', '---',
    '# Biden Meets Macron in Paris', '',
    'President Joe Biden met French President Emmanuel Macron in Paris on Monday. “We agree,” Biden said.', '',
    '- Item about London and £5 million.', '1. Numbered item about Berlin.', '',
    '> “A block quote,” said Angela Merkel.', '',
    '```python', 'print("Mr. Code Person said “hello” in Berlin on May 5, 2020 for $100.")', '```', '',
    '| Name | Place |', '|---|---|', '| Olaf Scholz | Berlin |', '',
    '~~~', 'Unclosed fence: Dr. Jane Code said “never analysed”.',
  ].join('\n'),
};

describe('analyze: every offset valid', () => {
  for (const name of [SAMPLE_ORIGINAL, SAMPLE_REWRITE]) {
    it(`sample ${name}`, () => {
      const a = analyze(readFixture(name));
      assertAllSpans(a);
      assert.ok(a.sentences.length > 10);
      assert.strictEqual(a.summary.sentences.length, 3);
    });
  }

  for (const [name, text] of Object.entries(EDGE_CASES)) {
    it(name, () => {
      const a = analyze(text);
      assert.strictEqual(a.text, text);
      assertAllSpans(a);
    });
  }

  it('gives no annotations for empty and blank text', () => {
    for (const text of [EDGE_CASES.empty, EDGE_CASES['white space only']]) {
      const a = analyze(text);
      assert.deepStrictEqual([a.paragraphs.length, a.sentences.length, a.entities.length, a.quotes.length, a.duplicates.length, a.summary.sentences.length], [0, 0, 0, 0, 0, 0]);
    }
  });

  it('finds the same duplicates with CRLF and lone CR line ends', () => {
    const lf = analyze(readFixture(SAMPLE_REWRITE)).duplicates.map((d) => [d.original.line, d.duplicate.line]);
    assert.strictEqual(lf.length, 5);
    for (const eol of ['\r\n', '\r']) {
      const a = analyze(readFixture(SAMPLE_REWRITE).replace(/\n/g, eol));
      assert.deepStrictEqual(a.duplicates.map((d) => [d.original.line, d.duplicate.line]), lf);
    }
  });

  const codeBlocks = (a: Analysis) => a.paragraphs.filter((p) => p.kind === 'code');
  const assertOutsideCode = (a: Analysis, spans: Span[]): void => {
    for (const s of spans) for (const c of codeBlocks(a)) assert.ok(s.end <= c.start || s.start >= c.end, `"${s.text}" lies inside a code block`);
  };

  it('finds no sentence, quote or summary inside code blocks or front matter', () => {
    const a = analyze(EDGE_CASES.Markdown);
    assert.strictEqual(codeBlocks(a).length, 3); // front matter, the python fence, the unclosed fence
    assertOutsideCode(a, annotationSpans(a).filter((s) => !a.entities.some((e) => e.mentions.includes(s))));
    assert.ok(a.sentences.some((s) => s.text === 'Biden Meets Macron in Paris'));
    assert.ok(!a.sentences.some((s) => s.text.includes('|')), 'tables are not prose');
  });

  it('finds no entity inside code blocks or front matter', () => {
    const a = analyze(EDGE_CASES.Markdown);
    assertOutsideCode(a, a.entities.flatMap((e) => e.mentions));
  });

  it('finds no name, value or quote inside Markdown inline code or an HTML comment', () => {
    const a = analyze('Call `Vladimir Putin` or `print("Emmanuel Macron paid $5 million")` here. Joe Biden said “yes” on Monday <!-- Olaf Scholz said “no” -->.');
    assertAllSpans(a);
    assert.deepStrictEqual(a.entities.map((e) => e.name), ['Joe Biden', 'Monday']);
    assert.deepStrictEqual(a.quotes.map((q) => q.text), ['“yes”']);
  });

  it('reads a name and its quote the same through Markdown emphasis, but not a mark inside a word', () => {
    const plain = analyze('Zelensky met Keir Starmer in London.\n\n"We stand with Ukraine," said Keir Starmer.');
    const marked = analyze('Zelensky met **Keir Starmer** in London.\n\n"We stand with Ukraine," said _Keir Starmer_.');
    assertAllSpans(marked);
    const names = (a: typeof plain): string[] => a.entities.map((e) => `${e.type} ${e.name} ${e.mentions.length}`);
    assert.deepStrictEqual(names(marked), names(plain));
    assert.deepStrictEqual(marked.quotes.map((q) => [q.speakerName, q.source?.text]), [['Keir Starmer', 'Keir Starmer']]);
    const handle = analyze('Accounts like @Musliiiiimah_1 posted it.');
    assert.ok(!handle.entities.some((e) => e.name === 'Musliiiiimah'), 'an underscore inside a word stays in it');
  });

  it('keeps a name written in mojibake whole ("FranÃ§ois Hollande", also with the "Ã" decomposed), with exact offsets', () => {
    for (const ã of ['Ã', 'A\u0303']) {
      const text = `President Fran${ã}§ois Hollande said France was under threat. Hollande spoke from Paris. The caf${ã}© stayed open.`;
      const a = analyze(text);
      assertAllSpans(a);
      const hollande = a.entities.find((e) => e.name.endsWith('Hollande'));
      assert.ok(hollande, a.entities.map((e) => e.name).join(', '));
      assert.deepStrictEqual([hollande.type, hollande.name, hollande.mentions.length], ['person', `Fran${ã}§ois Hollande`, 2]);
    }
    // Only the character right after "Ã" joins: after "Â" ("Â£5"), or after another character ("Ã.§x"), a symbol stays apart.
    const tokens = parseStructure('It cost Â£5 at the cafÃ© and Ã.§x here.').tokens.map((t) => t.text);
    assert.deepStrictEqual(tokens.slice(2, 10), ['Â', '£', '5', 'at', 'the', 'cafÃ©', 'and', 'Ã']);
    assert.ok(tokens.includes('§') && tokens.includes('x'), tokens.join(' '));
  });

  it('keeps every offset valid on 300 seeded garblings of the samples: marks, breaks, surrogate halves, control characters', function () {
    this.timeout(60000);
    const PIECES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '—', '-', '.', '?', '…', ':', '(', ')', '[', ']', '\n', '\r\n', '\r', '\t',
      '\u00a0', '\u200b', '\u202e', '\ud83d', '\ude00', '👍🏽', 'e\u0301', '\u0000', '\ufeff', '#', '*', '_', '`', '```', '>', '|', '$',
      '£', '2,000', '3.5', 'Mr.', 'U.S.', 'Jr.', ' said ', 'He', ' she ', 'Trump', 'NATO', 'Feb.', 'İ', 'ß', 'Привет', '中文'];
    const samples = [readFixture(SAMPLE_ORIGINAL), readFixture(SAMPLE_REWRITE)];
    const next = random(20261126);
    const pick = (n: number): number => Math.floor(next() * n);
    for (let k = 0; k < 300; k++) {
      let text = samples[k % 2];
      for (let e = 1 + pick(40); e > 0; e--) {
        const at = pick(text.length + 1);
        text = text.slice(0, at) + PIECES[pick(PIECES.length)] + text.slice(at + pick(3));
      }
      const a = analyze(text);
      assert.strictEqual(a.text, text);
      assertAllSpans(a);
    }
  });

  it('completes on a 5 MB input with valid offsets (not a timing assertion)', function () {
    this.timeout(120000);
    const unit = readFixture(SAMPLE_ORIGINAL) + '\n' + EDGE_CASES['emoji and combining characters'] + '\r\n' + EDGE_CASES.Markdown + '\n\n';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const a = analyze(text);
    assertAllSpans(a);
    assert.ok(a.paragraphs.length > 10000);
    assert.ok(a.duplicates.length > 1000, 'repeated paragraphs are reported');
  });
});

describe('analyzeMany', () => {
  /** The same JSON as analyze() of each text, one call each. */
  const assertSameAsAnalyze = (texts: string[], options = {}): void => {
    const many = analyzeMany(texts, options);
    assert.strictEqual(many.length, texts.length);
    for (let i = 0; i < texts.length; i++) assert.strictEqual(JSON.stringify(many[i]), JSON.stringify(analyze(texts[i], options)), `text ${i}`);
  };

  it('gives what analyze() gives for each text, over more texts than one group, repeats and edge cases included', () => {
    const samples = [readFixture(SAMPLE_ORIGINAL), readFixture(SAMPLE_REWRITE)];
    const texts = [...samples, ...Object.values(EDGE_CASES)];
    // 2 + 7 texts, three times over (27: more than one group of 16), each sample also cut into its paragraphs.
    const all = [...texts, ...texts, ...texts, ...samples.flatMap((t) => t.split('\n'))];
    assertSameAsAnalyze(all);
    assertSameAsAnalyze(all.slice(0, 5), { summarySentences: 1, nearDuplicateThreshold: 0.9 });
    assert.deepStrictEqual(analyzeMany([]), []);
  });

  it('gives what analyze() gives when the tagger\'s word table starts over during a group (words of earlier documents renumbered)', function () {
    this.timeout(60000);
    // Some 80,000 distinct made-up words over 8 documents: more than the table's 65,536 spellings.
    const next = random(7);
    const word = (): string => Array.from({ length: 5 + Math.floor(next() * 6) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('');
    const texts = Array.from({ length: 8 }, (_, d) => Array.from({ length: 20 }, () => {
      const words = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? word().replace(/^./, (c) => c.toUpperCase()) : word()));
      return `${words.join(' ')}. “${word()} ${word()},” said Mr. Smith${d}.`;
    }).join('\n\n'));
    const before = tableStartOvers();
    const many = analyzeMany([readFixture(SAMPLE_ORIGINAL), ...texts, readFixture(SAMPLE_REWRITE)]);
    assert.ok(tableStartOvers() > before, 'the word table started over');
    const one = [readFixture(SAMPLE_ORIGINAL), ...texts, readFixture(SAMPLE_REWRITE)].map((t) => analyze(t));
    assert.strictEqual(JSON.stringify(many), JSON.stringify(one));
  });
});
