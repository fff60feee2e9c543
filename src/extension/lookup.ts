// Finding what sits at a cursor offset in an analysis: binary searches over mentions and quotes sorted by
// start, built once per analysis. No vscode import: unit-tested on its own.
import type { Analysis, Entity, Mention, Quote, Sentence } from '../core';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

export class AnalysisIndex {
  private readonly mentions: MentionHit[];
  private readonly quotes: Quote[];
  private readonly entitiesById = new Map<string, Entity>();
  private readonly quotesBySpeaker = new Map<string, Quote[]>();

  constructor(readonly analysis: Analysis) {
    this.mentions = analysis.entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
      .sort((a, b) => a.mention.start - b.mention.start);
    this.quotes = [...analysis.quotes].sort((a, b) => a.start - b.start);
    for (const e of analysis.entities) this.entitiesById.set(e.id, e);
    for (const q of this.quotes) {
      if (!q.speaker) continue;
      const list = this.quotesBySpeaker.get(q.speaker);
      if (list) list.push(q);
      else this.quotesBySpeaker.set(q.speaker, [q]);
    }
  }

  /** The mention covering `offset`; a cursor just after a name (offset === end) still counts. */
  mentionAt(offset: number): MentionHit | undefined {
    return spanAt(this.mentions, offset, (h) => h.mention);
  }

  /** The quote covering `offset`, quotation marks included. */
  quoteAt(offset: number): Quote | undefined {
    return spanAt(this.quotes, offset, (q) => q);
  }

  /** The sentence holding `offset`, for showing a mention in context. */
  sentenceAt(offset: number): Sentence | undefined {
    return spanAt(this.analysis.sentences, offset, (s) => s);
  }

  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** The quotes attributed to an entity, in document order. */
  quotesBy(entityId: string): readonly Quote[] {
    return this.quotesBySpeaker.get(entityId) ?? [];
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
