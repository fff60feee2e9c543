// Shared assertions for unit tests.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis, Span } from '../../src/core/types';

export const FIXTURES = path.join(__dirname, '../fixtures');
export const readFixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
export const SAMPLE_ORIGINAL = '000_9645917036a6f55a.txt';
export const SAMPLE_REWRITE = '001_1d531dcee2f71fe6.txt';

/** Every span must satisfy text === source.slice(start, end), with 0 <= start <= end <= length. */
export function assertSpan(source: string, span: Span, what = 'span'): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= source.length, `${what}: ${span.start}..${span.end} in range`);
  assert.strictEqual(source.slice(span.start, span.end), span.text, `${what}: text matches offsets ${span.start}..${span.end}`);
}

/** Checks every offset of every annotation in an analysis against its text. */
export function assertAllSpans(a: Analysis): void {
  const s = a.text;
  a.paragraphs.forEach((p, i) => assertSpan(s, p, `paragraph ${i}`));
  a.sentences.forEach((x, i) => assertSpan(s, x, `sentence ${i}`));
  for (const e of a.entities) e.mentions.forEach((m) => { assertSpan(s, m, `mention of ${e.id}`); if (m.role) assertSpan(s, m.role, `role of ${e.id}`); });
  for (const q of a.quotes) {
    assertSpan(s, q, 'quote');
    q.content.forEach((c) => assertSpan(s, c, 'quote content'));
    if (q.source) assertSpan(s, q.source, 'quote source');
    if (q.cue) assertSpan(s, q.cue, 'quote cue');
  }
  for (const d of a.duplicates) { assertSpan(s, d.original, 'duplicate original'); assertSpan(s, d.duplicate, 'duplicate copy'); }
  a.summary.sentences.forEach((x) => assertSpan(s, x, 'summary sentence'));
}

/** A small seeded generator (mulberry32): the same numbers on every run. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
