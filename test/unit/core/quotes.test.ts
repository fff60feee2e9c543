import * as assert from 'assert';
import { findQuotes } from '../../../src/core/quotes';
import { parseStructure } from '../../../src/core/structure';
import type { Entity, Quote } from '../../../src/core/types';
import { assertSpan, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from '../helpers';

/** People built by hand (the entity module is tested elsewhere): every occurrence of each form is a mention. */
function people(text: string, specs: { name: string; forms: string[]; roles?: string[] }[]): Entity[] {
  return specs.map((p) => {
    const mentions = [];
    for (const form of p.forms) {
      const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    mentions.sort((a, b) => a.start - b.start);
    const slug = p.name.toLowerCase().replace(/\s+/g, '-');
    return { id: `person:${slug}`, type: 'person', name: p.name, aliases: p.forms.filter((f) => f !== p.name), roles: p.roles ?? [], value: null, mentions };
  });
}

function quotesOf(text: string, entities: Entity[] = []): Quote[] {
  const quotes = findQuotes(parseStructure(text), entities);
  for (const q of quotes) {
    assertSpan(text, q, 'quote');
    q.content.forEach((c) => assertSpan(text, c, 'content'));
    if (q.source) assertSpan(text, q.source, 'source');
    if (q.cue) assertSpan(text, q.cue, 'cue');
  }
  return quotes;
}

const quoteWith = (quotes: Quote[], words: string): Quote => {
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `a quote containing "${words}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q!;
};

describe('quotes', () => {
  describe('sample articles', () => {
    const text = readFixture(SAMPLE_ORIGINAL);
    const entities = people(text, [
      { name: 'Volodymyr Zelensky', forms: ['Volodymyr Zelensky', 'Zelensky'], roles: ['Ukrainian President'] },
      { name: 'Donald Trump', forms: ['Donald Trump', 'Trump'], roles: ['President'] },
      { name: 'JD Vance', forms: ['JD Vance', 'Vance'], roles: ['US Vice-President'] },
      { name: 'Keir Starmer', forms: ['Keir Starmer', 'Starmer'], roles: ['UK Prime Minister'] },
      { name: 'Jens Stoltenberg', forms: ['Jens Stoltenberg'], roles: ['NATO Secretary General'] },
      { name: 'Maria Zakharova', forms: ['Maria Zakharova'], roles: ['Foreign Ministry spokeswoman'] },
      { name: 'Emmanuel Macron', forms: ['Emmanuel Macron', 'Macron'], roles: ['French President'] },
      { name: 'Olaf Scholz', forms: ['Olaf Scholz'], roles: ['German Chancellor'] },
      { name: 'Mark Rutte', forms: ['Mark Rutte'], roles: ['NATO chief'] },
      { name: 'Vladimir Putin', forms: ['Vladimir Putin', 'Putin'], roles: ['Russian President'] },
    ]);
    const quotes = quotesOf(text, entities);

    it('finds the ten quotes of the original, each with its speaker', () => {
      const expected: [string, string, string, string][] = [
        ['“stand more firmly on our side”', 'Volodymyr Zelensky', 'expressed', 'Ukrainian President Volodymyr Zelensky'],
        ['“tough dialogue”', 'Volodymyr Zelensky', 'described', 'he'],
        ['“or we are out,”', 'Donald Trump', 'urged', 'Trump'],
        ['“meaningful and warm meeting,”', 'Volodymyr Zelensky', 'thank', 'Zelensky'],
        ['“I thank the people', 'Volodymyr Zelensky', 'stated', 'he'],
        ['“just and lasting”', 'Volodymyr Zelensky', 'emphasized', 'Zelensky'],
        ['“overplayed his hand”', 'Donald Trump', 'remarked', 'Trump'],
        ['“All Ukrainians', 'Volodymyr Zelensky', 'stated', 'He'],
        ['“complete diplomatic failure”', 'Maria Zakharova', 'calling', 'Foreign Ministry spokeswoman Maria Zakharova'],
        ['“There is an aggressor', 'Emmanuel Macron', 'stating', 'Macron'],
      ];
      assert.deepStrictEqual(quotes.map((q) => q.text.slice(0, expected[quotes.indexOf(q)]?.[0].length ?? 20)), expected.map((e) => e[0]));
      expected.forEach(([, speaker, cue, source], i) => {
        assert.strictEqual(quotes[i].speakerName, speaker, `speaker of ${quotes[i].text}`);
        assert.strictEqual(quotes[i].speaker, `person:${speaker.toLowerCase().replace(/\s+/g, '-')}`);
        assert.strictEqual(quotes[i].cue?.text, cue, `cue of ${quotes[i].text}`);
        assert.strictEqual(quotes[i].source?.text, source, `source of ${quotes[i].text}`);
      });
    });

    it('keeps the nested single quote and the bracketed insertion inside one quote', () => {
      const q = quoteWith(quotes, 'All Ukrainians');
      assert.ok(q.text.endsWith('against Putin.”'));
      assert.ok(q.content[0].text.includes('[Russian President Vladimir] Putin'));
      assert.ok(q.content[0].text.includes('‘peace through strength.’'));
      assert.strictEqual(quotes.filter((x) => x.text.includes('peace through strength')).length, 1);
    });

    it('finds the straight quotes of the rewrite, attributed', () => {
      const t = readFixture(SAMPLE_REWRITE);
      const qs = quotesOf(t, people(t, [
        { name: 'Volodymyr Zelensky', forms: ['Zelensky'], roles: ['Ukrainian President'] },
        { name: 'Donald Trump', forms: ['Donald Trump', 'Trump'], roles: ['President'] },
      ]));
      assert.strictEqual(quoteWith(qs, 'stand more firmly').speakerName, 'Volodymyr Zelensky');
      assert.strictEqual(quoteWith(qs, 'stand more firmly').content[0].text, "stand more firmly on Ukraine's side");
      assert.strictEqual(quoteWith(qs, 'overplayed').speakerName, 'Donald Trump');
      for (const q of qs.filter((x) => /tough dialogue|just and lasting|peace through/.test(x.text))) assert.strictEqual(q.speakerName, 'Volodymyr Zelensky', q.text);
    });
  });
});
