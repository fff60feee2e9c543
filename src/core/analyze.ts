// The whole pipeline: structure, names, entities, quotes, duplicates, summary.
import { findDuplicates } from './duplicates';
import { findEntities } from './entities';
import { modelNameRecognizer } from './ner';
import { findQuotes } from './quotes';
import { parseStructure } from './structure';
import { summarize } from './summary';
import type { Analysis, AnalyzeOptions, NameRecognizer } from './types';

export interface EngineOptions extends AnalyzeOptions {
  /** Which name recogniser to use; the default is the learned model (see docs/model.md), the best one the package ships. */
  recognizer?: NameRecognizer;
}

export function analyze(text: string, options: EngineOptions = {}): Analysis {
  const doc = parseStructure(text);
  const recognizer = options.recognizer ?? modelNameRecognizer;
  const entities = findEntities(doc, recognizer(doc));
  const quotes = findQuotes(doc, entities);
  const duplicates = findDuplicates(doc.paragraphs, options.nearDuplicateThreshold);
  const summary = summarize(doc, entities, quotes, options.summarySentences ?? 3);
  return { text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities, quotes, duplicates, summary };
}
