// PolNeAR (attribution relations in US political news, brat standoff) for the quote benchmark: loading,
// the gold direct quotes, and the scorer.
//
// One annotation per text: when a text has several annotators, the file of the first annotator in
// alphabetical order is used.
//
// Gold direct quotes. PolNeAR annotates every attribution (paraphrase or quote) with a Content span;
// quotation marks sit inside those spans ("Trump says he has “big plans” for…", "“…,” Cummings said").
// A gold direct quote is each quoted passage (opening mark to closing mark, marks included) inside an
// attribution's Content: the words someone is reported to have said verbatim. Quoted words outside every
// Content (titles, scare quotes, names of works) are not direct quotes. A passage is found inside each
// Content range: curly double (“…”), straight double ("…") and top-level single curly marks (‘…’);
// an opening mark at the start of a new paragraph while a passage is open continues it (news
// convention for quotes running over paragraphs). Marks just outside a Content range are taken in, and a
// passage a Content range cuts short (the annotators sometimes split a long quote into one attribution
// per sentence) runs on to its closing mark within the paragraph.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The public data folder: $FACTLENS_DATA, else ../shared/data next to the repository. */
export function dataDir() {
  return process.env.FACTLENS_DATA || path.resolve(HERE, '../../../shared/data');
}

/** Folder of a PolNeAR split ("train", "dev"), or null when the data is not there. */
export function polnearDir(split) {
  const p = path.join(dataDir(), 'polnear', split);
  return existsSync(path.join(p, 'text')) && existsSync(path.join(p, 'attributions')) ? p : null;
}

/** Parses "S E;S E" into [[S, E], …]. */
const ranges = (field) => field.split(';').map((r) => r.trim().split(/\s+/).map(Number));

/**
 * Attributions of one .ann file: [{ source, cue, content }], each a list of [start, end] ranges (source
 * null when the attribution has none).
 */
export function parseAnn(ann) {
  const spans = new Map();
  const out = [];
  const lines = ann.split(/\r?\n/);
  for (const line of lines) {
    const m = /^(T\d+)\t(\S+) ([^\t]+)\t/.exec(line);
    if (m) spans.set(m[1], { label: m[2], ranges: ranges(m[3]) });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const parts = line.split('\t')[1].trim().split(/\s+/);
    const a = { source: null, cue: null, content: null };
    for (const p of parts) {
      const [role, id] = p.split(':');
      const key = role.replace(/\d+$/, '').toLowerCase();
      if (key in a && spans.has(id)) a[key] = spans.get(id).ranges;
    }
    if (a.content) out.push(a);
  }
  return out;
}

/** Documents of a split: [{ name, text, attributions }]. */
export function loadPolnear(split) {
  const dir = polnearDir(split);
  if (!dir) return null;
  const anns = readdirSync(path.join(dir, 'attributions')).sort();
  const docs = [];
  for (const file of readdirSync(path.join(dir, 'text')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(name + '_') && /^[0-9a-f]+$/.test(a.slice(name.length + 1, -4)));
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', file), 'utf8');
    docs.push({ name, text, attributions: parseAnn(readFileSync(path.join(dir, 'attributions', ann), 'utf8')) });
  }
  return docs;
}

const OPEN = new Set(['“', '"', '‘', '”']);
const CLOSE = new Set(['”', '"', '’']);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// Marks typed the wrong way round, read as a reader reads them: ”Mr. Trump embodies …” (a closing mark
// opening a paragraph or following a space, before a word) opens; “rapists“ while … (an opening mark glued to
// the word before it, a space after) closes.
const isReversedOpening = (text, i) => text[i] === '”' && (i === 0 || /\s/.test(text[i - 1])) && isWordChar(text[i + 1]);
const isReversedClosing = (text, i) => text[i] === '“' && i > 0 && !/\s/.test(text[i - 1]) && /\s/.test(text[i + 1] ?? ' ');
// Straight single marks as a reader reads them (since 2026-11-26, morning): two of them ('') are a double mark, as the
// New York Times articles' copy types them; one before a word, after a space, opens a single-quoted passage, closed by
// one after a word that no word follows (an apostrophe inside a word, "don't", closes nothing), but for a plural
// possessive before a lower-case word ("the players' union"), which closes it only when nothing else does.
const isPair = (text, i) => text[i] === "'" && text[i + 1] === "'";
const opensStraightSingle = (text, i) => text[i] === "'" && text[i + 1] !== "'" && isWordChar(text[i + 1]) && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]));
const closesStraightSingle = (text, i) => text[i] === "'" && i > 0 && !/\s/.test(text[i - 1]) && !isWordChar(text[i + 1]);
// After s, before a space and a lower-case word: a plural possessive ("the players' union") unless nothing else closes
// the passage in its range ("was 'furious' about it").
const possessiveLike = (text, i) => /[sS]/.test(text[i - 1]) && /\s/.test(text[i + 1] ?? '') && /[a-z]/.test(text[i + 2] ?? '');

/** Quoted passages inside text[start, end): [[start, end]] with the marks. */
export function passagesIn(text, start, end) {
  if (isPair(text, start - 2)) start -= 2;
  else if (OPEN.has(text[start - 1]) || text[start - 1] === "'") start--;
  if (isPair(text, end)) end += 2;
  else if (CLOSE.has(text[end]) || text[end] === "'") end++;
  const out = [];
  let open = -1;
  let family = '';
  let possessive = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (open < 0) {
      possessive = -1;
      if (isPair(text, i) && !/\s/.test(text[i + 2] ?? ' ')) { open = i; family = 'double'; i++; }
      else if (c === '“' || (c === '"' && !/\s/.test(text[i + 1] ?? ' ')) || isReversedOpening(text, i)) { open = i; family = 'double'; }
      else if (c === '‘' && isWordChar(text[i + 1])) { open = i; family = 'single'; }
      else if (opensStraightSingle(text, i)) { open = i; family = 'straightSingle'; }
      continue;
    }
    if (family === 'double' && (c === '“' || c === '"' || isPair(text, i)) && text[i - 1] === '\n') { if (isPair(text, i)) i++; continue; } // a continued quote
    if (family === 'double' && isPair(text, i)) {
      // The closing pair is the last two marks of the run: three close a nested single-quoted passage, then this one.
      let j = i + 1;
      while (text[j + 1] === "'") j++;
      out.push([open, j + 1]);
      open = -1;
      i = j;
    } else if (family === 'double' && (c === '”' || c === '"' || isReversedClosing(text, i))) { out.push([open, i + 1]); open = -1; }
    else if (family === 'single' && c === '’' && !isWordChar(text[i + 1])) { out.push([open, i + 1]); open = -1; }
    else if (family === 'straightSingle' && closesStraightSingle(text, i)) {
      if (!possessiveLike(text, i)) { out.push([open, i + 1]); open = -1; }
      else if (possessive < 0) possessive = i;
    }
  }
  if (open >= 0 && family === 'straightSingle' && possessive >= 0) out.push([open, possessive + 1]);
  if (open >= 0 && family === 'double') {
    // A passage the Content cuts short runs on to its closing mark, within its paragraph.
    let close = end;
    while (close < text.length && text[close] !== '\n' && text[close] !== '”' && text[close] !== '"' && !isPair(text, close)) close++;
    out.push([open, close < text.length && text[close] !== '\n' ? close + (isPair(text, close) ? 2 : 1) : close]);
  }
  return out;
}

/** Gold direct quotes of a document: [{ start, end, attribution }]. */
export function goldQuotes(doc) {
  const out = [];
  for (const a of doc.attributions) {
    for (const [s, e] of a.content) for (const [start, end] of passagesIn(doc.text, s, e)) out.push({ start, end, attribution: a });
  }
  out.sort((x, y) => x.start - y.start);
  return out.filter((q, i) => i === 0 || q.start !== out[i - 1].start);
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** The matching rule: the spans overlap by more than half of the longer one. */
export const matches = (a, b) => overlap(a, b) > Math.max(a.end - a.start, b.end - b.start) / 2;
const touchesAny = (span, rs) => !!span && !!rs && rs.some(([start, end]) => overlap(span, { start, end }) > 0);

const PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they']);
const isPronoun = (text) => PRONOUNS.has(text.trim().toLowerCase());
const rangeText = (text, rs) => rs.map(([s, e]) => text.slice(s, e)).join(' ');

/**
 * The person a pronoun source stands for, as far as the gold data tells: the text of the nearest earlier
 * attribution source that is not a pronoun and holds a capitalised word. A coarse stand-in for
 * coreference, which PolNeAR does not annotate.
 */
function namedSourceBefore(doc, at) {
  let best = null;
  for (const a of doc.attributions) {
    if (!a.source || a.source[0][0] >= at) continue;
    const t = rangeText(doc.text, a.source);
    if (isPronoun(t) || !/\p{Lu}/u.test(t)) continue;
    if (!best || a.source[0][0] > best.at) best = { at: a.source[0][0], text: t };
  }
  return best?.text ?? null;
}

/**
 * Scores predicted quotes of one document. `predicted`: [{ start, end, source?, cue?, speakerName? }],
 * one per quoted passage. Adds to `tally` (see `emptyTally`).
 */
export function scoreDocument(doc, predicted, tally) {
  const gold = goldQuotes(doc);
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  for (const g of gold) if (predicted.some((p) => matches(p, g))) tally.goldFound++;
  for (const p of predicted) {
    const g = gold.find((x) => matches(p, x));
    if (!g) continue;
    tally.predictedRight++;
    const a = g.attribution;
    if (a.source) { tally.withSource++; if (touchesAny(p.source, a.source)) tally.sourceRight++; }
    if (a.cue) { tally.withCue++; if (touchesAny(p.cue, a.cue)) tally.cueRight++; }
    if (a.source && isPronoun(rangeText(doc.text, a.source))) {
      const named = namedSourceBefore(doc, a.source[0][0]);
      if (named) {
        tally.pronoun++;
        // The surname: the last word but for a generation ("Harry B. Harris Jr." is "Admiral Harris").
        const last = p.speakerName?.trim().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !GENERATIONS.has(w)).pop();
        if (last && named.split(/[^\p{L}\p{N}]+/u).includes(last)) tally.pronounRight++;
      }
    }
  }
}

const GENERATIONS = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

export const emptyTally = () => ({ gold: 0, predicted: 0, goldFound: 0, predictedRight: 0, withSource: 0, sourceRight: 0, withCue: 0, cueRight: 0, pronoun: 0, pronounRight: 0 });
