// The text output, for people: entities, quotes with speakers, duplicated paragraphs and the summary.
import type { Analysis, EntityValue } from '../core';
import { lineIndex } from './lines';

const ONE_LINE = /\s+/g;
const oneLine = (s: string, max = 160): string => {
  const t = s.replace(ONE_LINE, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function valueText(v: EntityValue): string {
  switch (v.kind) {
    case 'money': return `${v.amount} ${v.currency}`;
    case 'date': return v.iso;
    case 'quantity': return `${v.amount}${v.unit ? ` ${v.unit}` : ''}`;
  }
}

export function textDocument(path: string, a: Analysis): string {
  const lineOf = lineIndex(a.text);
  const out: string[] = [`== ${path} ==`];

  out.push('', `Entities (${a.entities.length})`);
  const typeWidth = Math.max(0, ...a.entities.map((e) => e.type.length));
  for (const e of a.entities) {
    const extras = [
      e.roles.length ? `roles: ${e.roles.join('; ')}` : '',
      e.aliases.length ? `also: ${e.aliases.join('; ')}` : '',
      e.value ? `= ${valueText(e.value)}` : '',
    ].filter(Boolean);
    const n = e.mentions.length;
    out.push(`  ${e.type.padEnd(typeWidth)}  ${e.name}  (${n} mention${n === 1 ? '' : 's'}, first line ${lineOf(e.mentions[0]?.start ?? 0)})${extras.length ? `  ${extras.join('  ')}` : ''}`);
  }

  out.push('', `Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speakerName ?? q.source?.text ?? 'unknown speaker';
    out.push(`  line ${lineOf(q.start)}: ${who}${q.cue ? ` (${q.cue.text})` : ''}: ${oneLine(q.text)}`);
  }

  out.push('', `Duplicated paragraphs (${a.duplicates.length})`);
  for (const d of a.duplicates) {
    const how = d.kind === 'exact' ? 'exact copy' : `near copy, similarity ${d.similarity.toFixed(2)}`;
    out.push(`  line ${d.duplicate.line + 1} repeats line ${d.original.line + 1} (${how}): ${oneLine(d.duplicate.text, 80)}`);
  }

  out.push('', 'Summary');
  a.summary.sentences.forEach((s, i) => out.push(`  ${i + 1}. ${oneLine(s.text, 400)}`));
  return out.join('\n') + '\n';
}
