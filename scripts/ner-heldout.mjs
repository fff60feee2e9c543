// Scores the name recogniser on text its training never saw (docs/model.md, "Unseen text"): five models, each
// trained without every fifth eng.train document (NER_HOLDOUT=k, also kept out of the clusters' text and of the
// gazetteer's ordinary-word filter), each scoring its fifth after the consistency step, pooled. Prints:
// - fifths: the pooled PER / ORG / LOC / overall F1;
// - fifths, new names: only the gold names (and predictions) whose exact text no other fifth has as a name;
// - invented: the fifths again with every word of every gold name replaced by an invented word (the same one for
//   the same word across the split), so that only context and shape are left.
// Run: `node scripts/ner-heldout.mjs` (FACTLENS_DATA as for training; about five trainings' time). Extra
// arguments are passed to the trainings' environment (NAME=value), to measure a variant the same way.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { conllPath, parseConll, reconstruct, score } from '../bench/lib/conll.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };
const FOLDS = 5;

const trainFile = conllPath('eng.train');
if (!trainFile) {
  console.log('CoNLL-2003 eng.train not found (set FACTLENS_DATA): nothing measured.');
  process.exit(0);
}
const extraEnv = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
// The five models and their bundles, removed at the end (left behind if a training fails, to look at).
const work = path.join(os.tmpdir(), `factlens-heldout-${process.pid}`);

/** Trains the model without fifth k into its own folder and bundles the recogniser with that model. */
async function trainFold(k) {
  const dir = path.join(work, `fold${k}`);
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/train-ner.mjs')], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...extraEnv, NER_HOLDOUT: String(k), NER_OUT_DIR: dir },
  });
  // The fold's data files in place of the shipped ones.
  const swapData = {
    name: 'fold-data',
    setup(b) { b.onResolve({ filter: /^\.\/(model|gazetteer)\.data$/ }, (args) => ({ path: path.join(dir, `${args.path.slice(2)}.ts`) })); },
  };
  const outfile = path.join(dir, 'recogniser.cjs');
  await build({ entryPoints: [path.join(ROOT, 'src/core/index.ts')], bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', outfile, logLevel: 'warning', plugins: [swapData] });
  return require(outfile);
}

/** Random syllables, seeded: a word no list or training text has. */
function inventor(seed) {
  const next = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const C = 'bcdfghklmnprstvzj', V = 'aeiou';
  const pick = (s) => s[Math.floor(next() * s.length)];
  return () => { let w = ''; for (let i = 2 + Math.floor(next() * 2); i > 0; i--) w += pick(C) + pick(V) + (next() < 0.4 ? pick(C) : ''); return w; };
}

const parsed = parseConll(readFileSync(trainFile, 'utf8'));
const plain = reconstruct(parsed);
const invent = inventor(12345);
const invented = new Map();
const replace = (w) => {
  if (!/^\p{Lu}\p{L}*$/u.test(w)) return w; // "of", "&", "U.S.", numbers stay
  const key = w.toLowerCase();
  if (!invented.has(key)) invented.set(key, invent());
  const r = invented.get(key);
  return w.length > 1 && w === w.toUpperCase() ? r.toUpperCase() : r[0].toUpperCase() + r.slice(1);
};
const scrambled = reconstruct(parsed.map((d) => ({ sentences: d.sentences.map((s) => ({ words: s.words.map((w, i) => (s.tags[i] === 'O' ? w : replace(w))), tags: s.tags })) })));

const inFold = (split, k) => {
  const docs = split.docs.filter((_, di) => di % FOLDS === k);
  return { docs, gold: split.gold.filter((g) => docs.some((d) => d.start <= g.start && g.end <= d.end)) };
};
const names = (recogniser, docs) => docs.flatMap((d) => recogniser.modelNameRecognizer(recogniser.parseStructure(d.text)).map((s) => ({ start: s.start + d.start, end: s.end + d.start, type: TYPE[s.type] })));

const pooled = { gold: [], found: [], newGold: [], newFound: [], inventedGold: [], inventedFound: [] };
for (let k = 0; k < FOLDS; k++) {
  const recogniser = await trainFold(k);
  const fold = inFold(plain, k);
  const mine = new Set(fold.gold);
  const elsewhere = new Set(plain.gold.filter((g) => !mine.has(g)).map((g) => plain.text.slice(g.start, g.end)));
  const isNew = (s) => !elsewhere.has(plain.text.slice(s.start, s.end));
  const found = names(recogniser, fold.docs);
  pooled.gold.push(...fold.gold);
  pooled.found.push(...found);
  pooled.newGold.push(...fold.gold.filter(isNew));
  pooled.newFound.push(...found.filter(isNew));
  const inventedFold = inFold(scrambled, k);
  pooled.inventedGold.push(...inventedFold.gold);
  pooled.inventedFound.push(...names(recogniser, inventedFold.docs));
  console.log(`fifth ${k}: F1 ${(100 * score(fold.gold, found).overall.f1).toFixed(2)}`);
}
const row = (label, gold, found) => {
  const r = score(gold, found);
  console.log(`${label.padEnd(20)} ${['PER', 'ORG', 'LOC', 'overall'].map((t) => `${t} ${(100 * r[t].f1).toFixed(2)}`).join('  ')}  untyped ${(100 * score(gold, found, { typed: false }).overall.f1).toFixed(2)}`);
};
row('fifths', pooled.gold, pooled.found);
row('fifths, new names', pooled.newGold, pooled.newFound);
row('invented', pooled.inventedGold, pooled.inventedFound);
rmSync(work, { recursive: true, force: true });
