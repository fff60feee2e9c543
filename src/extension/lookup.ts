// Finding what sits at a cursor offset in an analysis: binary searches over mentions and quotes sorted by
// start, built once per analysis, on first use. No vscode import: unit-tested on its own.
import type { Analysis, Entity, Mention, Quote, Sentence } from '../core';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/** What AnalysisIndex looks things up in. */
interface Tables {
  mentions: MentionHit[];
  quotes: Quote[];
  entitiesById: Map<string, Entity>;
  quotesBySpeaker: Map<string, Quote[]>;
}

function buildTables(analysis: Analysis): Tables {
  const mentions = analysis.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start);
  const entitiesById = new Map<string, Entity>();
  for (const e of analysis.entities) entitiesById.set(e.id, e);
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const list = quotesBySpeaker.get(q.speaker);
    if (list) list.push(q);
    else quotesBySpeaker.set(q.speaker, [q]);
  }
  return { mentions, quotes, entitiesById, quotesBySpeaker };
}

export class AnalysisIndex {
  // Built on first use, not with the analysis: after an edit the analysis is shown first, and a hover or the
  // cursor's highlights ask for these in a later stretch of the editor's work.
  private built: Tables | undefined;

  constructor(readonly analysis: Analysis) {}

  private get tables(): Tables {
    return (this.built ??= buildTables(this.analysis));
  }

  /** The mention covering `offset`; a cursor just after a name (offset === end) still counts. */
  mentionAt(offset: number): MentionHit | undefined {
    return spanAt(this.tables.mentions, offset, (h) => h.mention);
  }

  /** The quote covering `offset`, quotation marks included. */
  quoteAt(offset: number): Quote | undefined {
    return spanAt(this.tables.quotes, offset, (q) => q);
  }

  /** The sentence holding `offset`, for showing a mention in context. */
  sentenceAt(offset: number): Sentence | undefined {
    return spanAt(this.analysis.sentences, offset, (s) => s);
  }

  entity(id: string): Entity | undefined {
    return this.tables.entitiesById.get(id);
  }

  /** The quotes attributed to an entity, in document order. */
  quotesBy(entityId: string): readonly Quote[] {
    return this.tables.quotesBySpeaker.get(entityId) ?? [];
  }
}

/** Binary search over items sorted by start, which do not overlap each other. */
function spanAt<T>(items: readonly T[], offset: number, span: (item: T) => { start: number; end: number }): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (span(items[mid]).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // items[lo - 1] is the last one starting at or before offset: the only one that can cover it.
  const last = items[lo - 1];
  return last && offset <= span(last).end ? last : undefined;
}
