// The engine on text that is not news prose: stray and unbalanced quotation marks, data, one endless sentence,
// a word of a megabyte, emoji and combining marks, Markdown blocks, dense names and quotes. Each input is
// analysed at 0.25 and 1 MB in this process (after a warm-up on 50 KB of it): the cost must stay linear and near
// that of news text, whatever a user opens. compromise 14, the anchor, on 20 KB of each (it is much slower, and
// quadratic on some). Needs no public data: news text comes from ../shared/data when it is there, else from the
// samples in test/fixtures.
import { createRequire } from 'node:module';
import { newsArticles, fixtureArticles } from './lib/news.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const nlp = require('compromise');

const MB = 1e6;
/** `unit` repeated to n UTF-16 units. */
const repeat = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** f(0), f(1), … joined up to n units. */
const upTo = (n, f) => { const parts = []; let length = 0; for (let i = 0; length < n; i++) { const s = f(i); parts.push(s); length += s.length; } return parts.join('').slice(0, n); };
// Invented names (a fixed sequence), so that every name is new to the engine.
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'zu', 'bel', 'an', 'dre', 'os', 'ki', 'ma', 'ru', 'sel'];
const inventedName = (i) => {
  let s = '';
  for (let k = 0, x = i * 2654435761 >>> 0; k < 3; k++, x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) >>> 0) s += SYLLABLES[x % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1);
};

const news = (newsArticles() ?? fixtureArticles()).join('\n\n');
const INPUTS = {
  'news text': (n) => repeat(news, n),
  'unclosed “ marks': (n) => repeat('“a ', n),
  'unclosed " marks': (n) => repeat('"a ', n),
  'mixed marks “a” “b ‘c’': (n) => repeat('“a” “b ‘c’ ', n),
  'marks and symbols, no letters': (n) => upTo(n, (i) => ['“', '> ', '"', '# ', '—', '😀'][(i * 2654435761 >>> 7) % 6]),
  'numbers joined by full stops': (n) => upTo(n, (i) => (((i * 2654435761) >>> 9) % 3 ? '2024' : '.')),
  'backticks never closed (`a `b …)': (n) => repeat('`a ', n),
  'comment openings never closed (<!--x lines)': (n) => repeat('ONE it <!--\nSt. Smith\n---\n', n),
  'JSON on one line': (n) => repeat('{"name": "Volodymyr Zelensky", "role": "President", "said": "We will win"}, ', n),
  'CSV': (n) => repeat('"Kyiv","Ukraine","2022-02-24","$2.8 billion"\n', n),
  'one sentence, no full stop': (n) => upTo(n, (i) => (i % 7 === 0 ? `${inventedName(i)} ` : 'word ')),
  'one word': (n) => `A${'a'.repeat(n - 1)}`,
  'emoji and combining marks': (n) => repeat('😀 Café é\u0301 👩‍👩‍👧 ', n),
  'Markdown headings and fences': (n) => upTo(n, (i) => (i % 3 === 0 ? '# Heading\n' : i % 3 === 1 ? '```\nx = "Trump";\n```\n' : 'Trump said “yes” on Monday.\n')),
  'a new person in every sentence': (n) => upTo(n, (i) => `${inventedName(2 * i)} ${inventedName(2 * i + 1)} met officials in ${inventedName(i + 7)}. `),
  'quotes with pronouns': (n) => upTo(n, (i) => (i % 5 === 0 ? `${inventedName(2 * i)} ${inventedName(2 * i + 1)} arrived. ` : '“Fine and good words here,” he said. ')),
};

/** Wall milliseconds of f(). */
function ms(f) {
  const t = performance.now();
  f();
  return performance.now() - t;
}

console.log('Fact Lens `analyze()` on 1 MB of each input, wall ms, the better of two runs (growth: that time over four times the best on');
console.log('0.25 MB, 1.0 is linear); compromise 14 (people and quotations) on 20 KB of it. News text:');
console.log(`${newsArticles() ? 'PolNeAR + CNN/DailyMail articles' : 'the samples, repeated (public data not found)'}; the engine first warmed on 3 MB of it.`);
for (let k = 0; k < 3; k++) core.analyze(INPUTS['news text'](MB));
console.log('| input | Fact Lens ms (1 MB) | growth 0.25 → 1 MB | compromise ms (20 KB) |');
console.log('| --- | --- | --- | --- |');
for (const [name, make] of Object.entries(INPUTS)) {
  const text = make(MB), quarterText = make(MB / 4);
  let whole = Infinity, quarter = Infinity;
  for (let k = 0; k < 2; k++) {
    whole = Math.min(whole, ms(() => core.analyze(text)));
    quarter = Math.min(quarter, ms(() => core.analyze(quarterText)));
  }
  const sample = make(20_000);
  const anchor = ms(() => { const doc = nlp(sample); doc.people().out('array'); doc.quotations().out('array'); });
  console.log(`| ${name} | ${whole.toFixed(0)} | ${(whole / (4 * quarter)).toFixed(2)} | ${anchor.toFixed(0)} |`);
}
