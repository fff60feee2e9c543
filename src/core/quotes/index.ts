// Direct quotes with their cue, source and speaker.
//
// A quote split by its attribution (“…,” he said, “…”) is ONE quote: its span runs from the first
// opening mark to the last closing mark and `content` holds one span per quoted piece. A quote that
// continues over paragraphs is one quote too, with one content span per paragraph.
// The attribution is read, in this order, from the gap of a split quote, from the quote's own sentence
// (see attribution.ts), from a paragraph ending in a colon just before it ("Caddell continued:"), and from
// the sentence before when that one ends on an attribution ("…, Schiff said. “…”"). A quote with none of
// these that stands as a sentence of its own belongs to the person the sentence before opens with
// ("Valastro praised the governor. “…”"), else carries on the attribution of the quote before it in the
// same or the previous paragraph (the news convention for a speech running over several sentences).
// A relative pronoun source ("Trump, who said") and a pronoun ("he") are resolved to a person in speaker.ts.
// Quoted words that nothing attributes are kept only when they are long enough to be speech; short ones
// and title-cased names of works are scare quotes or titles, and are left out.
import type { DocumentStructure, Entity, Quote, Span } from '../types';
import { attribute, clauseSubject, closingAttribution, headlineAttribution, headlineSpeaker, leadingSubject, releaseWords, wordsAmong, type Attribution, type Word } from './attribution';
import { LetterSearch, isAsciiLetter, isSpace, letterOrDigitAt } from './chars';
import { emptyObjectList } from './lists';
import { CUE_WORDS, SUBJECT_PRONOUNS } from './lexicon';
import { findPassages, type Passage } from './passages';
import { learnSpeaker, mentionStartingAt, newSpeakerResolver, personMentionIn, resolveSpeaker, type SpeakerResolver } from './speaker';

/** Fewer words than this, unattributed, is a scare quote or a title rather than speech (tuned on PolNeAR train). */
const MIN_UNATTRIBUTED_WORDS = 3;
/** How far (UTF-16 units) before and after a quote its attribution is looked for. */
const FRAME_REACH = 300;
const NO_TEXT = new LetterSearch('');
/** Whether letters stand in a range of the text findQuotes reads: asked for every quote, between it and its sentence's start or end. */
let letters = NO_TEXT;
/** How many quotes before and after a quote its frame may hold (see frameOf). */
const FRAME_QUOTES = 8;
/** The words between the halves of a split quote: “…,” he said, “…”. */
const SPLIT_GAP = /^\s*[,—–-]?\s*[^.!?“”"\n]{1,60}?[,:]\s*$/;
/** “…,” adding, “…”: two quotes, the second continuing the first's attribution, not one quote split by it. */
const LONE_PARTICIPLE = /^\s*[,—–-]?\s*\p{Ll}+ing\s*[,:]\s*$/u;
/** “…,” she said, adding, “…”: a reporting participle closing the gap after the cue. */
const CLOSING_PARTICIPLE = /,\s*(\p{Ll}+ing)\s*[,:]\s*$/u;
/** Whether the gap between two passages ends with a reporting participle after its cue: two quotes, the second cued by it. */
function endsOnReportingParticiple(gap: string): boolean {
  const m = CLOSING_PARTICIPLE.exec(gap);
  return m !== null && CUE_WORDS.has(m[1]);
}
/** “…,” Cruz said as the heckler yelled: “…”: a second clause with a subject of its own gives the next words another speaker. */
const SECOND_SPEAKER = /\s(?:as|while|when|after|before|because|and|but)\s+(?:the|a|an|his|her|their|another|one|\p{Lu})/u;

interface Draft { passages: Passage[]; start: number; end: number; pieces: Span[] }

export function findQuotes(doc: DocumentStructure, entities: Entity[]): Quote[] {
  const { text } = doc;
  letters = new LetterSearch(text);
  const drafts = mergeSplitQuotes(text, findPassages(doc));
  const resolver = newSpeakerResolver(text, entities, doc.sentences, drafts);
  const out: Quote[] = [];
  let previous: { quote: Quote; paragraph: number } | null = null;
  /** The quote made of each draft so far, null for a draft left out. */
  const kept: (Quote | null)[] = [];
  /** Words of the frames still in reach, shared by the quotes of one sentence. */
  const frames = emptyObjectList<Frame>();
  /** Word objects of windows no longer read, for the next windows. */
  const spare = emptyObjectList<Word>();
  // The sentence and paragraph of each draft's start, found by walking on from the previous draft's
  // (drafts come in order of start) rather than by binary searches in every helper.
  let sentenceIndex = -1;
  let paragraphIndex = -1;
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di];
    sentenceIndex = lastStartingBy(doc.sentences, d.start, sentenceIndex);
    paragraphIndex = lastStartingBy(doc.paragraphs, d.start, paragraphIndex);
    const paragraph = Math.max(0, paragraphIndex);
    const attribution = attributionOf(doc, drafts, di, frames, spare, sentenceIndex, paragraph) ?? introducedBy(doc, drafts, di, spare, sentenceIndex, paragraph)
      ?? closingPreviousSentence(doc, drafts, di, sentenceIndex, paragraph, spare);
    let quote: Quote = {
      start: d.start, end: d.end, text: text.slice(d.start, d.end), content: d.pieces,
      speaker: null, speakerName: null, source: attribution?.source ?? null, cue: attribution?.cue ?? null,
      sentence: Math.max(0, sentenceIndex),
    };
    if (attribution?.source) {
      // A relative pronoun ("Trump, who said") is resolved through the noun phrase it follows.
      const named = attribution.referent ?? attribution.source;
      const speaker = resolveSpeaker(resolver, named);
      quote.speaker = speaker.id;
      quote.speakerName = speaker.name;
      learnSpeaker(resolver, named, speaker);
    }
    const alone = !attribution && standsAlone(doc, d, sentenceIndex, paragraph);
    // A quote on its own right after a sentence about someone ("Valastro praised Christie’s leadership.
    // “We need someone who …”") is that person's: the news convention of introducing a quote. That
    // sentence is nearer than any earlier quote, whose speaker the quote otherwise carries on.
    const topic = alone && d.passages.every((p) => p.closed) && isSpeechOnItsOwn(d) ? subjectOfSentenceBefore(doc, drafts, di, sentenceIndex, spare) : null;
    const inherits = alone && !topic?.source && previous !== null && paragraph - previous.paragraph <= 1;
    if (topic?.source) {
      const speaker = resolveSpeaker(resolver, topic.source);
      quote = { ...quote, speaker: speaker.id, speakerName: speaker.name, source: topic.source, cue: topic.cue };
    } else if (inherits) {
      const p = previous!.quote;
      quote = { ...quote, speaker: p.speaker, speakerName: p.speakerName, source: p.source, cue: p.cue };
    }
    const single = d.passages.every((p) => p.single);
    if (single && !quote.source) {
      // A headline quoting in single marks with no verb of saying ("Gingrich Takes Talk Of Being Trump’s Running
      // Mate ‘Very Seriously.’") is about the person or organisation it opens with, whose words they are.
      const lead = mentionOpening(doc, resolver, sentenceIndex, d.start);
      if (lead) {
        const speaker = resolveSpeaker(resolver, lead);
        quote = { ...quote, source: lead, speaker: speaker.id, speakerName: speaker.name };
      }
    }
    // The tests below matter only for a quote that could be left out: a title, or a short phrase nothing attributes.
    const title = !single && isTitle(d);
    const unattributed = !quote.cue && !quote.source;
    // Single marks quote at the top level only in headlines: below the first paragraph, single-quoted words nothing
    // attributes are a heading inside the text ("WEDNESDAY’S ‘OUTLIERS’ - Links to …", "– ‘Who cares?’ –") or a
    // stray apostrophe (“how ‘bout this”), not someone's words.
    if (single && unattributed && paragraph > 0) {
      kept.push(null);
      continue;
    }
    const doubtful = title || (unattributed && !single);
    // "Christie refers to the candidate as “Mr. Trump,”", "the bill, known as the “Justice Against Sponsors of
    // Terrorism Act”": a name given in quotation marks after "as" is the words someone uses, not a title; so are
    // words a noun of speech introduces ("chants of “Ted! Ted!”", "ran on the slogan “Experience Counts”").
    const named = doubtful && (isNamedAs(text, d) || afterSpeechNoun(text, d));
    // “Miss Piggy” and “Miss Housekeeping”: a quote listed with the one before shares its fate and, when it has
    // none of its own, its attribution.
    const listedAfter = doubtful ? listedAfterQuote(text, drafts, di, doc.sentences[sentenceIndex]?.start ?? 0, kept) : undefined;
    if (listedAfter && unattributed) quote = { ...quote, source: listedAfter.source, cue: listedAfter.cue, speaker: listedAfter.speaker, speakerName: listedAfter.speakerName };
    if (listedAfter === null && title) {
      kept.push(null);
      continue;
    }
    if (unattributed && !single && (named || !isSpeechOnItsOwn(d))) {
      // A short lower-case phrase quoted after a person's name in its sentence is that person's word for
      // something ("Manafort dismissed the whole kerfuffle as “absurd.”", "policymakers were startled by
      // Trump’s “isolationist” pronouncements"), not the writer's scare quotes.
      const person = d.passages.length === 1 && (startsLowerCase(d) || named) && !afterSoCalled(text, d.start) ? personBefore(doc, resolver, d, sentenceIndex, paragraph) : null;
      if (!person && !named) {
        kept.push(null);
        continue;
      }
      // The sentence's subject when it is a description or a person ("policymakers have been startled by
      // Trump’s “isolationist” …"); else the person ("Campaign chair Paul Manafort": not "Campaign"). Words given
      // with "as" or a noun of speech and no person in reach have the subject ("Yildirim's LinkedIn page lists him
      // as “…”", "A mix of supporters joined in a chant of “Feel the Bern!”").
      const subject = subjectOfQuoteSentence(doc, drafts, di, frames, sentenceIndex, paragraph);
      const source = subject && (!person || !STARTS_UPPER.test(subject.text) || DETERMINER_START.test(subject.text) || isPersonalPronoun(subject.text) || personMentionIn(resolver, subject.start, subject.end)) ? subject : person;
      if (source) {
        const speaker = resolveSpeaker(resolver, source);
        quote = { ...quote, source, speaker: speaker.id, speakerName: speaker.name };
      }
    }
    const dropped = (!inherits && title && !named && !listedAfter && (!attribution?.adjacent || namesAWork(text, d)) && !namedByCue(text, attribution, d) && !objectOfCue(text, attribution, d))
      || (!quote.cue && hasByline(text, d)) || (!attribution?.adjacent && YEAR_AFTER.test(text.slice(d.end, d.end + 12)))
      || (!quote.cue && !quote.source && namesAPiece(text, d));
    kept.push(dropped ? null : quote);
    if (dropped) continue;
    out.push(quote);
    if (quote.cue) previous = { quote, paragraph };
  }
  letters = NO_TEXT; // the text is not kept past the call
  return out;
}

// Tests of how a quoted piece ends, read backwards from its end: a regex anchored at the end ($) would
// be tried from every position of the piece.
/** Index of the last character of `s` that is not white space, or -1. */
function lastNonSpace(s: string): number {
  let k = s.length - 1;
  while (k >= 0 && isSpace(s.charCodeAt(k))) k--;
  return k;
}

/** /[,—–-]\s*$/: a comma or a dash, then only white space. */
function endsOnCommaOrDash(s: string): boolean {
  const c = s.charCodeAt(lastNonSpace(s));
  return c === 44 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** /[?!,][’']?\s*$/: ? ! or a comma, maybe a closing single mark, then only white space. */
function endsOnQuestionOrComma(s: string): boolean {
  let k = lastNonSpace(s);
  let c = s.charCodeAt(k);
  if (c === 0x2019 || c === 39) c = s.charCodeAt(--k);
  return c === 63 || c === 33 || c === 44;
}

/** Joins the halves of a quote interrupted by its attribution into one draft. */
function mergeSplitQuotes(text: string, passages: Passage[]): Draft[] {
  const out: Draft[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    const prev = last?.passages[last.passages.length - 1];
    if (last && prev.closed && p.pieces.length === 1 && p.start - prev.end <= 80 && endsOnCommaOrDash(prev.pieces[prev.pieces.length - 1].text)) {
      const gap = text.slice(prev.end, p.start);
      if (SPLIT_GAP.test(gap) && !LONE_PARTICIPLE.test(gap) && !endsOnReportingParticiple(gap) && !SECOND_SPEAKER.test(gap) && !BYLINE.test(gap) && !/[\r\n]/.test(gap)) {
        if (last.pieces === last.passages[0].pieces) last.pieces = [...last.pieces];
        last.passages.push(p);
        last.pieces.push(...p.pieces);
        last.end = p.end;
        continue;
      }
    }
    // The passage's own pieces until another passage joins the draft (copied then, see above).
    out.push({ passages: [p], start: p.start, end: p.end, pieces: p.pieces });
  }
  return out;
}

/**
 * Index of the last of `spans` (sorted by start) that starts at or before `at`, or -1; walked from
 * `from`, the answer for a nearby position, so that it costs the spans in between.
 */
function lastStartingBy(spans: { start: number }[], at: number, from: number): number {
  let i = from;
  while (i + 1 < spans.length && spans[i + 1].start <= at) i++;
  while (i >= 0 && spans[i].start > at) i--;
  return i;
}

/**
 * The attribution of draft `di`: inside a split quote's gap first, then in the quote's sentence.
 * `sentenceIndex` is the last sentence starting at or before its start (-1 when none), `paragraph` the
 * last paragraph so (0 when none).
 */
function attributionOf(doc: DocumentStructure, drafts: Draft[], di: number, frames: Frame[], spare: Word[], sentenceIndex: number, paragraph: number): Attribution | null {
  const { text } = doc;
  const d = drafts[di];
  for (let k = 1; k < d.passages.length; k++) {
    const first = d.passages[k - 1];
    const words = wordsAmong(text, first.start, d.passages[k].start, d.passages, k - 1, k, spare);
    const found = attribute(text, words, 0);
    releaseWords(words, spare);
    if (found) return found;
  }
  const [from, to] = frameOf(doc, drafts, di, sentenceIndex, paragraph);
  let words = wordsOfFrame(frames, from, to, d.start, spare);
  if (!words) {
    // The quotes inside the window are among the drafts next to this one (see frameOf).
    words = wordsAmong(text, from, to, drafts, Math.max(0, di - FRAME_QUOTES), Math.min(drafts.length, di + FRAME_QUOTES + 1), spare);
    frames.push({ from, to, words });
  }
  let q = 0;
  while (q < words.length && !(words[q].kind === 'quote' && words[q].start === d.start)) q++;
  if (q === words.length) return null;
  if (!d.passages.every((p) => p.single)) return attribute(text, words, q);
  return headlineSpeaker(text, words, q) ?? attribute(text, words, q) ?? headlineAttribution(text, words, q);
}

interface Frame { from: number; to: number; words: Word[] }

/**
 * The words already read for the frame text[from, to), or undefined. A frame ends after the start of
 * every quote it is the frame of, and quotes come in order of start: frames ending at or before `at`
 * (the current quote's start) serve no later quote: their word objects go to `spare`.
 */
function wordsOfFrame(frames: Frame[], from: number, to: number, at: number, spare: Word[]): Word[] | undefined {
  let kept = 0;
  let found: Word[] | undefined;
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k];
    if (f.to <= at) {
      releaseWords(f.words, spare);
      continue;
    }
    frames[kept++] = f;
    if (f.from === from && f.to === to) found = f.words;
  }
  // Popped rather than cut by setting the length, a runtime call.
  while (frames.length > kept) frames.pop();
  return found;
}

/** A paragraph that ends with a colon introduces the quote opening the next one: "Caddell continued:". */
function introducedBy(doc: DocumentStructure, drafts: Draft[], di: number, spare: Word[], sentenceIndex: number, paragraph: number): Attribution | null {
  const d = drafts[di];
  const p = doc.paragraphs[paragraph];
  const before = doc.paragraphs[p.index - 1];
  if (!before || before.text.charCodeAt(lastNonSpace(before.text)) !== 58 || letters.within(p.start, d.start)) return null;
  // Only the last sentence of that paragraph introduces the quote.
  const last = lastStartingBy(doc.sentences, before.end - 1, sentenceIndex);
  const sentence = last >= 0 && before.end - 1 < doc.sentences[last].end ? doc.sentences[last] : undefined;
  const words = wordsAmong(doc.text, sentence ? Math.max(sentence.start, before.start) : before.start, d.end, drafts, di, di + 1, spare);
  const found = attribute(doc.text, words, words.length - 1);
  releaseWords(words, spare);
  return found;
}

/**
 * A quote opening a sentence right after one that ends on an attribution ("…, Schiff said. “…”") is
 * that speaker's too.
 */
function closingPreviousSentence(doc: DocumentStructure, drafts: Draft[], di: number, sentenceIndex: number, paragraph: number, spare: Word[]): Attribution | null {
  const d = drafts[di];
  const s = doc.sentences[sentenceIndex];
  const before = doc.sentences[sentenceIndex - 1];
  if (!s || !before || before.paragraph !== s.paragraph || !standsAlone(doc, d, sentenceIndex, paragraph)) return null;
  const words = wordsAmong(doc.text, Math.max(before.start, d.start - FRAME_REACH), before.end, drafts, Math.max(0, di - 8), di, spare);
  const found = closingAttribution(doc.text, words);
  releaseWords(words, spare);
  return found;
}

/** The person the sentence before draft `di` opens with, in the same or the previous paragraph. */
function subjectOfSentenceBefore(doc: DocumentStructure, drafts: Draft[], di: number, sentenceIndex: number, spare: Word[]): Attribution | null {
  const s = doc.sentences[sentenceIndex];
  const before = doc.sentences[sentenceIndex - 1];
  if (!s || !before || s.paragraph - before.paragraph > 1 || (di > 0 && drafts[di - 1].end > before.start)) return null;
  const from = Math.max(before.start, drafts[di].start - FRAME_REACH);
  const words = wordsAmong(doc.text, from, before.end, drafts, 0, 0, spare);
  const found = leadingSubject(doc.text, words);
  releaseWords(words, spare);
  return found;
}

/**
 * The text that can attribute a quote: the sentences it lies in, plus the next sentence when that one
 * goes on in lower case (a splitter may cut “…?” he said. after the question mark).
 */
function frameOf(doc: DocumentStructure, drafts: Draft[], di: number, sentenceIndex: number, paragraphIndex: number): [number, number] {
  const d = drafts[di];
  const s = doc.sentences;
  const first = sentenceIndex >= 0 && d.start < s[sentenceIndex].end ? s[sentenceIndex] : undefined;
  const lastAt = Math.max(d.start, d.end - 1);
  const lastIndex = lastStartingBy(s, lastAt, sentenceIndex);
  const last = lastIndex >= 0 && lastAt < s[lastIndex].end ? s[lastIndex] : undefined;
  const paragraph = doc.paragraphs[paragraphIndex];
  let from = first ? Math.min(first.start, d.start) : paragraph.start;
  let to = last ? Math.max(last.end, d.end) : paragraph.end;
  const next = last ? s[last.index + 1] : undefined;
  // The next sentence belongs to the frame when it goes on in lower case (a splitter may cut “…?” he
  // said. after the question mark) or with a dash (“…” ― Carla Sanchez), or when the quote ends its
  // sentence on ? ! or a comma, so that the attribution may follow: “Does anybody know?” Graham asked.
  const endsSentence = last && !letters.within(d.end, last.end) && endsOnQuestionOrComma(d.pieces[d.pieces.length - 1].text);
  if (next && last && next.paragraph === last.paragraph && (/^[\p{Ll},―—–]/u.test(next.text) || endsSentence || (d.end >= last.end - 1 && isBareAttribution(next.text)))) to = next.end;
  // A frame never reaches further than FRAME_REACH from the quote: attributions sit close to their
  // quote, and a run-on "sentence" (a list, a transcript) must not make every quote rescan all of it.
  from = Math.max(from, paragraph.start, d.start - FRAME_REACH);
  to = Math.min(to, d.end + FRAME_REACH);
  // Nor past the FRAME_QUOTES quotes on either side, the ones its words are read around: text full of quotation
  // marks (a list of titles, data, stray marks) would otherwise have every quote read hundreds of words, and the
  // quotes beyond those would be read as words.
  const before = di > FRAME_QUOTES ? drafts[di - FRAME_QUOTES - 1] : undefined;
  const after = di + FRAME_QUOTES + 1 < drafts.length ? drafts[di + FRAME_QUOTES + 1] : undefined;
  if (before !== undefined && before.end > from) from = Math.min(before.end, d.start);
  if (after !== undefined && after.start < to) to = Math.max(after.start, d.end);
  return [from, to];
}

/**
 * A sentence that is only an attribution, after a quote closed by a full stop where a comma belonged ("“… missing.”
 * Trump said."): a name of a few words or a pronoun, and a reporting verb.
 */
const BARE_ATTRIBUTION = /^(?:(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){1,4}|(?:he|she|they)\s+)(\p{Ll}+)\s*[.!]?\s*$/u;
/** Whether a sentence is only such an attribution, its verb a reporting verb (CUE_WORDS). */
function isBareAttribution(sentence: string): boolean {
  const m = BARE_ATTRIBUTION.exec(sentence);
  return m !== null && CUE_WORDS.has(m[1]);
}

/** The quote opens its sentence (nothing but the quote there): it may carry on an earlier speaker's words. */
function standsAlone(doc: DocumentStructure, d: Draft, sentenceIndex: number, paragraph: number): boolean {
  const s = doc.sentences[sentenceIndex];
  const p = doc.paragraphs[paragraph];
  const from = s && s.start <= d.start ? Math.max(s.start, p.start) : p.start;
  return !letters.within(from, d.start) || (d.start - from <= 12 && CONNECTIVE_LEAD.test(doc.text.slice(from, d.start)));
}

/** A connective alone before a quote ("But “…”", "Instead, “…”"): the quote still carries on the words before it. */
const CONNECTIVE_LEAD = /^\s*(?:but|and|then|instead|now|still|yet|so|also|later|again|plus)\s*,?\s*$/i;

const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** A capitalised determiner opening a description: "The British capital’s new mayor", "Some students". */
const DETERMINER_START = /^(?:the|a|an|some|many|most|several|his|her|their|its|our|these|those|this|that)\s/i;
/** A subject pronoun that can stand for people ("it" and "you" cannot stand for a quote's source here). */
const isPersonalPronoun = (text: string): boolean => {
  const lower = text.toLowerCase();
  return SUBJECT_PRONOUNS.has(lower) && lower !== 'it' && lower !== 'you';
};

/** The quoted words open with a lower-case letter. */
function startsLowerCase(d: Draft): boolean {
  return STARTS_LOWER.test(d.pieces[0].text);
}

/** The writer's own scare quotes: a "so-called" right before the quote. */
function afterSoCalled(text: string, at: number): boolean {
  return /so-called\s*$/i.test(text.slice(Math.max(0, at - 12), at));
}

/** The subject of the sentence before draft `d`, read from its frame's words (read by `attributionOf` just before). */
function subjectOfQuoteSentence(doc: DocumentStructure, drafts: Draft[], di: number, frames: Frame[], sentenceIndex: number, paragraph: number): Span | null {
  const d = drafts[di];
  const [from, to] = frameOf(doc, drafts, di, sentenceIndex, paragraph);
  const frame = frames.find((f) => f.from === from && f.to === to);
  if (!frame) return null;
  const words = frame.words;
  let q = 0;
  while (q < words.length && !(words[q].kind === 'quote' && words[q].start === d.start)) q++;
  return q < words.length ? clauseSubject(doc.text, words, q) : null;
}

/** The mention of a person or organisation that opens the sentence of a quote starting at `at` (before it), or null. */
function mentionOpening(doc: DocumentStructure, resolver: SpeakerResolver, sentenceIndex: number, at: number): Span | null {
  const s = doc.sentences[sentenceIndex];
  if (!s) return null;
  let first = s.start;
  while (first < at && isSpace(doc.text.charCodeAt(first))) first++;
  return first < at ? mentionStartingAt(resolver, first) : null;
}

/** A person named before draft `d` in its sentence (and paragraph), outside quotes; the nearest one. */
function personBefore(doc: DocumentStructure, resolver: SpeakerResolver, d: Draft, sentenceIndex: number, paragraph: number): Span | null {
  const s = doc.sentences[sentenceIndex];
  const from = Math.max(s && s.start <= d.start ? s.start : 0, doc.paragraphs[paragraph].start, d.start - FRAME_REACH);
  return personMentionIn(resolver, from, d.start);
}

/** Long enough, or a full sentence, to be someone's words even when nothing attributes it. */
function isSpeechOnItsOwn(d: Draft): boolean {
  // Runs of letters and digits (/[\p{L}\p{N}]+/gu), counted by char codes.
  let n = 0;
  for (const p of d.pieces) {
    const s = p.text;
    let inWord = false;
    for (let i = 0; i < s.length;) {
      const width = letterOrDigitAt(s, i);
      if (width === 0) {
        inWord = false;
        i++;
        continue;
      }
      if (!inWord && ++n >= MIN_UNATTRIBUTED_WORDS) return true;
      inWord = true;
      i += width;
    }
  }
  return false;
}

/** Longer prepositions that title case leaves in lower case: “The Lead with Jake Tapper”, “Contract with America”. */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'from', 'into', 'onto', 'upon', 'over', 'than']);

/** “Fox News Sunday”, “The Apprentice”: every longer word capitalised (but a preposition before the last), and short. */
function isTitle(d: Draft): boolean {
  if (d.end - d.start > 120 || !STARTS_UPPER.test(d.pieces[0].text)) return false;
  let n = 0;
  let preposition = false;
  let lastUpper = false;
  for (const p of d.pieces) {
    // The words of /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, read by char codes: a letter or digit, then letters, digits, ' ’ and -.
    const s = p.text;
    let i = 0;
    while (i < s.length) {
      const first = letterOrDigitAt(s, i);
      if (first === 0) {
        i++;
        continue;
      }
      const start = i;
      i += first;
      while (i < s.length) {
        const c = s.charCodeAt(i);
        const width = c === 39 || c === 0x2019 || c === 45 ? 1 : letterOrDigitAt(s, i);
        if (width === 0) break;
        i += width;
      }
      if (++n > 8) return false;
      lastUpper = startsUpperOrDigit(s, start, first);
      if ((n === 1 || i - start > 3) && !lastUpper) {
        if (n === 1 || !TITLE_PREPOSITIONS.has(s.slice(start, i))) return false;
        preposition = true;
      }
    }
  }
  // A title ends on a capitalised word: “I’m with her” is a sentence.
  return n > 0 && (!preposition || lastUpper);
}

/** Whether the letter or digit of `width` code units at s[at] is an upper-case letter or a digit (STARTS_UPPER). */
function startsUpperOrDigit(s: string, at: number, width: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return STARTS_UPPER.test(s.slice(at, at + width));
}

/**
 * Words before a title-cased quote that make it the name of a work: on MSNBC’s “Morning Joe”, her memoir “Tough
 * Choices”; the show someone "told" something, or gave an interview, is the addressee, not the words ("Fiorina told
 * “Fox and Friends,”", "in an interview with “Fox News Sunday.”").
 */
const WORK_WORDS = 'on|of|in|at|titled|entitled|called|named|dubbed|memoir|book|show|film|movie|song|album|series|program|programme|column|article|essay|headline|told|tells|telling|interviews? with';
const BEFORE_A_WORK = new RegExp(`(?:['’]s|\\b(?:${WORK_WORDS}))[,:]?\\s*$`, 'i');

function namesAWork(text: string, d: Draft): boolean {
  return BEFORE_A_WORK.test(text.slice(Math.max(0, d.start - 40), d.start));
}

/** “…,” by DNAinfo’s Eddie Small: the headline of a piece, followed by its byline. */
const BYLINE = /^\s*by\s+(?:the\s+)?\p{Lu}/u;

/** “No special rights for foreigners!” (2015), “Jaws” (1975): a quote followed by a year in brackets is a work or a poster, cited. */
const YEAR_AFTER = /^[\s,]*\((?:1[89]|20)\d\d\)/;

/** "In Sen. Jeff Sessions' column on Aug. 10, “The piling on must stop,” …": the title of a piece set off after the noun naming it. */
const PIECE_BEFORE = /\b(?:column|commentary|op-ed|editorial|article|essay|piece)(?:\s+(?:on|in|of|from)\s+[^,;:“”"]{1,24})?,\s*$/i;

function namesAPiece(text: string, d: Draft): boolean {
  return PIECE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start));
}

/** The quote closes on a comma and a byline follows it: the title of a work, not someone's words. */
function hasByline(text: string, d: Draft): boolean {
  const last = d.pieces[d.pieces.length - 1].text;
  return last.charCodeAt(lastNonSpace(last)) === 44 && BYLINE.test(text.slice(d.end, d.end + 24));
}

/** Verbs that give something a name: what they put in quotation marks is the subject's word for it ("Trump called her “Miss Piggy”"). */
const NAMING_CUE = /^(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|hail(?:s|ed|ing)?|describ(?:e|es|ed|ing))$/i;

/**
 * Words before a title-cased quote that make it the name of a work or a thing of the clause rather than its verb's
 * object: BEFORE_A_WORK's words, also with a determiner after them ("at the “Still Sanders” rally"), a podcast, a
 * documentary, a pseudonym, a list ("including “La Gozadera”").
 */
const BEFORE_A_WORK_IN_CLAUSE = new RegExp(`(?:['’]s|\\b(?:${WORK_WORDS}|podcast|documentary|pseudonym|including))(?:\\s+(?:the|a|an|his|her|its|their))?[,:]?\\s*$`, 'i');

/**
 * A title-cased quote in the clause of the reporting verb before it, with no comma or other stop between them, is
 * what the verb's subject said or named ("Republicans acknowledged that the “Solid South” no longer …", "He rails
 * against its "Great Wall of Protectionism""), unless the words just before it make it a work ("said in May on
 * the podcast “Here’s the Thing.”"). Not after "according to" (the quote names the source) nor after a verb that
 * only governs it ("He then watched “Morning Joe”").
 */
function objectOfCue(text: string, attribution: Attribution | null, d: Draft): boolean {
  const cue = attribution?.cue;
  if (!cue || cue.end > d.start || d.start - cue.end > 60 || !CUE_WORDS.has(cue.text.toLowerCase())) return false;
  const between = text.slice(cue.end, d.start);
  return !/[,;:.!?()—–]/.test(between) && !BEFORE_A_WORK_IN_CLAUSE.test(text.slice(Math.max(0, d.start - 40), d.start));
}

/** Nouns for words said, chanted or written, before a quote that gives them: "chants of", "the slogan", "the phrase". */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'chant', 'chants', 'chanting', 'chanted', 'slogan', 'slogans', 'cry', 'cries', 'motto', 'mantra', 'refrain', 'catchphrase',
  'phrase', 'term', 'shout', 'shouts', 'shouting', 'shouted', 'cheer', 'cheers', 'yell', 'yells', 'yelling', 'scream', 'screams', 'screaming',
]);
/** Words between such a noun and its quote: "chants of", "the phrase", "a cry like". */
const SPEECH_NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'like']);

/** The quote follows a noun for words said ("were met with chants of “Trump, Trump, Trump”"): it gives those words. */
function afterSpeechNoun(text: string, d: Draft): boolean {
  // Read back word by word (a regex anchored at the quote would be tried from every position before it).
  let end = spaceStart(text, d.start);
  const c = text.charCodeAt(end - 1);
  if (c === 44 || c === 58) end = spaceStart(text, end - 1);
  for (let words = 0; words < 4; words++) {
    const start = asciiWordStart(text, end);
    if (start === end) return false;
    const word = text.slice(start, end).toLowerCase();
    if (SPEECH_NOUNS.has(word)) return true;
    if (!SPEECH_NOUN_LINKS.has(word)) return false;
    end = spaceStart(text, start);
    if (end === start) return false;
  }
  return false;
}

/** The first word after a quote, past its closing punctuation. */
const WORD_AFTER = /^[\s,.;:!?]*(\p{L}+)/u;

/**
 * A capitalised quote right after "as" names something in someone's words ("refers to the governor as “Chris.”",
 * "known as the “Midnight Crew,”"): "as" in lower case after a word or a comma (not opening a sentence: "As the
 * “Never Trump” movement continues"), maybe with "a", "an" or "the"; not when a verb of saying follows the quote,
 * which makes it the subject of a comparison ("as “The Wall Street Journal” wrote").
 */
function isNamedAs(text: string, d: Draft): boolean {
  if (!STARTS_UPPER.test(d.pieces[0].text)) return false;
  let end = spaceStart(text, d.start);
  if (end === d.start) return false;
  let start = asciiWordStart(text, end);
  if (isArticle(text, start, end)) {
    end = spaceStart(text, start);
    if (end === start) return false;
    start = asciiWordStart(text, end);
  }
  if (end - start !== 2 || text.charCodeAt(start) !== 97 || text.charCodeAt(start + 1) !== 115) return false;
  const before = spaceStart(text, start);
  const c = text.charCodeAt(before - 1);
  if (before === start || before === 0 || !(c === 41 || c === 44 || letterOrDigitAt(text, before - 1) > 0)) return false;
  const next = WORD_AFTER.exec(text.slice(d.end, d.end + 30));
  return !next || !CUE_WORDS.has(next[1].toLowerCase());
}

/** "a", "an" or "the" in lower case at text[start, end). */
function isArticle(text: string, start: number, end: number): boolean {
  const n = end - start;
  const c = text.charCodeAt(start);
  if (n === 1) return c === 97;
  if (n === 2) return c === 97 && text.charCodeAt(start + 1) === 110;
  return n === 3 && c === 116 && text.charCodeAt(start + 1) === 104 && text.charCodeAt(start + 2) === 101;
}

/** Where the white space ending at `at` starts (`at` itself when none ends there). */
function spaceStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Where the run of ASCII letters ending at `end` starts (`end` itself when none ends there). */
function asciiWordStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  return k;
}


/** What joins a quote to the one before in a list: “Miss Piggy” and “Miss Housekeeping”, “Benghazi”, or “Libya”. */
const LIST_LINK = /^\s*,?\s*(?:and|or)\s+$|^\s*,\s*$/;

/**
 * The quote made of the draft before draft `di` (null when it was left out) when a list link joins the two in
 * the sentence starting at `sentenceStart`; undefined when they are not so listed.
 */
function listedAfterQuote(text: string, drafts: Draft[], di: number, sentenceStart: number, kept: (Quote | null)[]): Quote | null | undefined {
  const before = drafts[di - 1];
  // The link is a few characters long: a longer gap is not read.
  if (!before || before.end < sentenceStart || drafts[di].start - before.end > 8) return undefined;
  return LIST_LINK.test(text.slice(before.end, drafts[di].start)) ? kept[di - 1] : undefined;
}

/** The cue names what the title-cased quote stands for, a few words before it in the same clause. */
function namedByCue(text: string, attribution: Attribution | null, d: Draft): boolean {
  const cue = attribution?.cue;
  if (!cue || cue.end > d.start || d.start - cue.end > 60 || !NAMING_CUE.test(cue.text)) return false;
  return !/[.;:!?()]/.test(text.slice(cue.end, d.start));
}
