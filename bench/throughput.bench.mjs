// Whole-pipeline throughput: analyze() on 1, 4 and 16 MB of real news text (PolNeAR texts and
// CNN/DailyMail articles from the public data, repeated when the data is smaller than the size), each
// size in its own process so that peak memory is its own; and compromise 14 on the 1 MB text doing
// comparable work (people, places, organisations, quotations). Loads the engine from dist/core.js.
//
// Targets (issue): at least 10 MB/s, and at least 50 times compromise. Timings on a shared machine are
// noisy: compare figures from one run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { fixtureArticles, newsArticles } from './lib/news.mjs';
import { runStages } from './lib/stages.mjs';

const require = createRequire(import.meta.url);
const SELF = fileURLToPath(import.meta.url);
const SIZES_MB = [1, 4, 16];
// Timed runs of analyze() per size after the first: the optimising compiler needs a few megabytes of text before
// the engine reaches its steady speed (the extension's worker and a CLI run over many files are in that state).
const WARM_RUNS = { 1: 8, 4: 4, 16: 2 };
/**
 * Timed passes over the 1 MB text's articles one call each. Analysed one by one, the same text costs the engine more
 * (each stage meets its tables afresh for each article, and an article's entities and summary are its own).
 */
const ARTICLE_RUNS = 4;
const MB = 1e6; // bytes of UTF-8
/** Fresh processes that each analyse the 1 MB text once after warming up on other articles. */
const UNSEEN_PROCESSES = 3;
const mb = (bytes) => bytes / MB;
/**
 * The extension analyses long articles in a worker thread with a 64 MB young generation (see
 * src/extension/backgroundAnalyzer.ts): fewer scavenges copy what the earlier stages made. The second table runs
 * the engine that way; the first in a plain Node process with its default heap, as a script using dist/core.js does.
 */
const EXTENSION_WORKER_LIMITS = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 8192 };

/** News text of at least `bytes` UTF-8 bytes: whole articles, the corpus repeated if need be. */
function newsText(bytes) {
  const real = newsArticles();
  const articles = real ?? fixtureArticles();
  const parts = [];
  let size = 0;
  let rounds = 0;
  while (size < bytes) {
    for (const a of articles) {
      parts.push(a);
      size += Buffer.byteLength(a) + 2;
      if (size >= bytes) break;
    }
    rounds++;
  }
  return { text: parts.join('\n\n'), parts, real: real !== null, rounds };
}

/** Runs f on each article in turn: one call per article, as the command line and the editor analyse them. */
function oneByOne(parts, f) {
  let found = 0;
  for (const p of parts) found += f(p);
  return found;
}

/**
 * In a child process: the 1 MB text analysed by an engine whose compiler is warm but which has never read that text.
 * The "warm" runs re-analyse one text, and the engine keeps what it works out per spelling across documents (the
 * name tagger's word scores, the entity and summary tables): this checks how much of their speed comes from that.
 * First the rest of the corpus (the articles not in the text, three times over, in 1 MB pieces: the compiler needs
 * some 10 MB before the engine reaches its steady speed; after 3 MB it is still a third slower), then the text once
 * (unseen), then again (seen).
 */
function measureUnseen() {
  const core = require('../dist/core.js');
  const articles = newsArticles();
  const { text } = newsText(MB);
  const inText = new Set(text.split('\n\n'));
  const rest = articles.filter((a) => !inText.has(a));
  let piece = [];
  let size = 0;
  let warmed = 0;
  for (const a of [...rest, ...rest, ...rest]) {
    piece.push(a);
    size += Buffer.byteLength(a) + 2;
    if (size >= MB) { core.analyze(piece.join('\n\n')); warmed += size; piece = []; size = 0; }
  }
  globalThis.gc?.();
  const unseen = timed(() => core.analyze(text));
  delete unseen.result;
  const seen = timed(() => core.analyze(text));
  delete seen.result;
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), warmedBytes: warmed, unseen, seen }) + '\n');
}

/**
 * Wall and process CPU seconds of one call (CPU time is less disturbed by other processes). A full collection first,
 * on the main thread only: in a worker thread a forced full collection throws away the engine's optimised code (V8
 * deoptimises some 35 of its hot functions for "weak objects", measured with --trace-deopt; never on the main thread),
 * and the analysis after it runs some 50 % slower; the extension's worker forces none, and in a steady run of analyses
 * it meets no full collection (measured with --trace-gc).
 */
function timed(f) {
  if (isMainThread) globalThis.gc?.();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = f();
  const used = process.cpuUsage(cpu);
  return { result, wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** The stages of analyze() timed one by one (bench/lib/stages.mjs); null when the exports no longer fit. */
function stages(core, text) {
  try {
    const out = runStages(core, text, timed);
    for (const k of Object.keys(out)) delete out[k].result;
    return out;
  } catch (e) {
    process.stderr.write(`stage timing skipped: ${e.message}\n`);
    return null;
  }
}

/** f run once untimed, then `runs` times timed: the run of least CPU time, without its result. */
function warmBest(runs, f) {
  f();
  let best = null;
  for (let i = 0; i < runs; i++) {
    const r = timed(f);
    delete r.result;
    if (!best || r.cpu < best.cpu) best = r;
  }
  return best;
}

/** In a child process: measures one size and prints one JSON line. */
function measure(sizeMb, withCompromise) {
  const core = require('../dist/core.js');
  const { text, parts, real, rounds } = newsText(sizeMb * MB);
  const bytes = Buffer.byteLength(text);
  core.analyze(newsText(MB).text); // warm-up on 1 MB: compile the hot paths before timing, at every size alike
  globalThis.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;

  const run = timed(() => core.analyze(text));
  const heapAfter = process.memoryUsage().heapUsed;
  const a = run.result;
  const counts = { paragraphs: a.paragraphs.length, sentences: a.sentences.length, entities: a.entities.length, quotes: a.quotes.length, duplicates: a.duplicates.length };
  delete run.result;
  let warm = null;
  for (let i = 0; i < (WARM_RUNS[sizeMb] ?? 2); i++) {
    const again = timed(() => core.analyze(text));
    delete again.result;
    if (!warm || again.cpu < warm.cpu) warm = again;
  }

  const out = {
    sizeMb, bytes, real, rounds, analyze: run, warm, counts,
    peakRssMb: process.resourceUsage().maxRSS / 1024, // kB → MB
    heapAfterMb: (heapAfter - baseHeap) / 2 ** 20,
    stages: stages(core, text),
  };

  if (withCompromise) {
    const nlp = require('compromise');
    const compromiseOn = (t) => {
      const doc = nlp(t);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length + doc.quotations().out('array').length;
    };
    const compromiseRun = () => timed(() => compromiseOn(text));
    // Twice, the better run kept: warm, as the engine's warm figure is.
    const [x, y] = [compromiseRun(), compromiseRun()];
    out.compromise = x.cpu <= y.cpu ? x : y;
    out.compromise.found = out.compromise.result;
    delete out.compromise.result;
    // The same megabyte as its articles, one call each: the engine warm (warmBest), compromise once (it ran twice above).
    const articles = warmBest(ARTICLE_RUNS, () => oneByOne(parts, (p) => core.analyze(p).entities.length));
    // The same articles in one analyzeMany() call (stage by stage over groups of articles), if the engine has it.
    const many = core.analyzeMany ? warmBest(ARTICLE_RUNS, () => core.analyzeMany(parts).length) : null;
    const compromiseArticles = timed(() => oneByOne(parts, compromiseOn));
    delete compromiseArticles.result;
    out.articles = { count: parts.length, engine: articles, many, compromise: compromiseArticles };
  }
  if (parentPort) parentPort.postMessage(out);
  else process.stdout.write(JSON.stringify(out) + '\n');
}

/** measure() in a worker thread set up as the extension's analysis worker; prints its JSON line. */
function measureInWorker(sizeMb, withCompromise) {
  const args = ['--size', String(sizeMb), ...(withCompromise ? ['--compromise'] : [])];
  const worker = new Worker(SELF, { argv: args, resourceLimits: EXTENSION_WORKER_LIMITS });
  worker.on('message', (out) => process.stdout.write(JSON.stringify(out) + '\n'));
  worker.on('error', (err) => { process.stderr.write(`${err.stack ?? err}\n`); process.exitCode = 1; });
}

function main() {
  if (!newsArticles()) {
    console.log('Public data not found (set FACTLENS_DATA or put it at ../shared/data): using the two sample articles');
    console.log('repeated, which is not representative news text.');
  }
  const sizes = process.env.FACTLENS_BENCH_SIZES ? process.env.FACTLENS_BENCH_SIZES.split(',').map(Number) : SIZES_MB;
  let failed = 0;
  /** One child process per size (its own peak memory), measuring on its main thread or in a worker. */
  const measureAll = (inWorker) => {
    const rows = [];
    for (const size of sizes) {
      const args = ['--expose-gc', '--max-old-space-size=8192', SELF, '--size', String(size), ...(size === sizes[0] && !inWorker ? ['--compromise'] : []), ...(inWorker ? ['--worker'] : [])];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
      const line = r.stdout.trim().split('\n').pop();
      if (r.status !== 0 || !line) {
        failed++;
        console.log(`${size} MB: FAILED (exit ${r.status})\n${r.stderr.trim().split('\n').slice(0, 12).join('\n')}`);
        continue;
      }
      rows.push(JSON.parse(line));
    }
    return rows;
  };
  const rows = measureAll(false);
  if (!rows.length) process.exit(1);
  const workerRows = measureAll(true);
  // Text never seen before, at 1 MB: three fresh processes, the best of each measure kept.
  const unseenRuns = [];
  if (newsArticles() && sizes.includes(1)) {
    for (let i = 0; i < UNSEEN_PROCESSES; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', SELF, '--unseen'], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const line = r.stdout.trim().split('\n').pop();
      if (r.status !== 0 || !line) { failed++; console.log(`unseen text: FAILED (exit ${r.status})\n${r.stderr.trim().split('\n').slice(0, 12).join('\n')}`); break; }
      unseenRuns.push(JSON.parse(line));
    }
  }

  const rate = (r, t) => (mb(r.bytes) / t).toFixed(2);
  const repeated = rows.filter((r) => r.rounds > 1).map((r) => `${r.sizeMb} MB: ×${r.rounds}`);
  console.log(`Text: ${rows[0].real ? 'PolNeAR + CNN/DailyMail articles' : 'sample articles'}${repeated.length ? `; corpus repeated (${repeated.join(', ')}), exact repeats then count as duplicates` : ''}.`);
  console.log('MB = 10^6 bytes of UTF-8. MB/s by wall-clock time and by the process\'s CPU time (less disturbed by other load).\n');
  console.log('First timed run (after one 1 MB warm-up analysis), and the best of the runs after it (warm):\n');
  console.log('| size | analyze wall | MB/s wall | MB/s CPU | warm: MB/s wall | warm: MB/s CPU | peak RSS | heap after (result alive) | paragraphs | sentences | entities | quotes | duplicates |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const table = (list) => {
    for (const r of list) {
      const c = r.counts;
      console.log(`| ${mb(r.bytes).toFixed(1)} MB | ${r.analyze.wall.toFixed(2)} s | ${rate(r, r.analyze.wall)} | ${rate(r, r.analyze.cpu)} | ${rate(r, r.warm.wall)} | ${rate(r, r.warm.cpu)} | ${r.peakRssMb.toFixed(0)} MB | ${r.heapAfterMb.toFixed(0)} MB | ${c.paragraphs} | ${c.sentences} | ${c.entities} | ${c.quotes} | ${c.duplicates} |`);
    }
  };
  table(rows);
  if (workerRows.length) {
    console.log('\nThe same in a worker thread set up as the extension\'s analysis worker (64 MB young generation):\n');
    console.log('| size | analyze wall | MB/s wall | MB/s CPU | warm: MB/s wall | warm: MB/s CPU | peak RSS | heap after (result alive) | paragraphs | sentences | entities | quotes | duplicates |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    table(workerRows);
  }
  if (unseenRuns.length) {
    const best = (key, t) => Math.min(...unseenRuns.map((u) => u[key][t]));
    const u = unseenRuns[0];
    const rateOf = (t) => (mb(u.bytes) / t).toFixed(2);
    console.log(`\nA text the engine has not read before (${mb(u.bytes).toFixed(1)} MB, after ${mb(u.warmedBytes).toFixed(1)} MB of other articles warmed the compiler; best of ${unseenRuns.length} fresh processes): ` +
      `${rateOf(best('unseen', 'wall'))} MB/s wall, ${rateOf(best('unseen', 'cpu'))} CPU; the same text right after (seen): ${rateOf(best('seen', 'wall'))} MB/s wall, ${rateOf(best('seen', 'cpu'))} CPU.`);
  }
  const staged = rows.filter((r) => r.stages);
  if (staged.length) {
    const names = Object.keys(staged[0].stages);
    console.log(`\nStages of analyze(), each timed alone, MB/s by CPU time (a rate that falls with size is a cost that grows faster than the text):`);
    console.log(`| size | ${names.join(' | ')} |`);
    console.log(`| --- |${names.map(() => ' --- |').join('')}`);
    for (const r of staged) console.log(`| ${mb(r.bytes).toFixed(1)} MB | ${names.map((n) => rate(r, r.stages[n].cpu)).join(' | ')} |`);
  } else console.log('\nStage timing skipped (the engine exports no longer match analyze()).');

  const first = rows[0];
  if (first.compromise) {
    const c = first.compromise;
    console.log(`\ncompromise 14 on the ${mb(first.bytes).toFixed(1)} MB text (nlp(text) + people/places/organizations/quotations), better of two runs: ${c.wall.toFixed(1)} s wall, ${rate(first, c.cpu)} MB/s CPU, ${c.found} matches`);
    console.log(`engine / compromise (CPU time): first run ${(c.cpu / first.analyze.cpu).toFixed(0)}×, warm ${(c.cpu / first.warm.cpu).toFixed(0)}× (target ≥ 50×); engine ${rate(first, first.analyze.cpu)} MB/s CPU first, ${rate(first, first.warm.cpu)} warm (target ≥ 10 MB/s)`);
    console.log(`engine / compromise (wall time): first run ${(c.wall / first.analyze.wall).toFixed(0)}×, warm ${(c.wall / first.warm.wall).toFixed(0)}×`);
    if (first.articles) {
      const { count, engine, many, compromise } = first.articles;
      console.log(`the same ${mb(first.bytes).toFixed(1)} MB as its ${count} articles, one call each: engine ${rate(first, engine.wall)} MB/s wall, ${rate(first, engine.cpu)} CPU (warm); compromise ${rate(first, compromise.cpu)} MB/s CPU; engine / compromise (CPU time) ${(compromise.cpu / engine.cpu).toFixed(0)}×`);
      if (many) console.log(`the same ${count} articles in one analyzeMany() call (as the command line analyses its files): engine ${rate(first, many.wall)} MB/s wall, ${rate(first, many.cpu)} CPU (warm); engine / compromise (CPU time) ${(compromise.cpu / many.cpu).toFixed(0)}×`);
    }
    const w = workerRows[0];
    if (w && w.bytes === first.bytes) {
      console.log(`in the extension's worker set-up: engine / compromise (CPU time) first run ${(c.cpu / w.analyze.cpu).toFixed(0)}×, warm ${(c.cpu / w.warm.cpu).toFixed(0)}×; engine ${rate(w, w.analyze.cpu)} MB/s CPU first, ${rate(w, w.warm.cpu)} warm; wall ${rate(w, w.analyze.wall)} first, ${rate(w, w.warm.wall)} warm`);
    }
  }
  if (rows.length > 1) {
    const last = rows[rows.length - 1];
    console.log(`MB/s (CPU, warm) at ${last.sizeMb} MB relative to ${first.sizeMb} MB: ${((mb(last.bytes) / last.warm.cpu) / (mb(first.bytes) / first.warm.cpu)).toFixed(2)} (1.00 = linear cost)`);
  }
  console.log('Timings are noisy on a shared machine; peak RSS includes the text and Node itself.');
  process.exit(failed ? 1 : 0);
}

const sizeArg = process.argv.indexOf('--size');
if (process.argv.includes('--unseen')) measureUnseen();
else if (sizeArg < 0) main();
else if (isMainThread && process.argv.includes('--worker')) measureInWorker(Number(process.argv[sizeArg + 1]), process.argv.includes('--compromise'));
else measure(Number(process.argv[sizeArg + 1]), process.argv.includes('--compromise'));
