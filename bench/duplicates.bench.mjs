// Near-duplicate detection on 10,000 real news paragraphs (PolNeAR texts, CNN/DailyMail articles cut
// into three-sentence paragraphs) with lightly edited and exact copies planted at random later places:
// time, and recall / precision on the planted copies. Loads the engine from dist/core.js (npm run build).
import { createRequire } from 'node:module';
import { fixtureArticles, newsArticles } from './lib/news.mjs';

const require = createRequire(import.meta.url);
const { findDuplicates, DEFAULT_NEAR_DUPLICATE_THRESHOLD } = require('../dist/core.js');

const TOTAL = 10_000;
const NEAR = 500;
const EXACT = 200;

let seed = 0x1234567;
const random = () => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 2 ** 32; };
const pick = (n) => Math.floor(random() * n);
const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

function newsParagraphs(articles) {
  const out = [];
  const seen = new Set();
  const add = (p) => {
    const t = p.trim();
    const key = t.toLowerCase();
    if (wordCount(t) >= 8 && !seen.has(key)) { seen.add(key); out.push(t); }
  };
  for (const a of articles) {
    if (/\n/.test(a.trim())) { for (const line of a.split(/\r?\n/)) add(line); continue; }
    const sentences = a.split(/(?<= [.!?]) /); // CNN/DailyMail articles are one tokenised line
    for (let i = 0; i < sentences.length; i += 3) add(sentences.slice(i, i + 3).join(' '));
  }
  return out;
}

/** One to three words substituted, inserted or deleted; half the time commas dropped and the end changed. */
const FILLERS = ['the', 'new', 'officials', 'said', 'reportedly', 'major', 'local', 'very', 'also', 'on Monday'];
function lightEdit(p) {
  const w = p.split(' ');
  for (let n = 1 + pick(3); n > 0; n--) {
    const op = random();
    const at = pick(w.length);
    if (op < 1 / 3) w[at] = FILLERS[pick(FILLERS.length)];
    else if (op < 2 / 3) w.splice(at, 0, FILLERS[pick(FILLERS.length)]);
    else if (w.length > 3) w.splice(at, 1);
  }
  const s = w.join(' ');
  return random() < 0.5 ? s.replace(/,/g, '').replace(/[.!?]?$/, '!') : s;
}
/** The same text with other case, white space and quote marks. */
const restyle = (p) => p.toUpperCase().replace(/ /g, '  ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

function asParagraphs(texts) {
  let start = 0;
  return texts.map((text, index) => {
    const p = { start, end: start + text.length, text, index, kind: 'prose', line: index * 2 };
    start += text.length + 2;
    return p;
  });
}

/** Median wall-clock and process CPU milliseconds over `runs` calls (CPU time is less disturbed by other load). */
function timeMs(f, runs = 5) {
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const c = process.cpuUsage();
    const t = performance.now();
    result = f();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms: median(wall), cpuMs: median(cpu), result };
}

const articles = newsArticles();
let base;
if (articles) base = newsParagraphs(articles);
else {
  console.log('Public data not found (set FACTLENS_DATA or put it at ../shared/data): falling back to synthetic paragraphs');
  console.log('of 20 to 60 words drawn at random from the two sample articles; the figures below say little about real news.');
  const vocabulary = fixtureArticles().join(' ').split(/\s+/).filter(Boolean);
  base = Array.from({ length: TOTAL }, () => Array.from({ length: 20 + pick(41) }, () => vocabulary[pick(vocabulary.length)]).join(' '));
}

// Real news repeats itself (headlines reused as ledes, quotes repeated): report those pairs, then drop
// the later paragraph of each so that only the planted copies are expected.
const inData = findDuplicates(asParagraphs(base));
console.log(`Paragraphs ${articles ? 'from the data' : 'generated'}: ${base.length}; pairs among them at the default threshold ${DEFAULT_NEAR_DUPLICATE_THRESHOLD}: ${inData.length}`);
for (const d of inData.slice(0, 3)) console.log(`  ${d.kind} ${d.similarity.toFixed(2)}: "${d.original.text.slice(0, 60)}…" / "${d.duplicate.text.slice(0, 60)}…"`);
const dropped = new Set(inData.map((d) => d.duplicate.index));
base = base.filter((_, i) => !dropped.has(i));
base = base.slice(0, TOTAL - NEAR - EXACT);

// Plant copies: each at a random place after its original (sort keys: base paragraph i has key i).
const items = base.map((text, id) => ({ text, id, copyOf: -1, kind: '', key: id }));
for (let k = 0; k < NEAR + EXACT; k++) {
  const orig = pick(base.length);
  const kind = k < NEAR ? 'near' : 'exact';
  const key = orig + 0.5 + random() * (base.length - orig - 0.5);
  items.push({ text: kind === 'near' ? lightEdit(base[orig]) : restyle(base[orig]), id: -1, copyOf: orig, kind, key });
}
items.sort((a, b) => a.key - b.key);
// An original planted twice yields copies of copies: a copy may point at an earlier copy of its original.
const position = new Map();
items.forEach((it, i) => { if (it.id >= 0) position.set(it.id, i); });

const paragraphs = asParagraphs(items.map((it) => it.text));
const { ms, cpuMs, result } = timeMs(() => findDuplicates(paragraphs));

let nearFound = 0, exactFound = 0, correct = 0;
const short = { planted: 0, found: 0 };
const reported = new Map(result.map((d) => [d.duplicate.index, d.original.index]));
items.forEach((it, i) => {
  if (it.copyOf < 0) return;
  const got = reported.get(i);
  const original = position.get(it.copyOf);
  // Correct when pointed at the original or at an earlier copy of it.
  const ok = got !== undefined && (got === original || items[got].copyOf === it.copyOf);
  if (it.kind === 'near') {
    if (wordCount(base[it.copyOf]) < 25) { short.planted++; if (ok) short.found++; }
    if (ok) nearFound++;
  } else if (ok) exactFound++;
  if (ok) correct++;
});

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
console.log(`\nfindDuplicates on ${paragraphs.length} paragraphs (${NEAR} lightly edited + ${EXACT} restyled copies planted), threshold ${DEFAULT_NEAR_DUPLICATE_THRESHOLD}`);
console.log('| measure | value |');
console.log('| --- | --- |');
const mb = paragraphs.reduce((n, p) => n + p.text.length, 0) / 1e6;
console.log(`| text | ${mb.toFixed(2)} M characters |`);
console.log(`| wall time (median of 5) | ${ms.toFixed(1)} ms (${(mb / (ms / 1000)).toFixed(1)} M characters/s) |`);
console.log(`| CPU time (median of 5) | ${cpuMs.toFixed(1)} ms (${(mb / (cpuMs / 1000)).toFixed(1)} M characters/s) |`);
console.log(`| pairs reported | ${result.length} |`);
console.log(`| recall, edited copies | ${pct(nearFound, NEAR)} (${nearFound}/${NEAR}) |`);
console.log(`| recall, edited copies of paragraphs under 25 words | ${pct(short.found, short.planted)} (${short.found}/${short.planted}) |`);
console.log(`| recall, restyled exact copies | ${pct(exactFound, EXACT)} (${exactFound}/${EXACT}) |`);
console.log(`| precision (planted pair, right original) | ${pct(correct, result.length)} (${correct}/${result.length}) |`);
console.log('Timings are noisy on a shared machine.');
