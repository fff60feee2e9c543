// Who a source is: the entity named by the source span, the person a pronoun refers to, or the person
// holding the role a description names ("the spokeswoman").
import type { Entity, Sentence, Span } from '../types';
import { DETERMINERS, PERSON_PRONOUNS } from './lexicon';

export interface Speaker {
  id: string | null;
  name: string | null;
}

interface Anchor { start: number; end: number; entity: Entity | null; name: string; sentence: number }

/** How many sentences back a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 6;

export class SpeakerResolver {
  private readonly anchors: Anchor[] = [];
  private readonly byMention: Anchor[];

  constructor(private readonly entities: Entity[], private readonly sentences: Sentence[], private readonly insideQuote: (at: number) => boolean) {
    for (const e of entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      for (const m of e.mentions) this.anchors.push({ start: m.start, end: m.end, entity: e, name: e.name, sentence: this.sentenceAt(m.start) });
    }
    this.anchors.sort((a, b) => a.start - b.start);
    this.byMention = this.anchors.slice();
  }

  sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /** Resolves a source span; `learn` records named sources so later pronouns can refer back to them. */
  resolve(source: Span): Speaker {
    const words = source.text.split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (words.length === 1 && PERSON_PRONOUNS.has(head)) return this.antecedent(source.start);
    const named = this.entityOverlapping(source);
    if (named) return { id: named.id, name: named.name };
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
    if (capitalised.length) {
      const last = capitalised[capitalised.length - 1].replace(/[’']s$/, '');
      const entity = this.entities.find((e) => (e.type === 'person' || e.type === 'organization') && [e.name, ...e.aliases].some((n) => n.split(/\s+/).pop() === last));
      if (entity) return { id: entity.id, name: entity.name };
      if (words.length && DETERMINERS.has(words[0].toLowerCase()) && capitalised.length < words.length - 1) return this.byRole(head, source.start);
      return { id: null, name: nameWithoutTitles(source.text) };
    }
    return this.byRole(head, source.start);
  }

  /** Adds a resolved named source as a possible antecedent for later pronouns. */
  learn(source: Span, speaker: Speaker): void {
    if (!speaker.name || PERSON_PRONOUNS.has(source.text.toLowerCase())) return;
    const entity = speaker.id ? this.entities.find((e) => e.id === speaker.id) ?? null : null;
    if (entity && entity.type !== 'person') return;
    const anchor = { start: source.start, end: source.end, entity, name: speaker.name, sentence: this.sentenceAt(source.start) };
    const at = upperBound(this.anchors, source.start);
    if (this.anchors[at - 1]?.start === source.start) return;
    this.anchors.splice(at, 0, anchor);
  }

  private entityOverlapping(span: Span): Entity | null {
    let best: Entity | null = null;
    for (let i = Math.max(0, upperBound(this.byMention, span.start) - 8); i < this.byMention.length && this.byMention[i].start < span.end; i++) {
      const a = this.byMention[i];
      if (a.end <= span.start || !a.entity) continue;
      if (!best || (a.entity.type === 'person' && best.type !== 'person')) best = a.entity;
    }
    return best;
  }

  /**
   * The person a "he"/"she" at `at` stands for: the first person named in its sentence before it (the
   * subject), else the first person named in each earlier sentence, nearest first.
   */
  private antecedent(at: number): Speaker {
    const sentence = this.sentenceAt(at);
    let i = upperBound(this.anchors, at - 1) - 1;
    let best: Anchor | null = null;
    let bestSentence = -1;
    for (; i >= 0; i--) {
      const a = this.anchors[i];
      if (sentence - a.sentence > PRONOUN_REACH) break;
      if (a.end > at || this.insideQuote(a.start) || (a.entity && a.entity.type !== 'person')) continue;
      if (best && a.sentence !== bestSentence) break;
      best = a;
      bestSentence = a.sentence;
    }
    return best ? { id: best.entity?.id ?? null, name: best.name } : { id: null, name: null };
  }

  /** "The senator", "the spokeswoman": the latest person before `at` holding a role with that word. */
  private byRole(head: string, at: number): Speaker {
    for (let i = upperBound(this.anchors, at) - 1; i >= 0; i--) {
      const e = this.anchors[i].entity;
      if (e?.type === 'person' && e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head))) return { id: e.id, name: e.name };
    }
    return { id: null, name: null };
  }
}

/** Index of the first anchor starting after `at`. */
function upperBound(list: { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Titles written before a name, left out of a speaker name made from the source text alone. */
const TITLES = /^(?:(?:the|former|acting|deputy|vice|US|U\.S\.|[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|ch)|President|Vice-President|Prime|Minister|Secretary|General|Chancellor|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Judge|Justice|Speaker|Chairman|Chairwoman|Director|Chief|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+/u;

/** The last run of capitalised words of a source ("Foreign Ministry spokeswoman Maria Zakharova" → "Maria Zakharova"). */
function nameWithoutTitles(source: string): string {
  const runs = source.match(/(?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+(?:(?:of|de|van|von|al|bin|la|le|du|da)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*)*/gu) ?? [source];
  const last = runs[runs.length - 1];
  const stripped = last.replace(TITLES, '');
  return (stripped || last).replace(/[’']s$/, '');
}
