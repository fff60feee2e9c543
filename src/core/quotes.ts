// Direct quotes with cue, source and speaker. PLACEHOLDER: owned by the quotes module's author.
import type { DocumentStructure, Entity, Quote } from './types';

export function findQuotes(doc: DocumentStructure, entities: Entity[]): Quote[] {
  void doc; void entities;
  return [];
}
