// Paragraphs, sentences and tokens: the structure every other analysis step starts from.
//
// Paragraphs. The text is read line by line (LF, CRLF and lone CR all end a line; terminators are never
// part of a span). A non-blank line is a paragraph, except that:
//  - YAML front matter (`---` on the very first line up to the next `---`/`...` line) is one block of
//    kind 'code': metadata, never analysed as prose;
//  - a fenced code block (``` or ~~~, up to the closing fence or the end of the text) is one 'code' block;
//  - an HTML comment opening a line, up to the line that closes it, is one 'code' block (when that line ends
//    with the comment);
//  - consecutive table rows (a header row followed by a `|---|` delimiter row, or rows that start and
//    end with `|`) form one 'table' block;
//  - `Title` followed by a `===`/`---` underline is one 'heading' (Markdown setext heading), unless the
//    title line ends in . , ; or : (then it is prose followed by a separator, as in plain text);
//  - a hard-wrapped line continues the paragraph above it when there is no blank line between them,
//    the line above does not end like a sentence (.!?…:"”’») ]) and this line starts with a lower-case
//    letter (or is indented under a list item). News text with one paragraph a line is thus unaffected,
//    and a headline followed by a capitalised line stays two paragraphs.
// Kinds: `# …` heading, `-`/`*`/`+`/`•`/`1.`/`1)` list item (one paragraph each), `>` quote, `---`/`***`/
// `___`/`* * *` rule. Indented code blocks are not recognised: plain-text articles indent paragraphs.
//
// Sentences are found only in prose-like blocks (prose, heading, list, quote), with the Markdown marker
// and surrounding white space left out of the span. A sentence ends after a run of terminators
// (. ! ? …) plus any closing quote marks or brackets, when white space or the end of the block follows
// and the next word does not start with a lower-case letter (unless the whole text is written without
// capitals). A single period is no boundary after
// titles (Mr., Dr., Gen., Sen., e.g., vs. …), nor after No./Jan.–Dec./Sept. when a number follows.
// After ambiguous abbreviations (U.S., Inc., Jr., St., a single initial such as "W.") it is a boundary
// only when the next word commonly starts a sentence ("The", "He", "But", …) or an opening quote
// follows. Open quotations are not tracked: a quotation of several sentences gives several sentences,
// the first holding the text before the opening mark ("He said: “A b. C d.”" → "He said: “A b." and
// "C d.”"). That keeps the rule local, predictable and linear.
//
// Tokens: one per word (letters, marks and digits, joined by inner hyphens, by apostrophes and by
// . or , between digits), with the clitics 's 're 've 'll 'd 'm and n't split off; dotted abbreviations
// (U.S., e.g.) and listed titles keep their period; an emoji sequence (ZWJ, skin tone, flags, keycaps)
// is one token; any other symbol is a token of its own, with its combining marks.
import type { BlockKind, DocumentStructure, Paragraph, Sentence, Span, Token, TokenTable } from './types';

// ---------------------------------------------------------------------------------------------------
// Paragraphs

const LINE_BREAK = /[\r\n]/g;
const BLANK = /^\s*$/;
const FRONT_MATTER_OPEN = /^---[ \t]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** An HTML comment opening a line: `<!--` after at most three spaces. */
const COMMENT_OPEN = /^ {0,3}<!--/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-{2,})[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+\S/;
const BLOCK_QUOTE = /^ {0,3}>/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
// A title does not end like this; a paragraph followed by a "---" separator in plain text does.
const ENDS_LIKE_PROSE = /[.,;:][ \t]*$/;

/**
 * Start and end (terminators excluded) of every line, line i at [2i] and [2i + 1]: pairs in one array
 * rather than an object per line.
 */
function lineSpans(text: string): Int32Array {
  let spans = new Int32Array(2 * ((text.length >> 6) + 8));
  let n = 0;
  LINE_BREAK.lastIndex = 0;
  let start = 0;
  // test() and lastIndex rather than exec(): no match array per line.
  for (;;) {
    const found = LINE_BREAK.test(text);
    const end = found ? LINE_BREAK.lastIndex - 1 : text.length;
    if (n === spans.length) {
      const grown = new Int32Array(2 * n);
      grown.set(spans);
      spans = grown;
    }
    spans[n++] = start;
    spans[n++] = end;
    if (!found) return spans.subarray(0, n);
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1; // CRLF
    LINE_BREAK.lastIndex = start;
  }
}

/** A paragraph whose text is filled in once its end is final (property order as in the output). */
const newParagraph = (start: number, end: number, index: number, kind: BlockKind, line: number): Paragraph =>
  ({ start, end, text: '', index, kind, line });

export function splitParagraphs(text: string): Paragraph[] {
  const spans = lineSpans(text);
  const count = spans.length >> 1;
  const lineText = (i: number): string => text.slice(spans[2 * i], spans[2 * i + 1]);
  const blocks: Paragraph[] = [];
  // The block holding the previous line when a hard-wrapped continuation may still join it.
  let joinable: Paragraph | null = null;
  // The first "|" at or after the current line (text.length when none): a line without one cannot be a table row.
  let pipe = -1;
  // The first "-->" at or after the last comment opening looked at (-1: none to the end; -2: not looked for yet).
  let commentClose = -2;
  let i = 0;

  if (count > 1 && FRONT_MATTER_OPEN.test(lineText(0))) {
    let close = 1;
    while (close < count && !FRONT_MATTER_CLOSE.test(lineText(close))) close++;
    if (close < count) {
      blocks.push(newParagraph(0, spans[2 * close + 1], 0, 'code', 0));
      i = close + 1;
    }
  }

  for (; i < count; i++) {
    const start = spans[2 * i];
    const end = spans[2 * i + 1];
    if (pipe < start) {
      pipe = text.indexOf('|', start);
      if (pipe < 0) pipe = text.length;
    }
    if (pipe >= end && startsWithLetter(text, start, end)) {
      // Most lines: prose, no Markdown marker and no table row possible, so none of the tests below.
      if (joinable && continues(text, joinable, spans[2 * i - 2], spans[2 * i - 1], start, end)) { joinable.end = end; continue; }
      const block = newParagraph(start, end, blocks.length, 'prose', i);
      blocks.push(block);
      joinable = block;
      continue;
    }
    const s = text.slice(start, end);
    if (BLANK.test(s)) { joinable = null; continue; }

    const fence = FENCE_OPEN.exec(s);
    if (fence) {
      const marker = fence[1];
      const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      let j = i + 1;
      while (j < count && !close.test(lineText(j))) j++;
      if (j === count) { // unclosed: runs to the last non-blank line
        j = count - 1;
        while (j > i && BLANK.test(lineText(j))) j--;
      }
      blocks.push(newParagraph(start, spans[2 * j + 1], blocks.length, 'code', i));
      joinable = null;
      i = j;
      continue;
    }

    // An HTML comment opening a line (an editor's note, a publishing system's block marker) up to the line that
    // closes it: hidden when the Markdown is shown, so never prose. Left as it is when unclosed, or when text follows
    // the comment on its last line (that text is shown).
    if (COMMENT_OPEN.test(s)) {
      // The next "-->" after the opening, from the last one found when it is still ahead (a text of many openings
      // and no closing would otherwise be read to its end from each).
      const from = start + s.indexOf('<!--') + 4;
      if (commentClose !== -1 && commentClose < from) commentClose = -2;
      if (commentClose === -2) commentClose = text.indexOf('-->', from);
      const close = commentClose;
      // The line holding the end of the comment: the first from this one that ends at or after it.
      let j = i, hi = count;
      while (close >= 0 && j < hi) {
        const mid = (j + hi) >> 1;
        if (spans[2 * mid + 1] < close + 3) j = mid + 1;
        else hi = mid;
      }
      if (close >= 0 && j < count && BLANK.test(text.slice(close + 3, spans[2 * j + 1]))) {
        blocks.push(newParagraph(start, spans[2 * j + 1], blocks.length, 'code', i));
        joinable = null;
        i = j;
        continue;
      }
    }

    const next = i + 1 < count ? lineText(i + 1) : '';
    if ((s.includes('|') && TABLE_DELIMITER.test(next)) || TABLE_ROW.test(s)) {
      let j = i + 1;
      while (j < count && !BLANK.test(lineText(j)) && lineText(j).includes('|')) j++;
      blocks.push(newParagraph(start, spans[2 * j - 1], blocks.length, 'table', i));
      joinable = null;
      i = j - 1;
      continue;
    }

    const last = blocks[blocks.length - 1];
    if (SETEXT_UNDERLINE.test(s) && joinable === last && last && last.kind === 'prose' && last.line === i - 1 &&
      !ENDS_LIKE_PROSE.test(lineText(i - 1))) {
      last.kind = 'heading';
      last.end = end;
      joinable = null;
      continue;
    }

    let kind: BlockKind;
    if (ATX_HEADING.test(s)) kind = 'heading';
    else if (THEMATIC_BREAK.test(s)) kind = 'rule';
    else if (LIST_ITEM.test(s)) kind = 'list';
    else if (BLOCK_QUOTE.test(s)) kind = 'quote';
    else kind = 'prose';

    if (kind === 'prose' && joinable && continues(text, joinable, spans[2 * i - 2], spans[2 * i - 1], start, end)) {
      joinable.end = end;
      continue;
    }
    const block = newParagraph(start, end, blocks.length, kind, i);
    blocks.push(block);
    joinable = kind === 'prose' || kind === 'list' ? block : null;
  }

  for (const b of blocks) b.text = text.slice(b.start, b.end);
  return blocks;
}

/** The first position in text[start, end) that is no space or tab (end when none). */
function afterIndent(text: string, start: number, end: number): number {
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  return start;
}

/** Whether the line text[start, end) starts with an ASCII letter after spaces and tabs: no block marker starts so. */
function startsWithLetter(text: string, start: number, end: number): boolean {
  const first = afterIndent(text, start, end);
  return first < end && isAsciiLetter(text.charCodeAt(first));
}

/**
 * Whether the line text[start, end) is a hard-wrapped continuation of `block`, whose last line is
 * text[aboveStart, aboveEnd): indented under a list item, or starting with a lower-case letter (after
 * spaces and tabs) below a line that does not end like a sentence (.!?…:"”’») or ], then spaces or tabs).
 */
function continues(text: string, block: Paragraph, aboveStart: number, aboveEnd: number, start: number, end: number): boolean {
  const c = start < end ? text.charCodeAt(start) : -1;
  if (block.kind === 'list' && (c === 9 || (c === 32 && start + 1 < end && text.charCodeAt(start + 1) === 32))) return true;
  const first = afterIndent(text, start, end);
  if (!(first < end && isLowerAt(text, first))) return false;
  let last = aboveEnd - 1;
  while (last >= aboveStart && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  return !(last >= aboveStart && endsSentence(text.charCodeAt(last)));
}

/** . ! ? … : " ” ’ » ) ] */
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 34 ||
  c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;

// ---------------------------------------------------------------------------------------------------
// Sentences

const PROSE_LIKE: ReadonlySet<BlockKind> = new Set<BlockKind>(['prose', 'heading', 'list', 'quote']);
const MARKER: Partial<Record<BlockKind, RegExp>> = {
  heading: /^[ \t]*#{0,6}[ \t]*/,
  list: /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+/,
  quote: /^(?:[ \t]*>)+[ \t]*/,
};
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;

/**
 * Whether text[pos] is an asterisk or underscore of Markdown emphasis ("said *Keir Starmer*", "**NATO**"), which the
 * name tagger and the attribution scanner read as white space: not one inside a word ("@Musliiiiimah_1", "f***ing"),
 * of which Markdown makes no emphasis either.
 */
export function isEmphasisMark(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return (c === 42 || c === 95) && !(isAsciiAlnum(text.charCodeAt(pos - 1)) && isAsciiAlnum(text.charCodeAt(pos + 1)));
}

/** Whether a UTF-16 code unit is white space (the characters of the regex class \s). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `end` moved back over white space, not before `start`. */
function trimmedEnd(s: string, start: number, end: number): number {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** The part of a prose-like paragraph that holds its words, relative to `p.text`. */
function contentRange(p: Paragraph): [number, number] {
  const s = p.text;
  let start = 0;
  let end = s.length;
  const marker = MARKER[p.kind]?.exec(s);
  if (marker) start = marker[0].length;
  if (p.kind === 'heading') {
    const br = s.search(/[\r\n]/); // setext: the underline is not part of the title
    if (br >= 0) end = br;
    const closing = ATX_CLOSING.exec(s.slice(0, end));
    if (closing && closing.index >= start) end = closing.index;
  }
  start = Math.min(skipSpace(s, start), end);
  return [start, trimmedEnd(s, start, end)];
}

// A sentence ends after a run of terminators (. ! ? … ‽; spaced runs such as ". . ." or "... ?" count as
// one), then closing quotes / brackets that belong to the sentence: see terminatorAt.
// The regex finds the next terminator faster than a loop over the char codes.
const TERMINATOR_CHAR = /[.!?…‽]/g;
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203d;
/** ) ] " ' ” ’ » › */
const isCloser = (c: number): boolean =>
  c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
/** " ' “ ‘ « ‹ ( [ */
const isOpening = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 || c === 40 || c === 91;
const NEXT_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/uy;
const LOWER_AT = /\p{Ll}/uy;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;

/** Never end a sentence: titles before a name, and Latin abbreviations that introduce something. */
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Gen', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Lt',
  'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Adm', 'Cmdr', 'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Fr', 'Mt',
  'Ft', 'Atty', 'Gens', 'vs', 'v', 'cf', 'viz', 'e.g', 'i.e', 'approx', 'ca',
]);
/** Not a boundary when a number follows ("No. 10", "Jan. 5", "Sept. 11"). */
const BEFORE_NUMBER = new Set([
  'No', 'Nos', 'no', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Art', 'Vol', 'vol', 'p', 'pp', 'Fig', 'fig', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para',
]);
/** Often inside a sentence, sometimes at its end: a boundary only before a typical sentence opener. */
const AMBIGUOUS = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'plc', 'Jr', 'Sr', 'St', 'Ave', 'Rd', 'Blvd', 'Sq', 'Ste',
  'Dept', 'Univ', 'Assn', 'Intl', 'Natl', 'Gov’t',
  // In capitals, as datelines write them: "ST. LOUIS —", "FT. WORTH, Texas —".
  'ST', 'MT', 'FT',
]);
/** Times of day: "at 6 p.m." may end a sentence. */
const CLOCK = new Set(['a.m', 'p.m', 'A.M', 'P.M']);
/** Words that go on after a time of day: "6 p.m. Tuesday", "5 p.m. ET", "9 a.m. Eastern". */
const AFTER_CLOCK = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun',
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'UTC', 'CET', 'CEST', 'IST', 'JST', 'AEST',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Moscow', 'London', 'Local', 'Today', 'Tonight', 'Tomorrow', 'Yesterday',
]);
const MONTH_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
  'Here', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At',
  'For', 'With', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'However',
  'Meanwhile', 'Now', 'Then', 'Still', 'Also', 'Some', 'Many', 'Most', 'No', 'Not', 'What', 'Who', 'Why',
  'How', 'Where', 'Which', 'Both', 'Each', 'Such', 'Other', 'Others', 'According', 'During', 'Under', 'By',
  'From', 'To', 'Last', 'Earlier', 'Later', 'Yesterday', 'Today', 'Officials', 'Mr', 'Mrs', 'Ms', 'Dr',
]);

/**
 * Start of the run of ASCII letters, digits and periods ending at `at`: the abbreviations that matter
 * are ASCII, and a word in another script ("Zoë.") yields "" and so the default rule.
 */
function asciiWordStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 16) {
    const c = s.charCodeAt(i - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46)) break;
    i--;
  }
  return i;
}

/** First position from `i` in `s` that is no white space. */
function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Whether `s` has a lower-case letter at `i`. */
function isLowerAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  LOWER_AT.lastIndex = i;
  return LOWER_AT.test(s);
}

/**
 * Whether the terminators at `at` (a lone period when `period`), their closers ending at `after`, end
 * a sentence within `s`.
 */
function isBoundary(s: string, at: number, period: boolean, after: number, caseless: boolean): boolean {
  const next = skipSpace(s, after);
  // Look past opening quotes and brackets: "the U.S. “does not…" goes on in lower case.
  let word = next;
  while (word < s.length && isOpening(s.charCodeAt(word))) word++;
  const opened = word > next;
  if (!caseless && isLowerAt(s, word)) return false;
  if (!period) return true;

  const before = s.slice(asciiWordStart(s, at), at);
  if (before === '') return true;
  if (TITLES.has(before)) return false;
  // The next word is read only for the few abbreviations that need it ("said." is the common case).
  if (BEFORE_NUMBER.has(before)) {
    const nextWord = wordAt(s, next);
    return !(nextWord && /^\p{N}/u.test(nextWord));
  }
  // `before` is ASCII: only a single letter can be an initial, only "x.y…" dotted.
  // "at 6 p.m. Sen. Schumer spoke": after a time, any capitalised word but a day, a month or a time zone opens a sentence.
  if (CLOCK.has(before)) {
    if (opened) return true;
    const nextWord = wordAt(s, next);
    // "9 p.m. E.T.": a dotted zone goes on too.
    return nextWord !== undefined && !AFTER_CLOCK.has(nextWord) && !MONTH_WORDS.has(nextWord) && !(nextWord.length === 1 && s[next + 1] === '.');
  }
  if (AMBIGUOUS.has(before) || (before.length > 2 && before.charCodeAt(1) === 46 && DOTTED.test(before)) ||
    (before.length === 1 && INITIAL.test(before))) {
    if (opened) return true;
    // "A. A. Milne": an opener that is itself an initial does not count.
    const nextWord = wordAt(s, next);
    return nextWord !== undefined && SENTENCE_OPENERS.has(nextWord) && s[next + nextWord.length] !== '.';
  }
  return true;
}

/** The word (letters, marks and digits) that starts at `at` in `s`, if any. */
function wordAt(s: string, at: number): string | undefined {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(s)?.[0];
}

/**
 * The end of the terminator run that starts at `at` in `s`: terminators, spaced runs (" ." / "\u00a0?"),
 * then closers. Returns the end of the terminators alone in `terminatorsEnd`.
 */
let terminatorsEnd = 0;
function terminatorAt(s: string, at: number): number {
  let j = at + 1;
  for (;;) {
    while (j < s.length && isTerminator(s.charCodeAt(j))) j++;
    const c = s.charCodeAt(j);
    if ((c === 32 || c === 0xa0) && j + 1 < s.length && isTerminator(s.charCodeAt(j + 1))) j += 2;
    else break;
  }
  terminatorsEnd = j;
  while (j < s.length && isCloser(s.charCodeAt(j))) j++;
  return j;
}

/** Sentences of one prose-like paragraph, appended to `out`. */
function paragraphSentences(p: Paragraph, caseless: boolean, out: Sentence[]): void {
  const s = p.text;
  const [cs, ce] = contentRange(p);
  let start = cs;
  let from = cs;
  for (;;) {
    TERMINATOR_CHAR.lastIndex = from;
    if (!TERMINATOR_CHAR.test(s)) break;
    const at = TERMINATOR_CHAR.lastIndex - 1;
    if (at >= ce) break;
    const after = terminatorAt(s, at);
    if (after > ce) break;
    from = after;
    if (after < ce && !isSpace(s.charCodeAt(after))) continue;
    const period = terminatorsEnd === at + 1 && s.charCodeAt(at) === 46;
    if (after === ce || isBoundary(s, at, period, after, caseless)) {
      addSentence(p, start, after, out);
      start = Math.min(skipSpace(s, after), ce);
      from = start;
    }
  }
  if (start < ce) addSentence(p, start, ce, out);
}

/** Appends the sentence p.text[start, end), white space trimmed from its end, unless that is empty. */
function addSentence(p: Paragraph, start: number, end: number, out: Sentence[]): void {
  const e = trimmedEnd(p.text, start, end);
  if (e > start) out.push({ start: p.start + start, end: p.start + e, text: p.text.slice(start, e), index: out.length, paragraph: p.index });
}

const CASE_SAMPLE = 20000;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * Whether the text is written without capitals (chat, transcripts, lower-cased corpora): under 0.5% of
 * the letters upper case, judged on the start of the text so that the cost stays constant. Then a
 * lower-case word after a terminator does start a sentence. Letters are counted per code point, ASCII
 * ones by their codes and the others with the regexes.
 */
function isCaseless(text: string): boolean {
  const length = Math.min(text.length, CASE_SAMPLE);
  let letters = 0;
  let upper = 0;
  // The sample holds at most `length` letters: once upper * 200 reaches that, the text is not caseless, and the
  // rest of the sample need not be read (in news, a small part of it).
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) { letters++; if (++upper * 200 >= length) return false; } else if (c >= 97 && c <= 122) letters++;
      continue;
    }
    // A pair cut by the end of the sample is a lone surrogate there, as in text.slice(0, CASE_SAMPLE).
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < length;
    const point = pair ? String.fromCodePoint(text.codePointAt(i) as number) : text[i];
    if (pair && point.length === 2) i++;
    if (LETTER.test(point)) { letters++; if (UPPER.test(point) && ++upper * 200 >= length) return false; }
  }
  return letters >= 100 && upper * 200 < letters;
}

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const caseless = isCaseless(text);
  const out: Sentence[] = [];
  for (const p of paragraphs) if (PROSE_LIKE.has(p.kind)) paragraphSentences(p, caseless, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Tokens

const W = '[\\p{L}\\p{M}\\p{N}]';
/**
 * The second character of a letter beyond ASCII whose UTF-8 bytes were read as Latin-1 or Windows-1252 ("FranÃ§ois" for
 * "François", "Ã©" for "é"; the "Ã" maybe decomposed, as "A" and a combining tilde): part of the word, so that a name
 * written so stays one name.
 */
export const MOJIBAKE_TAIL = '(?<=Ã|A\\u0303)[\\u0080-\\u009F\\u00A1-\\u00BF]';
const TITLE_WORDS = 'Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Rev|Hon|St|Mt|Ft|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const EMOJI_PART = '\\p{Extended_Pictographic}[\\p{M}\\uFE0F\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}]*';
// Sticky: tokenize() skips white space itself and matches one token at a known position, so no match
// arrays are built. Alternatives in priority order.
const TOKEN = new RegExp([
  // Fast path for the common case, a plain ASCII word that nothing special follows (unicode property
  // classes are several times slower to match).
  `[A-Za-z]+(?![${W.slice(1, -1)}.'’‐‑-])`,
  `\\p{L}{1,2}\\.(?:\\p{L}{1,2}\\.)+(?!${W})`, // U.S. e.g. a.m. Ph.D.
  `(?:${TITLE_WORDS})\\.(?!$)`, // Mr. Jan. — keeps its period unless it ends the sentence
  `\\p{Lu}\\.(?=\\s+\\p{Lu})`, // the initial in "George W. Bush"
  `${EMOJI_PART}(?:\\u200D${EMOJI_PART})*`,
  '\\p{Regional_Indicator}{2}',
  '[0-9#*]\\uFE0F?\\u20E3', // keycap
  // A word: inner hyphens, apostrophes before letters, and . , : between digits join.
  `[\\p{L}\\p{N}](?:${W}|${MOJIBAKE_TAIL})*(?:(?:[-‐‑]|['’](?=\\p{L})|(?<=\\p{N})[.,:](?=\\p{N}))${W}+)*`,
  '\\S\\p{M}*',
].join('|'), 'uy');
// Clitics split off a word: PTB style ("Zelensky" "’s", "do" "n't", "they" "’re").
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/**
 * A token that reads its text from the document when asked (the engine's steps read the token table; these are
 * made for the callers of `tokens` and tokenize()). One class at module level, so the getter lives once on its
 * prototype and the instances keep one shape; toJSON gives the plain span.
 */
class TextToken implements Token {
  // Declared, not class fields: a field would be defined on each instance before the constructor assigns it.
  private declare readonly source: string;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly sentence: number;

  constructor(source: string, start: number, end: number, sentence: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
  }

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  toJSON(): Token {
    return { start: this.start, end: this.end, text: this.text, sentence: this.sentence };
  }
}

export const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
/** Whether the code unit at `i` is an upper-case letter, ASCII or not ("T", "É"); false past the text's end. */
export const isUpperCaseAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 128 && text[i] !== text[i].toLowerCase());
};

// What each ASCII code unit is to the tokenizer's fast path (bits).
const ALNUM = 1; // a letter or a digit
const JOINS = 2; // . ' - may continue an ASCII word: left to TOKEN (and the period to periodEndsWord)
const LONE = 4; // punctuation that is a token of its own: no letter, digit, space, nor the keycap bases # and *
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = isAsciiLetter(c) || isAsciiDigit(c) ? ALNUM : isSpace(c) || c === 35 || c === 42 ? 0 : LONE;
for (const c of [46, 39, 45]) ASCII_KIND[c] |= JOINS;

/**
 * Whether code unit `c` (-1 past the end) ends a run of ASCII letters and digits as TOKEN would: it
 * is no letter, mark or digit, and no joiner ('’-‐‑, or , : after a digit); a period is left to
 * periodEndsWord. White space, most ASCII punctuation and the common typographic quotes and dashes are
 * decided here; anything else goes to TOKEN.
 */
function endsAsciiWord(c: number, afterDigit: boolean): boolean {
  if (c < 0) return true; // end of the sentence
  if (c < 128) {
    if ((ASCII_KIND[c] & (ALNUM | JOINS)) !== 0) return false;
    return !(afterDigit && (c === 44 || c === 58)); // , :
  }
  return isSpace(c) || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x2026;
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLE_WORDS.split('|'));

/**
 * Whether the period at `period` stays out of the ASCII word from `start` (its last code unit `last`),
 * as TOKEN decides: after a number unless a digit follows ("2015." but "3.5"), after a word of three or
 * more characters unless it is a title ("said." but "Sen."); shorter words (U.S., W.) go to TOKEN.
 */
function periodEndsWord(text: string, start: number, period: number, end: number, last: number): boolean {
  if (isAsciiDigit(last)) {
    if (period + 1 === end) return true;
    const c = text.charCodeAt(period + 1);
    return c < 128 && !isAsciiDigit(c);
  }
  return period - start >= 3 && !(period - start <= 6 && TITLE_SET.has(text.slice(start, period)));
}

/** Whether code unit `c` (-1 past the end) cannot be a combining mark. */
const isNoMark = (c: number): boolean => c < 0x300 || (c >= 0x2000 && c < 0x20d0);

/**
 * Whether `c` is a token alone (when `next` is no combining mark) that TOKEN would give as `\S\p{M}*`: ASCII
 * punctuation other than the keycap bases # and *, and the typographic quotes and dashes, none of which starts
 * an emoji or a word.
 */
function isLoneSymbol(c: number, next: number): boolean {
  if (!isNoMark(next)) return false;
  if (c < 128) return (ASCII_KIND[c] & LONE) !== 0;
  return (c >= 0x2018 && c <= 0x201d) || c === 0x2013 || c === 0x2014;
}

/**
 * The end of the word whose first ASCII run ends at `stop` (its last code unit `last`) before a hyphen or
 * an apostrophe, as TOKEN's word alternative gives it, when it is ASCII runs joined by "-", or by ' or ’
 * before a letter ("front-runner", "COVID-19", "Trump’s", "don't"); -1 when something else may belong
 * to it (left to TOKEN). TOKEN's earlier alternatives never match such a word: they need a period or a
 * symbol after the first run, or no joiner after it.
 */
function joinedWordEnd(text: string, stop: number, end: number, last: number): number {
  for (;;) {
    const joiner = stop < end ? text.charCodeAt(stop) : -1;
    const after = stop + 1 < end ? text.charCodeAt(stop + 1) : 128;
    const joins = after < 128 && (joiner === 45 ? ASCII_KIND[after] === ALNUM : (joiner === 39 || joiner === 0x2019) && isAsciiLetter(after));
    if (!joins) break;
    last = after;
    stop += 2;
    while (stop < end) {
      const d = text.charCodeAt(stop);
      if (d >= 128 || ASCII_KIND[d] !== ALNUM) break;
      last = d;
      stop++;
    }
  }
  const next = stop < end ? text.charCodeAt(stop) : -1;
  // A period joins only between digits ("3.5"); after a letter it ends the word.
  if (next === 46) return isAsciiDigit(last) ? -1 : stop;
  return endsAsciiWord(next, isAsciiDigit(last)) ? stop : -1;
}

/**
 * Tokens of every sentence; `text` is the text the sentences' offsets point into. The common tokens
 * (plain ASCII words and numbers, single punctuation marks) are read with char codes, the rest with the
 * sticky TOKEN regex at the same position; both give the same tokens, this only saves the regex calls
 * (most of the cost on news text).
 */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  return tokensOf(text, tokenTable(text, sentences, false));
}

/**
 * A document's tokens as a table (see TokenTable), with the text and sentences it was read from (to read them again
 * once released). A class, so that every table has one shape.
 */
class DocumentTokens implements TokenTable {
  // Declared, not class fields: a field would be defined on each instance before the constructor assigns it.
  declare readonly source: string;
  declare readonly sentenceList: readonly Sentence[];
  declare readonly count: number;
  declare readonly starts: Int32Array;
  declare readonly ends: Int32Array;
  declare readonly sentences: Int32Array;
  /** Per token, how it was read (see SIMPLE_WORD); empty for a table made from tokens given by hand. */
  declare readonly marks: Uint8Array;
  /** Written in the spare room, which the next document's tokens take over (see released). */
  declare readonly onSpareRoom: boolean;

  constructor(source: string, sentenceList: readonly Sentence[], count: number, room: TokenRoom, onSpareRoom: boolean, marked: boolean) {
    this.source = source;
    this.sentenceList = sentenceList;
    this.count = count;
    this.starts = room.starts.subarray(0, count);
    this.ends = room.ends.subarray(0, count);
    this.sentences = room.sentences.subarray(0, count);
    this.marks = room.marks.subarray(0, marked ? count : 0);
    this.onSpareRoom = onSpareRoom;
  }

  /** Whether another document's tokens took the spare room, and wrote over these. */
  get released(): boolean {
    return this.onSpareRoom && spareOwner !== this;
  }
}

/**
 * The arrays readTokens writes to: made with room for the tokens expected, replaced by larger copies when the
 * next sentence might not fit (dense text).
 */
class TokenRoom {
  declare starts: Int32Array;
  declare ends: Int32Array;
  declare sentences: Int32Array;
  declare marks: Uint8Array;

  constructor(size: number) {
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.sentences = new Int32Array(size);
    this.marks = new Uint8Array(size);
  }

  /** Makes room for at least `size` tokens, keeping the first `used`. */
  grow(used: number, size: number): void {
    const room = new TokenRoom(Math.max(size, 2 * this.starts.length));
    room.starts.set(this.starts.subarray(0, used));
    room.ends.set(this.ends.subarray(0, used));
    room.sentences.set(this.sentences.subarray(0, used));
    room.marks.set(this.marks.subarray(0, used));
    this.starts = room.starts;
    this.ends = room.ends;
    this.sentences = room.sentences;
    this.marks = room.marks;
  }
}

/**
 * Documents whose room is up to this many tokens (some 40 MB of news) write their tokens in the room of the one
 * before. Arrays made afresh for every document cost several times the writing of the tokens (in fresh memory,
 * and in freeing the old arrays: 16 MB of news analysed again took about a tenth longer with a limit of 5 MB); a
 * document whose table was written over reads its tokens again when asked. A much shorter document replaces a
 * long one's room (tokenTable), so a long document's room is kept only until the next analysis.
 */
const MAX_SPARE_ROOM = 1 << 23;
let spareRoom: TokenRoom | null = null;
/** The table now written in spareRoom; those of earlier documents are released. */
let spareOwner: DocumentTokens | null = null;

/** The tokens of the sentences, in the spare room when `spare` allows (parseStructure) and they fit, else in arrays of their own. */
function tokenTable(text: string, sentences: readonly Sentence[], spare: boolean): DocumentTokens {
  // Room for a token per four code units (news text has about one per five), and for the longest sentence
  // to be all tokens of one code unit: readTokens makes more room only when the next sentence might not fit.
  let chars = 0;
  let longest = 0;
  for (let i = 0; i < sentences.length; i++) {
    const length = sentences[i].end - sentences[i].start;
    chars += length;
    if (length > longest) longest = length;
  }
  const size = Math.ceil(chars / 4) + longest + 16;
  const onSpare = spare && size <= MAX_SPARE_ROOM;
  let room: TokenRoom;
  if (onSpare) {
    spareOwner = null;
    room = spareRoom ??= new TokenRoom(size);
    const length = room.starts.length;
    // A larger room when this one is too small, or much too large (one very long document is not kept for good);
    // room to spare, so that a somewhat longer document does not make a new one again.
    if (length < size || (length > 4 * size && length > 1 << 16)) room = spareRoom = new TokenRoom(size + (size >> 2));
  } else {
    room = new TokenRoom(size);
  }
  const count = readTokens(text, sentences, room);
  const table = new DocumentTokens(text, sentences, count, room, onSpare, true);
  if (onSpare) spareOwner = table;
  return table;
}

/**
 * How readTokens read a token, for the name tagger's tokenizer (ner/tokens.ts), which then need not read its
 * characters again: a run of ASCII letters and digits (SIMPLE_WORD), a single punctuation mark (SIMPLE_MARK), or
 * otherwise (0).
 */
export const SIMPLE_WORD = 1, SIMPLE_MARK = 2;

/**
 * The marks of a token table that parseStructure read from `text` (see SIMPLE_WORD), else null; null too for a table
 * that another document's tokens have written over since (its tokens and marks are no longer its own).
 */
export function tokenMarks(table: TokenTable | undefined, text: string): Uint8Array | null {
  return table instanceof DocumentTokens && table.source === text && table.marks.length === table.count && !table.released ? table.marks : null;
}

/** The tokens of a table (none without one) as objects; `source` is the text their offsets point into. */
function tokensOf(source: string, table: TokenTable | undefined): Token[] {
  if (table === undefined) return [];
  const { count, starts, ends, sentences } = table;
  const out: Token[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = new TextToken(source, starts[i], ends[i], sentences[i]);
  return out;
}

/**
 * Writes the tokens of every sentence to room from index 0; returns how many. A function of its own that ends
 * with its loop: in a fresh process the loop is optimised while it runs, and code after it that has not run yet
 * would throw that optimised code away (and the next document would wait for it again).
 */
function readTokens(text: string, sentences: readonly Sentence[], room: TokenRoom): number {
  let starts = room.starts, ends = room.ends, sentenceOf = room.sentences, marks = room.marks;
  let n = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const end = s.end;
    const sentence = s.index;
    let pos = s.start;
    // A token has a code unit at least: the sentence has no more tokens than code units.
    if (n + (end - pos) > starts.length) {
      room.grow(n, n + (end - pos));
      starts = room.starts;
      ends = room.ends;
      sentenceOf = room.sentences;
      marks = room.marks;
    }
    for (;;) {
      while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
      if (pos === end) break;
      const c = text.charCodeAt(pos);
      let stop = -1; // the end of a word read here with char codes; -1 leaves the token to TOKEN
      if (c < 128 && ASCII_KIND[c] === ALNUM) {
        let runEnd = pos;
        let last = c;
        while (++runEnd < end) {
          const d = text.charCodeAt(runEnd);
          if (d >= 128 || ASCII_KIND[d] !== ALNUM) break;
          last = d;
        }
        const next = runEnd < end ? text.charCodeAt(runEnd) : -1;
        if (next === 46 ? periodEndsWord(text, pos, runEnd, end, last) : endsAsciiWord(next, isAsciiDigit(last))) {
          starts[n] = pos;
          ends[n] = runEnd;
          marks[n] = SIMPLE_WORD;
          sentenceOf[n++] = sentence;
          pos = runEnd;
          continue;
        }
        if (next === 45 || next === 39 || next === 0x2019) stop = joinedWordEnd(text, runEnd, end, last); // - ' ’
      } else if (isLoneSymbol(c, pos + 1 < end ? text.charCodeAt(pos + 1) : -1)) {
        starts[n] = pos;
        ends[n] = pos + 1;
        marks[n] = SIMPLE_MARK;
        sentenceOf[n++] = sentence;
        pos++;
        continue;
      }
      if (stop < 0) {
        // TOKEN runs on the sentence's own text: its (?!$) and look-arounds end there.
        TOKEN.lastIndex = pos - s.start;
        if (!TOKEN.test(s.text)) break;
        stop = s.start + TOKEN.lastIndex;
      }
      const cut = stop - pos > 2 ? cliticAt(text, pos, stop) : -1;
      if (cut > 0) {
        starts[n] = pos;
        ends[n] = cut;
        marks[n] = 0;
        sentenceOf[n++] = sentence;
        pos = cut;
      }
      starts[n] = pos;
      ends[n] = stop;
      marks[n] = 0;
      sentenceOf[n++] = sentence;
      pos = stop;
    }
  }
  return n;
}

/** Where a clitic split off the word text[start, stop) starts, or -1; the word is read as a string only when it has an apostrophe. */
function cliticAt(text: string, start: number, stop: number): number {
  let i = start;
  while (i < stop && text.charCodeAt(i) !== 39 && text.charCodeAt(i) !== 0x2019) i++;
  if (i === stop) return -1;
  const clitic = CLITIC.exec(text.slice(start, stop));
  return clitic && clitic.index > 0 ? start + clitic.index : -1;
}

// ---------------------------------------------------------------------------------------------------
// The document

/** Where a parsed document keeps its token table, and its tokens as objects once asked for (or as assigned). */
const TABLE = Symbol('tokenTable');
const TOKEN_OBJECTS = Symbol('tokens');
type ParsedStructure = DocumentStructure & { [TABLE]: TokenTable | undefined; [TOKEN_OBJECTS]: Token[] | undefined };

/**
 * The document's `tokenTable`: its table, read again (in arrays of its own) when another document's tokens took
 * the spare room it was written in. Not enumerable: the document serialises and compares as before, and a copy made
 * by spreading it reads `tokens`. The same two functions on every document, so that all documents keep one shape.
 */
const TOKEN_TABLE_PROPERTY: PropertyDescriptor = {
  enumerable: false,
  configurable: true,
  get(this: ParsedStructure): TokenTable | undefined {
    const table = this[TABLE];
    if (table instanceof DocumentTokens && table.released) return (this[TABLE] = tokenTable(table.source, table.sentenceList, false));
    return table;
  },
  set(this: ParsedStructure, table: TokenTable | undefined): void {
    this[TABLE] = table;
    this[TOKEN_OBJECTS] = undefined;
  },
};

/**
 * The document's `tokens`: made from its table on first use and kept. An own enumerable accessor, so that the
 * document reads, spreads and serialises as with a plain array. Tokens assigned replace the table, and a table
 * assigned the tokens.
 */
const TOKENS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: ParsedStructure): Token[] {
    return (this[TOKEN_OBJECTS] ??= tokensOf(this.text, this.tokenTable));
  },
  set(this: ParsedStructure, tokens: Token[]): void {
    this[TOKEN_OBJECTS] = tokens;
    this[TABLE] = undefined;
  },
};

const HIDDEN: PropertyDescriptor = { value: undefined, writable: true, enumerable: false, configurable: true };

/**
 * The text's paragraphs, sentences and tokens. The tokens are kept as a table (tokenTable), which the engine's
 * steps read: an object per token (some two hundred thousand per megabyte, kept to the end of an analysis) cost
 * the collections that copied and promoted them. `tokens` is made from the table when asked for.
 * With `ownTokens`, the table gets arrays of its own rather than the room that the next document's parsing writes
 * over: for a caller that parses several documents before running the later stages on them (analyzeMany), which
 * would otherwise read each one's tokens again.
 */
export function parseStructure(text: string, ownTokens = false): DocumentStructure {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const doc = { text, paragraphs, sentences } as ParsedStructure;
  Object.defineProperty(doc, 'tokens', TOKENS_PROPERTY);
  Object.defineProperty(doc, 'tokenTable', TOKEN_TABLE_PROPERTY);
  Object.defineProperty(doc, TABLE, HIDDEN);
  Object.defineProperty(doc, TOKEN_OBJECTS, HIDDEN);
  doc[TABLE] = tokenTable(text, sentences, !ownTokens);
  return doc;
}

/**
 * Text of the document's prose blocks that is not shown as prose, in document order: Markdown inline code (`code`,
 * ``a ` b``) and HTML comments (`<!-- note -->`). Inline code is a run of backticks before a character that is no
 * space, up to the next run of as many after one (a run that is not matched is literal backticks, as are the quotes
 * of ``text typed this way'' and `this way', whose backticks a space follows or precedes); a comment ends in its
 * block. Hidden from names, values and quotes as code blocks are. Worked out once per document.
 */
export function hiddenInline(doc: DocumentStructure): readonly Span[] {
  let spans = HIDDEN_INLINE.get(doc);
  if (spans === undefined) HIDDEN_INLINE.set(doc, (spans = findHiddenInline(doc.text, doc.paragraphs)));
  return spans;
}
const HIDDEN_INLINE = new WeakMap<DocumentStructure, Span[]>();
const NO_SPANS: Span[] = [];

function findHiddenInline(text: string, paragraphs: readonly Paragraph[]): Span[] {
  let out: Span[] = NO_SPANS;
  for (const p of paragraphs) {
    if (p.kind === 'code' || p.kind === 'table' || p.kind === 'rule') continue;
    // Searched in the block's own text, so that no search runs past the block (else each block would read on to
    // the next backtick or comment, wherever it is).
    const s = p.text;
    let i = s.indexOf('`');
    let c = s.indexOf('<!--');
    if (i < 0 && c < 0) continue;
    // Run lengths with no closing run left in the block: a later run of that length need not look again (else text
    // full of "`a `b …" would read the rest of the block for every backtick).
    let unclosed: Set<number> | null = null;
    const add = (start: number, end: number): void => {
      if (out === NO_SPANS) out = [];
      out.push({ start: p.start + start, end: p.start + end, text: s.slice(start, end) });
    };
    while (i >= 0 || c >= 0) {
      if (c >= 0 && (i < 0 || c < i)) {
        // A comment: up to its end in the block, else literal text (and no comment after it ends in the block either).
        const close = s.indexOf('-->', c + 4);
        if (close < 0) { c = -1; continue; }
        add(c, close + 3);
        if (i >= 0 && i < close + 3) i = s.indexOf('`', close + 3);
        c = s.indexOf('<!--', close + 3);
        continue;
      }
      let run = 1;
      while (s.charCodeAt(i + run) === 96) run++;
      // The closing run: the next run of exactly as many backticks in the block, after a character that is no space.
      let close = -1;
      const opens = i + run < s.length && !isSpace(s.charCodeAt(i + run)) && !(unclosed !== null && unclosed.has(run));
      if (opens) {
        for (let j = s.indexOf('`', i + run); j >= 0;) {
          let r = 1;
          while (s.charCodeAt(j + r) === 96) r++;
          if (r === run && !isSpace(s.charCodeAt(j - 1))) { close = j; break; }
          j = s.indexOf('`', j + r);
        }
        if (close < 0) (unclosed ??= new Set()).add(run);
      }
      if (close < 0) {
        i = s.indexOf('`', i + run);
        continue;
      }
      add(i, close + run);
      if (c >= 0 && c < close + run) c = s.indexOf('<!--', close + run);
      i = s.indexOf('`', close + run);
    }
  }
  return out;
}

/** Whether [start, end) overlaps one of `spans` (in document order, not overlapping each other). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0, hi = spans.length;
  // The first span ending after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

/** The document's token table: its own, or one made from its `tokens` (a structure built by hand). */
export function tokenTableOf(doc: DocumentStructure): TokenTable {
  const own = doc.tokenTable;
  if (own !== undefined) return own;
  const tokens = doc.tokens;
  const count = tokens.length;
  const room = new TokenRoom(count);
  for (let i = 0; i < count; i++) {
    room.starts[i] = tokens[i].start;
    room.ends[i] = tokens[i].end;
    room.sentences[i] = tokens[i].sentence;
  }
  return new DocumentTokens(doc.text, doc.sentences, count, room, false, false);
}
