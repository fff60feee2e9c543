// The article's key facts: its main people, its quotes and its figures.
import type { Entity, EntityType, KeyFacts, Quote } from '../types';

/** How many people the key facts name: the article's main actors, not everyone it mentions. */
const MAX_PEOPLE = 5;
const FIGURE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['money', 'quantity', 'date']);

export function keyFacts(entities: Entity[], quotes: Quote[]): KeyFacts {
  // Salience of a person: how often the article names them (as speaker of a quote too); ties go to
  // whoever appears first.
  const quoted = new Map<string, number>();
  for (const q of quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
  const firstAt = (e: Entity): number => e.mentions[0]?.start ?? Infinity;
  const people = entities
    .filter((e) => e.type === 'person')
    .map((e) => ({ e, salience: e.mentions.length + (quoted.get(e.id) ?? 0) }))
    .sort((a, b) => b.salience - a.salience || firstAt(a.e) - firstAt(b.e))
    .slice(0, MAX_PEOPLE)
    .map(({ e }) => ({ id: e.id, name: e.name, roles: e.roles, mentions: e.mentions.length }));

  const keyQuotes = [...quotes]
    .sort((a, b) => a.start - b.start)
    .map((q) => ({ text: q.text, speakerName: q.speakerName, start: q.start, end: q.end }));

  // A date is a figure when it resolves to a calendar value; "Sunday" or "last week" alone is not.
  const figures = entities
    .filter((e) => FIGURE_TYPES.has(e.type) && e.mentions.length > 0 && (e.type !== 'date' || e.value !== null))
    .sort((a, b) => firstAt(a) - firstAt(b))
    .map((e) => ({ id: e.id, type: e.type, text: e.mentions[0].text, value: e.value, start: e.mentions[0].start, end: e.mentions[0].end }));

  return { people, quotes: keyQuotes, figures };
}
