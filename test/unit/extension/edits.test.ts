import * as assert from 'assert';
import { applyRemovals, duplicateRemovalRanges, type OffsetRange } from '../../../src/extension/edits';

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
function nth(text: string, needle: string, n: number): OffsetRange {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no occurrence ${n} of ${needle}`);
  }
  return { start: at, end: at + needle.length };
}

function remove(text: string, copies: OffsetRange[]): string {
  const ranges = duplicateRemovalRanges(text, copies);
  for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1].end < ranges[i].start, 'ranges sorted and disjoint');
  return applyRemovals(text, ranges);
}

describe('duplicateRemovalRanges', () => {
  it('removes a copy with the line break after it (one paragraph a line)', () => {
    const text = 'Alpha one.\nBeta two.\nAlpha one.\nGamma three.\n';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\nBeta two.\nGamma three.\n');
  });

  it('removes the blank separator line with the copy', () => {
    const text = 'Alpha one.\n\nBeta two.\n\nAlpha one.\n\nGamma three.';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\n\nBeta two.\n\nGamma three.');
  });

  it('keeps CRLF line breaks intact', () => {
    const text = 'Alpha one.\r\n\r\nBeta two.\r\n\r\nAlpha one.\r\n\r\nGamma three.\r\n';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\r\n\r\nBeta two.\r\n\r\nGamma three.\r\n');
  });

  it('removes a copy on the last line without a newline together with the separator before it', () => {
    const text = 'Alpha one.\n\nBeta two.\n\nAlpha one.';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\n\nBeta two.');
    const crlf = 'Alpha one.\r\nBeta two.\r\nAlpha one.';
    assert.strictEqual(remove(crlf, [nth(crlf, 'Alpha one.', 1)]), 'Alpha one.\r\nBeta two.');
  });

  it('keeps the final newline when the last paragraph is a copy', () => {
    const text = 'Alpha one.\nBeta two.\nAlpha one.\n';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\nBeta two.\n');
  });

  it('removes adjacent copies, one at a time or together', () => {
    const text = 'Alpha one.\nAlpha one.\nAlpha one.\nBeta two.';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\nAlpha one.\nBeta two.');
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 2), nth(text, 'Alpha one.', 1)]), 'Alpha one.\nBeta two.');
  });

  it('removes a run of copies at the end of the text without touching the original', () => {
    const text = 'Alpha one.\nAlpha one.\nAlpha one.';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1), nth(text, 'Alpha one.', 2)]), 'Alpha one.');
    const blank = 'Alpha one.\n\nAlpha one.\n\nAlpha one.\n';
    assert.strictEqual(remove(blank, [nth(blank, 'Alpha one.', 1), nth(blank, 'Alpha one.', 2)]), 'Alpha one.\n');
  });

  it('removes several separate copies in one edit, ignoring repeats', () => {
    const text = 'Title\n\nTitle\nAlpha one.\nBeta two.\nAlpha one.\nBeta two.\nEnd.';
    const copies = [nth(text, 'Beta two.', 1), nth(text, 'Title', 1), nth(text, 'Alpha one.', 1), nth(text, 'Title', 1)];
    assert.strictEqual(remove(text, copies), 'Title\n\nAlpha one.\nBeta two.\nEnd.');
  });

  it('takes the indentation and trailing blanks of a copy but not the next line\'s indentation', () => {
    const text = 'Alpha one.\n  Alpha one.  \n\t\n  Beta two.';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one.\n  Beta two.');
  });

  it('removes only the copy itself when it shares its line with other text', () => {
    const text = 'Alpha one. Beta two. Alpha one. Gamma.';
    assert.strictEqual(remove(text, [nth(text, 'Alpha one.', 1)]), 'Alpha one. Beta two.  Gamma.');
  });

  it('returns nothing to delete for no copies', () => {
    assert.deepStrictEqual(duplicateRemovalRanges('Alpha.\nAlpha.', []), []);
  });

  it('removes a multi-line copy (a Markdown paragraph) with its blank separator', () => {
    const para = 'First line of a\nparagraph that wraps.';
    const text = `# Head\n\n${para}\n\nMiddle.\n\n${para}\n\nLast.\n`;
    assert.strictEqual(remove(text, [nth(text, para, 1)]), `# Head\n\n${para}\n\nMiddle.\n\nLast.\n`);
  });
});
