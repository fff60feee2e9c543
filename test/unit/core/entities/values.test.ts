// Money, dates and quantities found by rules, with their parsed values.
import * as assert from 'assert';
import { findEntities, findValueMentions } from '../../../../src/core/entities';
import { numberRunEnd } from '../../../../src/core/entities/numbers';
import { mayStartUnit } from '../../../../src/core/entities/quantities';
import { parseStructure } from '../../../../src/core/structure';
import type { NameSpan } from '../../../../src/core/types';

/** [text, type, value] of every value mention in `text`. */
const found = (text: string) => findValueMentions(parseStructure(text)).map((f) => [text.slice(f.start, f.end), f.type, f.value] as const);
const one = (text: string) => {
  const all = found(text);
  assert.strictEqual(all.length, 1, `exactly one value in ${JSON.stringify(text)}: ${JSON.stringify(all)}`);
  return all[0];
};

describe('entities: money', () => {
  const cases: [string, string, number, string][] = [
    ['a £2.26 billion loan', '£2.26 billion', 2260000000, 'GBP'],
    ['($2.8 billion)', '$2.8 billion', 2800000000, 'USD'],
    ['grants of €5m each', '€5m', 5000000, 'EUR'],
    ['debt of US$1.5 trillion', 'US$1.5 trillion', 1500000000000, 'USD'],
    ['paid 5 million dollars', '5 million dollars', 5000000, 'USD'],
    ['a house worth $300,000.', '$300,000', 300000, 'USD'],
    ['it costs ¥100', '¥100', 100, 'JPY'],
    ['fined 40 euros', '40 euros', 40, 'EUR'],
    ['sold for 2 billion Canadian dollars', '2 billion Canadian dollars', 2000000000, 'CAD'],
    ['up 50 cents', '50 cents', 0.5, 'USD'],
    ['a £3bn deal', '£3bn', 3000000000, 'GBP'],
  ];
  for (const [text, span, amount, currency] of cases) {
    it(`${JSON.stringify(text)} → ${amount} ${currency}`, () => {
      const [t, type, value] = one(text);
      assert.strictEqual(t, span);
      assert.strictEqual(type, 'money');
      assert.deepStrictEqual(value, { kind: 'money', amount, currency });
    });
  }
});

describe('entities: dates', () => {
  const absolute: [string, string, string][] = [
    ['launched on February 24, 2022.', 'February 24, 2022', '2022-02-24'],
    ['on 24 February 2022 troops', '24 February 2022', '2022-02-24'],
    ['since Feb. 24, 2022,', 'Feb. 24, 2022', '2022-02-24'],
    ['in March 2021 the', 'March 2021', '2021-03'],
    ['elected in 2022 after', '2022', '2022'],
    ['dated 2022-02-24 here', '2022-02-24', '2022-02-24'],
    ['on the 3rd of March, 2020', '3rd of March, 2020', '2020-03-03'],
  ];
  for (const [text, span, iso] of absolute) {
    it(`${JSON.stringify(text)} → ${iso}`, () => {
      const [t, type, value] = one(text);
      assert.strictEqual(t, span);
      assert.strictEqual(type, 'date');
      assert.deepStrictEqual(value, { kind: 'date', iso });
    });
  }
  const relative: [string, string][] = [
    ['a meeting on Friday.', 'Friday'], ['we met last week', 'last week'], ['he said yesterday', 'yesterday'],
    ['three days ago, she', 'three days ago'], ['on Monday morning', 'Monday morning'], ['due in September', 'September'],
  ];
  for (const [text, span] of relative) {
    it(`${JSON.stringify(text)} → relative date "${span}"`, () => {
      const [t, type, value] = one(text);
      assert.strictEqual(t, span);
      assert.strictEqual(type, 'date');
      assert.strictEqual(value, null);
    });
  }
  it('reads holidays and days named by an event as dates, not the islands named so', () => {
    const text = 'Before Super Tuesday and Election Day, on Christmas Eve, at Easter, Labor Day and New Year’s Eve, he flew to Easter Island. A new year began.';
    assert.deepStrictEqual(found(text).map(([t, type, value]) => `${type}:${t}:${value}`), [
      'date:Super Tuesday:null', 'date:Election Day:null', 'date:Christmas Eve:null', 'date:Easter:null', 'date:Labor Day:null', 'date:New Year’s Eve:null',
    ]);
  });

  it('keeps the name that runs on into a holiday after it, and drops the one that runs on into a weekday', () => {
    const text = 'The San Bernardino Christmas party was attacked. MSNBC’s Morning Joe Monday show aired.';
    const span = (s: string, type: NameSpan['type']): NameSpan => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
    const es = findEntities(parseStructure(text), [span('San Bernardino Christmas', 'organization'), span('Joe Monday', 'person')]);
    assert.deepStrictEqual(es.map((e) => `${e.type}:${e.name}`), ['organization:San Bernardino', 'date:Christmas', 'date:Monday']);
  });

  it('rejects impossible days and bare numbers', () => {
    assert.deepStrictEqual(found('February 30, 2022'), [['February', 'date', null]]);
    assert.deepStrictEqual(found('Room 2022 is free'), []);
    assert.deepStrictEqual(found('You may go.'), []);
  });
});

describe('entities: quantities', () => {
  const cases: [string, string, number, string][] = [
    ['a series of 14 posts on', '14 posts', 14, 'posts'],
    ['sent 10,000 troops', '10,000 troops', 10000, 'troops'],
    ['rose 50% in', '50%', 50, '%'],
    ['fell 3.5 per cent', '3.5 per cent', 3.5, '%'],
    ['a 20 km walk', '20 km', 20, 'km'],
    ['home to 1.2 million people', '1.2 million people', 1200000, 'people'],
    ['killing three people', 'three people', 3, 'people'],
    ['Twenty-five students came', 'Twenty-five students', 25, 'students'],
    ['with twenty-one votes', 'twenty-one votes', 21, 'votes'],
  ];
  for (const [text, span, amount, unit] of cases) {
    it(`${JSON.stringify(text)} → ${amount} ${unit}`, () => {
      const [t, type, value] = one(text);
      assert.strictEqual(t, span);
      assert.strictEqual(type, 'quantity');
      assert.deepStrictEqual(value, { kind: 'quantity', amount, unit });
    });
  }
  it('does not count words that are not things ("2 of", "no one wants", "COVID-19 cases")', () => {
    assert.deepStrictEqual(found('2 of them; no one wants peace; COVID-19 patients'), []);
  });
});

describe('entities: values written the British and South Asian way', () => {
  it('reads a scale joined by a hyphen ("$5-million") with its value, not as five dollars', () => {
    assert.deepStrictEqual(found('a $5-million grant and a $2.5-billion deal').map(([t, , v]) => [t, v]), [
      ['$5-million', { kind: 'money', amount: 5000000, currency: 'USD' }], ['$2.5-billion', { kind: 'money', amount: 2500000000, currency: 'USD' }],
    ]);
  });

  it('reads percentages, counts and money with the number in words', () => {
    assert.deepStrictEqual(found('five percent and seventy-five per cent of a million people paid a million dollars or five billion euros').map(([t, , v]) => [t, v]), [
      ['five percent', { kind: 'quantity', amount: 5, unit: '%' }], ['seventy-five per cent', { kind: 'quantity', amount: 75, unit: '%' }],
      ['a million people', { kind: 'quantity', amount: 1000000, unit: 'people' }], ['a million dollars', { kind: 'money', amount: 1000000, currency: 'USD' }],
      ['five billion euros', { kind: 'money', amount: 5000000000, currency: 'EUR' }],
    ]);
  });

  it('reads pence, attached temperatures and crore with their values', () => {
    assert.deepStrictEqual(found('a coffee at 78p, 45C (113F), Rs 2,000 crore, 5 lakh rupees').map(([, , v]) => v), [
      { kind: 'money', amount: 0.78, currency: 'GBP' }, { kind: 'quantity', amount: 45, unit: '°C' }, { kind: 'quantity', amount: 113, unit: '°F' },
      { kind: 'money', amount: 20000000000, currency: 'INR' }, { kind: 'money', amount: 500000, currency: 'INR' },
    ]);
  });
});

describe('entities: value offsets', () => {
  it('keeps exact UTF-16 offsets with CRLF, emoji and combining marks before the values', () => {
    const text = 'Cafe\u0301 👍🏽 news\r\n\r\nOn Friday 😀 they paid £5m for 3 tonnes.\r\n';
    const all = found(text);
    assert.deepStrictEqual(all.map(([t]) => t), ['Friday', '£5m', '3 tonnes']);
    for (const f of findValueMentions(parseStructure(text))) assert.ok(f.start >= 0 && f.end <= text.length);
  });
});

// Each pattern runs only where the characters after the number or word allow it to match; these sit at the
// edges of those conditions.
describe('entities: values at the edges of the pattern conditions', () => {
  const cases: [string, [string, string][]][] = [
    ['they left a few weeks ago.', [['a few weeks ago', 'date']]],
    ['It ended 10 days ago.', [['10 days ago', 'date']]],
    ['one day, several months ago', [['several months ago', 'date']]],
    ['bought a dozen eggs', [['a dozen eggs', 'quantity']]],
    ['a hundred people came', [['a hundred people', 'quantity']]],
    ['an hour later, several hundred people', []],
    ['up 2 percentage points', [['2 percentage points', 'quantity']]],
    ['raised rates by 25 basis points, then 1 basis point', [['25 basis points', 'quantity'], ['1 basis point', 'quantity']]],
    ['at 30 degrees Celsius', [['30 degrees Celsius', 'quantity']]],
    ['a 5 billion euros deal', [['5 billion euros', 'money']]],
    ['on 3rd of March 2020 and 24th Feb. 2021', [['3rd of March 2020', 'date'], ['24th Feb. 2021', 'date']]],
    ['since 1996, by 2030.', [['1996', 'date'], ['2030', 'date']]],
    ['the 2022-02-24 attack and 1999-13-40', [['2022-02-24', 'date']]],
    ['Rs. 300 and CHF 20 and US$ 5', [['Rs. 300', 'money'], ['CHF 20', 'money'], ['US$ 5', 'money']]],
    ['Two days ago, Seven soldiers', [['Two days', 'quantity'], ['Seven soldiers', 'quantity']]],
    // More than one of a thing is a plural: the noun may follow a describing word; a year counts nothing.
    ['two other candidates and 1,200 registered voters', [['two other candidates', 'quantity'], ['1,200 registered voters', 'quantity']]],
    ['two men, 300 people, 3 children, nine grandchildren', [['two men', 'quantity'], ['300 people', 'quantity'], ['3 children', 'quantity'], ['nine grandchildren', 'quantity']]],
    ['in the 2016 presidential race, 2016 voters chose; the 1939 film; two say yes; 10 class', []],
    ['fell four percentage points', [['four percentage points', 'quantity']]],
    ['won by 28 points; the Dow closed down 24.11 points; 32 points and 15 rebounds', [['28 points', 'quantity'], ['24.11 points', 'quantity'], ['32 points', 'quantity'], ['15 rebounds', 'quantity']]],
    // Pence and temperatures written attached to the number; South Asian scales.
    ['Shares fell 12p to 345p at 4p.m. as it hit 45C (113F) and Rs 2,000 crore', [['12p', 'money'], ['345p', 'money'], ['45C', 'quantity'], ['113F', 'quantity'], ['Rs 2,000 crore', 'money']]],
    // Both ends of a range of years are years; a number after "to" alone is not ("rose to 2000").
    ['from 2019 to 2021, between 1990 and 1995; sales rose to 2000', [['2019', 'date'], ['2021', 'date'], ['1990', 'date'], ['1995', 'date']]],
    // Decades are dates with no calendar value; a fiscal year is a year.
    ['in the 1990s and the 1960\'s, 1980s-era cars, in fiscal 2023; not 1995s or 2016s', [['1990s', 'date'], ['1960\'s', 'date'], ['1980s', 'date'], ['2023', 'date']]],
    // A day word capitalised inside a sentence is a name; at a sentence's start it is the day.
    ['Trump told NBC\'s Today show, on Russia Today. Today it rained.\nTonight we vote.', [['Today', 'date'], ['Tonight', 'date']]],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected.map(([t]) => t).join(', ') || 'nothing'}`, () => {
      assert.deepStrictEqual(found(text).map(([t, type]) => [t, type]), expected);
    });
  }
});

describe('entities: overlapping values and counts after an excluded word', () => {
  it('keeps the earliest, then the longest of overlapping finds, across kinds', () => {
    assert.deepStrictEqual(found('a $2.8 billion deal and 2.8 billion people'), [
      ['$2.8 billion', 'money', { kind: 'money', amount: 2800000000, currency: 'USD' }],
      ['2.8 billion people', 'quantity', { kind: 'quantity', amount: 2800000000, unit: 'people' }],
    ]);
    assert.deepStrictEqual(found('February 24, 2022 and 24 February 2022').map(([t]) => t), ['February 24, 2022', '24 February 2022']);
  });
  it('reads no count where the word after the number is excluded, but reads the words that only start like one', () => {
    assert.deepStrictEqual(found('5 of them, 7 a.m., 3 and 4'), []);
    assert.deepStrictEqual(found('5 officers, 7 andouilles, 3 ofs-tests, 9 theses.').map(([t, , v]) => [t, v && 'unit' in v ? v.unit : null]), [
      ['5 officers', 'officers'], ['7 andouilles', 'andouilles'], ['3 ofs-tests', 'ofs-tests'], ['9 theses', 'theses'],
    ]);
    assert.deepStrictEqual(found('2 million of them').map(([t]) => t), []);
    assert.deepStrictEqual(found('6 hundred people').map(([t, , v]) => [t, v && 'amount' in v ? v.amount : null]), [['6 hundred people', 600]]);
  });
  it('tries the measure pattern only before the start of a unit or a scale word', () => {
    // Every unit of the pattern and the scale words, as written out there.
    const units = ['km²', 'km2', 'sq km', 'square kilometres', 'square miles', 'square meters', 'square feet', 'km/h', 'kph', 'mph', 'km',
      'kilometre', 'kilometers', 'mile', 'miles', 'metre', 'meters', 'cm', 'mm', 'centimetres', 'millimeter', 'ft', 'feet', 'foot', 'inch',
      'inches', 'kg', 'kilo', 'kilograms', 'gram', 'tonnes', 'ton', 'lbs', 'ounces', 'oz', 'litre', 'liters', 'gallons', 'barrels', 'bpd',
      'acres', 'hectares', '°C', '°F', 'degrees', 'MW', 'GW', 'kW', 'kWh', 'MWh', 'GWh', 'TWh', 'GB', 'TB', 'MB', 'mg/dL', 'mg/kg', 'mg/L',
      'mmol/L', 'mg', 'ml', 'mcg', 'knots', 'calories', 'volts', 'thousand', 'million', 'billion', 'trillion', 'hundred'];
    for (const u of units) assert.ok(mayStartUnit(u.charCodeAt(0), u.charCodeAt(1)), u);
    for (const w of ['people', 'years', 'of', 'and', 'percent', 'per', 'were', 'new', 'Republicans', 'points', 'K2']) assert.ok(!mayStartUnit(w.charCodeAt(0), w.charCodeAt(1)), w);
    assert.deepStrictEqual(found('5 km, 3 °C, 2 MWh and 7 million barrels of 9 people').map(([t]) => t), ['5 km', '3 °C', '2 MWh', '7 million barrels', '9 people']);
    assert.deepStrictEqual(found('from 180 mg/dL to 5.5 mmol/L after 400 mcg').map(([t]) => t), ['180 mg/dL', '5.5 mmol/L', '400 mcg']);
  });

  it('scales measures and counts by the scale word between the number and the unit or noun, and only by it', () => {
    const amounts = (text: string) => found(text).map(([t, , v]) => [t, v && 'amount' in v ? v.amount : null, v && 'unit' in v ? v.unit : null]);
    assert.deepStrictEqual(amounts('2 million km, 3 thousandkm, 4\u00a0billion barrels, 5 tonnes, 1.5 trillion gallons'), [
      ['2 million km', 2000000, 'km'], ['3 thousandkm', 3000, 'km'], ['4\u00a0billion barrels', 4000000000, 'barrels'], ['5 tonnes', 5, 'tonnes'],
      ['1.5 trillion gallons', 1500000000000, 'gallons'],
    ]);
    assert.deepStrictEqual(amounts('7 hundred soldiers, 8 soldiers, twenty thousand voters, 9 millionaires'), [
      ['7 hundred soldiers', 700, 'soldiers'], ['8 soldiers', 8, 'soldiers'], ['twenty thousand voters', 20000, 'voters'], ['9 millionaires', 9, 'millionaires'],
    ]);
  });
});

describe('entities: runs of numbers', () => {
  /** The end of the run of digits, commas and full stops from `pos`, read afresh. */
  const naive = (text: string, pos: number): number => {
    let end = pos;
    while (end < text.length && /[\d,.]/.test(text[end])) end++;
    return end;
  };

  it('numberRunEnd gives the end of the run from any position', () => {
    let seed = 5;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const pieces = ['2024', '.', ',', '7', ' ', 'a', '%', '..'];
    for (let t = 0; t < 200; t++) {
      let text = '';
      for (let k = rnd(30); k > 0; k--) text += pieces[rnd(pieces.length)];
      for (let pos = 0; pos <= text.length; pos++) assert.strictEqual(numberRunEnd(text, pos), naive(text, pos), JSON.stringify([text, pos]));
    }
  });

  it('finds the values in a long run of numbers joined by full stops, and after it, as in short runs', () => {
    const run = Array.from({ length: 3000 }, (_, k) => String(2000 + (k % 25))).join('.');
    assert.deepStrictEqual(found(`${run} and 40 people.`).map(([t, type]) => [t, type]), [['40 people', 'quantity']]);
    // Words starting inside a run and after it: money, a percentage and a count read as they are alone.
    const text = 'In 2019.2020 it cost $5 million, 3.5% more, and 1,200 people came; 2.5 million dollars later.';
    assert.deepStrictEqual(found(text).map(([t]) => t), ['$5 million', '3.5%', '1,200 people', '2.5 million dollars']);
  });
});
