// Which characters to delete to remove duplicated paragraphs. No vscode import: unit-tested on its own.
//
// A copy is removed with the line break and blank lines that separate it from the next paragraph, so the
// paragraphs around it end up separated exactly as the copy was from the one before it. A copy at the end
// of the text is removed with the separator in front of it instead (nothing follows it to join). A copy
// that shares a line with other text is removed alone, character for character. Only the copies and the
// whitespace around them are ever deleted.

export interface OffsetRange {
  start: number;
  end: number;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t';
const isBreak = (c: string): boolean => c === '\n' || c === '\r';

/**
 * The ranges to delete (sorted, disjoint) so that every span in `copies` disappears from `text`.
 * `copies` may come in any order and may repeat; they must not overlap the paragraphs that stay.
 */
export function duplicateRemovalRanges(text: string, copies: readonly OffsetRange[]): OffsetRange[] {
  const sorted = uniqueSorted(copies);
  const ranges = sorted.map((copy) => removalRange(text, copy, sorted));
  return mergeRanges(ranges);
}

/** Applies sorted, disjoint ranges to a string: what the editor shows after the edit. */
export function applyRemovals(text: string, ranges: readonly OffsetRange[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    parts.push(text.slice(at, r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function removalRange(text: string, copy: OffsetRange, copies: readonly OffsetRange[]): OffsetRange {
  const lineStart = startOfLineIfOnlyBlanksBefore(text, copy.start);
  let after = copy.end;
  while (after < text.length && isBlank(text[after])) after++;
  const endsLine = after === text.length || isBreak(text[after]);
  if (lineStart < 0 || !endsLine) return { start: copy.start, end: copy.end };
  const next = startOfNextNonBlankLine(text, after);
  if (next < text.length) return { start: lineStart, end: next };
  // The last paragraph: take the separator before it, up to the end of the text that stays.
  return { start: endOfKeptTextBefore(text, lineStart, copies), end: after };
}

/** The start of the line holding `offset` when only spaces/tabs precede it on that line, else -1. */
function startOfLineIfOnlyBlanksBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && isBlank(text[i - 1])) i--;
  return i === 0 || isBreak(text[i - 1]) ? i : -1;
}

/** From a line break (or the end) at `offset`, the start of the next line holding more than whitespace, or text.length. */
function startOfNextNonBlankLine(text: string, offset: number): number {
  let lineStart = offset;
  let i = offset;
  while (i < text.length) {
    const c = text[i];
    if (isBreak(c)) lineStart = i + 1;
    else if (!isBlank(c)) return lineStart;
    i++;
  }
  return text.length;
}

/** The end of the last non-whitespace character before `offset` that is not inside one of the copies. */
function endOfKeptTextBefore(text: string, offset: number, copies: readonly OffsetRange[]): number {
  let i = offset;
  for (;;) {
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    const inside = lastStartingBefore(copies, i);
    if (!inside || i > inside.end) return i;
    i = inside.start;
  }
}

/** The last of the sorted `spans` that starts before `offset` (binary search). */
function lastStartingBefore(spans: readonly OffsetRange[], offset: number): OffsetRange | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo - 1];
}

function uniqueSorted(spans: readonly OffsetRange[]): OffsetRange[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1].start || s.end !== sorted[i - 1].end);
}

function mergeRanges(ranges: OffsetRange[]): OffsetRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: OffsetRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
