// What gets highlighted, per kind. No vscode import: unit-tested on its own.
import type { Analysis, EntityType } from '../core';
import type { OffsetRange } from './edits';

export type HighlightKind = EntityType | 'quote';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'organization', 'place', 'money', 'date', 'quantity', 'quote'];

/**
 * The spans to paint for each enabled kind (disabled kinds get an empty list, so they are cleared); with `within`,
 * only those touching it (the lines painted around the visible ones in a long article).
 */
export function highlightSpans(analysis: Analysis, enabled: ReadonlySet<HighlightKind>, within: OffsetRange = { start: 0, end: Infinity }): Record<HighlightKind, OffsetRange[]> {
  const out = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as OffsetRange[]])) as Record<HighlightKind, OffsetRange[]>;
  const touches = (s: OffsetRange): boolean => s.end >= within.start && s.start <= within.end;
  for (const entity of analysis.entities) {
    if (!enabled.has(entity.type)) continue;
    const list = out[entity.type];
    for (const m of entity.mentions) if (touches(m)) list.push({ start: m.start, end: m.end });
  }
  if (enabled.has('quote')) for (const q of analysis.quotes) if (touches(q)) out.quote.push({ start: q.start, end: q.end });
  return out;
}
