// The stages of analyze() (src/core/analyze.ts), run one by one from the engine's exports with the same
// name recogniser as analyze() (the learned model), each call measured by `time`.
export const STAGES = ['structure', 'model names', 'findEntities', 'quotes', 'duplicates', 'summary'];

/** `time(f)` must return an object with f's `result`; returns those objects by stage name. */
export function runStages(core, text, time) {
  const t = {};
  const doc = (t.structure = time(() => core.parseStructure(text))).result;
  const names = (t['model names'] = time(() => core.modelNameRecognizer(doc))).result;
  const entities = (t.findEntities = time(() => core.findEntities(doc, names))).result;
  const quotes = (t.quotes = time(() => core.findQuotes(doc, entities))).result;
  t.duplicates = time(() => core.findDuplicates(doc.paragraphs, undefined, text));
  t.summary = time(() => core.summarize(doc, entities, quotes, 3));
  return t;
}
