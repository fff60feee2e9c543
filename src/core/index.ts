// Public surface of the engine, for the extension, the command line and the benchmarks.
export * from './types';
export { analyze, analyzeInSteps, analyzeMany, GROUP_CHARS, GROUP_DOCUMENTS } from './analyze';
export type { EngineOptions } from './analyze';
export { parseStructure, splitParagraphs, splitSentences, tokenize } from './structure';
export { findEntities } from './entities';
export { ruleNameRecognizer } from './entities/ruleNames';
export { modelNameRecognizer, recognizeNames, loadNerModel } from './ner';
export { findQuotes } from './quotes';
export { findDuplicates, DEFAULT_NEAR_DUPLICATE_THRESHOLD } from './duplicates';
export { summarize } from './summary';
export { prepareRevisions, reviseAnalysis, reviseGradually } from './revise';
export type { ReviseOptions } from './revise';
