// Per-stage CPU profile of analyze(): structure → model names → findEntities → quotes → duplicates →
// summary, each stage timed alone on about 1 MB of real news text (PolNeAR texts and CNN/DailyMail
// articles), warm, best of several runs. Loads the engine from dist/core.js (`npm run build` first).
//
// Figures are CPU ms per MB (process.cpuUsage, less disturbed by other processes than wall time; the
// best run is the one least disturbed). Targets (issue): model names ≤ 60 ms/MB, findEntities ≤ 40.
// Every run parses the text again, so findEntities pays for its word view each time, as in analyze().
import { createRequire } from 'node:module';
import { newsArticles } from './lib/news.mjs';
import { STAGES, runStages } from './lib/stages.mjs';

const require = createRequire(import.meta.url);
const MB = 1e6; // bytes of UTF-8
const SIZE = Number(process.env.FACTLENS_STAGES_MB || 1) * MB;
const RUNS = Number(process.env.FACTLENS_STAGES_RUNS || 10);
// The optimising compiler needs a few megabytes of text before the stages reach their steady speed.
const WARMUP = 4;

const articles = newsArticles();
if (!articles) {
  console.log('Public data not found (set FACTLENS_DATA or put it at ../shared/data): stage profile skipped.');
  process.exit(0);
}
const parts = [];
let bytes = 0;
for (const a of articles) {
  if (bytes >= SIZE) break;
  parts.push(a);
  bytes += Buffer.byteLength(a) + 2;
}
const text = parts.join('\n\n');
bytes = Buffer.byteLength(text);

const core = require('../dist/core.js');

/** CPU milliseconds of one call, and its result. */
function cpu(f) {
  const before = process.cpuUsage();
  const result = f();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}

const best = Object.fromEntries(STAGES.map((s) => [s, Infinity]));
const totals = [];
for (let run = 0; run < WARMUP + RUNS; run++) {
  globalThis.gc?.();
  const t = runStages(core, text, cpu);
  if (run < WARMUP) continue;
  let total = 0;
  for (const s of STAGES) { best[s] = Math.min(best[s], t[s].ms); total += t[s].ms; }
  totals.push(total);
}

const perMb = (ms) => (ms / (bytes / MB)).toFixed(0);
console.log(`Text: ${(bytes / MB).toFixed(2)} MB of PolNeAR + CNN/DailyMail articles; ${RUNS} runs after ${WARMUP} warm-up runs, best CPU time per stage.`);
console.log('| stage | CPU ms/MB (best) |');
console.log('| --- | --- |');
for (const s of STAGES) console.log(`| ${s} | ${perMb(best[s])} |`);
const sumBest = STAGES.reduce((a, s) => a + best[s], 0);
console.log(`| sum of bests | ${perMb(sumBest)} (${((bytes / MB) / (sumBest / 1000)).toFixed(1)} MB/s) |`);
console.log(`Best whole run: ${perMb(Math.min(...totals))} ms/MB. Timings are noisy on a shared machine.`);
