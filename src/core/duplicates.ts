// Exact and near-duplicate paragraphs. PLACEHOLDER: owned by the structure module's author.
import type { Duplicate, Paragraph } from './types';

export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8;

export function findDuplicates(paragraphs: Paragraph[], threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD): Duplicate[] {
  void paragraphs; void threshold;
  return [];
}
