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
  const stages = analyzeInSteps(text, options);
  for (;;) {
    const stage = stages.next();
    if (stage.done) return stage.value;
  }
}

/** analyze() one stage a step (each next() runs one), for a caller that lets other work run in between. */
export function* analyzeInSteps(text: string, options: EngineOptions = {}): Generator<void, Analysis, void> {
  const doc = parseStructure(text);
  yield;
  const names = (options.recognizer ?? modelNameRecognizer)(doc);
  yield;
  const entities = findEntities(doc, names);
  yield;
  const quotes = findQuotes(doc, entities);
  yield;
  const duplicates = findDuplicates(doc.paragraphs, options.nearDuplicateThreshold, text);
  yield;
  const summary = summarize(doc, entities, quotes, options.summarySentences ?? 3);
  return { text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities, quotes, duplicates, summary };
}
