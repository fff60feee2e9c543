// What the Outline, breadcrumbs and Go to Symbol list for an article. No vscode import: unit-tested on its own.
import type { Analysis, EntityType } from '../core';
import { TYPE_LABEL, countOf, truncate } from './format';

/** One entry: an entity at its first mention, or a quote. */
export interface OutlineItem {
  start: number;
  end: number;
  name: string;
  detail: string;
  kind: EntityType | 'quote';
}

/**
 * The entities (each at its first mention) and the quotes of an analysis, in document order, at most `max` of
 * them. VS Code asks for an article's symbols again after every edit and copies all of them across to the window
 * each time: for a long article's thousands that was the largest cost of an edit (typing benchmark on a 1 MB
 * article, 5,600 symbols: edit shown after a median 85-90 ms with them, 56-63 without). Past `max`, the
 * entities mentioned most are kept (on a tie, the earlier one), then quotes in document order while there is
 * room; the Fact Lens view still lists everything.
 */
export function outlineItems(analysis: Analysis, max: number): OutlineItem[] {
  const entities = analysis.entities.filter((e) => e.mentions.length > 0);
  const total = entities.length + analysis.quotes.length;
  const kept = total <= max ? entities : [...entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
    .slice(0, Math.max(0, max));
  const items: OutlineItem[] = kept.map((e) => ({
    start: e.mentions[0].start,
    end: e.mentions[0].end,
    name: e.name,
    detail: [TYPE_LABEL[e.type], ...e.roles.slice(0, 1), countOf(e.mentions.length, 'mention')].join(' · '),
    kind: e.type,
  }));
  for (const q of analysis.quotes) {
    if (items.length >= max) break;
    items.push({ start: q.start, end: q.end, name: truncate(q.text, 60), detail: q.speakerName ? `Quote · ${q.speakerName}` : 'Quote', kind: 'quote' });
  }
  return items.sort((a, b) => a.start - b.start);
}
