// Extractive summary and key facts: the `count` most salient sentences in article order (see
// summary/rank.ts for how they are chosen), and the article's main people, quotes and figures.
import { keyFacts } from './summary/keyFacts';
import { rankSentences } from './summary/rank';
import type { DocumentStructure, Entity, Quote, Summary } from './types';

export function summarize(doc: DocumentStructure, entities: Entity[], quotes: Quote[], count = 3): Summary {
  return { sentences: rankSentences(doc, count, quotes), keyFacts: keyFacts(entities, quotes) };
}
