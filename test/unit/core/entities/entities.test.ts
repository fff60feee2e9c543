// findEntities with the rule recogniser: the sample articles and hand-written general cases.
import * as assert from 'assert';
import { analyze } from '../../../../src/core/analyze';
import { findEntities } from '../../../../src/core/entities';
import { ruleNameRecognizer } from '../../../../src/core/entities/ruleNames';
import { parseStructure } from '../../../../src/core/structure';
import type { Entity, EntityType, NameSpan } from '../../../../src/core/types';
import { assertAllSpans, assertSpan, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../../helpers';

function entitiesOf(text: string): Entity[] {
  const doc = parseStructure(text);
  const entities = findEntities(doc, ruleNameRecognizer(doc));
  for (const e of entities) {
    for (const m of e.mentions) {
      assertSpan(text, m, `mention of ${e.id}`);
      if (m.role) assertSpan(text, m.role, `role of ${e.id}`);
    }
  }
  return entities;
}
const named = (es: Entity[], type: EntityType): string[] => es.filter((e) => e.type === type).map((e) => e.name);
const find = (es: Entity[], name: string): Entity => {
  const e = es.find((x) => x.name === name);
  assert.ok(e, `entity "${name}" among ${es.map((x) => x.name).join(', ')}`);
  return e;
};

describe('entities: sample 000 (original report)', () => {
  const text = readFixture(SAMPLE_ORIGINAL);
  const es = entitiesOf(text);
  const people: [string, string[]][] = [
    ['Volodymyr Zelensky', ['Ukrainian President']], ['Donald Trump', ['President']], ['JD Vance', ['US Vice-President']],
    ['Keir Starmer', ['UK Prime Minister']], ['Jens Stoltenberg', ['NATO Secretary General']],
    ['Vladimir Putin', ['Russian President']], ['Maria Zakharova', ['Foreign Ministry spokeswoman']],
    ['Olaf Scholz', ['German Chancellor']], ['Emmanuel Macron', ['French President']], ['Mark Rutte', ['NATO chief']],
  ];
  it('finds each person exactly once, with the roles written with the name', () => {
    const found = named(es, 'person');
    for (const [name, roles] of people) {
      assert.strictEqual(found.filter((n) => n === name).length, 1, `${name} once in ${found.join(', ')}`);
      assert.deepStrictEqual(find(es, name).roles, roles, `roles of ${name}`);
    }
  });
  it('keeps two heads of NATO apart', () => {
    assert.notStrictEqual(find(es, 'Jens Stoltenberg').id, find(es, 'Mark Rutte').id);
  });
  it('groups surname, possessive and full-name mentions; spans exclude "’s" and roles', () => {
    const z = find(es, 'Volodymyr Zelensky');
    assert.ok(z.mentions.length >= 14, `${z.mentions.length} Zelensky mentions`);
    assert.ok(z.mentions.every((m) => m.text === 'Volodymyr Zelensky' || m.text === 'Zelensky'));
    assert.deepStrictEqual(z.aliases, ['Zelensky']);
    assert.strictEqual(z.mentions[0].role?.text, 'Ukrainian President');
    assert.strictEqual(z.id, 'person:volodymyr-zelensky');
    const starmer = find(es, 'Keir Starmer');
    assert.deepStrictEqual(starmer.mentions.map((m) => [m.text, m.role?.text]), [['Keir Starmer', 'UK Prime Minister'], ['Starmer', 'Prime Minister']]);
  });
  it('reads through the bracketed insertion “[Russian President Vladimir] Putin”', () => {
    const putin = find(es, 'Vladimir Putin');
    assert.deepStrictEqual(putin.mentions.map((m) => m.text), ['Vladimir] Putin', 'Putin']);
    assert.strictEqual(putin.mentions[0].role?.text, 'Russian President');
  });
  it('finds the organisations and places', () => {
    for (const org of ['NATO', 'Kremlin', 'BBC News']) assert.strictEqual(find(es, org).type, 'organization', org);
    for (const place of ['Ukraine', 'US', 'United Kingdom', 'Russia', 'Europe', 'Washington', 'London', 'Kharkiv']) {
      assert.strictEqual(find(es, place).type, 'place', place);
    }
    const uk = find(es, 'United Kingdom');
    assert.deepStrictEqual(uk.aliases, ['UK']);
  });
  it('finds both money amounts with values, and the quantity', () => {
    assert.deepStrictEqual(find(es, '£2.26 billion').value, { kind: 'money', amount: 2260000000, currency: 'GBP' });
    assert.deepStrictEqual(find(es, '$2.8 billion').value, { kind: 'money', amount: 2800000000, currency: 'USD' });
    assert.deepStrictEqual(find(es, '14 posts').value, { kind: 'quantity', amount: 14, unit: 'posts' });
    assert.strictEqual(find(es, 'Friday').type, 'date');
  });
  it('sorts entities by first mention and gives unique ids', () => {
    const firsts = es.map((e) => e.mentions[0].start);
    assert.deepStrictEqual(firsts, [...firsts].sort((a, b) => a - b));
    assert.strictEqual(new Set(es.map((e) => e.id)).size, es.length);
    for (const e of es) for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1].start < e.mentions[i].start);
  });
});

describe('entities: sample 001 (rewrite)', () => {
  const es = entitiesOf(readFixture(SAMPLE_REWRITE));
  it('finds the people without inventing any from the headlines', () => {
    assert.deepStrictEqual(named(es, 'person').sort(), ['Donald Trump', 'Emmanuel Macron', 'JD Vance', 'Mark Rutte', 'Zelensky']);
  });
  it('groups the United States with US and dates the invasion', () => {
    assert.deepStrictEqual(find(es, 'United States').aliases, ['US']);
    assert.deepStrictEqual(find(es, 'February 24, 2022').value, { kind: 'date', iso: '2022-02-24' });
    assert.strictEqual(find(es, 'February 24, 2022').mentions.length, 2);
  });
});

describe('entities: general cases', () => {
  it('attaches other role patterns and keeps honorifics out of roles', () => {
    const es = entitiesOf('Labour leader Angela Rayner met Mr Sunak in Leeds. Later Mr. Sunak said he was pleased. Angela Rayner, the deputy prime minister, agreed.');
    const rayner = find(es, 'Angela Rayner');
    assert.deepStrictEqual(rayner.roles, ['Labour leader', 'deputy prime minister']);
    const sunak = find(es, 'Sunak');
    assert.strictEqual(sunak.type, 'person');
    assert.deepStrictEqual(sunak.mentions.map((m) => m.role?.text), ['Mr', 'Mr.']);
    assert.deepStrictEqual(sunak.roles, []);
    assert.strictEqual(find(es, 'Leeds').type, 'place');
  });
  it('gives a surname with a title the person of that gender among people who share it ("Mrs. Clinton" is not Bill Clinton)', () => {
    const a = analyze('Hillary Clinton spoke in Iowa. Her husband, Bill Clinton, joined her on stage. Mrs. Clinton thanked the crowd. Mr. Clinton waved. ' +
      'Ms. Clinton left first.\n\nLindsey Graham spoke. Mr. Graham left.');
    const mentions = (name: string): string[] => find(a.entities, name).mentions.map((m) => `${m.role?.text ?? ''} ${m.text}`.trim());
    assert.deepStrictEqual(mentions('Hillary Clinton'), ['Hillary Clinton', 'Mrs. Clinton', 'Ms. Clinton']);
    assert.deepStrictEqual(mentions('Bill Clinton'), ['Bill Clinton', 'Mr. Clinton']);
    // One person of the surname: the title does not split it off, though the lists give "Lindsey" to women.
    assert.deepStrictEqual(mentions('Lindsey Graham'), ['Lindsey Graham', 'Mr. Graham']);
  });
  it('merges a later full name with earlier surname mentions', () => {
    const es = entitiesOf('Talks stalled, Kovacs said on Monday. The minister, Petra Kovacs, flew to Vienna.');
    const k = find(es, 'Petra Kovacs');
    assert.deepStrictEqual(k.mentions.map((m) => m.text), ['Kovacs', 'Petra Kovacs']);
  });
  it('lists a state named by its abbreviation under its name, one place with the state written in full', () => {
    const text = 'Cory James, of Flint, Mich., met voters in Richmond, Va., and Berkeley, Calif. Virginia voted. Pittsburgh, PA, voted.';
    const a = analyze(text);
    assertAllSpans(a);
    const places = a.entities.filter((e) => e.type === 'place').map((e) => `${e.id} ${e.name} [${e.aliases.join(', ')}] ${e.mentions.map((m) => m.text).join('+')}`);
    assert.deepStrictEqual(places, [
      'place:flint Flint [] Flint', 'place:michigan Michigan [Mich] Mich', 'place:richmond Richmond [] Richmond', 'place:virginia Virginia [Va] Va+Virginia',
      'place:berkeley Berkeley [] Berkeley', 'place:california California [Calif] Calif', 'place:pittsburgh Pittsburgh [] Pittsburgh', 'place:pa PA [] PA',
    ]);
  });
  it('reads a nickname in quotation marks inside a person\'s name as part of it, and the nickname with the surname as that person', () => {
    const text = 'Rep. Robert C. "Bobby" Scott won. Later Bobby Scott spoke, and Scott left. Sen. Marcia “Marcy” Kaptur’s aide came. It was said by John Smith. "Obama" is a name.';
    const found = (spans: [string, NameSpan['type']][]): string[] => {
      let from = 0;
      const ns = spans.map(([s, type]) => { const start = text.indexOf(s, from); from = start + s.length; return { start, end: start + s.length, type }; });
      return findEntities(parseStructure(text), ns).map((e) => `${e.type}:${e.name}=${e.mentions.map((m) => m.text).join('+')}`);
    };
    assert.deepStrictEqual(found([['Robert C', 'person'], ['Bobby', 'person'], ['Scott', 'person'], ['Bobby Scott', 'person'], ['Scott', 'person'],
      ['Marcia', 'person'], ['Kaptur', 'organization'], ['John Smith', 'person'], ['Obama', 'person']]), [
      'person:Robert C. "Bobby" Scott=Robert C. "Bobby" Scott+Bobby Scott+Scott', 'person:Marcia “Marcy” Kaptur=Marcia “Marcy” Kaptur',
      'person:John Smith=John Smith', 'person:Obama=Obama',
    ]);
  });

  it('joins an acronym to its spelled-out name', () => {
    const es = entitiesOf('The World Health Organization (WHO) warned on Tuesday. A WHO spokesman said more was needed.');
    const who = find(es, 'World Health Organization');
    assert.strictEqual(who.type, 'organization');
    assert.deepStrictEqual(who.mentions.map((m) => m.text), ['World Health Organization', 'WHO', 'WHO']);
  });
  it('groups US, U.S. and America through the alias table', () => {
    const es = entitiesOf('The US said no. Officials in the U.S. disagreed, and America waited. Britain and the UK are one.');
    const us = es.filter((e) => e.type === 'place' && ['US', 'U.S.', 'America'].includes(e.name) || e.aliases.includes('US'));
    assert.strictEqual(us.length, 1, JSON.stringify(es.map((e) => e.name)));
    assert.strictEqual(us[0].mentions.length, 3);
    assert.strictEqual(find(es, 'Britain').mentions.length, 2);
  });
  it('keeps offsets exact with CRLF, emoji and combining characters', () => {
    const text = '👍🏽 Café\u0301 report\r\n\r\nGerman Chancellor Olaf Scholz 😀 visited Paris on Friday.\r\nScholz’s aides paid €5m.\r\n';
    const es = entitiesOf(text);
    const scholz = find(es, 'Olaf Scholz');
    assert.deepStrictEqual(scholz.mentions.map((m) => m.text), ['Olaf Scholz', 'Scholz']);
    assert.strictEqual(find(es, 'Paris').type, 'place');
    assert.deepStrictEqual(find(es, '€5m').value, { kind: 'money', amount: 5000000, currency: 'EUR' });
  });
  it('finds nothing in text without entities', () => {
    assert.deepStrictEqual(entitiesOf('it was a quiet day, and nothing much happened at all.'), []);
    assert.deepStrictEqual(entitiesOf(''), []);
  });
  it('numbers ids that would collide', () => {
    const text = 'From São Paulo to Sao Paulo.';
    const es = findEntities(parseStructure(text), [{ start: 5, end: 14, type: 'place' }, { start: 18, end: 27, type: 'place' }]);
    assert.deepStrictEqual(es.map((e) => e.id), ['place:sao-paulo', 'place:sao-paulo-2']);
  });
  it('trims possessives and punctuation from model spans', () => {
    const text = 'Talks with NATO’s chief Mark Rutte’s team.';
    const es = findEntities(parseStructure(text), [
      { start: 11, end: 17, type: 'organization' }, { start: 24, end: 36, type: 'person' },
    ]);
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions[0].text]), [['NATO', 'NATO'], ['Mark Rutte', 'Mark Rutte']]);
    assert.deepStrictEqual(es[1].roles, ['NATO’s chief']);
  });
});

describe('entities: people sharing a surname', () => {
  it('gives a shared surname to the person named most recently before it', () => {
    const es = entitiesOf('Bill Clinton spoke first. Hillary Clinton replied, and Clinton added a joke. Later Bill Clinton left.');
    assert.deepStrictEqual(find(es, 'Bill Clinton').mentions.map((m) => m.start), [0, 83]);
    assert.deepStrictEqual(find(es, 'Hillary Clinton').mentions.map((m) => m.text), ['Hillary Clinton', 'Clinton']);
  });
});

/** Where the `n`th occurrence (from 0) of `s` in `text` starts. */
function offsetIn(text: string, s: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1);
  assert.ok(i >= 0, `${s} (${n})`);
  return i;
}

/** The `n`th occurrence (from 0) of `s` in `text`, as a name of type `type`. */
function spanIn(text: string, s: string, type: NameSpan['type'], n = 0): NameSpan {
  const start = offsetIn(text, s, n);
  return { start, end: start + s.length, type };
}

describe('entities: spans from another recogniser', () => {
  /** Spans for the given exact strings (first occurrence after the previous one). */
  const spans = (text: string, items: [string, NameSpan['type']][]): NameSpan[] => {
    let from = 0;
    return items.map(([s, type]) => {
      const start = text.indexOf(s, from);
      assert.ok(start >= 0, s);
      from = start + s.length;
      return { start, end: start + s.length, type };
    });
  };
  it('joins a name split by the closing bracket of an editorial insertion', () => {
    const text = 'He said: “talks with [Russian President Vladimir] Putin are possible.”';
    const es = findEntities(parseStructure(text), spans(text, [['Russian', 'misc'], ['Vladimir', 'person'], ['Putin', 'person']]));
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.map((m) => m.text), e.roles]), [['Vladimir Putin', ['Vladimir] Putin'], ['Russian President']]]);
  });
  it('retypes names the evidence says are people, and listed places and organisations', () => {
    const text = 'US Vice-President JD Vance met Kremlin aides. Vance spoke in the US.';
    const es = findEntities(parseStructure(text), spans(text, [['US', 'organization'], ['JD Vance', 'organization'], ['Kremlin', 'place'], ['Vance', 'person'], ['US', 'organization']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [['place', 'US', 2], ['person', 'JD Vance', 2], ['organization', 'Kremlin', 1]]);
    assert.deepStrictEqual(es[1].roles, ['US Vice-President']);
  });
  it('types a name tagged a person as often as an organisation a person when it reads as one, else as its words or first mention say', () => {
    const typed = (text: string, items: [string, NameSpan['type']][]): string[] =>
      findEntities(parseStructure(text), spans(text, items)).map((e) => `${e.type} ${e.name} ${e.mentions.length}`);
    const flowers = 'Trump invited Gennifer Flowers. Gennifer Flowers, who once met him, came. Gennifer Flowers left. Gennifer Flowers spoke.';
    assert.deepStrictEqual(typed(flowers, [['Gennifer Flowers', 'organization'], ['Gennifer Flowers', 'person'], ['Gennifer Flowers', 'organization'], ['Gennifer Flowers', 'person']]),
      ['person Gennifer Flowers 4'], '", who" after a mention');
    const sotomayor = 'Sonia Sotomayor wrote it. Sonia Sotomayor agreed.';
    assert.deepStrictEqual(typed(sotomayor, [['Sonia Sotomayor', 'organization'], ['Sonia Sotomayor', 'person']]), ['person Sonia Sotomayor 2'], 'a given name first');
    const rubber = 'Yokohama Rubber grew. Yokohama Rubber, based in Japan, sold tyres.';
    assert.deepStrictEqual(typed(rubber, [['Yokohama Rubber', 'organization'], ['Yokohama Rubber', 'person']]), ['organization Yokohama Rubber 2'], 'neither: the first mention');
    const sotomayorBank = 'Sonia Sotomayor Bank grew. Sonia Sotomayor Bank lent.';
    assert.deepStrictEqual(typed(sotomayorBank, [['Sonia Sotomayor Bank', 'person'], ['Sonia Sotomayor Bank', 'organization']]), ['organization Sonia Sotomayor Bank 2'],
      'a word that makes organisations\' names');
  });
  it('trims the possessive\'s "s" left before a name ("Obama’s Council of Economic Advisers" tagged from "’s")', () => {
    const text = 'He chaired Obama’s Council of Economic Advisers.';
    const start = text.indexOf('’s');
    const es = findEntities(parseStructure(text), [{ start, end: text.indexOf('.', start), type: 'organization' }]);
    assert.deepStrictEqual(es.map((e) => e.mentions.map((m) => m.text)), [['Council of Economic Advisers']]);
  });
  it('lists no name that is the first part of a negated verb ("Don’t"), and keeps the words before it ("Sanders Aren’t")', () => {
    const text = 'Don’t Trust the Machines. Why Sanders Aren’t Winning. Don King spoke.';
    const es = findEntities(parseStructure(text), spans(text, [['Don', 'person'], ['Sanders Aren', 'person'], ['Don King', 'person']]));
    assert.deepStrictEqual(es.map((e) => e.mentions.map((m) => m.text)), [['Sanders'], ['Don King']]);
  });
  it('lists no scripture alone as a person, place or organisation ("The Bible tells us")', () => {
    const text = 'The Bible tells us so, she said, and the Quran too. James Smith spoke.';
    const es = findEntities(parseStructure(text), spans(text, [['Bible', 'organization'], ['Quran', 'place'], ['James Smith', 'person']]));
    assert.deepStrictEqual(es.map((e) => `${e.type}:${e.name}`), ['person:James Smith']);
  });
  it('types the House alone an organisation, as the Senate and Congress, whatever the recogniser said', () => {
    const text = 'The bill passed the House on Tuesday. The White House objected.';
    const es = findEntities(parseStructure(text), spans(text, [['House', 'place'], ['White House', 'place']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name]), [['organization', 'House'], ['date', 'Tuesday'], ['place', 'White House']]);
  });
  it('drops a title tagged as a name of its own before the name it introduces, and makes "Mr. X" a person', () => {
    const text = 'Sen. Ted Cruz met Mr. Trump and Ms. Jane Malik. Mr. Trump left. Amartya Sen spoke; Sen said no.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Sen', 'place'], ['Ted Cruz', 'person'], ['Mr. Trump', 'organization'], ['Ms', 'organization'], ['Jane Malik', 'person'],
      ['Mr. Trump', 'place'], ['Amartya Sen', 'person'], ['Sen', 'person'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [
      ['person', 'Ted Cruz', ['Ted Cruz']], ['person', 'Trump', ['Trump', 'Trump']], ['person', 'Jane Malik', ['Jane Malik']], ['person', 'Amartya Sen', ['Amartya Sen', 'Sen']],
    ]);
  });
  it('keeps a title tagged inside a person\'s name out of it, so that the mention joins the person', () => {
    const text = 'Ted Cruz and Bernie Sanders spoke. Mr. Cruz left. Sen. Sanders stayed, and Justice Ruth Ginsburg, Mr. de Vos, Chairman Gowdy and Pope Francis listened.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Ted Cruz', 'person'], ['Bernie Sanders', 'person'], ['Mr. Cruz', 'person'], ['Sen. Sanders', 'person'], ['Justice Ruth Ginsburg', 'person'],
      ['Mr. de Vos', 'person'], ['Chairman Gowdy', 'person'], ['Pope Francis', 'person'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
      ['Ted Cruz', ['Ted Cruz', 'Cruz']], ['Bernie Sanders', ['Bernie Sanders', 'Sanders']], ['Ruth Ginsburg', ['Ruth Ginsburg']], ['de Vos', ['de Vos']],
      ['Gowdy', ['Gowdy']], ['Pope Francis', ['Pope Francis']],
    ]);
    assert.deepStrictEqual(es[1].mentions.map((m) => m.role?.text), [undefined, 'Sen.'], 'the title read as the mention\'s role');
    assert.deepStrictEqual(es[2].roles, ['Justice']);
  });
  it('reads a title tagged at the end of a place or at the start of an organisation as the role of the person it introduces', () => {
    const text = 'Florida Sen. Marco Rubio met Justice Scalia, Gov. Snyder, Atlantic City Mayor Don Guardian, Justice Against Sponsors, Dr Pepper and the Justice Department in Florida Gen.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Florida Sen', 'place'], ['Marco Rubio', 'person'], ['Justice Scalia', 'organization'], ['Gov. Snyder', 'place'], ['Atlantic City Mayor Don Guardian', 'organization'],
      ['Justice Against Sponsors', 'organization'], ['Dr Pepper', 'organization'], ['Justice Department', 'organization'], ['Florida Gen', 'place'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.roles]), [
      ['place', 'Florida', []], ['person', 'Marco Rubio', ['Florida Sen.']], ['person', 'Scalia', ['Justice']], ['person', 'Snyder', ['Gov.']],
      ['person', 'Don Guardian', ['Mayor']], ['organization', 'Justice Against Sponsors', []], ['organization', 'Dr Pepper', []],
      ['organization', 'Justice Department', []], ['place', 'Florida Gen', []],
    ], 'a title ending a name before no person stays');
  });
  it('keeps a title of several words that is the whole of a quotation out of the entities, unless named outside quotation marks', () => {
    const text = 'Ted Cruz told ABC’s “Good Morning America,” that Ted Cruz will win. A man wore “Ted Cruz” pins. “Sin Miedo” sold well. “Cruz,” he said.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Ted Cruz', 'person'], ['ABC', 'organization'], ['Good Morning America', 'organization'], ['Ted Cruz', 'person'], ['Ted Cruz', 'person'],
      ['Sin Miedo', 'person'], ['Cruz', 'person'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [['person', 'Ted Cruz', 4], ['organization', 'ABC', 1]],
      'one word in quotation marks ("Cruz,") is still a name');
  });
  it('keeps a page\'s label alone on its line out of the entities, and other words alone on their line in', () => {
    const text = 'Ted Cruz spoke.\n\nADVERTISEMENT\n\nHe left.\n  ABSTRACT.  \r\nSubscribe\nWASHINGTON\n\nKOMPAS\n\nThe VIDEO team ran.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Ted Cruz', 'person'], ['ADVERTISEMENT', 'organization'], ['ABSTRACT', 'person'], ['Subscribe', 'organization'], ['WASHINGTON', 'place'],
      ['KOMPAS', 'organization'], ['VIDEO', 'organization'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [
      ['person', 'Ted Cruz', 1], ['place', 'WASHINGTON', 1], ['organization', 'KOMPAS', 1], ['organization', 'VIDEO', 1],
    ], 'a newspaper\'s name over its digest is a name; a label word inside a sentence is left to the recogniser');
  });
  it('joins a shorter form of a longer name: its last words, or its first and last when the other has middle names', () => {
    const text = 'Wasserman Schultz met Hillary Rodham Clinton. Debbie Wasserman Schultz and Hillary Clinton spoke; Debbie left. Marine Le Pen and Jean-Marie Le Pen came; Le Pen left. George W. Bush and George H.W. Bush met; George Bush spoke. Donald Trump and Cheeto Donald Trump.';
    const names = ['Wasserman Schultz', 'Hillary Rodham Clinton', 'Debbie Wasserman Schultz', 'Hillary Clinton', 'Debbie', 'Marine Le Pen', 'Jean-Marie Le Pen', 'Le Pen',
      'George W. Bush', 'George H.W. Bush', 'George Bush', 'Donald Trump', 'Cheeto Donald Trump'];
    const es = findEntities(parseStructure(text), spans(text, names.map((n): [string, 'person'] => [n, 'person'])));
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.length]), [
      ['Debbie Wasserman Schultz', 3], ['Hillary Rodham Clinton', 2], ['Marine Le Pen', 1], ['Jean-Marie Le Pen', 1], ['Le Pen', 1],
      ['George W. Bush', 2], ['George H.W. Bush', 1], ['Donald Trump', 1], ['Cheeto Donald Trump', 1],
    ], 'the shorter form first; a form two names share stays apart; initials are no middle name; a longer run not opening with a given name gives no form');
  });
  it('reads a British title before a given name and takes in the surname a recogniser left after it ("Sir Keir" Starmer)', () => {
    const text = 'Prime Minister Sir Keir Starmer met Dame Judi Dench. Keir Starmer spoke. Sir Elton left on Tuesday. Mr. John said no. Former first lady Laura Bush came.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Sir Keir', 'person'], ['Dame Judi', 'person'], ['Keir Starmer', 'person'], ['Sir Elton', 'person'], ['Mr. John', 'person'], ['Laura Bush', 'person'],
    ]));
    assert.deepStrictEqual(es.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length, e.roles]), [
      ['Keir Starmer', 2, ['Prime Minister']], ['Judi Dench', 1, ['Dame']], ['Elton', 1, ['Sir']], ['John', 1, []], ['Laura Bush', 1, ['Former first lady']],
    ], 'no weekday taken in; a surname only after "Sir", "Dame" or a listed given name; the knighthood out of a longer role');
  });
  it('keeps a people tagged as a place or organisation out of the entities, and in the roles it sits in', () => {
    const text = 'Muslims and Americans met Ukrainian President Volodymyr Zelensky in Kyiv.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Muslims', 'place'], ['Americans', 'organization'], ['Ukrainian', 'place'], ['Volodymyr Zelensky', 'person'], ['Kyiv', 'place'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.roles]), [['person', 'Volodymyr Zelensky', ['Ukrainian President']], ['place', 'Kyiv', []]]);
  });
  it('adds an acronym the text defines in brackets, and its later uses, to the organisation ("World Health Organization (WHO)")', () => {
    const text = 'The World Health Organization (WHO) warned. WHO’s director spoke; WHO said more. Who knows? DALLAS (AP) — rain.';
    const es = findEntities(parseStructure(text), spans(text, [['World Health Organization', 'organization'], ['DALLAS', 'place']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [
      ['organization', 'World Health Organization', ['World Health Organization', 'WHO', 'WHO', 'WHO']], ['place', 'DALLAS', ['DALLAS']],
    ]);
  });

  it('reads a longer defined acronym whole when a shorter one starts it ("APC" after "AP")', () => {
    const text = 'The Associated Press (AP) saw the Allied Press Council (APC) meet. APC members and AP reporters left.';
    const es = findEntities(parseStructure(text), spans(text, [['Associated Press', 'organization'], ['Allied Press Council', 'organization']]));
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
      ['Associated Press', ['Associated Press', 'AP', 'AP']], ['Allied Press Council', ['Allied Press Council', 'APC', 'APC']],
    ]);
  });

  it('types a dateline\'s name a place ("GENEVA (Reuters) -", "DECATUR, Ill. —"), but not a heading in capitals before a dash', () => {
    const text = 'GENEVA (Reuters) - The agency, based in Geneva, spoke.\nDECATUR, Ill. — Police spoke.\nNOW OPEN — a new shop.';
    const es = findEntities(parseStructure(text), spans(text, [['GENEVA', 'organization'], ['Geneva', 'place'], ['DECATUR', 'organization'], ['NOW OPEN', 'organization']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [
      ['place', 'Geneva', 2], ['place', 'DECATUR', 1], ['organization', 'NOW OPEN', 1],
    ]);
  });

  it('makes a person of "Sonia Sotomayor" tagged an organisation where "Sotomayor" alone is a person, not of "Clinton Foundation"', () => {
    const text = 'Sonia Sotomayor dissented. Sotomayor wrote at length. The Clinton Foundation paid. Foundation spoke.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Sonia Sotomayor', 'organization'], ['Sotomayor', 'person'], ['Clinton Foundation', 'organization'], ['Foundation', 'person'],
    ]));
    assert.deepStrictEqual(es.filter((e) => e.name !== 'Foundation').map((e) => [e.type, e.name, e.mentions.length]), [
      ['person', 'Sonia Sotomayor', 2], ['organization', 'Clinton Foundation', 1],
    ]);
  });

  it('makes a person of a name typed an organisation or place after an owned kinship noun ("your daughter Chelsea")', () => {
    const text = 'You wrote to your daughter Chelsea. It was opened by his wife, Lara. He thanked his late father Cassius Clay Sr. today. The couple’s son, Trig, stayed. She mourned her mother, Chad’s ambassador. The Arsenal manager spoke. His brother, The Times said, left.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Chelsea', 'organization'], ['Lara', 'place'], ['Cassius Clay Sr.', 'organization'], ['Trig', 'place'], ['Chad', 'place'], ['Arsenal', 'organization'], ['The Times', 'organization'],
    ]));
    const typed = (name: string, n = 0): string | undefined => es.find((e) => e.mentions.some((m) => m.start === offsetIn(text, name, n)))?.type;
    assert.deepStrictEqual([typed('Chelsea'), typed('Lara'), typed('Cassius Clay Sr.'), typed('Trig')], ['person', 'person', 'person', 'person']);
    // Not a name with more after it in the commas, one no kinship noun stands before, nor one opening with "The".
    assert.deepStrictEqual([typed('Chad'), typed('Arsenal'), typed('The Times')], ['place', 'organization', 'organization']);
  });

  it('makes a person of the one word between "the" and an office noun ("the Obama administration"), not of a party, a place or a listed organisation', () => {
    const text = 'Critics of the Obama administration spoke. The Bush presidency ended. The Republican administration cut taxes. The Gaza administration closed. The Taliban administration fell. An Obama official left.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Obama', 'organization'], ['Bush', 'misc'], ['Republican', 'misc'], ['Gaza', 'place'], ['Taliban', 'organization'], ['Obama', 'organization'],
    ]));
    const typeAt = (name: string, n = 0): string | undefined => es.find((e) => e.mentions.some((m) => m.start === offsetIn(text, name, n)))?.type;
    assert.deepStrictEqual([typeAt('Obama'), typeAt('Bush')], ['person', 'person']);
    // The other "Obama" joins the person: one name, one type in a document.
    assert.strictEqual(typeAt('Obama', 1), 'person');
    assert.deepStrictEqual([typeAt('Republican'), typeAt('Gaza'), typeAt('Taliban')], [undefined, 'place', 'organization']);
  });

  it('reads a title of several words tagged as a name before a person ("Chief Justice John Roberts") as the role, not an organisation', () => {
    const text = 'The court led by Chief Justice John Roberts ruled. Deputy Foreign Minister Sergei Ryabkov spoke. State Party Chairman Jaime Harrison spoke.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Chief Justice', 'organization'], ['John Roberts', 'person'], ['Deputy Foreign Minister', 'organization'], ['Sergei Ryabkov', 'person'],
      ['State Party Chairman', 'organization'], ['Jaime Harrison', 'person'],
    ]));
    const names = es.map((e) => e.name);
    assert.ok(!names.includes('Chief Justice') && !names.includes('Deputy Foreign Minister'), names.join(', '));
    assert.deepStrictEqual(find(es, 'John Roberts').roles, ['Chief Justice']);
    assert.deepStrictEqual(find(es, 'Sergei Ryabkov').roles, ['Deputy Foreign Minister']);
    // A body's name that ends with a title stays a name.
    assert.ok(names.includes('State Party Chairman'), names.join(', '));
  });

  it('leaves out of a name the preposition or sentence adverb that opens its sentence ("Without Scalia, …", "Interestingly Scalia"), not one inside a sentence', () => {
    const text = '“Without Scalia, it is over,” she said. Antonin Scalia died. The band Without Walls played. Interestingly Scalia wrote it. TV Guide agreed.';
    const es = findEntities(parseStructure(text), spans(text, [['Without Scalia', 'organization'], ['Antonin Scalia', 'person'], ['Without Walls', 'organization'],
      ['Interestingly Scalia', 'person'], ['TV Guide', 'organization']]));
    assert.strictEqual(find(es, 'Antonin Scalia').mentions.length, 3);
    // An acronym that opens the sentence is no adverb.
    assert.strictEqual(find(es, 'TV Guide').type, 'organization');
    assert.deepStrictEqual(es.map((e) => e.name).filter((n) => n.startsWith('Without')), ['Without Walls']);
  });

  it('makes an organisation of a name typed a place whose last word names organisations ("Washington University"), not of a venue ("Kennedy Center")', () => {
    const text = 'She teaches at Washington University in St. Louis. He works at Georgetown University. They met at the Kennedy Center.';
    const es = findEntities(parseStructure(text), spans(text, [['Washington University', 'place'], ['St. Louis', 'place'], ['Georgetown University', 'place'], ['Kennedy Center', 'place']]));
    assert.deepStrictEqual(['Washington University', 'Georgetown University', 'St. Louis', 'Kennedy Center'].map((n) => find(es, n).type), ['organization', 'organization', 'place', 'place']);
  });

  it('types the news outlets, pollsters, universities and companies it knows as organisations whatever the recogniser says ("Breitbart", "Gallup", "Uber")', () => {
    const text = 'She resigned from Breitbart in March. According to Gallup, support fell. The Drudge Report ran it. He took a job at Uber, then at Morgan Stanley. Politifact rated it false.';
    const es = findEntities(parseStructure(text), spans(text, [['Breitbart', 'place'], ['Gallup', 'place'], ['Drudge Report', 'person'], ['Uber', 'place'], ['Morgan Stanley', 'person'], ['Politifact', 'person']]));
    assert.deepStrictEqual(['Breitbart', 'Gallup', 'Drudge Report', 'Uber', 'Morgan Stanley', 'Politifact'].map((n) => find(es, n).type), Array(6).fill('organization'));
  });

  it('reads a person after a title inside a misc name ("Syrian Pres. Bashar al-Assad"), and "Assad" alone as that person', () => {
    const text = 'Rebels tried to overthrow Syrian Pres. Bashar al-Assad. The US called for the overthrow of Assad.';
    const es = findEntities(parseStructure(text), spans(text, [['Syrian Pres. Bashar al-Assad', 'misc'], ['US', 'place'], ['Assad', 'place']]));
    const assad = find(es, 'Bashar al-Assad');
    assert.deepStrictEqual([assad.type, assad.mentions.length], ['person', 2]);
    assert.ok(!es.some((e) => e.type === 'place' && e.name === 'Assad'), es.map((e) => `${e.type} ${e.name}`).join(', '));
  });

  it('makes a person of a name given an age ("Suu Kyi, 70, said"), in all its mentions, but not of one before a number ("30,290 are")', () => {
    const text = 'Suu Kyi, 70, said it was too early. Suu Kyi was released in 2010. Of the voters in Vigo County, 30,290 are Democrats.';
    const es = findEntities(parseStructure(text), spans(text, [['Suu Kyi', 'organization'], ['Suu Kyi', 'organization'], ['Vigo County', 'organization']]));
    assert.deepStrictEqual([find(es, 'Suu Kyi').type, find(es, 'Suu Kyi').mentions.length, find(es, 'Vigo County').type], ['person', 2, 'organization']);
  });

  it('makes an organisation of a word typed a person that opens an organisation\'s longer name ("Patriot" and "Patriot Coal"), not of a given name or a surname', () => {
    const text = 'Patriot Coal filed for bankruptcy. Patriot sold the mine. Morgan Stanley advised. Morgan Freeman spoke. Morgan smiled.';
    const es = findEntities(parseStructure(text), spans(text, [['Patriot Coal', 'organization'], ['Patriot', 'person'], ['Morgan Stanley', 'organization'], ['Morgan Freeman', 'person'], ['Morgan', 'person']]));
    assert.strictEqual(find(es, 'Patriot').type, 'organization');
    assert.ok(es.some((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'Morgan' && m.start === text.lastIndexOf('Morgan'))), es.map((e) => `${e.type} ${e.name}`).join(', '));
  });

  it('reads more peoples\' adjectives as no names ("Philippine immigrants", "Yazidis"), and still the country "the Philippines"', () => {
    const text = 'Trump said Philippine immigrants posed a threat. A lawmaker in the Philippines objected. Islamic State killed Yazidis.';
    const es = findEntities(parseStructure(text), spans(text, [['Trump', 'person'], ['Philippine', 'organization'], ['Philippines', 'place'], ['Islamic State', 'organization'], ['Yazidis', 'person']]));
    assert.deepStrictEqual(es.filter((e) => e.type !== 'date').map((e) => `${e.type} ${e.name}`), ['person Trump', 'place Philippines', 'organization Islamic State']);
  });

  it('makes an organisation of "Team Clinton" typed a person, and keeps it out of the name of Clinton', () => {
    const text = 'Team Clinton contends that Sanders ran well. Clinton spoke in Iowa.';
    const es = findEntities(parseStructure(text), spans(text, [['Team Clinton', 'person'], ['Sanders', 'person'], ['Clinton', 'person'], ['Iowa', 'place']]));
    assert.deepStrictEqual([find(es, 'Team Clinton').type, find(es, 'Clinton').type, find(es, 'Clinton').mentions.length], ['organization', 'person', 1]);
  });

  it('lists no law or treaty as an organisation ("Freedom of Information Act", "Second Amendment"), nor the acronym the text gives it', () => {
    const text = 'Judicial Watch sued under the Freedom of Information Act (FOIA). The FOIA request named the State Department. Gun rights rest on the Second Amendment.';
    const es = findEntities(parseStructure(text), spans(text, [['Judicial Watch', 'organization'], ['Freedom of Information Act', 'organization'], ['FOIA', 'organization'],
      ['FOIA', 'organization'], ['State Department', 'organization'], ['Second Amendment', 'organization']]));
    assert.deepStrictEqual(es.map((e) => e.name), ['Judicial Watch', 'State Department']);
  });

  it('lists no "Super" of "Super Tuesday" on its own', () => {
    const text = 'Sanders won on Super Tuesday in Minnesota.';
    const es = findEntities(parseStructure(text), spans(text, [['Sanders', 'person'], ['Super', 'organization'], ['Minnesota', 'place']]));
    assert.deepStrictEqual(es.filter((e) => e.type !== 'date').map((e) => e.name), ['Sanders', 'Minnesota']);
  });

  it('lists no disease named before its noun ("the Zika virus"), in any of its mentions, but keeps a listed place before one ("the China virus")', () => {
    const text = 'Congress failed to fight the Zika virus. Funds to fight Zika ran out. He called it the China virus.';
    const es = findEntities(parseStructure(text), spans(text, [['Congress', 'organization'], ['Zika', 'place'], ['Zika', 'place'], ['China', 'place']]));
    const names = es.map((e) => e.name);
    assert.ok(!names.includes('Zika'), names.join(', '));
    assert.ok(names.includes('China') && names.includes('Congress'), names.join(', '));
    // Typed a person too; but not a person's surname before such a noun in jest, nor before "fever".
    const jest = 'Funds to fight Zika ran out as Zika virus cases grew. Donald Trump spoke. Critics call it Trump disease. Trump fever spread.';
    const other = findEntities(parseStructure(jest), spans(jest, [['Zika', 'person'], ['Zika', 'person'], ['Donald Trump', 'person'], ['Trump', 'person'], ['Trump', 'person']]));
    assert.deepStrictEqual(other.map((e) => `${e.name} ${e.mentions.length}`), ['Donald Trump 3']);
    // A possessive before "disease" or "syndrome" only: "Trump's vaccine plan" is his.
    const eponym = "Her mother has Alzheimer's disease. Funding for Alzheimer research grew. Donald Trump spoke. Trump's vaccine plan failed.";
    const named = findEntities(parseStructure(eponym), spans(eponym, [['Alzheimer', 'organization'], ['Alzheimer', 'organization'], ['Donald Trump', 'person'], ['Trump', 'person']]));
    assert.deepStrictEqual(named.map((e) => `${e.name} ${e.mentions.length}`), ['Donald Trump 2']);
  });

  it('makes a place of a name the text calls a town ("the city of Nice") or follows with its country ("Nice, France"), in all its mentions', () => {
    // Tagged as the recogniser tags cities that it learnt as football clubs.
    const text = 'A truck hit a crowd in the city of Nice. Nice residents fled. Police in Lyon, France, said so. Lyon stayed calm. Nice beat Lyon 2-1 last year.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Nice', 'organization'], ['Nice', 'organization'], ['Lyon', 'organization'], ['France', 'place'], ['Lyon', 'organization'], ['Nice', 'organization'], ['Lyon', 'organization'],
    ]));
    const typeAt = (name: string, n = 0): string | undefined => es.find((e) => e.mentions.some((m) => m.start === offsetIn(text, name, n)))?.type;
    assert.deepStrictEqual([0, 1, 2].map((n) => typeAt('Nice', n)), ['place', 'place', 'place']);
    assert.deepStrictEqual([0, 1, 2].map((n) => typeAt('Lyon', n)), ['place', 'place', 'place']);
    // An unlisted town with its state after a comma, typed a person or an organisation: the place, in all its mentions.
    const town = 'Trump claimed that Ferguson, Missouri, has a high crime rate. Ferguson had two murders. Vigo County, Indiana, voted.';
    const towns = findEntities(parseStructure(town), spans(town, [['Trump', 'person'], ['Ferguson', 'person'], ['Missouri', 'place'], ['Ferguson', 'person'], ['Vigo County', 'organization'], ['Indiana', 'place']]));
    assert.deepStrictEqual([find(towns, 'Ferguson').type, find(towns, 'Ferguson').mentions.length, find(towns, 'Vigo County').type, find(towns, 'Trump').type], ['place', 2, 'place', 'person']);
    // Not a person's surname in the document.
    const manager = 'Alex Ferguson retired. Ferguson, Missouri, has a mayor. Ferguson smiled.';
    const managers = findEntities(parseStructure(manager), spans(manager, [['Alex Ferguson', 'person'], ['Ferguson', 'person'], ['Missouri', 'place'], ['Ferguson', 'person']]));
    assert.deepStrictEqual([find(managers, 'Alex Ferguson').type, find(managers, 'Alex Ferguson').mentions.length], ['person', 3]);
    // A listed place after "in": all its mentions are the place.
    const convention = 'Republicans arriving in Cleveland will meet protesters. Cleveland set strict rules.';
    const held = findEntities(parseStructure(convention), spans(convention, [['Republicans', 'misc'], ['Cleveland', 'organization'], ['Cleveland', 'organization']]));
    assert.deepStrictEqual([find(held, 'Cleveland').type, find(held, 'Cleveland').mentions.length], ['place', 2]);
    // Without such words the recogniser's type stands; an unlisted name followed by a country may be one of a list.
    const clubs = 'Nice beat Lyon 2-1. Acme, Russia and China signed.';
    const other = findEntities(parseStructure(clubs), spans(clubs, [['Nice', 'organization'], ['Lyon', 'organization'], ['Acme', 'organization'], ['Russia', 'place'], ['China', 'place']]));
    assert.deepStrictEqual(['Nice', 'Lyon', 'Acme'].map((name) => other.find((e) => e.name === name)?.type), ['organization', 'organization', 'organization']);
  });

  it('lists no weapon as a person, place or organisation ("Javelin anti-tank missiles", "Shahed drones"), but keeps the names around such nouns', () => {
    const text = 'Kyiv got Javelin anti-tank missiles and Patriot air defence systems. Russia fired Shahed drones. Hamas rockets fell. He gave Sarah Palin private jet travel. Palin flew with private jet crews. The Boston Marathon bomber fled. Simon Rosenberg of the New Democrat Network think tank spoke.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Kyiv', 'place'], ['Javelin', 'place'], ['Patriot', 'organization'], ['Russia', 'place'], ['Shahed', 'person'], ['Hamas', 'organization'],
      ['Sarah Palin', 'person'], ['Palin', 'person'], ['Boston Marathon', 'organization'], ['Simon Rosenberg', 'person'], ['New Democrat Network', 'organization'],
    ]));
    const listed = es.map((e) => e.name);
    for (const weapon of ['Javelin', 'Patriot', 'Shahed']) assert.ok(!listed.includes(weapon), `${weapon} listed: ${listed.join(', ')}`);
    // A listed organisation's rockets, a person named with a given name, a function word before the noun, a bomber who
    // is a person, a think tank.
    for (const name of ['Kyiv', 'Russia', 'Hamas', 'Boston Marathon', 'New Democrat Network']) assert.ok(listed.includes(name), `${name} missing: ${listed.join(', ')}`);
    assert.ok(es.some((e) => e.type === 'person' && e.mentions.length === 2 && e.name === 'Sarah Palin'), listed.join(', '));
  });

  it('lists no place for a health plan named "…care" tagged a place ("Obamacare"), but keeps a place and a firm so named', () => {
    const text = 'Obamacare costs rose in Ohio. Omnicare said so. Hillarycare failed in Care.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Obamacare', 'place'], ['Ohio', 'place'], ['Omnicare', 'organization'], ['Hillarycare', 'place'], ['Care', 'place'],
    ]));
    assert.deepStrictEqual(es.map((e) => `${e.type} ${e.name}`), ['place Ohio', 'organization Omnicare', 'place Care']);
  });

  it('reads a name of two words whose second is a generation ("Dunford Jr.") typed an organisation without failing', () => {
    const text = 'Dunford Jr. spoke first. General Joseph Dunford Jr. said so. Dunford Jr. left.';
    const es = findEntities(parseStructure(text), spans(text, [['Dunford Jr.', 'organization'], ['Joseph Dunford Jr.', 'person'], ['Dunford Jr.', 'organization']]));
    assert.ok(es.some((e) => e.name === 'Joseph Dunford Jr.' && e.type === 'person'), es.map((e) => `${e.type} ${e.name}`).join(', '));
  });

  it('makes a person of an organisation or place named as the first word of a person\'s name ("Xi" of "Xi Jinping", "Hillary")', () => {
    const text = 'Xi Jinping met Hillary Clinton in Paris. Xi said Hillary was right; Paris Hilton agreed.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Xi Jinping', 'person'], ['Hillary Clinton', 'person'], ['Paris', 'place'], ['Xi', 'organization'], ['Hillary', 'place'], ['Paris Hilton', 'person'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [
      ['person', 'Xi Jinping', 2], ['person', 'Hillary Clinton', 2], ['place', 'Paris', 1], ['person', 'Paris Hilton', 1],
    ]);
  });

  it('takes the particles before a surname into the name ("von der Leyen", "van Gogh") and joins "bin Laden" to "Osama bin Laden"', () => {
    const text = 'Ursula von der Leyen spoke. Later, von der Leyen left. Osama bin Laden hid. Bin Laden died; later, bin Laden was buried. They praised van Gogh.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Ursula von der Leyen', 'person'], ['der Leyen', 'person'], ['Osama bin Laden', 'person'], ['Laden', 'person'], ['Laden', 'person'], ['Gogh', 'person'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
      ['Ursula von der Leyen', ['Ursula von der Leyen', 'von der Leyen']], ['Osama bin Laden', ['Osama bin Laden', 'Laden', 'bin Laden']], ['van Gogh', ['van Gogh']],
    ]);
  });

  it('joins two people\'s names one space apart into one ("Rand" "Paul"), but not a word that is never a name alone', () => {
    const text = 'Between Marco Rubio And Rand Paul. Defeat Crooked Hillary PAC.';
    const es = findEntities(parseStructure(text), spans(text, [['Marco Rubio', 'person'], ['Rand', 'person'], ['Paul', 'person'], ['Hillary', 'person'], ['PAC', 'person']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [
      ['person', 'Marco Rubio', ['Marco Rubio']], ['person', 'Rand Paul', ['Rand Paul']], ['person', 'Hillary', ['Hillary']],
    ]);
  });

  it('reads the speaker labels of a transcript as people, joined to their names, but not a news page\'s labels', () => {
    const text = 'Donald Trump and Hillary Clinton debated.\n\nHOLT: Do you regret it?\n\nTRUMP: No, I don\'t.\n\nCLINTON: It was terrible.\n\nUPDATE: It ended.';
    const es = findEntities(parseStructure(text), spans(text, [['Donald Trump', 'person'], ['Hillary Clinton', 'person'], ['HOLT', 'place']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [
      ['person', 'Donald Trump', 2], ['person', 'Hillary Clinton', 2], ['person', 'HOLT', 1],
    ]);
    // One label alone is no transcript: "NOTE: …", "Q:" or a heading; nor are a fact-check's labels.
    const one = 'TRUMP: No.\n\nHe left.';
    assert.deepStrictEqual(findEntities(parseStructure(one), []).map((e) => e.name), []);
    const check = 'CLAIM: Crime is up.\n\nTHE FACTS: It is down.\n\nVERDICT: False.';
    assert.deepStrictEqual(findEntities(parseStructure(check), []).map((e) => e.name), []);
  });

  it('lists no title tagged as a name of its own before a name ("Justice" in "Chief Justice John Roberts")', () => {
    const text = 'Chief Justice John Roberts wrote it. Justice Elena Kagan dissented. The Justice Department agreed.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Justice', 'organization'], ['John Roberts', 'person'], ['Justice', 'organization'], ['Elena Kagan', 'person'], ['Justice Department', 'organization'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.roles]), [
      ['person', 'John Roberts', ['Chief Justice']], ['person', 'Elena Kagan', ['Justice']], ['organization', 'Justice Department', []],
    ]);
  });

  it('makes "Lakers" tagged as a person the team when the text names the "Los Angeles Lakers"', () => {
    const text = 'The Los Angeles Lakers beat Boston. Anthony Davis scored for the Lakers. Tom Jones sang.';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Los Angeles Lakers', 'organization'], ['Boston', 'place'], ['Anthony Davis', 'person'], ['Lakers', 'person'], ['Tom Jones', 'person'],
    ]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [
      ['organization', 'Los Angeles Lakers', 2], ['place', 'Boston', 1], ['person', 'Anthony Davis', 1], ['person', 'Tom Jones', 1],
    ]);
  });

  it('makes a listed organisation tagged as a person the organisation, and keeps a person of that name', () => {
    const text = 'Twitter said on Monday that Jack Dorsey would stay. Twitter shares rose. Fiona Apple sang to Al Jazeera.';
    const es = findEntities(parseStructure(text), spans(text, [['Twitter', 'person'], ['Jack Dorsey', 'person'], ['Twitter', 'person'], ['Fiona Apple', 'person'], ['Al Jazeera', 'person']]));
    assert.deepStrictEqual(es.filter((e) => e.type !== 'date').map((e) => [e.type, e.name, e.mentions.length]), [
      ['organization', 'Twitter', 2], ['person', 'Jack Dorsey', 1], ['person', 'Fiona Apple', 1], ['organization', 'Al Jazeera', 1],
    ]);
  });
  it('keeps the family of a person the document names out of the organisations ("the Clintons"), and other names ending in s', () => {
    const text = 'Hillary Clinton spoke. The Clintons left. Reuters and Dickens reported it.';
    const es = findEntities(parseStructure(text), spans(text, [['Hillary Clinton', 'person'], ['Clintons', 'organization'], ['Reuters', 'organization'], ['Dickens', 'organization']]));
    assert.deepStrictEqual(es.map((e) => [e.type, e.name]), [['person', 'Hillary Clinton'], ['organization', 'Reuters'], ['organization', 'Dickens']]);
  });
  it('drops a legislator\'s party and state written after the name, and nothing else like it', () => {
    // As a recogniser tags them (PolNeAR had some 190 such mentions, as places, people or organisations).
    const text = 'Sen. Ted Cruz, R-Texas, met Rep. Jane Doe (D-N.Y.) and Sen. John Roe,\u00a0 I-Vt., in Texas. R-Texas said no. Gov. Rick Snyder (R) read Plan (B).';
    const es = findEntities(parseStructure(text), spans(text, [
      ['Ted Cruz', 'person'], ['R-Texas', 'place'], ['Jane Doe', 'person'], ['D-N.Y.', 'organization'], ['John Roe', 'person'], ['I-Vt', 'person'],
      ['Texas', 'place'], ['R-Texas', 'person'], ['Rick Snyder', 'person'], ['R', 'organization'], ['B', 'organization'],
    ]));
    // Only the tag after a comma or bracket goes: the last "R-Texas" opens its sentence; "(B)" is no party.
    assert.deepStrictEqual(es.map((e) => [e.type, e.name]), [
      ['person', 'Ted Cruz'], ['person', 'Jane Doe'], ['person', 'John Roe'], ['place', 'Texas'], ['person', 'R-Texas'], ['person', 'Rick Snyder'], ['organization', 'B'],
    ]);
  });
});

describe('entities: newspaper style', () => {
  it('joins "the Post" to "The New York Post" and attaches hyphenated roles', () => {
    const es = entitiesOf('The New York Post reports that Hillary Clinton left early, The Post has learned. Republican vice-presidential nominee Gov. Mike Pence said so.');
    assert.deepStrictEqual(find(es, 'New York Post').mentions.map((m) => m.text), ['New York Post', 'Post']);
    assert.strictEqual(find(es, 'New York Post').type, 'organization');
    assert.deepStrictEqual(find(es, 'Mike Pence').roles, ['Republican vice-presidential nominee Gov.']);
    assert.ok(!es.some((e) => e.type === 'person' && e.name === 'Post'));
  });
});

describe('entities: rule recogniser context', () => {
  const typeOf = (text: string, name: string): string | undefined => {
    const doc = parseStructure(text);
    const span = ruleNameRecognizer(doc).find((s) => text.slice(s.start, s.end) === name);
    return span?.type;
  };
  it('reads a city in a score line as its team, and a dateline as a place', () => {
    assert.strictEqual(typeOf('Results on Sunday:\nChicago 5 Houston 3', 'Chicago'), 'organization');
    assert.strictEqual(typeOf('Leeds beat Arsenal 2-1 on Saturday.', 'Leeds'), 'organization');
    assert.strictEqual(typeOf('LONDON 1996-08-30\nPrices rose.', 'LONDON'), 'place');
  });
  it('types companies by shape and by the noun before them', () => {
    assert.strictEqual(typeOf('Shares in NationsBank rose.', 'NationsBank'), 'organization');
    assert.strictEqual(typeOf('The French carrier Aerolux cut fares.', 'Aerolux'), 'organization');
  });
  it('leaves an unknown lone capitalised word untyped as a name (misc)', () => {
    assert.strictEqual(typeOf('They fired Javelin missiles.', 'Javelin'), 'misc');
  });
});

describe('entities: roles inside capitalised runs', () => {
  it('cuts the organisation owning a title and a people’s name before a person', () => {
    const es = entitiesOf('Panamanian Boxing Association President Ramon Manzanares spoke. Then Acme CEO Stephen Frater agreed, as did American Dennis Mitchell.');
    assert.deepStrictEqual(find(es, 'Ramon Manzanares').roles, ['Panamanian Boxing Association President']);
    assert.strictEqual(find(es, 'Panamanian Boxing Association').type, 'organization');
    assert.deepStrictEqual(find(es, 'Stephen Frater').roles, ['Acme CEO']);
    assert.strictEqual(find(es, 'Acme').type, 'organization');
    assert.strictEqual(find(es, 'Dennis Mitchell').type, 'person');
    assert.ok(!es.some((e) => e.name.startsWith('American')));
  });
});

describe('entities: more role patterns', () => {
  const rolesOf = (text: string): string[] => {
    const doc = parseStructure(text);
    return findEntities(doc, ruleNameRecognizer(doc)).filter((e) => e.type === 'person').map((e) => `${e.name} [${e.roles.join('; ')}]`);
  };
  it('reads a chamber\'s majority or minority leader as the role, the chamber as the organisation', () => {
    const text = 'On Tuesday, Senate Majority Leader Mitch McConnell met House Minority Leader Nancy Pelosi.';
    const span = (s: string, type: NameSpan['type']): NameSpan => spanIn(text, s, type);
    const es = findEntities(parseStructure(text), [
      span('Senate Majority', 'organization'), span('Mitch McConnell', 'person'), span('House Minority', 'organization'), span('Nancy Pelosi', 'person'),
    ]);
    assert.deepStrictEqual(es.filter((e) => e.type !== 'date').map((e) => [e.type, e.name, e.roles]), [
      ['organization', 'Senate', []], ['person', 'Mitch McConnell', ['Senate Majority Leader']], ['organization', 'House', []],
      ['person', 'Nancy Pelosi', ['House Minority Leader']],
    ]);
  });

  it('makes a person of an organisation only when the role before it ends with a title', () => {
    const text = 'Dan Backer, the treasurer of the pro-Trump Great America PAC, spoke. Maricopa County Sheriff Arpaio spoke.';
    const span = (s: string, type: NameSpan['type']): NameSpan => spanIn(text, s, type);
    const es = findEntities(parseStructure(text), [
      span('Dan Backer', 'person'), span('Great America PAC', 'organization'), span('Maricopa County', 'place'), span('Arpaio', 'organization'),
    ]);
    assert.deepStrictEqual(es.map((e) => [e.type, e.name]), [
      ['person', 'Dan Backer'], ['organization', 'Great America PAC'], ['place', 'Maricopa County'], ['person', 'Arpaio'],
    ]);
  });

  it('reads a name after "of" as the title\'s place, not its holder', () => {
    const text = 'The Duke of Orleans met John Podesta, the chair of Hillary Clinton’s campaign, and Chief of Staff Denis McDonough.';
    const span = (s: string, type: NameSpan['type']): NameSpan => spanIn(text, s, type);
    const es = findEntities(parseStructure(text), [
      span('Orleans', 'place'), span('John Podesta', 'person'), span('Hillary Clinton', 'person'), span('Staff Denis McDonough', 'organization'),
    ]);
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.roles]), [
      ['place', 'Orleans', []], ['person', 'John Podesta', ['chair of Hillary Clinton’s campaign']], ['person', 'Hillary Clinton', []],
      // The recogniser's span took "Staff" in: the rest is the title's holder.
      ['person', 'Staff Denis McDonough', ['Chief']],
    ]);
  });

  it('reads appositives, possessive organisations and hyphenated titles', () => {
    assert.deepStrictEqual(rolesOf('Mark Rutte, NATO’s secretary general, said the alliance was ready.'), ['Mark Rutte [NATO’s secretary general]']);
    assert.deepStrictEqual(rolesOf('Kevin Madden, a Republican communications strategist, said the race was close.'), ['Kevin Madden [Republican communications strategist]']);
    assert.deepStrictEqual(rolesOf('Elizabeth Arnold, 32, a former campaign spokeswoman, said no.'), ['Elizabeth Arnold [former campaign spokeswoman]']);
    // Headed by a role noun: the words before it, and the words that link it to what it is of, up to a relative pronoun.
    assert.deepStrictEqual(rolesOf('Carl Tobias, a law professor at the University of Richmond who studies courts, said so.'),
      ['Carl Tobias [law professor at the University of Richmond]']);
    assert.deepStrictEqual(rolesOf('John Smith, a former two-term Florida governor, said so.'), ['John Smith [former two-term Florida governor]']);
    assert.deepStrictEqual(rolesOf('Joe Doe, a supporter of the president, said so. Chris Christie, was the best candidate, said so.'), ['Joe Doe []', 'Chris Christie []'],
      'no role noun heads it, or a verb opens it');
    const of = 'Tom Fitton, the president of Judicial Watch, said so.';
    const ofSpans: NameSpan[] = [{ start: 0, end: 10, type: 'person' }, { start: of.indexOf('Judicial'), end: of.indexOf(', said'), type: 'organization' }];
    assert.deepStrictEqual(findEntities(parseStructure(of), ofSpans).map((e) => `${e.name} [${e.roles.join('; ')}]`),
      ['Tom Fitton [president of Judicial Watch]', 'Judicial Watch []'], 'a role of several words ending with the name of what it is of');
    assert.deepStrictEqual(rolesOf('The deal was signed by Tim Cook, Apple’s chief executive, on Monday.'), ['Tim Cook [Apple’s chief executive]']);
    assert.deepStrictEqual(rolesOf('Former British Prime Minister Boris Johnson and ex-chancellor Rishi Sunak spoke.'),
      ['Boris Johnson [Former British Prime Minister]', 'Rishi Sunak [ex-chancellor]']);
    assert.deepStrictEqual(rolesOf('Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing.'),
      ['Antony Blinken [Secretary of State]', 'Wang Yi [Chinese Foreign Minister]']);
  });

  it('reads a role that opens the sentence before the name, and an appositive with a name among its role words', () => {
    const mentionRoles = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'person')
      .flatMap((e) => e.mentions.map((m) => `${m.text} [${m.role?.text ?? ''}]`));
    assert.deepStrictEqual(mentionRoles([
      'A Kremlin spokesman, Dmitry Peskov, declined to comment.',
      'Labour’s chairwoman, Ellie Reeves, told the BBC.',
      'The company’s chief executive, Tim Cook, said sales rose.',
      'His lawyer, Marc Mukasey, said they would appeal.',
      'The leader of the Anti-Defamation League, Jonathan Greenblatt, warned.',
    ].join('\n')), ['Dmitry Peskov [Kremlin spokesman]', 'Ellie Reeves [Labour’s chairwoman]', 'Tim Cook [chief executive]', 'Marc Mukasey [lawyer]',
      'Jonathan Greenblatt [leader of the Anti-Defamation League]']);
    // Not at the start of a sentence: "the president" is someone else.
    assert.deepStrictEqual(mentionRoles('In a call with the president, Donald Trump said he would wait.'), ['Donald Trump []']);
    // An office the recogniser's span took in is a role; a royal or religious title stays in the name.
    assert.deepStrictEqual(mentionRoles('Rates held, Chair Jerome Powell said. Pope Francis agreed.'), ['Jerome Powell [Chair]', 'Pope Francis []']);
    // An appositive outranks a courtesy title before the name; a clause after the name is no appositive.
    assert.deepStrictEqual(mentionRoles('“We see results,” said Dr. Fei-Fei Li, a professor of computer science at Stanford.'),
      ['Fei-Fei Li [professor of computer science at Stanford]']);
    assert.deepStrictEqual(mentionRoles('They told him, “Mr. Imran Khan, you’re a lawyer.”'), ['Imran Khan [Mr.]']);
    // A verb after the age opens a clause, not a role.
    assert.deepStrictEqual(mentionRoles('Naomi Osaka won. Osaka, 20, became the first Japanese player to win a Grand Slam singles title.'),
      ['Naomi Osaka []', 'Osaka []']);
    // Local offices are roles too.
    assert.deepStrictEqual(mentionRoles('Councilwoman Nithya Raman voted no. Clark County Sheriff Joe Lombardo agreed.'),
      ['Nithya Raman [Councilwoman]', 'Joe Lombardo [Clark County Sheriff]']);
    // "chief UK economist": a place's name between the role words, then what the role is of.
    assert.deepStrictEqual(mentionRoles('Paul Dales, chief UK economist at Capital Economics, said growth was weak.'),
      ['Paul Dales [chief UK economist at Capital Economics]']);
  });
});

describe('entities: one name, one type', () => {
  it('gives a name the type of most of its mentions (the first on a tie) and prefers "Flint" to "FLINT"', () => {
    const text = 'FLINT, Mich. Obamacare rules. Critics said Obamacare failed. Flint residents voted on Obamacare.';
    const span = (s: string, n: number, type: NameSpan['type']): NameSpan => spanIn(text, s, type, n);
    const es = findEntities(parseStructure(text), [
      span('FLINT', 0, 'place'), span('Obamacare', 0, 'organization'), span('Obamacare', 1, 'person'),
      span('Flint', 0, 'place'), span('Obamacare', 2, 'place'),
    ]);
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [['place', 'Flint', 2], ['organization', 'Obamacare', 3]]);
  });

  it('keeps a city and its team (before a score) apart when the recogniser types the city as often a place as an organisation', () => {
    const text = 'DETROIT 48 86. Boston won in Boston. KANSAS CITY AT DETROIT. Apex said Apex lost. Dynamo Moscow beat Dynamo Moscow.';
    const span = (s: string, n: number, type: NameSpan['type']): NameSpan => spanIn(text, s, type, n);
    const at = (s: string, n = 0): number => offsetIn(text, s, n);
    const es = findEntities(parseStructure(text), [
      span('DETROIT', 0, 'organization'), span('Boston', 0, 'organization'), span('Boston', 1, 'place'),
      span('KANSAS CITY', 0, 'place'), span('DETROIT', 1, 'place'), span('Apex', 0, 'place'), span('Apex', 1, 'organization'),
      span('Dynamo Moscow', 0, 'place'), span('Dynamo Moscow', 1, 'organization'),
    ]);
    const mentions = (type: EntityType, name: string): number[] =>
      es.filter((e) => e.type === type && e.name === name).flatMap((e) => e.mentions.map((m) => m.start));
    assert.deepStrictEqual(mentions('organization', 'DETROIT'), [at('DETROIT')]);
    assert.deepStrictEqual(mentions('place', 'DETROIT'), [at('DETROIT', 1)]);
    // No score after the organisation: one entity, typed as its first mention.
    assert.deepStrictEqual(mentions('organization', 'Boston'), [at('Boston'), at('Boston', 1)]);
    // Not a listed place: one entity, typed as its first mention,
    assert.deepStrictEqual(es.filter((e) => e.name === 'Apex').map((e) => [e.type, e.mentions.length]), [['place', 2]]);
    // Unless a word of the name tells: a club.
    assert.deepStrictEqual(es.filter((e) => e.name === 'Dynamo Moscow').map((e) => [e.type, e.mentions.length]), [['organization', 2]]);
  });

  it('lists no interjection, sentence adverb or common acronym tagged as a name, but a state\'s code after its town', () => {
    const names = (text: string, spans: [string, NameSpan['type']][]): string[][] => findEntities(parseStructure(text),
      spans.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }))).filter((e) => e.type !== 'date').map((e) => [e.type, e.name]);
    assert.deepStrictEqual(names('Oh, and Unfortunately the deal is OK.', [['Oh', 'place'], ['Unfortunately', 'person'], ['OK', 'organization']]), []);
    assert.deepStrictEqual(names('A super PAC backed the LGBT caucus of Our Principles PAC.', [['PAC', 'organization'], ['LGBT', 'organization'], ['Our Principles PAC', 'organization']]),
      [['organization', 'Our Principles PAC']]);
    assert.deepStrictEqual(names('He spoke in Berea, OH, on Friday.', [['Berea', 'place'], ['OH', 'place']]), [['place', 'Berea'], ['place', 'OH']]);
    assert.deepStrictEqual(names('Demand for AI rose, as seen on TV.', [['AI', 'organization'], ['TV', 'organization']]), []);
  });

  it('reads no acronym in the initials of a name\'s legal form ("AI" is not "Alphabet Inc"), and keeps an acronym\'s name', () => {
    const text = 'AAPL rose as Alphabet Inc and International Business Machines Corp reported. IBM and AI gained.';
    const es = findEntities(parseStructure(text), ['Alphabet Inc', 'International Business Machines Corp', 'IBM'].map((n) => spanIn(text, n, 'organization'))
      .concat(spanIn(text, 'AI', 'organization')));
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.length]), [['Alphabet Inc', 1], ['International Business Machines Corp', 2]]);
  });

  it('reads a name tagged as a person by its last word when no person\'s name ends so ("Trump Tower", "Clinton Foundation")', () => {
    const text = 'Trump Tower hosted the Clinton Foundation and Frank Church. He sailed to Easter Island from Lee County.';
    const span = (s: string): NameSpan => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type: 'person' });
    const es = findEntities(parseStructure(text), [span('Trump Tower'), span('Clinton Foundation'), span('Frank Church'), span('Easter Island'), span('Lee County')]);
    assert.deepStrictEqual(es.map((e) => [e.type, e.name]), [
      ['place', 'Trump Tower'], ['organization', 'Clinton Foundation'], ['person', 'Frank Church'], ['place', 'Easter Island'], ['place', 'Lee County'],
    ]);
  });

  it('joins a state\'s abbreviation to its name, and an acronym in brackets to its expansion but not to a dateline', () => {
    const text = 'BERKELEY, Calif. (AP) — He left California for the Associated Press (AP). He now lives in Berkeley, Calif.';
    const span = (s: string, n: number, type: NameSpan['type']): NameSpan => spanIn(text, s, type, n);
    const es = findEntities(parseStructure(text), [
      span('BERKELEY', 0, 'place'), span('Calif', 0, 'place'), span('AP', 0, 'organization'), span('California', 0, 'place'),
      span('Associated Press', 0, 'organization'), span('AP', 1, 'organization'), span('Berkeley', 0, 'place'),
      { start: text.lastIndexOf('Calif'), end: text.lastIndexOf('Calif') + 5, type: 'place' },
    ]);
    assert.deepStrictEqual(es.map((e) => [e.type, e.name, e.mentions.length]), [
      ['place', 'Berkeley', 2], ['place', 'California', 3], ['organization', 'Associated Press', 3],
    ]);
    const dateline = 'DALLAS (AP) — The mayor spoke.';
    const alone = findEntities(parseStructure(dateline), [{ start: 0, end: 6, type: 'place' }, { start: 8, end: 10, type: 'organization' }]);
    assert.deepStrictEqual(alone.map((e) => [e.type, e.name]), [['place', 'DALLAS'], ['organization', 'AP']]);
  });

  it('joins a name cut at a middle initial or a particle, and a surname to the one person whose name ends with a generation', () => {
    const text = 'Justice Samuel A. Alito Jr. wrote it. Alito agreed. Donald J. Trump met Donald Trump Jr. and Trump spoke.';
    const span = (s: string, from = 0): NameSpan => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type: 'person' });
    const es = findEntities(parseStructure(text), [
      span('Samuel A'), span('Alito Jr.'), span('Alito', text.indexOf('Alito agreed')), span('Donald J. Trump'), span('Donald Trump Jr.'),
      span('Trump', text.indexOf('Trump spoke')),
    ]);
    assert.deepStrictEqual(es.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
      ['Samuel A. Alito Jr.', ['Samuel A. Alito Jr.', 'Alito']], ['Donald J. Trump', ['Donald J. Trump', 'Trump']], ['Donald Trump Jr.', ['Donald Trump Jr.']],
    ]);
    const particle = 'Osama bin Laden fled.';
    const one = findEntities(parseStructure(particle), [{ start: 0, end: 5, type: 'person' }, { start: 10, end: 15, type: 'person' }]);
    assert.deepStrictEqual(one.map((e) => e.name), ['Osama bin Laden']);
  });

  it('lists no party to a court case ("Roe v. Wade") but rivals set against each other ("Clinton vs. Trump")', () => {
    const text = 'The court upheld Roe v. Wade. It is Clinton vs. Trump.';
    const span = (s: string, type: NameSpan['type']): NameSpan => spanIn(text, s, type);
    const es = findEntities(parseStructure(text), [span('Roe', 'organization'), span('Wade', 'person'), span('Clinton', 'person'), span('Trump', 'person')]);
    assert.deepStrictEqual(es.map((e) => e.name), ['Clinton', 'Trump']);
  });

  it('lists a party, a team or a region named by a word that also names a people, but not the people', () => {
    const text = 'Labour won. Democrats lost. The Yankees beat the Indians. Americans voted in the Balkans. Libyans marched. A Democrat spoke.';
    const span = (s: string, type: NameSpan['type']): NameSpan => spanIn(text, s, type);
    const es = findEntities(parseStructure(text), [
      span('Labour', 'organization'), span('Democrats', 'organization'), span('Yankees', 'organization'), span('Indians', 'organization'),
      span('Americans', 'place'), span('Balkans', 'place'), span('Libyans', 'person'),
      { start: text.lastIndexOf('Democrat'), end: text.lastIndexOf('Democrat') + 8, type: 'person' },
    ]);
    assert.deepStrictEqual(es.map((e) => [e.type, e.name]), [
      ['organization', 'Labour'], ['organization', 'Yankees'], ['organization', 'Indians'], ['place', 'Balkans'],
    ]);
  });
});

describe('entities: ids and case counts', () => {
  it('makes ids from ASCII and accented names alike', () => {
    const text = 'José Martí met Anna-Lena Berg and R.J. O\'Brien in São Paulo.';
    const at = (s: string): NameSpan => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type: 'person' });
    const es = findEntities(parseStructure(text), [at('José Martí'), at('Anna-Lena Berg'), at("R.J. O'Brien"), { ...at('São Paulo'), type: 'place' }]);
    assert.deepStrictEqual(es.map((e) => e.id), ['person:jose-marti', 'person:anna-lena-berg', 'person:r-j-o-brien', 'place:sao-paulo']);
  });

  it('takes no property of plain objects for a country alias', () => {
    const text = 'Constructor Group met Paris officials. Constructor said so.';
    const es = findEntities(parseStructure(text), [
      { start: 0, end: 11, type: 'organization' }, { start: 39, end: 50, type: 'organization' },
    ]);
    assert.deepStrictEqual(es.map((e) => [e.id, e.mentions.length]), [['organization:constructor', 2]]);
  });

  it('counts lower-case uses of a capitalised word per document, before and after its first capital', () => {
    // The rule recogniser reads these counts: a headline word the text writes in lower case is no name.
    const one = 'The talks went on. Talks Resume In Geneva. More talks followed.';
    const other = 'Talks Collapse. Nobody expected it.';
    const doc1 = parseStructure(one);
    const doc2 = parseStructure(other);
    const names1 = ruleNameRecognizer(doc1).map((n) => one.slice(n.start, n.end));
    ruleNameRecognizer(doc2);
    // Counting for a second document must not disturb the first one's counts.
    assert.deepStrictEqual(ruleNameRecognizer(doc1).map((n) => one.slice(n.start, n.end)), names1);
    assert.ok(!names1.some((n) => /talks/i.test(n)), names1.join(', '));
  });
});

describe('entities: what one document leaves for the next', () => {
  // Grouping keys, name numbers and id counts are kept on records across documents: none may carry over.
  const names = (text: string, spans: [string, NameSpan['type']][]): NameSpan[] => {
    let from = 0;
    return spans.map(([name, type]) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { start, end: start + name.length, type };
    });
  };
  const run = (text: string, spans: [string, NameSpan['type']][]): Entity[] => findEntities(parseStructure(text), names(text, spans));
  it('groups, types and numbers each document on its own', () => {
    const a = 'Joe Biden spoke. Biden left. Georgia voted. Georgia won. Georgia lost. The Georgia Post ran it. The Post agreed.';
    const first = run(a, [['Joe Biden', 'person'], ['Biden', 'person'], ['Georgia', 'place'], ['Georgia', 'place'], ['Georgia', 'organization'],
      ['Georgia Post', 'organization'], ['Post', 'organization']]);
    assert.deepStrictEqual(first.map((e) => [e.id, e.type, e.mentions.length]), [
      ['person:joe-biden', 'person', 2], ['place:georgia', 'place', 3], ['organization:georgia-post', 'organization', 2],
    ]);
    const b = 'Hunter Biden came. Biden stayed. Georgia played. Georgia scored. Post wrote.';
    const second = run(b, [['Hunter Biden', 'person'], ['Biden', 'person'], ['Georgia', 'organization'], ['Georgia', 'organization'], ['Post', 'organization']]);
    assert.deepStrictEqual(second.map((e) => [e.id, e.type, e.name, e.mentions.length]), [
      ['person:hunter-biden', 'person', 'Hunter Biden', 2], ['organization:georgia', 'organization', 'Georgia', 2], ['organization:post', 'organization', 'Post', 1],
    ]);
    // The same document again gives the same entities and ids (no count left from before).
    assert.deepStrictEqual(run(b, [['Hunter Biden', 'person'], ['Biden', 'person'], ['Georgia', 'organization'], ['Georgia', 'organization'], ['Post', 'organization']]), second);
  });

  it('takes a name for a person by the surnames of its own document only', () => {
    const a = 'Vladimir Putin spoke. Putin left.';
    const first = run(a, [['Vladimir Putin', 'person'], ['Putin', 'organization']]);
    assert.deepStrictEqual(first.map((e) => [e.id, e.mentions.length]), [['person:vladimir-putin', 2]]);
    const b = 'Putin left. Kremlin staff stayed.';
    const second = run(b, [['Putin', 'organization'], ['Kremlin', 'organization']]);
    assert.deepStrictEqual(second.map((e) => [e.id, e.type]), [['organization:putin', 'organization'], ['organization:kremlin', 'organization']]);
  });

  it('groups repeated value texts by their value in each document on its own', () => {
    const values = (es: Entity[]): unknown[] => es.map((e) => [e.id, e.name, e.aliases, e.mentions.map((m) => m.text)]);
    const a = 'They paid $5 million on Friday. On Friday they paid $5 million again, and 5 million dollars later; 20 km on, 20 km back.';
    assert.deepStrictEqual(values(run(a, [])), [
      ['money:5-million-dollars', '5 million dollars', ['$5 million'], ['$5 million', '$5 million', '5 million dollars']],
      ['date:friday', 'Friday', [], ['Friday', 'Friday']],
      ['quantity:20-km', '20 km', [], ['20 km', '20 km']],
    ]);
    // The same texts with other values, or in another document, make entities of their own.
    const b = 'On Friday, $5 million. Then £5 million, and 20 km; then 20 km/h.';
    assert.deepStrictEqual(values(run(b, [])), [
      ['date:friday', 'Friday', [], ['Friday']],
      ['money:5-million', '$5 million', [], ['$5 million']],
      ['money:5-million-2', '£5 million', [], ['£5 million']],
      ['quantity:20-km', '20 km', [], ['20 km']],
      ['quantity:20-km-h', '20 km/h', [], ['20 km/h']],
    ]);
    assert.deepStrictEqual(run(a, []), run(a, []));
  });
});
