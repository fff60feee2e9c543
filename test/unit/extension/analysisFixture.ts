// A small hand-made analysis for the extension's pure helpers: they must not depend on what the engine
// currently finds.
import type { Analysis, Entity, Quote } from '../../../src/core/types';

export const TEXT = 'President Ada Lovelace met ACME Corp in Paris.\n"We will pay $5 million," Lovelace said <b>today</b>.\n';

function span(needle: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture has no ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const ada: Entity = {
  id: 'person:ada-lovelace', type: 'person', name: 'Ada Lovelace', aliases: ['Lovelace'], roles: ['President'], value: null,
  mentions: [{ ...span('Ada Lovelace'), role: span('President') }, span('Lovelace', TEXT.indexOf('said') - 12)],
};
const acme: Entity = { id: 'organization:acme-corp', type: 'organization', name: 'ACME Corp', aliases: [], roles: [], value: null, mentions: [span('ACME Corp')] };
const paris: Entity = { id: 'place:paris', type: 'place', name: 'Paris', aliases: [], roles: [], value: null, mentions: [span('Paris')] };
const money: Entity = {
  id: 'money:5-million', type: 'money', name: '$5 million', aliases: [], roles: [], value: { kind: 'money', amount: 5e6, currency: 'USD' }, mentions: [span('$5 million')],
};
const quote: Quote = {
  ...span('"We will pay $5 million,"'), content: [span('We will pay $5 million,')], speaker: ada.id, speakerName: 'Ada Lovelace',
  source: span('Lovelace', TEXT.indexOf('said') - 12), cue: span('said'), sentence: 1,
};

const line1 = span('President Ada Lovelace met ACME Corp in Paris.');
const line2 = span('"We will pay $5 million," Lovelace said <b>today</b>.');

export const ANALYSIS: Analysis = {
  text: TEXT,
  paragraphs: [{ ...line1, index: 0, kind: 'prose', line: 0 }, { ...line2, index: 1, kind: 'prose', line: 1 }],
  sentences: [{ ...line1, index: 0, paragraph: 0 }, { ...line2, index: 1, paragraph: 1 }],
  entities: [ada, acme, paris, money],
  quotes: [quote],
  duplicates: [],
  summary: {
    sentences: [{ ...line2, index: 1, paragraph: 1 }],
    keyFacts: {
      people: [{ id: ada.id, name: ada.name, roles: ada.roles, mentions: 2 }],
      quotes: [{ text: quote.text, speakerName: quote.speakerName, start: quote.start, end: quote.end }],
      figures: [{ id: money.id, type: 'money', text: '$5 million', value: money.value, start: money.mentions[0].start, end: money.mentions[0].end }],
    },
  },
};
