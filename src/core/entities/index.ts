// Entities: names from a recogniser plus rule-found money, dates and quantities, grouped per entity.
// PLACEHOLDER signature: owned by the entities module's author.
import type { DocumentStructure, Entity, NameSpan } from '../types';

export function findEntities(doc: DocumentStructure, names: NameSpan[]): Entity[] {
  void doc; void names;
  return [];
}
