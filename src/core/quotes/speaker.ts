// Who a source is: the entity named by the source span, the person a pronoun refers to, or the person
// holding the role a description names ("the spokeswoman").
import type { Entity, Sentence, Span } from '../types';
import { DETERMINERS, PERSON_PRONOUNS, SUBJECT_PRONOUNS } from './lexicon';

export interface Speaker {
  id: string | null;
  name: string | null;
}

interface Anchor { start: number; end: number; entity: Entity | null; name: string; sentence: number }

/** How many sentences back a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 6;
/** How many mentions back a description ("the senator") may look for the person with that role. */
const ROLE_REACH = 400;

export class SpeakerResolver {
  /** Person and organisation mentions, in document order. */
  private readonly mentions: Anchor[] = [];
  /** Named sources of earlier quotes (appended in document order): antecedents for later pronouns. */
  private readonly learned: Anchor[] = [];
  private readonly byId = new Map<string, Entity>();
  /** Entities by the last word of their name or of an alias ("Zakharova" → Maria Zakharova). */
  private readonly byLastWord = new Map<string, Entity>();
  /** The words of each person's roles, lower case ("foreign", "ministry", "spokeswoman"). */
  private readonly roleWords = new Map<Entity, Set<string>>();

  private indexed = false;

  constructor(private readonly entities: Entity[], private readonly sentences: Sentence[], private readonly insideQuote: (at: number) => boolean) {}

  /** Builds the look-ups on first use: most documents resolve few sources, many resolve none. */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    for (const e of this.entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      this.byId.set(e.id, e);
      if (e.roles.length) this.roleWords.set(e, new Set(e.roles.flatMap((r) => r.toLowerCase().split(/\s+/))));
      for (const n of [e.name, ...e.aliases]) {
        const last = n.split(/\s+/).pop()!;
        const known = this.byLastWord.get(last);
        if (!known || (e.type === 'person' && known.type !== 'person')) this.byLastWord.set(last, e);
      }
      for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e, name: e.name, sentence: -1 });
    }
    this.mentions.sort((a, b) => a.start - b.start);
    // Sentence of each mention in one merge walk over both sorted lists.
    let si = 0;
    for (const a of this.mentions) {
      while (si + 1 < this.sentences.length && this.sentences[si + 1].start <= a.start) si++;
      a.sentence = this.sentences.length && this.sentences[si].start <= a.start ? si : -1;
    }
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

  /** Who a source span stands for. */
  resolve(source: Span): Speaker {
    this.index();
    const words = source.text.split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (words.length === 1 && PERSON_PRONOUNS.has(head)) return this.antecedent(source.start);
    // "I", "we", "they", "it": the writer, a group or a thing; not resolved to a person.
    if (words.length === 1 && SUBJECT_PRONOUNS.has(head)) return { id: null, name: null };
    const named = this.entityOverlapping(source);
    if (named) return { id: named.id, name: named.name };
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
    if (capitalised.length) {
      const entity = this.byLastWord.get(capitalised[capitalised.length - 1].replace(/[’']s$/, ''));
      if (entity) return { id: entity.id, name: entity.name };
      if (words.length && DETERMINERS.has(words[0].toLowerCase()) && capitalised.length < words.length - 1) return this.byRole(head, source.start);
      return { id: null, name: nameWithoutTitles(source.text) };
    }
    return this.byRole(head, source.start);
  }

  /** Records a resolved named source as a possible antecedent for later pronouns. */
  learn(source: Span, speaker: Speaker): void {
    this.index();
    if (!speaker.name || PERSON_PRONOUNS.has(source.text.toLowerCase())) return;
    const entity = speaker.id ? this.byId.get(speaker.id) ?? null : null;
    // With entities to go by, only people are antecedents; without any, a named source is the best guess.
    if (entity ? entity.type !== 'person' : this.byId.size > 0) return;
    const last = this.learned[this.learned.length - 1];
    if (last && last.start >= source.start) return;
    this.learned.push({ start: source.start, end: source.end, entity, name: speaker.name, sentence: this.sentenceAt(source.start) });
  }

  private entityOverlapping(span: Span): Entity | null {
    let best: Entity | null = null;
    for (let i = Math.max(0, upperBound(this.mentions, span.start) - 8); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      const a = this.mentions[i];
      if (a.end <= span.start || !a.entity) continue;
      if (!best || (a.entity.type === 'person' && best.type !== 'person')) best = a.entity;
    }
    return best;
  }

  /**
   * The person a "he"/"she" at `at` stands for: the first person named in its sentence before it (the
   * subject), else the first person named in the nearest earlier sentence that names one.
   */
  private antecedent(at: number): Speaker {
    const sentence = this.sentenceAt(at);
    const a = this.firstInLatestSentence(this.mentions, at, sentence);
    const b = this.firstInLatestSentence(this.learned, at, sentence);
    const best = !a ? b : !b ? a : a.sentence !== b.sentence ? (a.sentence > b.sentence ? a : b) : (a.start <= b.start ? a : b);
    return best ? { id: best.entity?.id ?? null, name: best.name } : { id: null, name: null };
  }

  private firstInLatestSentence(list: Anchor[], at: number, sentence: number): Anchor | null {
    let best: Anchor | null = null;
    for (let i = upperBound(list, at - 1) - 1; i >= 0; i--) {
      const a = list[i];
      if (sentence - a.sentence > PRONOUN_REACH) break;
      if (a.end > at || this.insideQuote(a.start) || (a.entity && a.entity.type !== 'person')) continue;
      if (best && a.sentence !== best.sentence) break;
      best = a;
    }
    return best;
  }

  /** "The senator", "the spokeswoman": the latest person before `at` holding a role with that word. */
  private byRole(head: string, at: number): Speaker {
    const from = upperBound(this.mentions, at) - 1;
    for (let i = from; i >= 0 && from - i < ROLE_REACH; i--) {
      const e = this.mentions[i].entity;
      if (e?.type === 'person' && this.roleWords.get(e)?.has(head)) return { id: e.id, name: e.name };
    }
    return { id: null, name: null };
  }
}

/** Index of the first item of `list` (sorted by start) that starts after `at`. */
export function upperBound(list: { start: number }[], at: number): number {
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
