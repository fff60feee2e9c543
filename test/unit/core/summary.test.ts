// The extractive summary and the key facts.
import * as assert from 'assert';
import { parseStructure } from '../../../src/core/structure';
import { findEntities } from '../../../src/core/entities';
import { findQuotes } from '../../../src/core/quotes';
import { summarize } from '../../../src/core/summary';
import { isClosed, opensOnQuote } from '../../../src/core/summary/rank';
import { sentenceTerms } from '../../../src/core/summary/terms';
import { modelNameRecognizer } from '../../../src/core/ner';
import type { DocumentStructure, Entity, Quote } from '../../../src/core/types';
import { assertSpan, readFixture, SAMPLE_ORIGINAL } from '../helpers';

// One paragraph a line. The fund announcement (line 4) is taken up by the lines after it; the library
// and bakery lines are side notes that nothing else mentions.
const STORY = [
  'A powerful storm hit the coastal town of Marlow on Monday, flooding homes and cutting power to thousands.',
  'Local officials said the storm flooded more than two hundred homes near the harbour.',
  'The town library will hold its annual book sale next month as planned.',
  'The mayor announced an emergency fund for families whose homes were damaged.',
  'The emergency fund will give families up to five thousand pounds each.',
  'A new bakery opened on the high street last spring to good reviews from customers.',
  'The mayor said families can apply to the fund from Friday.',
].join('\n');

const texts = (doc: DocumentStructure, count?: number): string[] => summarize(doc, [], [], count).sentences.map((s) => s.text);

describe('summarize: sentences', () => {
  it('returns the chosen sentences in article order, as the document\'s own Sentence objects', () => {
    const doc = parseStructure(STORY);
    const chosen = summarize(doc, [], [], 3).sentences;
    assert.strictEqual(chosen.length, 3);
    for (let i = 1; i < chosen.length; i++) assert.ok(chosen[i - 1].index < chosen[i].index, 'article order');
    for (const s of chosen) {
      assert.strictEqual(s, doc.sentences[s.index], 'the Sentence object of the document');
      assertSpan(STORY, s, 'summary sentence');
    }
  });

  it('prefers a sentence that later ones take up over a side note, and keeps the lead', () => {
    const chosen = texts(parseStructure(STORY), 3);
    // Lead-3 would take the library line; the fund announcement is what the article goes on about.
    assert.ok(!chosen.some((t) => /library|bakery/.test(t)), chosen.join(' | '));
    assert.ok(chosen.some((t) => t.startsWith('The mayor announced an emergency fund')), chosen.join(' | '));
    assert.ok(chosen[0].startsWith('A powerful storm'), 'the lead sentence is kept');
  });

  it('holds back a sentence that opens on a pronoun, which read alone does not say who', () => {
    const story = [
      'Mayor Jane Hill announced an emergency fund on Monday for families whose homes the storm damaged.',
      'The storm flooded more than two hundred homes near the harbour, officials said.',
      'The emergency fund will give each family up to five thousand pounds from Friday.',
      'She said the council would also repair the harbour wall that the storm broke.',
      'The council will repair the harbour wall before winter, the engineers said.',
      'Families can apply to the emergency fund at the town hall or online.',
    ].join('\n');
    const chosen = texts(parseStructure(story), 3);
    assert.ok(!chosen.some((t) => t.startsWith('She said')), chosen.join(' | '));
    assert.ok(chosen.some((t) => t.startsWith('The emergency fund will give')), chosen.join(' | '));
  });

  it('holds back a sentence that starts inside a quote opened before it (a quote\'s tail with a stray closing mark)', () => {
    const story = [
      'Mayor Jane Hill announced an emergency fund on Monday for families whose homes the storm damaged.',
      'The storm flooded more than two hundred homes near the harbour, officials said.',
      '“We acted quickly. The emergency fund will give each family up to five thousand pounds from Friday,” Hill said.',
      'The council will repair the harbour wall before winter, the engineers said.',
      'Families can apply to the emergency fund at the town hall or online.',
    ].join('\n');
    const doc = parseStructure(story);
    const quotes = findQuotes(doc, findEntities(doc, modelNameRecognizer(doc)));
    const tail = doc.sentences.find((s) => s.text.startsWith('The emergency fund will give'));
    assert.ok(tail && quotes.some((q) => q.start < tail.start && tail.start < q.end), 'the sentence starts inside a found quote');
    const without = summarize(doc, [], [], 3).sentences.map((s) => s.text);
    const withQuotes = summarize(doc, [], quotes, 3).sentences.map((s) => s.text);
    assert.ok(without.includes(tail.text), `without the quotes it is chosen: ${without.join(' | ')}`);
    assert.ok(!withQuotes.includes(tail.text), withQuotes.join(' | '));
  });

  it('prefers a quote that says who speaks over one that does not, other things equal', () => {
    const story = [
      'Mayor Jane Hill announced an emergency fund on Monday for families whose homes the storm damaged.',
      'The storm flooded more than two hundred homes near the harbour, officials said.',
      '“The emergency fund will give each family up to five thousand pounds from Friday.”',
      'The council will repair the harbour wall before winter, the engineers said.',
      'Families can apply to the emergency fund at the town hall or online.',
    ].join('\n');
    const attributed = story.replace('from Friday.”', 'from Friday,” Hill said.');
    const chosen = (text: string): string[] => {
      const doc = parseStructure(text);
      return summarize(doc, [], findQuotes(doc, findEntities(doc, modelNameRecognizer(doc))), 3).sentences.map((s) => s.text);
    };
    assert.ok(!chosen(story).some((t) => t.startsWith('“The emergency fund')), chosen(story).join(' | '));
    assert.ok(chosen(attributed).some((t) => t.startsWith('“The emergency fund')), chosen(attributed).join(' | '));
  });

  it('respects the number asked for: 1, 3, more than there are sentences, 0', () => {
    const doc = parseStructure(STORY);
    assert.strictEqual(texts(doc, 1).length, 1);
    assert.strictEqual(texts(doc, 3).length, 3);
    assert.strictEqual(texts(doc).length, 3, 'default is 3');
    assert.deepStrictEqual(texts(doc, 50), doc.sentences.map((s) => s.text), 'all sentences, in order');
    assert.deepStrictEqual(texts(doc, 0), []);
  });

  it('never picks an exact duplicate twice, even when asked for more sentences than there are', () => {
    const repeated = 'Officials confirmed the bridge will close for repairs in June.';
    const text = [repeated, 'Drivers will have to use the ring road during the works.', repeated, 'The repairs cost the city twelve million dollars.'].join('\n');
    for (const n of [2, 3, 10]) {
      const chosen = texts(parseStructure(text), n);
      assert.strictEqual(chosen.filter((t) => t === repeated).length, 1, `n=${n}: ${chosen.join(' | ')}`);
    }
    assert.strictEqual(texts(parseStructure(text), 10).length, 3, 'three distinct sentences');
  });

  it('skips a near copy of a chosen sentence when other sentences are left', () => {
    const text = [
      'The central bank raised its main interest rate to five percent on Thursday.',
      'On Thursday the central bank raised the main interest rate to five percent, officials confirmed.',
      'Markets fell sharply after the announcement in early trading.',
      'Economists expect inflation to slow later in the year.',
    ].join('\n');
    const chosen = texts(parseStructure(text), 2);
    assert.strictEqual(chosen.filter((t) => /central bank raised/.test(t)).length, 1, chosen.join(' | '));
  });

  it('does not take a heading, a code block or a fragment as a summary sentence', () => {
    const text = [
      '# Storm hits Marlow and floods homes',
      'Scroll down for video.',
      'A powerful storm hit the coastal town of Marlow on Monday, flooding homes.',
      '```',
      'storm storm storm homes flooded storm Marlow homes storm.',
      '```',
      'Local officials said the storm flooded more than two hundred homes.',
      'Residents whose homes flooded in the storm can ask the town for help.',
    ].join('\n');
    const doc = parseStructure(text);
    // Whatever the structure module recognises, mark the first line as a heading and the fenced
    // lines as code, as the Markdown says.
    doc.paragraphs[0].kind = 'heading';
    for (const p of doc.paragraphs) if (/```|storm storm/.test(p.text)) p.kind = 'code';
    const chosen = texts(doc, 3);
    assert.strictEqual(chosen.length, 3);
    assert.ok(!chosen.some((t) => /^#|Storm hits|storm storm|Scroll down/.test(t)), chosen.join(' | '));
  });

  it('does not take a plain-text headline line while there are sentences', () => {
    const text = [
      'Storm Floods Hundreds Of Homes In The Coastal Town Of Marlow',
      'A powerful storm hit the coastal town of Marlow on Monday, flooding homes.',
      'Local officials said the storm flooded more than two hundred homes.',
      'Residents whose homes flooded in the storm can ask the town for help.',
      '- Emergency shelters for flooded homes open at the town hall',
    ].join('\n');
    const chosen = texts(parseStructure(text), 3);
    assert.strictEqual(chosen.length, 3);
    assert.ok(!chosen.some((t) => t.startsWith('Storm Floods')), chosen.join(' | '));
    // A paragraph of one sentence ending in a full stop is no title.
    assert.ok(texts(parseStructure('Storm floods homes in the town of Marlow.\nIt rained.'), 1)[0].startsWith('Storm'));
  });

  it('falls back to short sentences when there is nothing longer', () => {
    const chosen = texts(parseStructure('Fire at dawn.\nTwo hurt.\nRoad shut.'), 2);
    assert.strictEqual(chosen.length, 2);
  });

  it('handles an empty document and one without sentences', () => {
    assert.deepStrictEqual(summarize(parseStructure(''), [], []), { sentences: [], keyFacts: { people: [], quotes: [], figures: [] } });
    assert.deepStrictEqual(summarize(parseStructure('\n\n   \n'), [], []).sentences, []);
  });

  it('numbers a word the same wherever it occurs in a document, and whatever was read before', () => {
    // 70,000 made-up words between two copies of the story: more than the word table keeps, so it grows
    // while reading them and starts afresh at the next document.
    const filler = Array.from({ length: 70 }, (_, i) => Array.from({ length: 1000 }, (_, k) => `w${i}x${k}`).join(' ') + '.');
    const story = sentenceTerms(parseStructure(STORY));
    for (let round = 0; round < 2; round++) {
      const doc = parseStructure([STORY, ...filler, STORY].join('\n'));
      const { ids, offsets, vocabulary } = sentenceTerms(doc);
      const last = doc.sentences.length - 7;
      for (let i = 0; i < 7; i++) {
        assert.deepStrictEqual(ids.slice(offsets[last + i], offsets[last + i + 1]), ids.slice(offsets[i], offsets[i + 1]), `sentence ${i}`);
      }
      assert.strictEqual(vocabulary, story.vocabulary + 70_000);
      assert.deepStrictEqual(sentenceTerms(parseStructure(STORY)), story);
    }
  });

  it('keeps each content word once per sentence, in each of several documents read one after another', () => {
    // The same sentences at the same places in three documents: a word seen in sentence 0 of the first
    // document is new again in sentence 0 of the next ones. Plural and capitalised forms are one word.
    const text = 'Storm storms storm hit the harbour.\nThe harbour and the Harbour flooded; harbours flooded.\nStorm.';
    for (let round = 0; round < 3; round++) {
      const { ids, offsets, words, vocabulary } = sentenceTerms(parseStructure(text));
      const sentence = (i: number): number[] => [...ids.slice(offsets[i], offsets[i + 1])];
      assert.deepStrictEqual(sentence(0), [0, 1, 2], `round ${round}: storm, hit, harbour`);
      assert.deepStrictEqual(sentence(1), [2, 3], `round ${round}: harbour, flooded`);
      assert.deepStrictEqual(sentence(2), [0], `round ${round}: storm`);
      assert.deepStrictEqual([...words], [6, 8, 1]);
      assert.strictEqual(vocabulary, 4);
    }
  });

  it('reads the same terms from the token table as from tokens given by hand (a structure without a table)', () => {
    const doc = parseStructure(STORY + '\n\nA heading\n\n```\ncode here\n```\n');
    assert.ok(doc.tokenTable);
    const byHand: DocumentStructure = { text: doc.text, paragraphs: doc.paragraphs, sentences: doc.sentences, tokens: JSON.parse(JSON.stringify(doc.tokens)) };
    const fromTable = sentenceTerms(doc);
    assert.ok(fromTable.ids.length > 20);
    assert.deepStrictEqual(sentenceTerms(byHand), fromTable);
    // Fewer tokens by hand: the sentences after the last one's hold no terms.
    const cut: DocumentStructure = { ...byHand, tokens: byHand.tokens.filter((t) => t.sentence === 0) };
    const first = sentenceTerms(cut);
    assert.deepStrictEqual(Array.from(first.offsets.subarray(1)), new Array(doc.sentences.length).fill(fromTable.offsets[1]));
  });

  it('reads the same terms after the name tagger read the text (its words reused) as without it', () => {
    // Tokens the two tokenizers cut differently ("do" "n't" against "don" "'t"; "AT&T", "3:45") and the
    // tagger's word table starting over (70,000 made-up words) between and within documents.
    const tricky = 'AT&T didn’t say. It’s 3:45 p.m. in the U.S., and/or the U.N. e.g. Zoë’s co-op. Don\'t! They\'re here.';
    const filler = Array.from({ length: 70 }, (_, i) => Array.from({ length: 1000 }, (_, k) => `v${i}y${k}`).join(' ') + '.').join('\n');
    for (const text of [STORY, tricky, [tricky, filler, STORY, tricky].join('\n'), STORY + '\n' + tricky]) {
      const alone = sentenceTerms(parseStructure(text));
      const doc = parseStructure(text);
      modelNameRecognizer(doc);
      assert.deepStrictEqual(sentenceTerms(doc), alone);
      // The tagger read another text since: its words are not this document's.
      modelNameRecognizer(parseStructure(STORY.toUpperCase()));
      assert.deepStrictEqual(sentenceTerms(doc), alone);
    }
  });

  it('summarises a real article with three sentences from its prose', () => {
    const text = readFixture(SAMPLE_ORIGINAL);
    const doc = parseStructure(text);
    const chosen = summarize(doc, [], [], 3).sentences;
    assert.strictEqual(chosen.length, Math.min(3, doc.sentences.length));
    for (const s of chosen) assertSpan(text, s);
    assert.strictEqual(new Set(chosen.map((s) => s.text)).size, chosen.length);
  });
});

describe('summarize: key facts', () => {
  const text = 'x'.repeat(400);
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  const entity = (id: string, type: Entity['type'], starts: number[], extra: Partial<Entity> = {}): Entity => ({
    id, type, name: id.split(':')[1], aliases: [], roles: [], value: null,
    mentions: starts.map((s) => span(s, s + 5)), ...extra,
  });
  const quote = (start: number, end: number, speaker: string | null, speakerName: string | null): Quote => ({
    ...span(start, end), content: [span(start + 1, end - 1)], speaker, speakerName, source: null, cue: null, sentence: 0,
  });
  const doc = parseStructure(text);

  it('ranks people by mentions (and quotes), keeps their roles, and leaves out places and organisations', () => {
    const entities = [
      entity('person:ann-lee', 'person', [50, 120], { roles: ['Mayor'] }),
      entity('organization:city-council', 'organization', [10, 20, 30, 40]),
      entity('person:bo-chan', 'person', [5, 60, 70]),
      entity('person:cy-dunn', 'person', [200, 210]),
      entity('place:marlow', 'place', [0, 300, 310]),
    ];
    const quotes = [quote(215, 260, 'person:cy-dunn', 'Cy Dunn')];
    const { people } = summarize(doc, entities, quotes).keyFacts;
    // Bo Chan: 3 mentions; Cy Dunn: 2 mentions + 1 quote; Ann Lee: 2 mentions, first.
    assert.deepStrictEqual(people.map((p) => p.id), ['person:bo-chan', 'person:cy-dunn', 'person:ann-lee']);
    assert.deepStrictEqual(people[2], { id: 'person:ann-lee', name: 'ann-lee', roles: ['Mayor'], mentions: 2 });
    assert.strictEqual(people[1].mentions, 2, 'mentions counts names, not quotes');
  });

  it('names at most five main people', () => {
    const entities = Array.from({ length: 8 }, (_, i) => entity(`person:p${i}`, 'person', Array.from({ length: 8 - i }, (_, k) => 10 * i + k)));
    const { people } = summarize(doc, entities, []).keyFacts;
    assert.deepStrictEqual(people.map((p) => p.id), ['person:p0', 'person:p1', 'person:p2', 'person:p3', 'person:p4']);
  });

  it('lists quotes in article order with their speakers', () => {
    const quotes = [quote(300, 340, null, null), quote(100, 150, 'person:ann-lee', 'Ann Lee')];
    const facts = summarize(doc, [], quotes).keyFacts.quotes;
    assert.deepStrictEqual(facts, [
      { text: text.slice(100, 150), speakerName: 'Ann Lee', start: 100, end: 150 },
      { text: text.slice(300, 340), speakerName: null, start: 300, end: 340 },
    ]);
  });

  it('lists money, quantities and dates that have a calendar value, by first mention', () => {
    const entities = [
      entity('date:last-week', 'date', [20]),
      entity('date:2024-03-01', 'date', [90, 150], { value: { kind: 'date', iso: '2024-03-01' } }),
      entity('money:5000000-usd', 'money', [40], { value: { kind: 'money', amount: 5_000_000, currency: 'USD' } }),
      entity('person:ann-lee', 'person', [10]),
      entity('quantity:200-home', 'quantity', [70], { value: { kind: 'quantity', amount: 200, unit: 'home' } }),
    ];
    const { figures } = summarize(doc, entities, []).keyFacts;
    assert.deepStrictEqual(figures.map((f) => [f.id, f.type, f.start, f.end]), [
      ['money:5000000-usd', 'money', 40, 45], ['quantity:200-home', 'quantity', 70, 75], ['date:2024-03-01', 'date', 90, 95],
    ]);
    assert.deepStrictEqual(figures[0].value, { kind: 'money', amount: 5_000_000, currency: 'USD' });
    for (const f of figures) assert.strictEqual(f.text, text.slice(f.start, f.end));
  });
});

describe('summarize: sentence checks by char codes', () => {
  // The regexes these checks replaced, and strings at their edges.
  const OPENS_ON_QUOTE = /^[\s(]*["'`‘“«„]/;
  const CLOSED = /[.!?…]["'”’»)\]]*$/;
  const samples = ['', ' ', '(', '((', '"', '“Yes,” he said.', '( “Yes”', '(\u00a0«Oui»', '\u2003„Ja“', '`code`', '‘a’', 'He said “no”.',
    'No quote', '(No quote)', '”closing first', '[“bracket', 'Done.', 'Done."', 'Done.”)', 'Done!’»', 'Done?]', 'Wait…', 'Not done', 'Not done”',
    'Ends in ".', '.', '”', 'a.b', 'Title: subtitle', 'Really?!', '\u3000“wide space'];
  it('opensOnQuote and isClosed agree with the regexes', () => {
    for (const s of samples) {
      assert.strictEqual(opensOnQuote(s), OPENS_ON_QUOTE.test(s), `opensOnQuote(${JSON.stringify(s)})`);
      assert.strictEqual(isClosed(s), CLOSED.test(s), `isClosed(${JSON.stringify(s)})`);
    }
  });
});
