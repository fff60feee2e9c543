// Named-entity recognition on CoNLL-2003 eng.testa (the development split; the test split is held out):
// entity-level exact-span precision, recall and F1 per type and overall (PER, ORG, LOC), and throughput,
// for compromise 14, a capitalised-word-run baseline, the engine's rule recogniser, the learned model,
// and the whole engine's entities with the model. Each document of the split is one input text.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { dataDir, loadSplit, score } from './lib/conll.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

const split = loadSplit('eng.testa');
if (!split) {
  console.log('CoNLL-2003 eng.testa not found (looked in ../shared/data or $FACTLENS_DATA): NER benchmark skipped.');
  process.exit(0);
}
const chars = split.docs.reduce((n, d) => n + d.text.length, 0);

// The recogniser may not be exported by dist/core.js yet: bundle it on its own.
const nerBundle = path.join(ROOT, 'bench/.work/ner.cjs');
await build({ entryPoints: [path.join(ROOT, 'src/core/ner/index.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile: nerBundle, logLevel: 'warning' });
let t = process.cpuUsage();
const ner = require(nerBundle);
const requireMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(t));
t = process.cpuUsage();
ner.loadNerModel();
const loadMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(t));
const core = require(path.join(ROOT, 'dist/core.js'));
const nlp = require('compromise');

/** Milliseconds of CPU time used by this process: steadier than wall time on a shared machine. */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Runs `fn(text, index)` on every document, best of `runs` passes (CPU time); spans shifted to
 * whole-split offsets.
 */
function run(fn, runs) {
  let best = Infinity;
  let spans = [];
  for (let r = 0; r < runs; r++) {
    const out = [];
    const t0 = cpuMs();
    split.docs.forEach((d, i) => { for (const s of fn(d.text, i)) out.push({ start: s.start + d.start, end: s.end + d.start, type: s.type }); });
    best = Math.min(best, cpuMs() - t0);
    spans = out;
  }
  return { spans, mbps: chars / 1e6 / (best / 1000) };
}

/** compromise spans, trimmed like CoNLL names: no trailing punctuation tokens or possessive. */
function compromiseSpans(text) {
  const doc = nlp(text);
  const out = [];
  const add = (list, type) => {
    for (const m of list.json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      let s = text.slice(start, end);
      const lead = s.length - s.replace(/^(?:[^\p{L}\p{N}]+\s*)+/u, '').length;
      start += lead;
      s = s.slice(lead).replace(/(?:\s+(?:[^\p{L}\p{N}\s]+|['’]s))+$/u, '').replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}.]+$/u, '');
      if (s) out.push({ start, end: start + s.length, type });
    }
  };
  add(doc.people(), 'PER');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'LOC');
  return out;
}

/** Untyped baseline: maximal runs of space-separated words that begin with a capital letter. */
function capitalisedRuns(text) {
  const out = [];
  const re = /\p{Lu}\S*(?: \p{Lu}\S*)*/gu;
  let m;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, type: 'NAME' });
  return out;
}

const typed = (spans) => spans.map((s) => ({ ...s, type: TYPE[s.type] ?? s.type }));
const entitySpans = (analysis) => analysis.entities.filter((e) => TYPE[e.type]).flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE[e.type] })));

const structures = split.docs.map((d) => core.parseStructure(d.text));
const systems = [
  ['compromise 14', run(compromiseSpans, 1)],
  ['capitalised runs (untyped)', run(capitalisedRuns, 3), { untyped: true }],
  ['rule recogniser', run((text) => typed(core.ruleNameRecognizer(core.parseStructure(text))), 3)],
  // The recogniser alone, on structures made beforehand (the engine's structure step is not its cost).
  ['model (recogniser only)', run((text, i) => typed(ner.modelNameRecognizer(structures[i])), 5)],
  ['whole engine + model', run((text) => entitySpans(core.analyze(text, { recognizer: ner.modelNameRecognizer })), 3)],
];

const pct = (x) => (100 * x).toFixed(1).padStart(5);
console.log(`CoNLL-2003 eng.testa: ${split.docs.length} documents, ${(chars / 1e6).toFixed(2)} M characters, ${split.gold.filter((g) => g.type !== 'MISC').length} PER/ORG/LOC names`);
console.log('entity-level exact span; P / R / F1 in %; MB/s = millions of characters per CPU second, best of several passes (shared machine: still noisy)\n');
console.log(`${'system'.padEnd(28)} ${['PER', 'ORG', 'LOC', 'overall'].map((k) => `${k} P     R     F1`.padEnd(20)).join(' ')} untyped F1   MB/s`);
for (const [name, r, opts] of systems) {
  const s = score(split.gold, r.spans);
  const u = score(split.gold, r.spans, { typed: false });
  const cols = opts?.untyped ? ['PER', 'ORG', 'LOC', 'overall'].map(() => '    -     -     -'.padEnd(20)) : ['PER', 'ORG', 'LOC', 'overall'].map((k) => `${pct(s[k].precision)} ${pct(s[k].recall)} ${pct(s[k].f1)}`.padEnd(20));
  console.log(`${name.padEnd(28)} ${cols.join(' ')} ${pct(u.overall.f1).padStart(10)} ${r.mbps.toFixed(2).padStart(6)}`);
}
// Names never seen in training are where a held-out split differs most (the CoNLL test split has more of
// them than eng.testa): the model's and compromise's scores on the eng.testa names whose exact text is, or is
// not, a gold name anywhere in eng.train (predictions split the same way).
const train = loadSplit('eng.train');
if (train) {
  const seenNames = new Set(train.gold.map((g) => train.text.slice(g.start, g.end)));
  const isSeen = (s) => seenNames.has(split.text.slice(s.start, s.end));
  const typedGold = split.gold.filter((g) => g.type !== 'MISC');
  const unseenShare = typedGold.filter((g) => !isSeen(g)).length / typedGold.length;
  console.log(`\nnames seen / not seen in eng.train (${(100 * unseenShare).toFixed(1)} % of the eng.testa PER/ORG/LOC names are not), F1:`);
  for (const [name, r] of systems.filter(([system, , opts]) => !opts?.untyped && !/rule/.test(system))) {
    const row = (keep) => { const s = score(split.gold.filter(keep), r.spans.filter(keep)); return ['PER', 'ORG', 'LOC', 'overall'].map((k) => `${k} ${pct(s[k].f1)}`).join('  '); };
    console.log(`${name.padEnd(28)} seen: ${row(isSeen)}   not seen: ${row((s) => !isSeen(s))}`);
  }
}
// Throughput on today's news: the CNN/DailyMail articles (tokenised text, mostly capitalised as usual)
// and the two sample articles.
const news = [path.join(ROOT, 'test/fixtures/000_9645917036a6f55a.txt'), path.join(ROOT, 'test/fixtures/001_1d531dcee2f71fe6.txt')].map((f) => readFileSync(f, 'utf8'));
const cnndm = path.join(dataDir(), 'cnndm/dev.jsonl');
if (existsSync(cnndm)) for (const line of readFileSync(cnndm, 'utf8').split('\n')) if (line.trim()) news.push(JSON.parse(line).article);
const newsChars = news.reduce((n, t) => n + t.length, 0);
const newsStructures = news.map((t) => core.parseStructure(t));
const throughput = (fn, runs) => {
  let best = Infinity;
  for (let r = 0; r < runs; r++) { const t0 = cpuMs(); news.forEach(fn); best = Math.min(best, cpuMs() - t0); }
  return (newsChars / 1e6 / (best / 1000)).toFixed(2);
};
console.log(`\nnews text (${news.length} articles, ${(newsChars / 1e6).toFixed(2)} M characters): model recogniser ${throughput((t, i) => ner.modelNameRecognizer(newsStructures[i]), 5)} MB/s, ` +
  `structure + model ${throughput((t) => ner.modelNameRecognizer(core.parseStructure(t)), 3)} MB/s, whole engine + model ${throughput((t) => core.analyze(t, { recognizer: ner.modelNameRecognizer }), 3)} MB/s, ` +
  `compromise ${throughput((t) => compromiseSpans(t), 1)} MB/s`);
console.log(`model: bundle require ${requireMs.toFixed(0)} ms, weights decoded and indexed in ${loadMs.toFixed(0)} ms (CPU time, first use in this process)`);
