// The whole pipeline: structure, names, entities, quotes, duplicates, summary.
import { findDuplicates } from './duplicates';
import { findEntities } from './entities';
import { modelNameRecognizer } from './ner';
import { retainDocumentWords } from './ner/features';
import { findQuotes } from './quotes';
import { parseStructure } from './structure';
import { summarize } from './summary';
import type { Analysis, AnalyzeOptions, DocumentStructure, Duplicate, Entity, NameRecognizer, Quote } from './types';

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
  return analysisOf(doc, entities, quotes, duplicates, options);
}

/** The analysis of a parsed document from its stages' results, its summary made last (it reads the others). */
function analysisOf(doc: DocumentStructure, entities: Entity[], quotes: Quote[], duplicates: Duplicate[], options: EngineOptions): Analysis {
  const summary = summarize(doc, entities, quotes, options.summarySentences ?? 3);
  return { text: doc.text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities, quotes, duplicates, summary };
}

/**
 * Documents analysed together at most, and the text a group holds at most (UTF-16 code units): a long document
 * closes its group, as it gains nothing from company, and the group's intermediate results stay bounded. Groups of
 * 16, 32 and 64 news articles ran alike within the noise (251 articles: 174-207 ms against 188-195 in groups of 64,
 * best of 10 in fresh processes), and the command line over 1,024 articles took 2.56-2.60 s against 2.56-2.67.
 */
export const GROUP_DOCUMENTS = 16;
export const GROUP_CHARS = 1 << 20;

/**
 * analyze() of each text, the same results, faster over many short documents. One call per article runs all the
 * stages on each in turn, and each stage then meets its tables (the name model's weights, the word scores, the
 * lexicons) and code afresh for every article: 251 news articles (1 MB) took 225-250 ms so against 143 ms as one
 * joined text. Here the texts are analysed in groups (GROUP_DOCUMENTS, GROUP_CHARS), one stage over the whole group
 * before the next: each document's tokens and word numbers are kept for the later stages, which would otherwise read
 * them again, until the group is done.
 */
export function analyzeMany(texts: readonly string[], options: EngineOptions = {}): Analysis[] {
  const recognizer = options.recognizer ?? modelNameRecognizer;
  const out: Analysis[] = [];
  const stopRetaining = retainDocumentWords(GROUP_DOCUMENTS);
  try {
    for (let from = 0; from < texts.length; ) {
      let to = from;
      let chars = 0;
      while (to < texts.length && to - from < GROUP_DOCUMENTS && chars < GROUP_CHARS) chars += texts[to++].length;
      const group = texts.slice(from, to);
      from = to;
      const docs = group.map((text) => parseStructure(text, true));
      const names = docs.map((doc) => recognizer(doc));
      const entities = docs.map((doc, i) => findEntities(doc, names[i]));
      const quotes = docs.map((doc, i) => findQuotes(doc, entities[i]));
      const duplicates = docs.map((doc, i) => findDuplicates(doc.paragraphs, options.nearDuplicateThreshold, group[i]));
      for (let i = 0; i < docs.length; i++) out.push(analysisOf(docs[i], entities[i], quotes[i], duplicates[i], options));
    }
  } finally {
    stopRetaining();
  }
  return out;
}
