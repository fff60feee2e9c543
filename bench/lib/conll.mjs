// CoNLL-2003 for benchmarks and training: parsing (IOB1 tags), text reconstruction with gold character
// spans, and an entity-level exact-span scorer. Shared by bench/ner.bench.mjs and scripts/train-ner.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The public data folder: $FACTLENS_DATA, else ../shared/data next to the repository. */
export function dataDir() {
  return process.env.FACTLENS_DATA || path.resolve(HERE, '../../../shared/data');
}

/** Path of a CoNLL split ("eng.train", "eng.testa"), or null when the data is not there. */
export function conllPath(split) {
  const p = path.join(dataDir(), 'conll2003', split);
  return existsSync(p) ? p : null;
}

/**
 * Documents of a CoNLL file: [{ sentences: [{ words: string[], tags: string[] }] }], tags in the file's
 * own IOB1 scheme. A file may start without -DOCSTART-.
 */
export function parseConll(source) {
  const docs = [];
  let doc = null;
  let sent = null;
  const endSentence = () => { if (sent && sent.words.length) { if (!doc) { doc = { sentences: [] }; docs.push(doc); } doc.sentences.push(sent); } sent = null; };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) { endSentence(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { endSentence(); doc = { sentences: [] }; docs.push(doc); continue; }
    if (!sent) sent = { words: [], tags: [] };
    sent.words.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  endSentence();
  return docs.filter((d) => d.sentences.length);
}

/** Entity chunks of one sentence from IOB1 (or BIO) tags: [{ type, first, last }] word indices, inclusive. */
export function chunks(tags) {
  const out = [];
  let cur = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') { cur = null; return; }
    const [prefix, type] = tag.split('-');
    if (cur && cur.type === type && prefix === 'I') { cur.last = i; return; }
    cur = { type, first: i, last: i };
    out.push(cur);
  });
  return out;
}

/**
 * The text of a corpus as a user would see it: words joined by single spaces, one sentence a line, a
 * blank line between documents. Returns { text, docs: [{ start, end, text, sentences: [{ start, words,
 * wordStarts, tags }] }], gold: [{ start, end, type }] } with type PER / ORG / LOC / MISC.
 */
export function reconstruct(parsed) {
  let text = '';
  const docs = [];
  const gold = [];
  for (const d of parsed) {
    if (docs.length) text += '\n\n';
    const docStart = text.length;
    const sentences = [];
    d.sentences.forEach((s, si) => {
      if (si) text += '\n';
      const wordStarts = [];
      s.words.forEach((w, wi) => { if (wi) text += ' '; wordStarts.push(text.length); text += w; });
      for (const c of chunks(s.tags)) {
        gold.push({ start: wordStarts[c.first], end: wordStarts[c.last] + s.words[c.last].length, type: c.type });
      }
      sentences.push({ start: wordStarts[0], words: s.words, wordStarts, tags: s.tags });
    });
    docs.push({ start: docStart, end: text.length, text: text.slice(docStart), sentences });
  }
  return { text, docs, gold };
}

export const SCORED_TYPES = ['PER', 'ORG', 'LOC'];

/**
 * Entity-level exact-span scores: a prediction counts when start, end and type all match a gold span.
 * Per type and micro-averaged over PER, ORG, LOC. With `typed: false` the types are ignored: every
 * predicted span against every gold name span, MISC included (proper-noun spans).
 */
export function score(gold, predicted, { typed = true } = {}) {
  const key = (s) => `${s.start}:${s.end}:${typed ? s.type : ''}`;
  const g = typed ? gold.filter((s) => SCORED_TYPES.includes(s.type)) : gold;
  const p = typed ? predicted.filter((s) => SCORED_TYPES.includes(s.type)) : predicted;
  const result = {};
  const tally = (gs, ps) => {
    const gk = new Set(gs.map(key));
    const pk = new Set(ps.map(key));
    let tp = 0;
    for (const k of pk) if (gk.has(k)) tp++;
    const precision = pk.size ? tp / pk.size : 0;
    const recall = gk.size ? tp / gk.size : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { tp, predicted: pk.size, gold: gk.size, precision, recall, f1 };
  };
  if (typed) for (const t of SCORED_TYPES) result[t] = tally(g.filter((s) => s.type === t), p.filter((s) => s.type === t));
  result.overall = tally(g, p);
  return result;
}

/** Reads, parses and reconstructs one split; null when the data is absent. */
export function loadSplit(split) {
  const p = conllPath(split);
  return p ? reconstruct(parseConll(readFileSync(p, 'utf8'))) : null;
}
