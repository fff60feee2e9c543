// Quote benchmark on PolNeAR (see bench/lib/polnear.mjs for the gold definition): detection P/R/F1,
// source and cue accuracy of the found quotes, pronoun speakers; anchors: a plain quotation-mark regex
// and compromise's quotations(). Also the speed of findQuotes alone.
// Usage: node bench/quotes.bench.mjs [split…]   (default: dev; run `npm run build` first)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyTally, loadPolnear, scoreDocument } from './lib/polnear.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const splits = process.argv.slice(2).length ? process.argv.slice(2) : ['dev'];

const engine = require(path.join(ROOT, 'dist/core.js'));
const MARKS = /[“”"]/;

/** One predicted passage per content piece, widened to take in the quotation marks around it. */
function enginePassages(text) {
  const out = [];
  for (const q of engine.analyze(text).quotes) {
    for (const c of q.content) {
      // '' (two straight single marks) is a double mark; a straight single mark is a single one.
      const start = text.startsWith("''", c.start - 2) ? c.start - 2 : MARKS.test(text[c.start - 1] ?? '') || text[c.start - 1] === '‘' || text[c.start - 1] === "'" ? c.start - 1 : c.start;
      const end = text.startsWith("''", c.end) ? c.end + 2 : MARKS.test(text[c.end] ?? '') || text[c.end] === '’' || text[c.end] === "'" ? c.end + 1 : c.end;
      out.push({ start, end, source: q.source, cue: q.cue, speakerName: q.speakerName });
    }
  }
  return out;
}

function regexPassages(text) {
  const out = [];
  const re = /“[^”]*”|"[^"]*"/g;
  let m;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

let nlp = null;
function compromisePassages(text) {
  nlp ??= require('compromise');
  return nlp(text).quotations().out('offset').map((o) => ({ start: o.offset.start, end: o.offset.start + o.offset.length }));
}

const pct = (a, b) => (b ? (100 * a) / b : 0);
const fmt = (x) => x.toFixed(1).padStart(6);

function row(name, t, withAttribution) {
  const p = pct(t.predictedRight, t.predicted);
  const r = pct(t.goldFound, t.gold);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const attr = withAttribution
    ? `${fmt(pct(t.sourceRight, t.withSource))} ${fmt(pct(t.cueRight, t.withCue))} ${fmt(pct(t.pronounRight, t.pronoun))} (${t.pronoun})`
    : `${'—'.padStart(6)} ${'—'.padStart(6)} ${'—'.padStart(6)}`;
  console.log(`${name.padEnd(22)} ${fmt(p)} ${fmt(r)} ${fmt(f)}  ${attr}`);
}

for (const split of splits) {
  const docs = loadPolnear(split);
  if (!docs) { console.log(`PolNeAR ${split} not found (looked in ../shared/data or $FACTLENS_DATA); skipping the quote benchmark.`); continue; }
  const systems = [['Fact Lens (analyze)', enginePassages, true], ['quotation-mark regex', regexPassages, false], ['compromise quotations', compromisePassages, false]];
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`\nPolNeAR ${split}: ${docs.length} texts, ${(chars / 1e6).toFixed(2)} M chars`);
  console.log(`${'system'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  ${'source'.padStart(6)} ${'cue'.padStart(6)} ${'pron.'.padStart(6)}`);
  for (const [name, predict, withAttribution] of systems) {
    const t = emptyTally();
    for (const d of docs) scoreDocument(d, predict(d.text), t);
    row(name, t, withAttribution);
  }
  // Speed of the quote step alone, on the structure and entities the pipeline gives it.
  const prepared = docs.map((d) => { const doc = engine.parseStructure(d.text); const a = engine.analyze(d.text); return [doc, a.entities]; });
  const rounds = Math.max(5, Math.ceil(20e6 / chars)); // about 20 MB of text, so the JIT settles
  for (const [doc, entities] of prepared) engine.findQuotes(doc, entities); // warm-up
  // CPU time of this process, less disturbed than wall time by other work on a shared machine.
  const t0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const [doc, entities] of prepared) engine.findQuotes(doc, entities);
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  console.log(`findQuotes alone: ${((chars * rounds) / 1e6 / seconds).toFixed(1)} MB/s of CPU time (${rounds} rounds)`);
}
console.log('\nP/R: a predicted quoted passage matches a gold one when they overlap by more than half of the longer.');
console.log('source / cue: share of matched quotes whose source / cue overlaps the gold one (over those the gold gives one).');
console.log('pron.: share of matched quotes with a pronoun gold source whose speakerName\'s last word (not a generation such as "Jr.") is in the nearest earlier named gold source (count).');
