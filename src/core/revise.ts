// Revising an analysis after an edit by re-analysing only the paragraphs the edit touched.
//
// A keystroke in a long article changes one paragraph, yet analyze() reads the whole article again (hundreds of
// milliseconds for a megabyte). reviseAnalysis() instead:
//  - splits the new text into paragraphs (exact, and cheap: a few milliseconds per megabyte) and finds the
//    paragraphs the edit changed, by comparing the old and new paragraph lists from both ends;
//  - analyses those paragraphs with a few paragraphs of context on each side, so that a pronoun or a surname
//    there resolves as it would in the article;
//  - keeps every annotation outside the changed paragraphs, moved by the length the edit added or removed;
//  - joins the new mentions to the article's entities by name (the same type and the same name or alias, else
//    the one entity with that name whatever its type), and finds the article's names again where the window's
//    analysis alone missed them;
//  - finds duplicated paragraphs again over the whole article, which is exact (findDuplicatesAgain reads again
//    only the paragraphs it has not seen, about half the cost of findDuplicates);
//  - keeps the summary, with a changed sentence replaced by the sentence now at its place.
// Paragraphs, sentences, duplicates and the annotations outside the edit are what analyze() gives; the names and
// quotes of the edited paragraphs may differ from it where the wider article matters (a name spelt out only far
// away). The caller shows a revision at once and replaces it with analyze()'s result when typing pauses.
// It returns undefined, and the caller analyses the whole text, where a revision cannot be trusted: a quote that
// runs across the edge of the edited paragraphs, paragraphs that read differently alone than in the article
// (Markdown blocks whose kind depends on what is around them), or an edit too large to save anything.
import { analyzeInSteps } from './analyze';
import { findDuplicatesAgain, rememberParagraphs } from './duplicates';
import { findEntities } from './entities';
import { loadNerModel, modelNameRecognizer } from './ner';
import { loadGazetteer } from './ner/gazetteer';
import { findQuotes } from './quotes';
import { parseStructure, splitParagraphs } from './structure';
import { keyFacts } from './summary/keyFacts';
import type { Analysis, AnalyzeOptions, Entity, Mention, NameRecognizer, Paragraph, Quote, Sentence, Span } from './types';

export interface ReviseOptions extends AnalyzeOptions {
  /** The name recogniser analyze() used; the learned model by default, as in analyze(). */
  recognizer?: NameRecognizer;
}

/** Paragraphs analysed on each side of the edited ones: enough for a pronoun or surname to find its name. */
const CONTEXT_PARAGRAPHS = 2;
/** Beyond this share of the article changed, a revision saves little over analysing it whole. */
const MAX_CHANGED_SHARE = 0.25;
/**
 * Nor beyond this many characters in the edited paragraphs: a revision runs on the editor's thread, and analysing
 * one paragraph of hundreds of kilobytes (a pasted table, a data dump) is one stretch that would hold it up.
 */
const MAX_CHANGED_CHARS = 1 << 17;

/** A new analysis of `text`, made from the analysis of an earlier version; undefined when it must be analysed whole. */
export function reviseAnalysis(previous: Analysis, text: string, options: ReviseOptions = {}): Analysis | undefined {
  const steps = reviseGradually(previous, text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * reviseAnalysis in short steps, for a caller that lets other work run in between (an editor keeping its thread
 * responsive): each next() does one stretch of the work (finding the edited paragraphs, analysing them, moving
 * the rest, the duplicate search over the whole article, the summary); the last returns the revision, or
 * undefined when the text must be analysed whole. Each stretch is a few milliseconds to a few tens for a
 * megabyte, the longest at the first revisions of a thread that has not run the engine yet (see prepareRevisions).
 */
export function* reviseGradually(previous: Analysis, text: string, options: ReviseOptions = {}): Generator<void, Analysis | undefined, void> {
  const before = previous.text;
  if (before === text) return previous;
  const edit = changedRange(before, text);
  const paragraphs = splitParagraphs(text);
  const changed = changedParagraphs(previous.paragraphs, paragraphs, edit, lineDelta(before, text, edit));
  const changedChars = Math.min(changed.newTo, text.length) - changed.newFrom;
  if (changedChars > MAX_CHANGED_SHARE * text.length + 1000 || changedChars > MAX_CHANGED_CHARS) return undefined;
  keepTexts(previous.paragraphs, paragraphs, changed);
  yield;
  const window = yield* analyseWindow(text, paragraphs, changed, options);
  if (!window) return undefined;
  yield;

  const shift = text.length - before.length;
  const { oldFrom, oldTo, newFrom, newTo } = changed;
  const isBefore = (s: Range): boolean => s.end <= oldFrom;
  const isAfter = (s: Range): boolean => s.start >= oldTo;
  const inWindowEdit = (s: Span): boolean => s.start >= newFrom && s.end <= newTo;

  // Quotes: none may run across an edge of the edited stretch, in the old analysis or in the window's.
  for (const q of previous.quotes) if (!isBefore(q) && !isAfter(q) && (q.start < oldFrom || q.end > oldTo)) return undefined;
  for (const q of window.quotes) if (!inWindowEdit(q) && q.end > newFrom && q.start < newTo) return undefined;
  // The window's quotes in its context paragraphs, by start: an old quote whose source or cue is in the edited stretch
  // ("Dr. Ward stated:" edited, the quote in the paragraph after it) is read again from there.
  const contextQuotes = new Map<number, Quote>();
  for (const q of window.quotes) if (!inWindowEdit(q)) contextQuotes.set(q.start, q);

  // Sentences: the old ones around the edit, the window's inside it, renumbered.
  const sentences: Sentence[] = [];
  const oldSentenceIndex = new Int32Array(previous.sentences.length).fill(-1);
  const windowSentenceIndex = new Int32Array(window.sentences.length).fill(-1);
  const paragraphShift = paragraphs.length - previous.paragraphs.length;
  let firstAfter = previous.sentences.length;
  for (let i = 0; i < previous.sentences.length; i++) {
    const s = previous.sentences[i];
    if (!isBefore(s)) { firstAfter = i; break; }
    oldSentenceIndex[i] = sentences.length;
    sentences.push(s);
  }
  const firstEdited = sentences.length;
  for (let i = 0; i < window.sentences.length; i++) {
    const s = window.sentences[i];
    if (!inWindowEdit(s)) continue;
    windowSentenceIndex[i] = sentences.length;
    sentences.push({ start: s.start, end: s.end, text: s.text, index: sentences.length, paragraph: s.paragraph });
  }
  /** The sentences of the edited stretch, before and after the edit. */
  const newEdited = sentences.slice(firstEdited);
  const oldEdited: Sentence[] = [];
  for (let i = firstAfter; i < previous.sentences.length; i++) {
    const s = previous.sentences[i];
    if (!isAfter(s)) { oldEdited.push(s); continue; }
    oldSentenceIndex[i] = sentences.length;
    sentences.push({ start: s.start + shift, end: s.end + shift, text: s.text, index: sentences.length, paragraph: s.paragraph + paragraphShift });
  }

  yield;
  const entities = yield* mergeEntities(previous.entities, window.entities, { text, newFrom, newTo, isBefore, isAfter, inWindowEdit, shift });
  yield;
  const speakers = new Map<string, Entity>();
  for (const e of entities.list) speakers.set(e.id, e);
  const speakerOf = (id: string | null, renamed: Map<string, string> | null): Entity | undefined => {
    if (id === null) return undefined;
    return speakers.get(renamed ? renamed.get(id) ?? '' : id);
  };
  const quotes: Quote[] = [];
  // Each span of an old quote moves by its own side of the edit: the source and cue may stand in another sentence
  // or paragraph than the quote ("He stated:" above it), on the other side of the edited stretch.
  const shiftOf = (s: Range): number => (isAfter(s) ? shift : 0);
  const noShift = (): number => 0;
  const edited = (s: Range | null): boolean => s !== null && !isBefore(s) && !isAfter(s);
  for (const q of previous.quotes) {
    if (edited(q)) continue;
    const sentence = oldSentenceIndex[q.sentence];
    if (!edited(q.source) && !edited(q.cue)) {
      quotes.push(withSpeaker(q, speakerOf(q.speaker, null), shiftOf, sentence));
      continue;
    }
    const again = contextQuotes.get(q.start + shiftOf(q));
    if (again === undefined || again.end !== q.end + shiftOf(q)) return undefined;
    quotes.push(withSpeaker(again, speakerOf(again.speaker, entities.renamed), noShift, sentence));
  }
  const windowQuotes: Quote[] = [];
  for (const q of window.quotes) {
    if (inWindowEdit(q)) windowQuotes.push(withSpeaker(q, speakerOf(q.speaker, entities.renamed), noShift, windowSentenceIndex[q.sentence]));
  }
  const firstQuoteAfter = quotes.findIndex((q) => q.start >= newTo);
  quotes.splice(firstQuoteAfter < 0 ? quotes.length : firstQuoteAfter, 0, ...windowQuotes);

  // The summary keeps its sentences; one in the edited stretch gives way to the sentence now at its place there.
  const summarySentences: Sentence[] = [];
  for (const s of previous.summary.sentences) {
    if (isBefore(s) || isAfter(s)) summarySentences.push(sentences[oldSentenceIndex[s.index]]);
    else {
      const replacement = newEdited[oldEdited.findIndex((o) => o.start === s.start)];
      if (replacement && !summarySentences.includes(replacement)) summarySentences.push(replacement);
    }
  }
  summarySentences.sort((a, b) => a.start - b.start);

  yield;
  const duplicates = findDuplicatesAgain(paragraphs, options.nearDuplicateThreshold);
  yield;
  return { text, paragraphs, sentences, entities: entities.list, quotes, duplicates, summary: { sentences: summarySentences, keyFacts: keyFacts(entities.list, quotes) } };
}

/** Characters of the article's opening that prepareRevisions analyses and revises: a few paragraphs. */
const WARM_UP_CHARS = 1500;
/** Revisions of that opening made by prepareRevisions: enough for the engine's code to be compiled optimised. */
const WARM_UP_REVISIONS = 40;
/** Paragraphs prepareRevisions has the duplicate search read per step (a few milliseconds). */
const WARM_UP_PARAGRAPHS_PER_STEP = 1000;
/** Whether prepareRevisions has run the engine on this thread: its compiled code stays for the thread's life. */
let engineWarm = false;

/**
 * Gets this thread ready to revise analyses of `text` quickly, in short steps: each next() is a few milliseconds
 * to a few tens of work, for a caller that runs one step per turn of its event loop while it waits (an editor
 * whose long article is being analysed whole on another thread). Without it the first revisions on a thread run
 * where nothing has run yet: the name model still to decode, the engine's code not yet compiled, and every
 * paragraph of the article still to be read by the duplicate search, a few hundred milliseconds at once for a
 * megabyte. Results never depend on it.
 */
export function* prepareRevisions(text: string, options: ReviseOptions = {}): Generator<void, void, void> {
  if (!engineWarm) {
    // The name model in two steps (the gazetteer, then the weights): one was the longest stretch of an opening.
    loadGazetteer();
    yield;
    loadNerModel();
    yield;
    // The article's opening paragraphs, analysed stage by stage (the first run of each stage is the slowest: its
    // code compiled, its tables built), first only the first of them, then all, then revised after small edits.
    // Cut at a line end when there is one near, else at WARM_UP_CHARS: a text of few lines is not read whole here.
    let end = text.indexOf('\n', Math.min(text.length, WARM_UP_CHARS));
    if (end < 0 || end > 2 * WARM_UP_CHARS) end = Math.min(text.length, WARM_UP_CHARS);
    const sample = text.slice(0, end);
    const lineEnd = sample.indexOf('\n');
    yield* analyzeInSteps(lineEnd > 0 ? sample.slice(0, lineEnd) : sample.slice(0, WARM_UP_CHARS / 5), options);
    let analysis = yield* analyzeInSteps(sample, options);
    for (let k = 0; k < WARM_UP_REVISIONS && sample.length > 1; k++) {
      // Spread over the sample in a scattered order; a space or a letter inserted.
      const at = Math.floor((((k * 17) % WARM_UP_REVISIONS) + 0.5) / WARM_UP_REVISIONS * analysis.text.length);
      const edited = analysis.text.slice(0, at) + (k % 2 ? 'a' : ' ') + analysis.text.slice(at);
      const steps = reviseGradually(analysis, edited, options);
      let step = steps.next();
      for (; !step.done; step = steps.next()) yield;
      if (!step.value) break;
      analysis = step.value;
    }
    // Only once it is done: a preparation stopped halfway (an edit, another article) leaves the next one to do it.
    engineWarm = true;
  }
  // The duplicate search keeps what it read of each paragraph for its next call: the article's paragraphs (which a
  // revision finds unchanged, all but the edited ones), read a stretch at a time. First, searches of its opening
  // paragraphs, a few hundred more each time: a search over thousands of paragraphs runs its code optimised then.
  const paragraphs = splitParagraphs(text);
  /** Paragraphs the last search read: the search keeps those, and only those, for its next call. */
  let searched = 0;
  for (let n = WARM_UP_PARAGRAPHS_PER_STEP / 4; n <= WARM_UP_PARAGRAPHS_PER_STEP && n < paragraphs.length; n *= 2) {
    yield;
    findDuplicatesAgain(paragraphs.slice(0, n), options.nearDuplicateThreshold);
    searched = n;
  }
  for (let from = searched; from < paragraphs.length; from += WARM_UP_PARAGRAPHS_PER_STEP) {
    yield;
    rememberParagraphs(paragraphs, from, from + WARM_UP_PARAGRAPHS_PER_STEP);
  }
}

interface TextChange {
  /** Length of the common beginning of the old and new text. */
  prefix: number;
  /** Where the common ending starts, in the old and in the new text. */
  oldEnd: number;
  newEnd: number;
}

/** Characters compared at once: comparing two slices is a native loop, far faster than one character at a time. */
const COMPARED_BLOCK = 4096;

function changedRange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + COMPARED_BLOCK <= shorter && before.slice(prefix, prefix + COMPARED_BLOCK) === after.slice(prefix, prefix + COMPARED_BLOCK)) prefix += COMPARED_BLOCK;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = shorter - prefix;
  let suffix = 0;
  while (suffix + COMPARED_BLOCK <= room &&
    before.slice(before.length - suffix - COMPARED_BLOCK, before.length - suffix) === after.slice(after.length - suffix - COMPARED_BLOCK, after.length - suffix)) suffix += COMPARED_BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Line breaks added by the edit (negative when removed); the changed stretch is widened by one so a CR LF pair split by it counts right. */
function lineDelta(before: string, after: string, edit: TextChange): number {
  const from = Math.max(0, edit.prefix - 1);
  return lineBreaks(after, from, Math.min(after.length, edit.newEnd + 1)) - lineBreaks(before, from, Math.min(before.length, edit.oldEnd + 1));
}

function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

interface ChangedParagraphs {
  /** Unchanged paragraphs before the edit (same index in both lists) and after it (counted from the end). */
  kept: number;
  keptAfter: number;
  /** The stretch between the unchanged paragraphs, in the old and in the new text. */
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

function changedParagraphs(old: Paragraph[], fresh: Paragraph[], edit: TextChange, lines: number): ChangedParagraphs {
  const shift = edit.newEnd - edit.oldEnd;
  const same = (a: Paragraph, b: Paragraph, by: number, lineBy: number): boolean =>
    a.start + by === b.start && a.end + by === b.end && a.kind === b.kind && a.line + lineBy === b.line;
  let kept = 0;
  while (kept < old.length && kept < fresh.length && old[kept].end < edit.prefix && same(old[kept], fresh[kept], 0, 0)) kept++;
  let keptAfter = 0;
  while (keptAfter < old.length - kept && keptAfter < fresh.length - kept) {
    const a = old[old.length - 1 - keptAfter];
    if (a.start <= edit.oldEnd || !same(a, fresh[fresh.length - 1 - keptAfter], shift, lines)) break;
    keptAfter++;
  }
  const oldFrom = kept ? old[kept - 1].end : 0;
  const newFrom = kept ? fresh[kept - 1].end : 0;
  const oldTo = keptAfter ? old[old.length - keptAfter].start : Number.MAX_SAFE_INTEGER;
  const newTo = keptAfter ? fresh[fresh.length - keptAfter].start : Number.MAX_SAFE_INTEGER;
  return { kept, keptAfter, oldFrom, oldTo, newFrom, newTo };
}

/**
 * The unchanged paragraphs take the text strings of their old selves (equal to their new ones): the duplicate
 * search looks up what it read of each paragraph by its text, and a string it has seen has its hash already, where
 * a fresh slice of the new text would be hashed again (a megabyte read per revision).
 */
function keepTexts(old: Paragraph[], fresh: Paragraph[], changed: ChangedParagraphs): void {
  for (let i = 0; i < changed.kept; i++) fresh[i].text = old[i].text;
  for (let i = 1; i <= changed.keptAfter; i++) fresh[fresh.length - i].text = old[old.length - i].text;
}

interface WindowAnalysis {
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}

/**
 * The changed paragraphs analysed with their context, every offset moved into the whole text; undefined when the
 * window's paragraphs are not the article's (their kind or extent depends on what lies outside the window).
 */
/** The edited paragraphs and their context analysed, a stage a step (the first revisions on a thread run its code cold). */
function* analyseWindow(text: string, paragraphs: Paragraph[], changed: ChangedParagraphs, options: ReviseOptions): Generator<void, WindowAnalysis | undefined, void> {
  const first = Math.max(0, changed.kept - CONTEXT_PARAGRAPHS);
  const last = Math.min(paragraphs.length, paragraphs.length - changed.keptAfter + CONTEXT_PARAGRAPHS);
  if (first >= last) return { sentences: [], entities: [], quotes: [] };
  const from = paragraphs[first].start;
  const source = text.slice(from, paragraphs[last - 1].end);
  // Without a capital letter the sentence rule reads differently (see structure.ts): only where the article agrees.
  if (!HAS_CAPITAL.test(source) && HAS_CAPITAL.test(text)) return undefined;
  const doc = parseStructure(source);
  if (doc.paragraphs.length !== last - first) return undefined;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const q = paragraphs[first + i];
    if (p.start + from !== q.start || p.end + from !== q.end || p.kind !== q.kind) return undefined;
  }
  yield;
  const names = (options.recognizer ?? modelNameRecognizer)(doc);
  yield;
  const entities = findEntities(doc, names);
  yield;
  const quotes = findQuotes(doc, entities);

  const move = <T extends Span>(s: T): T => ({ ...s, start: s.start + from, end: s.end + from });
  const moveOrNull = (s: Span | null): Span | null => (s ? move(s) : null);
  return {
    sentences: doc.sentences.map((s) => ({ ...move(s), paragraph: s.paragraph + first })),
    entities: entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => moveMention(m, from)) })),
    quotes: quotes.map((q) => ({ ...move(q), content: q.content.map(move), source: moveOrNull(q.source), cue: moveOrNull(q.cue) })),
  };
}

const HAS_CAPITAL = /\p{Lu}/u;

function moveMention(m: Mention, by: number): Mention {
  const moved: Mention = { start: m.start + by, end: m.end + by, text: m.text };
  if (m.role) moved.role = { start: m.role.start + by, end: m.role.end + by, text: m.role.text };
  return moved;
}

interface Placement {
  /** The new text and its edited stretch. */
  text: string;
  newFrom: number;
  newTo: number;
  isBefore(s: Span): boolean;
  isAfter(s: Span): boolean;
  inWindowEdit(s: Span): boolean;
  shift: number;
}

interface MergedEntities {
  list: Entity[];
  /** Window entity id → id in the merged list. */
  renamed: Map<string, string>;
}

/**
 * The article's entities with their mentions in the edited stretch replaced by the window's: a window entity joins
 * the article's entity of its type that has its name or one of its aliases (or, for money, dates and quantities,
 * its value), else the one entity of any type with that name; otherwise it is a new entity. In three steps: the
 * article's entities indexed, the window's joined, the repeated forms found.
 */
function* mergeEntities(old: Entity[], window: Entity[], place: Placement): Generator<void, MergedEntities, void> {
  const merged = new EntityList(old, place);
  yield;
  // The ids taken, gathered only when a new entity needs one.
  let ids: Set<string> | null = null;
  const renamed = new Map<string, string>();
  for (const w of window) {
    const mentions = w.mentions.filter(place.inWindowEdit);
    if (!mentions.length) continue;
    let target = merged.indexOf(w);
    // A few paragraphs may type a bare surname wrongly ("Trump" a place); the article's other mentions decide, as
    // analyze() harmonises a name's type over the whole article.
    if (target < 0 && !w.value) {
      for (const form of [w.name, ...w.aliases]) {
        target = merged.byName.get(form.toLowerCase()) ?? -1;
        if (target >= 0) break;
      }
    }
    let entity: Entity;
    if (target < 0) {
      ids ??= new Set(merged.entities.map((e) => e.id));
      entity = { ...w, id: uniqueId(w.id, ids), aliases: [...w.aliases], roles: [...w.roles], mentions: [] };
      ids.add(entity.id);
      merged.add(entity);
    } else {
      entity = merged.writable(target);
      for (const form of [w.name, ...w.aliases]) if (form !== entity.name && !entity.aliases.includes(form)) entity.aliases.push(form);
      for (const role of w.roles) if (!entity.roles.includes(role)) entity.roles.push(role);
    }
    renamed.set(w.id, entity.id);
    entity.mentions = insertInOrder(entity.mentions, mentions);
  }
  yield;
  addRepeatedForms(merged, place);
  const list = merged.entities.filter((e) => e.mentions.length > 0);
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { list, renamed };
}

/**
 * Keys of money, dates and quantities, by value object, which the copies of an entity share: a revision indexes
 * every value entity of the article, and a JSON text for each at every keystroke cost about 1 ms of 30 at 1 MB.
 */
const valueKeys = new WeakMap<object, string>();

function valueKey(e: Entity): string {
  const value = e.value!;
  let key = valueKeys.get(value);
  if (key === undefined) {
    key = `${e.type}\u0000${JSON.stringify(value)}`;
    valueKeys.set(value, key);
  }
  return key;
}

/** Records `index` under `key`; -1 when another entity already has that key (two Smiths): it names neither. */
function index(map: Map<string, number>, key: string, at: number): void {
  const had = map.get(key);
  map.set(key, had === undefined || had === at ? at : -1);
}

/**
 * The article's entities being merged, found by form. One named only before the edit stays the same object; the
 * others are copies with their mentions moved, and so is one that the window's mentions join (copied on first write).
 */
class EntityList {
  readonly entities: Entity[] = [];
  /** Names by type, then lower-case form; -1 for a form two entities share. */
  private readonly byTypeAndForm = new Map<string, Map<string, number>>();
  /** Money, dates and quantities by type and value. */
  private readonly byValue = new Map<string, number>();
  /** Names by lower-case form whatever the type; -1 when shared. */
  readonly byName = new Map<string, number>();
  private readonly copies = new Set<Entity>();

  constructor(old: Entity[], place: Placement) {
    for (const e of old) {
      if (!e.mentions.length) continue;
      if (place.isBefore(e.mentions[e.mentions.length - 1])) { this.add(e); continue; }
      const kept: Mention[] = [];
      for (const m of e.mentions) {
        if (place.isBefore(m)) kept.push(m);
        else if (place.isAfter(m)) kept.push(moveMention(m, place.shift));
      }
      const copy: Entity = { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: kept };
      this.copies.add(copy);
      this.add(copy);
    }
  }

  add(e: Entity): void {
    const at = this.entities.length;
    this.entities.push(e);
    if (e.value) {
      index(this.byValue, valueKey(e), at);
      return;
    }
    let forms = this.byTypeAndForm.get(e.type);
    if (!forms) this.byTypeAndForm.set(e.type, (forms = new Map()));
    const name = e.name.toLowerCase();
    index(forms, name, at);
    index(this.byName, name, at);
    for (const alias of e.aliases) {
      const lower = alias.toLowerCase();
      index(forms, lower, at);
      index(this.byName, lower, at);
    }
  }

  /** The entity of `e`'s type that has its value, or its name or one of its aliases; -1 when none or shared. */
  indexOf(e: Entity): number {
    if (e.value) return this.byValue.get(valueKey(e)) ?? -1;
    const forms = this.byTypeAndForm.get(e.type);
    if (!forms) return -1;
    for (const form of [e.name, ...e.aliases]) {
      const at = forms.get(form.toLowerCase()) ?? -1;
      if (at >= 0) return at;
    }
    return -1;
  }

  writable(index: number): Entity {
    const e = this.entities[index];
    if (this.copies.has(e)) return e;
    const copy: Entity = { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: [...e.mentions] };
    this.copies.add(copy);
    this.entities[index] = copy;
    return copy;
  }
}

function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  const base = id.replace(/-\d+$/, '');
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Mentions in document order, `added` (in order, all in one stretch) put where they belong among `mentions`. */
function insertInOrder(mentions: Mention[], added: Mention[]): Mention[] {
  let at = 0;
  while (at < mentions.length && mentions[at].start < added[0].start) at++;
  return [...mentions.slice(0, at), ...added, ...mentions.slice(at)];
}

/** Offsets without the text between them. */
interface Range { start: number; end: number }

/** A quote with its speaker's id and name as they are in the merged entities, each span moved by `by(span)`. */
function withSpeaker(q: Quote, speaker: Entity | undefined, by: (s: Range) => number, sentence: number): Quote {
  const move = (s: Span): Span => {
    const d = by(s);
    return d ? { start: s.start + d, end: s.end + d, text: s.text } : s;
  };
  const d = by(q);
  return {
    start: q.start + d, end: q.end + d, text: q.text,
    content: q.content.map(move),
    speaker: speaker ? speaker.id : null,
    // A speaker whose every mention was edited away keeps the name the quote gave.
    speakerName: speaker ? speaker.name : q.speakerName,
    source: q.source ? move(q.source) : null,
    cue: q.cue ? move(q.cue) : null,
    sentence,
  };
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}\p{N}]*/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Names the article gives elsewhere, found again in the edited stretch where the window's analysis left them out:
 * the whole-article analysis finds a name it has seen repeated even where its context alone is unclear.
 */
function addRepeatedForms(list: EntityList, place: Placement): void {
  const { text, newFrom } = place;
  const newTo = Math.min(place.newTo, text.length);
  if (newTo <= newFrom) return;
  // Already-named stretches, so that no mention overlaps another.
  const taken: Span[] = [];
  for (const e of list.entities) for (const m of e.mentions) if (m.end > newFrom && m.start < newTo) taken.push(m);
  const overlapsTaken = (start: number, end: number): boolean => taken.some((t) => t.start < end && start < t.end);
  const lower = text.slice(newFrom, newTo).toLowerCase();
  // Forms of one entity by their first word, longest first, only for the capitalised words of the stretch.
  const words = new Set<string>();
  CAPITALISED_WORD.lastIndex = newFrom;
  for (let m: RegExpExecArray | null; (m = CAPITALISED_WORD.exec(text)) && m.index < newTo;) words.add(m[0].toLowerCase());
  const formsByFirstWord = new Map<string, string[]>();
  for (const [form, index] of list.byName) {
    if (index < 0) continue;
    const space = form.indexOf(' ');
    const first = space < 0 ? form : form.slice(0, space);
    if (!words.has(first)) continue;
    const forms = formsByFirstWord.get(first);
    if (forms) forms.push(form); else formsByFirstWord.set(first, [form]);
  }
  if (!formsByFirstWord.size) return;
  for (const forms of formsByFirstWord.values()) forms.sort((a, b) => b.length - a.length);
  const added = new Map<number, Mention[]>();
  CAPITALISED_WORD.lastIndex = newFrom;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED_WORD.exec(text)) && m.index < newTo) {
    if (m.index > 0 && WORD_CHARACTER.test(text[m.index - 1])) continue;
    const forms = formsByFirstWord.get(m[0].toLowerCase());
    if (!forms) continue;
    for (const form of forms) {
      const end = m.index + form.length;
      if (end > newTo || !lower.startsWith(form, m.index - newFrom) || WORD_CHARACTER.test(text[end] ?? '')) continue;
      if (overlapsTaken(m.index, end)) break;
      const index = list.byName.get(form)!;
      const mention: Mention = { start: m.index, end, text: text.slice(m.index, end) };
      const mentions = added.get(index);
      if (mentions) mentions.push(mention); else added.set(index, [mention]);
      taken.push(mention);
      CAPITALISED_WORD.lastIndex = end;
      break;
    }
  }
  for (const [index, mentions] of added) {
    const entity = list.writable(index);
    entity.mentions = [...entity.mentions, ...mentions].sort((a, b) => a.start - b.start);
  }
}
