// The json output: a contract (names kept stable, fields only ever added). Offsets are UTF-16 code
// units into the decoded text, lines are 1-based.
import type { Analysis, Span } from '../core';
import { lineIndex } from './lines';

const span = (s: Span | null) => (s ? { start: s.start, end: s.end, text: s.text } : null);

/** `bom`: whether a UTF-8 byte-order mark was removed before analysis (offsets exclude it). */
export function jsonDocument(path: string, a: Analysis, bom = false) {
  const lineOf = lineIndex(a.text);
  return {
    path,
    bom,
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles,
      value: e.value,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, line: lineOf(m.start), ...(m.role ? { role: span(m.role) } : {}) })),
    })),
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      line: lineOf(q.start),
      speaker: q.speaker,
      speakerName: q.speakerName,
      source: span(q.source),
      cue: span(q.cue),
      content: q.content.map(span),
    })),
    duplicates: a.duplicates.map((d) => ({
      kind: d.kind,
      similarity: Math.round(d.similarity * 1000) / 1000,
      original: { path, start: d.original.start, end: d.original.end, line: d.original.line + 1 },
      duplicate: { path, start: d.duplicate.start, end: d.duplicate.end, line: d.duplicate.line + 1 },
    })),
    summary: a.summary.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text, line: lineOf(s.start) })),
    keyFacts: a.summary.keyFacts,
  };
}
