import * as assert from 'assert';
import { hiddenInline, isSpace, overlapsAny, parseStructure, splitParagraphs, tokenize, tokenTableOf } from '../../../src/core/structure';
import type { DocumentStructure } from '../../../src/core/types';
import { assertSpan, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../helpers';

function checkOffsets(d: DocumentStructure): void {
  d.paragraphs.forEach((p, i) => { assertSpan(d.text, p, `paragraph ${i}`); assert.strictEqual(p.index, i); });
  d.sentences.forEach((s, i) => {
    assertSpan(d.text, s, `sentence ${i}`);
    assert.strictEqual(s.index, i);
    const p = d.paragraphs[s.paragraph];
    assert.ok(s.start >= p.start && s.end <= p.end, `sentence ${i} inside its paragraph`);
  });
  d.tokens.forEach((t, i) => {
    assertSpan(d.text, t, `token ${i}`);
    const s = d.sentences[t.sentence];
    assert.ok(t.start >= s.start && t.end <= s.end, `token ${i} inside its sentence`);
    if (i > 0) assert.ok(t.start >= d.tokens[i - 1].end, `token ${i} after the previous one`);
  });
}
const sentences = (text: string): string[] => parseStructure(text).sentences.map((s) => s.text);
const tokens = (text: string): string[] => parseStructure(text).tokens.map((t) => t.text);

describe('structure: paragraphs', () => {
  it('gives nothing for empty or blank text', () => {
    for (const t of ['', '   ', '\n\n\r\n', ' \t\n  \r ']) {
      const d = parseStructure(t);
      assert.deepStrictEqual([d.paragraphs.length, d.sentences.length, d.tokens.length], [0, 0, 0], JSON.stringify(t));
    }
  });

  it('makes one paragraph per line in the samples, with zero-based line numbers', () => {
    const text = readFixture(SAMPLE_REWRITE);
    const d = parseStructure(text);
    checkOffsets(d);
    assert.strictEqual(d.paragraphs.length, 13); // 14 lines, one blank
    assert.deepStrictEqual(d.paragraphs.slice(0, 4).map((p) => p.line), [0, 1, 3, 4]);
    assert.ok(d.paragraphs.every((p) => p.kind === 'prose'));
  });

  it('keeps CRLF and lone CR out of spans and counts lines for both', () => {
    const text = 'First line.\r\nSecond line.\rThird line.\n\r\nFifth.';
    const d = parseStructure(text);
    checkOffsets(d);
    assert.deepStrictEqual(d.paragraphs.map((p) => [p.text, p.line]), [['First line.', 0], ['Second line.', 1], ['Third line.', 2], ['Fifth.', 4]]);
    assert.strictEqual(d.paragraphs[1].start, 13);
  });

  it('recognises Markdown blocks', () => {
    const text = [
      '---', 'title: "Mr. Front Matter said."', '---',
      '# A heading', '- a list item', '* another item', '12. numbered item',
      '> a block quote', '***', '| a | b |', '|---|---|', '| 1 | 2 |', '', 'Title', '=====', 'Plain prose.',
    ].join('\n');
    const d = parseStructure(text);
    checkOffsets(d);
    assert.deepStrictEqual(d.paragraphs.map((p) => p.kind), ['code', 'heading', 'list', 'list', 'list', 'quote', 'rule', 'table', 'heading', 'prose']);
    assert.deepStrictEqual(d.paragraphs.map((p) => p.line), [0, 3, 4, 5, 6, 7, 8, 9, 13, 15]);
    assert.deepStrictEqual(d.sentences.map((s) => s.text), ['A heading', 'a list item', 'another item', 'numbered item', 'a block quote', 'Title', 'Plain prose.']);
  });

  it('makes a fenced code block one paragraph with no sentences or tokens inside', () => {
    const text = 'Before it.\n```ts\nconst x = "Mr. Smith said: “Hello.”";\n\nmore code.\n```\nAfter it.\n~~~\nUnclosed fence. Still code.\n\n';
    const d = parseStructure(text);
    checkOffsets(d);
    assert.deepStrictEqual(d.paragraphs.map((p) => p.kind), ['prose', 'code', 'prose', 'code']);
    assert.strictEqual(d.paragraphs[1].text, '```ts\nconst x = "Mr. Smith said: “Hello.”";\n\nmore code.\n```');
    assert.strictEqual(d.paragraphs[3].text, '~~~\nUnclosed fence. Still code.');
    assert.deepStrictEqual(d.sentences.map((s) => s.text), ['Before it.', 'After it.']);
    for (const t of d.tokens) assert.ok(!d.paragraphs.some((p) => p.kind === 'code' && t.start >= p.start && t.start < p.end));
  });

  it('makes an HTML comment opening a line one code paragraph, up to the line that closes it', () => {
    const text = '<!-- wp:paragraph -->\nTrump said “yes”.\n<!-- Note:\r\nMacron said “no”.\n\n  -->  \nAfter it.\n<!-- note --> Shown after it.\n<!-- never closed\nLast line.';
    const d = parseStructure(text);
    checkOffsets(d);
    assert.deepStrictEqual(d.paragraphs.map((p) => [p.kind, p.text]), [
      ['code', '<!-- wp:paragraph -->'], ['prose', 'Trump said “yes”.'], ['code', '<!-- Note:\r\nMacron said “no”.\n\n  -->  '], ['prose', 'After it.'],
      // Text after the comment is shown, and an unclosed comment would hide the rest of the text: both stay prose.
      ['prose', '<!-- note --> Shown after it.'], ['prose', '<!-- never closed'], ['prose', 'Last line.'],
    ]);
    assert.ok(!d.sentences.some((x) => x.text.includes('Macron')));
  });

  it('finds Markdown inline code and HTML comments in prose, and takes no backtick quoting for code', () => {
    const text = 'Run `npm test` or ``a ` b`` now.\n```\n`fenced`\n```\nAn ` unmatched one, ``typed quotes,\'\' and `single\' ones, ` spaced ` too.' +
      '\nSaid <!-- note `x` --> here `y <!-- z` and <!-- never closed';
    const d = parseStructure(text);
    assert.deepStrictEqual(hiddenInline(d).map((s) => s.text), ['`npm test`', '``a ` b``', '<!-- note `x` -->', '`y <!-- z`']);
    assert.strictEqual(hiddenInline(d), hiddenInline(d));
    const spans = hiddenInline(d);
    assert.deepStrictEqual([0, 4, 5, 13, 14, 20].map((at) => overlapsAny(spans, at, at + 1)), [false, true, true, true, false, true]);
  });

  it('joins a hard-wrapped line that starts in lower case, and only that', () => {
    const d = parseStructure('The minister said the\r\nplan would fail.\nHeadline Without Period\nNext Paragraph starts here.');
    checkOffsets(d);
    assert.deepStrictEqual(d.paragraphs.map((p) => p.text), ['The minister said the\r\nplan would fail.', 'Headline Without Period', 'Next Paragraph starts here.']);
  });

  it('takes "---" under a sentence for a separator, under a title for a heading underline', () => {
    assert.deepStrictEqual(splitParagraphs('A short title\n---\nThe story ends here.\n---\nNext story.').map((p) => [p.kind, p.text]),
      [['heading', 'A short title\n---'], ['prose', 'The story ends here.'], ['rule', '---'], ['prose', 'Next story.']]);
  });

  it('treats "---" on the first line without a closing line as a rule, not front matter', () => {
    assert.deepStrictEqual(splitParagraphs('---\nText here.').map((p) => p.kind), ['rule', 'prose']);
  });
});

describe('structure: sentences', () => {
  it('does not split after titles, initials, decimals, versions or mid-sentence abbreviations', () => {
    assert.deepStrictEqual(sentences('Mr. Smith and Dr. Jones met Gen. Lee, Sen. Warren and Gov. Newsom on Jan. 5 and Sept. 11. It ended.'),
      ['Mr. Smith and Dr. Jones met Gen. Lee, Sen. Warren and Gov. Newsom on Jan. 5 and Sept. 11.', 'It ended.']);
    assert.deepStrictEqual(sentences('J. R. R. Tolkien met George W. Bush. Prices rose 2.26 per cent in v1.2 of the U.S. plan.'),
      ['J. R. R. Tolkien met George W. Bush.', 'Prices rose 2.26 per cent in v1.2 of the U.S. plan.']);
    assert.deepStrictEqual(sentences('Apples, pears, etc. and more, e.g. plums, i.e. fruit. Apple Inc. said so.'),
      ['Apples, pears, etc. and more, e.g. plums, i.e. fruit.', 'Apple Inc. said so.']);
    assert.deepStrictEqual(sentences('U.S. President Joe Biden spoke. It was No. 10 that replied.'), ['U.S. President Joe Biden spoke.', 'It was No. 10 that replied.']);
  });

  it('splits after an ambiguous abbreviation when a typical sentence opener follows', () => {
    assert.deepStrictEqual(sentences('He moved to the U.S. The move was quick.'), ['He moved to the U.S.', 'The move was quick.']);
    assert.deepStrictEqual(sentences('She works for Acme Inc. But not for long.'), ['She works for Acme Inc.', 'But not for long.']);
  });

  it('does not split a dateline\'s place in capitals after its abbreviation ("ST. LOUIS —")', () => {
    assert.deepStrictEqual(sentences('ST. LOUIS — Donald Trump spoke on Monday. FT. WORTH, Texas — He left. He lives on Main ST. The end.'),
      ['ST. LOUIS — Donald Trump spoke on Monday.', 'FT. WORTH, Texas — He left.', 'He lives on Main ST.', 'The end.']);
  });

  it('ends a sentence after a time of day before any capitalised word but a day, a month or a time zone', () => {
    assert.deepStrictEqual(sentences('They left by 6 p.m. Sen. Schumer spoke later.'), ['They left by 6 p.m.', 'Sen. Schumer spoke later.']);
    assert.deepStrictEqual(sentences('The vote is at 6 p.m. Tuesday and at 5 p.m. ET in Ohio, at 9 p.m. E.T. in Utah.'),
      ['The vote is at 6 p.m. Tuesday and at 5 p.m. ET in Ohio, at 9 p.m. E.T. in Utah.']);
  });

  it('ends a sentence after its closing quote, and not before a lower-case continuation', () => {
    const text = '“I thank you for this war,” he stated. “There is a victim: Ukraine.” Next came more. “Why?” he asked! Really?! Yes… Done.';
    assert.deepStrictEqual(sentences(text), ['“I thank you for this war,” he stated.', '“There is a victim: Ukraine.”', 'Next came more.', '“Why?” he asked!', 'Really?!', 'Yes…', 'Done.']);
    assert.deepStrictEqual(sentences('He said "it is over." Then he left.'), ['He said "it is over."', 'Then he left.']);
  });

  it('continues after a period when a quoted or bracketed lower-case word follows', () => {
    assert.deepStrictEqual(sentences('His office said the U.S. “does not have the capacity.” He left. (and came back).'),
      ['His office said the U.S. “does not have the capacity.”', 'He left. (and came back).']);
    assert.deepStrictEqual(sentences('It was the U.S. “We will win,” he said.'), ['It was the U.S.', '“We will win,” he said.']);
  });

  it('takes a spaced ellipsis as one terminator', () => {
    assert.deepStrictEqual(sentences('But you said . . . Then nothing. Twitter and ... ? Yes.'), ['But you said . . .', 'Then nothing.', 'Twitter and ... ?', 'Yes.']);
  });

  it('splits text written without capitals at its terminators', () => {
    const text = 'the minister said the plan would fail. he left the room soon after that. nobody else spoke at the meeting, and the vote was put off until next week. what happens now is unclear.';
    assert.deepStrictEqual(sentences(text), ['the minister said the plan would fail.', 'he left the room soon after that.',
      'nobody else spoke at the meeting, and the vote was put off until next week.', 'what happens now is unclear.']);
    // With ordinary capitals a lower-case word after a period still continues the sentence.
    assert.deepStrictEqual(sentences('The U.S. Senate met. Talks with the E.U. delegation, e.g. on trade, went on. Done.'),
      ['The U.S. Senate met.', 'Talks with the E.U. delegation, e.g. on trade, went on.', 'Done.']);
  });

  it('splits a multi-sentence quotation locally (documented rule)', () => {
    assert.deepStrictEqual(sentences('He said: “The war is long. We will win.”'), ['He said: “The war is long.', 'We will win.”']);
  });

  it('survives unbalanced quotes and brackets', () => {
    const d = parseStructure('He said “this is open. And (never closed. “ Another ” one.');
    checkOffsets(d);
    assert.deepStrictEqual(d.sentences.map((s) => s.text), ['He said “this is open.', 'And (never closed.', '“ Another ” one.']);
  });

  it('splits the original sample article into sensible sentences', () => {
    const d = parseStructure(readFixture(SAMPLE_ORIGINAL));
    checkOffsets(d);
    const texts = d.sentences.map((s) => s.text);
    assert.ok(texts.includes('“I thank the people and government of the United Kingdom for their tremendous support since the beginning of this war,” he stated, highlighting the shared vision for a secure future.'));
    assert.ok(texts.some((t) => t.startsWith('Zelensky took the opportunity') && t.endsWith('loan agreement to boost Ukraine’s weapons production.')));
    assert.strictEqual(texts[texts.length - 1], 'Credit: BBC News');
  });
});

describe('structure: tokens', () => {
  it('splits possessives and n’t, keeps hyphenated words, numbers and abbreviations whole', () => {
    assert.deepStrictEqual(tokens('Zelensky’s Vice-President doesn\'t buy anti-tank U.S. arms for £2.26 billion, 1,000 or 10,000.5 units, Mr. Vance said.'),
      ['Zelensky', '’s', 'Vice-President', 'does', 'n\'t', 'buy', 'anti-tank', 'U.S.', 'arms', 'for', '£', '2.26', 'billion', ',', '1,000', 'or', '10,000.5', 'units', ',', 'Mr.', 'Vance', 'said', '.']);
    assert.deepStrictEqual(tokens('O\'Brien’s “peace” (now).'), ['O\'Brien', '’s', '“', 'peace', '”', '(', 'now', ')', '.']);
    assert.deepStrictEqual(tokens('Ph.D. students at 3:30 p.m. in the 1990s.'), ['Ph.D.', 'students', 'at', '3:30', 'p.m.', 'in', 'the', '1990s', '.']);
  });

  it('gives every token of a text denser in tokens than the room made for them, with no gaps', () => {
    // One token per character, more than the one per four characters the token array starts with.
    const text = `${'“a”'.repeat(400)}${',;'.repeat(300)} ok.`;
    const d = parseStructure(text);
    checkOffsets(d);
    assert.strictEqual(d.tokens.length, 1200 + 600 + 2);
    assert.strictEqual(d.tokens.filter((t) => t !== undefined).length, d.tokens.length);
    assert.deepStrictEqual(d.tokens.slice(0, 4).map((t) => t.text), ['“', 'a', '”', '“']);
    assert.deepStrictEqual(d.tokens.slice(-3).map((t) => t.text), [';', 'ok', '.']);
    const plain = parseStructure('Two words.');
    assert.deepStrictEqual([plain.tokens.length, Object.keys(plain.tokens)], [3, ['0', '1', '2']], 'no room left over after the last token');
  });

  it('joins hyphens and apostrophes as the full rules do (the char-code path and the regex agree)', () => {
    assert.deepStrictEqual(tokens('A front-runner. COVID-19.5 and co-op, rock\'n\'roll in the 1990\'s; l\'été, don’t, word- x, x-é, state-of-the-art.'),
      ['A', 'front-runner', '.', 'COVID-19.5', 'and', 'co-op', ',', 'rock\'n\'roll', 'in', 'the', '1990', '\'s', ';', 'l\'été', ',', 'do', 'n’t', ',', 'word', '-', 'x', ',', 'x-é', ',', 'state-of-the-art', '.']);
  });

  it('ends a plain word or number where the full rules do (the char-code fast path and the regex agree)', () => {
    // Each case sits where the fast path hands over to the regex: a period, comma or colon after a word or
    // a number, a title before a period, a combining mark or keycap after an ASCII character.
    assert.deepStrictEqual(tokens('He said. In 2015. Sen. Lee and Gen. Tso, at 3.5 or 7,5 or 12:30; in 1999, Dr.'),
      ['He', 'said', '.', 'In', '2015', '.', 'Sen.', 'Lee', 'and', 'Gen.', 'Tso', ',', 'at', '3.5', 'or', '7,5', 'or', '12:30', ';', 'in', '1999', ',', 'Dr', '.']);
    assert.deepStrictEqual(tokens('“Yes.” No,” x— y–z… 1\u20e3 #\ufe0f\u20e3 a\u0301b ab1c2. A1.'),
      ['“', 'Yes', '.', '”', 'No', ',', '”', 'x', '—', 'y', '–', 'z', '…', '1\u20e3', '#\ufe0f\u20e3', 'a\u0301b', 'ab1c2', '.', 'A1', '.']);
    // Repeated words keep their own offsets.
    const d = parseStructure('the cat and the dog. The end of the day.');
    checkOffsets(d);
    assert.deepStrictEqual(d.tokens.filter((t) => t.text === 'the').map((t) => t.start), [0, 12, 32]);
  });

  it('never splits inside a code point or a grapheme', () => {
    const text = 'Zoë met Rene\u0301e 👩‍👩‍👧 and 👍🏽 in 🇺🇦.';
    const d = parseStructure(text);
    checkOffsets(d);
    assert.deepStrictEqual(d.tokens.map((t) => t.text), ['Zoë', 'met', 'Rene\u0301e', '👩‍👩‍👧', 'and', '👍🏽', 'in', '🇺🇦', '.']);
  });

  it('keeps the tokens as a table that `tokens` reads, out of sight of JSON, keys and copies', () => {
    const text = 'Mr. Smith’s “deal” cost $5m.\r\nIt didn\'t. 👍🏽 U.S. troops left.';
    const d = parseStructure(text);
    const table = d.tokenTable!;
    assert.ok(table, 'parseStructure gives a table');
    assert.strictEqual(table.count, 19);
    for (const a of [table.starts, table.ends, table.sentences]) assert.strictEqual(a.length, table.count);
    const fromTable = Array.from({ length: table.count }, (_, i) => ({ start: table.starts[i], end: table.ends[i], text: text.slice(table.starts[i], table.ends[i]), sentence: table.sentences[i] }));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(d.tokens)), fromTable);
    assert.deepStrictEqual(fromTable.map((t) => t.text), ['Mr.', 'Smith', '’s', '“', 'deal', '”', 'cost', '$', '5m', '.', 'It', 'did', 'n\'t', '.', '👍🏽', 'U.S.', 'troops', 'left', '.']);
    assert.deepStrictEqual(fromTable.map((t) => t.sentence), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    assert.strictEqual(d.tokens, d.tokens, 'made once and kept');
    assert.deepStrictEqual(Object.keys(d), ['text', 'paragraphs', 'sentences', 'tokens']);
    assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(d))), ['text', 'paragraphs', 'sentences', 'tokens']);
    const copy = { ...d };
    assert.strictEqual(copy.tokenTable, undefined, 'a copy has no table');
    assert.strictEqual(copy.tokens, d.tokens, 'a copy has the tokens');
    assert.deepStrictEqual(JSON.stringify(tokenize(text, d.sentences)), JSON.stringify(d.tokens));
  });

  it('replaces the table by tokens assigned, and makes a table of a structure built by hand', () => {
    const d = parseStructure('One two. Three four.');
    const own = tokenTableOf(d);
    assert.strictEqual(own, d.tokenTable);
    const tokens = d.tokens.slice(0, 2);
    d.tokens = tokens;
    assert.strictEqual(d.tokens, tokens);
    assert.strictEqual(d.tokenTable, undefined);
    const made = tokenTableOf(d);
    assert.deepStrictEqual([made.count, Array.from(made.starts), Array.from(made.ends), Array.from(made.sentences)], [2, [0, 4], [3, 7], [0, 0]]);
    const byHand = tokenTableOf({ text: 'a b', paragraphs: [], sentences: [], tokens: [{ start: 2, end: 3, text: 'b', sentence: 4 }] });
    assert.deepStrictEqual([byHand.count, Array.from(byHand.starts), Array.from(byHand.ends), Array.from(byHand.sentences)], [1, [2], [3], [4]]);
  });

  it('reads a document\'s tokens again when a later document\'s tokens took the room they were written in', () => {
    const first = parseStructure('Mr. Smith’s “deal” cost $5m. It didn\'t.');
    const held = first.tokenTable!;
    const expected = JSON.stringify(tokenize(first.text, first.sentences));
    assert.strictEqual(first.tokenTable, held, 'kept while no other document is parsed');
    const second = parseStructure('Quite other words, written over the first ones. And more of them.');
    const again = first.tokenTable!;
    assert.notStrictEqual(again, held, 'read again');
    assert.strictEqual(first.tokenTable, again, 'and kept, in arrays of its own');
    assert.deepStrictEqual([again.count, again.starts.length], [held.count, held.count]);
    assert.strictEqual(JSON.stringify(first.tokens), expected);
    assert.strictEqual(JSON.stringify(second.tokens), JSON.stringify(tokenize(second.text, second.sentences)));
    parseStructure('A third.');
    assert.strictEqual(first.tokenTable, again, 'a table of its own is not taken');
    assert.notStrictEqual(second.tokenTable!.starts.buffer, parseStructure('Fourth.').tokenTable!.starts.buffer);
  });

  it('keeps tokenize() and a hand-built structure off the shared room, and a very long document\'s room not for good', () => {
    const other = parseStructure('Four five six.');
    const doc = parseStructure('One two. Three.');
    const table = doc.tokenTable;
    assert.deepStrictEqual(tokenize(other.text, other.sentences).map((t) => t.text), ['Four', 'five', 'six', '.']);
    tokenTableOf({ text: 'a', paragraphs: [], sentences: [], tokens: [{ start: 0, end: 1, text: 'a', sentence: 0 }] });
    assert.strictEqual(doc.tokenTable, table);
    const long = parseStructure('Word after word. '.repeat(20000));
    assert.ok(long.tokenTable!.starts.buffer.byteLength >= 4 * 60000);
    const short = parseStructure('Two words.');
    assert.ok(short.tokenTable!.starts.buffer.byteLength < 4 * 60000, 'a smaller room after the long document');
  });

  it('makes more room when many short sentences hold more tokens than the room made for them', () => {
    // Four tokens in five code units, sentence after sentence: more than a token per four code units overall.
    const text = '“a.” '.repeat(3000) + 'Ok.';
    const d = parseStructure(text);
    checkOffsets(d);
    assert.strictEqual(d.tokenTable!.count, 4 * 3000 + 2);
    assert.strictEqual(d.tokens.length, 4 * 3000 + 2);
    assert.deepStrictEqual(d.tokens.slice(-6).map((t) => [t.text, t.sentence]), [['“', 2999], ['a', 2999], ['.', 2999], ['”', 2999], ['Ok', 3000], ['.', 3000]]);
  });

  it('carries the sentence index', () => {
    const d = parseStructure('One two. Three.');
    assert.deepStrictEqual(d.tokens.map((t) => t.sentence), [0, 0, 0, 1, 1]);
  });

  it('keeps every offset valid on large mixed input', () => {
    const chunk = readFixture(SAMPLE_ORIGINAL).replace(/\n/g, '\r\n') + '\r\n# Head\r\n- item\r\n```\r\ncode. Code.\r\n```\r\n';
    const text = chunk.repeat(200);
    const d = parseStructure(text);
    checkOffsets(d);
    assert.strictEqual(d.paragraphs.filter((p) => p.kind === 'code').length, 200);
  });
});

describe('splitParagraphs: hard-wrapped lines read by char codes', () => {
  it('joins indented and lower-case lines as the Markdown rules say, across LF, CRLF and non-ASCII letters', () => {
    const text = '- item one\n  continued under the item\n\tand a tab\nA new line\nthe wrapped end of it.\r\nÉtat line\r\nélan lower start\n\n' +
      'Ends with quote”  \nlower after a quote\n| not | a table\nx';
    const paragraphs = splitParagraphs(text);
    assert.deepStrictEqual(paragraphs.map((p) => [p.kind, p.line, p.text]), [
      ['list', 0, '- item one\n  continued under the item\n\tand a tab'], // two spaces or a tab under a list item
      ['prose', 3, 'A new line\nthe wrapped end of it.'], // a capital does not continue the list; lower case continues the line
      ['prose', 5, 'État line\r\nélan lower start'], // not after a full stop; lower case beyond ASCII continues
      ['prose', 8, 'Ends with quote”  '], // a closing quote then spaces ends like a sentence
      ['prose', 9, 'lower after a quote'],
      ['prose', 10, '| not | a table\nx'], // a line with bars that is no table row is prose
    ]);
    for (const p of paragraphs) assert.strictEqual(p.text, text.slice(p.start, p.end));
  });
});

describe('isSpace', () => {
  it('is white space exactly as the regex class \\s reads it, for every UTF-16 code unit (the engine\'s one definition)', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    assert.deepStrictEqual(differ, []);
  });
});
