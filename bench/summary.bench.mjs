// Summary quality: ROUGE F1 (stemmed, as Google's rouge-score) of the engine's 3-sentence summary
// against the reference highlights of CNN/DailyMail articles, beside Lead-3 (the article's first three
// sentences) taken from the same engine sentence split. Also Lead-3 with the corpus's own sentence
// convention (the text is tokenised, so " . " ends a sentence), the figure published baselines use.
// Then summarize()'s own speed on a long document.
// Data: ../shared/data/cnndm/dev.jsonl relative to the repository root, or $FACTLENS_DATA/cnndm/dev.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { rouge } from './lib/rouge.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.FACTLENS_DATA ?? path.resolve(root, '../shared/data');
const file = path.join(dataDir, 'cnndm/dev.jsonl');

/** Reference highlights: sentences end with " . " (tokenised text) or a newline. */
const splitHighlights = (text) => text.split(/\n|(?<=\s[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
/** The corpus's own sentence convention for articles: a space-separated ". ! ?", maybe a closing quote. */
const splitTokenised = (text) => text.split(/(?<=\s[.!?](?:\s*'')?)\s+/).map((s) => s.trim()).filter(Boolean);
const lines = (texts) => texts.map((t) => t.replace(/\s+/g, ' ')).join('\n');

function table(rows) {
  const pct = (x) => (100 * x).toFixed(1).padStart(6);
  console.log(`${'system'.padEnd(44)}   R-1    R-2  R-Lsum`);
  for (const [name, s] of rows) console.log(`${name.padEnd(44)}${pct(s.r1)} ${pct(s.r2)} ${pct(s.rl)}`);
}

function evaluate(engine, rows) {
  const systems = {
    'engine summary (analyze().summary, 3)': { r1: 0, r2: 0, rl: 0 },
    'Lead-3, engine sentence split': { r1: 0, r2: 0, rl: 0 },
    'Lead-3, corpus sentence convention': { r1: 0, r2: 0, rl: 0 },
  };
  const bySource = new Map();
  let wins = 0;
  let ties = 0;
  let engineSentences = 0;
  let corpusSentences = 0;
  let agreeing = 0;
  let analysisMs = 0;
  let chars = 0;
  for (const row of rows) {
    const reference = lines(splitHighlights(row.highlights));
    const t0 = performance.now();
    const a = engine.analyze(row.article);
    analysisMs += performance.now() - t0;
    chars += row.article.length;
    engineSentences += a.sentences.length;
    const corpusSplit = splitTokenised(row.article);
    corpusSentences += corpusSplit.length;
    const corpusSet = new Set(corpusSplit);
    for (const s of a.sentences) if (corpusSet.has(s.text)) agreeing++;
    const candidates = {
      'engine summary (analyze().summary, 3)': lines(a.summary.sentences.map((s) => s.text)),
      'Lead-3, engine sentence split': lines(a.sentences.slice(0, 3).map((s) => s.text)),
      'Lead-3, corpus sentence convention': lines(corpusSplit.slice(0, 3)),
    };
    const perSource = bySource.get(row.source) ?? { n: 0, engine: 0, lead: 0 };
    bySource.set(row.source, perSource);
    perSource.n++;
    const scores = {};
    for (const [name, text] of Object.entries(candidates)) {
      const s = rouge(text, reference);
      scores[name] = s;
      systems[name].r1 += s.rouge1.f; systems[name].r2 += s.rouge2.f; systems[name].rl += s.rougeLsum.f;
    }
    const e = scores['engine summary (analyze().summary, 3)'].rouge1.f;
    const l = scores['Lead-3, engine sentence split'].rouge1.f;
    perSource.engine += e; perSource.lead += l;
    if (e > l + 1e-12) wins++; else if (Math.abs(e - l) <= 1e-12) ties++;
  }
  for (const s of Object.values(systems)) { s.r1 /= rows.length; s.r2 /= rows.length; s.rl /= rows.length; }
  console.log(`${rows.length} articles, ${engineSentences} engine sentences (${(engineSentences / rows.length).toFixed(1)} per article), ${corpusSentences} by the corpus convention, ${agreeing} identical in both`);
  console.log('ROUGE F1 (%), averaged over articles, Porter stemming');
  table(Object.entries(systems));
  console.log(`engine vs engine-split Lead-3 on ROUGE-1, per article: ${wins} better, ${ties} equal, ${rows.length - wins - ties} worse`);
  for (const [source, s] of bySource) console.log(`  ${source.padEnd(9)} (${s.n}): R-1 engine ${(100 * s.engine / s.n).toFixed(1)}, Lead-3 ${(100 * s.lead / s.n).toFixed(1)}`);
  console.log(`whole pipeline on these articles: ${(chars / 1e6 / (analysisMs / 1000)).toFixed(2)} MB/s (small documents, machine shared: noisy)`);
}

/** Best time in ms of `runs` calls of f, after one call to warm up: the machine is shared, the best run is the least disturbed. */
function bestMs(runs, f) {
  f();
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

/** summarize() alone on a ~1 MB document, to show it stays linear. */
function speed(engine, rows) {
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += rows[i % rows.length].article + '\n\n';
  const doc = engine.parseStructure(text);
  const ms = bestMs(7, () => engine.summarize(doc, [], [], 3));
  console.log(`summarize() alone on ${(text.length / 1e6).toFixed(2)} MB (${doc.sentences.length} sentences), best of 7 runs: ${ms.toFixed(1)} ms, ${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  // The most sentences the command line allows (--sentences 999): the redundancy test then compares many pairs.
  const longMs = bestMs(3, () => engine.summarize(doc, [], [], 999));
  console.log(`summarize() of 999 sentences on the same text, best of 3 runs: ${longMs.toFixed(1)} ms`);
}

if (!existsSync(file)) {
  console.log(`summary benchmark skipped: no data at ${file} (set FACTLENS_DATA to the folder holding cnndm/)`);
} else {
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const engine = createRequire(import.meta.url)(path.join(root, 'dist/core.js'));
  evaluate(engine, rows);
  speed(engine, rows);
}
