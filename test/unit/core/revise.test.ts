// reviseAnalysis: after an edit, only the changed paragraphs are analysed again. Checked against analyze() of the
// edited text on many seeded random edits of the samples (plain, CRLF, Markdown), one after another.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { prepareRevisions, reviseAnalysis, reviseGradually } from '../../../src/core/revise';
import type { Analysis } from '../../../src/core/types';
import { assertAllSpans, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE, seededRandom as random } from '../helpers';


interface Edit { at: number; remove: number; insert: string; what: string }

/** Edits a writer makes: typing or deleting in a word, a space, a new line, a name, a pasted or deleted paragraph. */
function randomEdit(text: string, next: () => number): Edit {
  const at = Math.floor(next() * (text.length + 1));
  const kind = Math.floor(next() * 8);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  switch (kind) {
    case 0: return { at, remove: 0, insert: 'e', what: 'type a letter' };
    case 1: return { at, remove: Math.min(1, text.length - at), insert: '', what: 'delete a character' };
    case 2: return { at, remove: 0, insert: ' ', what: 'type a space' };
    case 3: return { at, remove: 0, insert: '\n', what: 'break the line' };
    case 4: return { at, remove: 0, insert: ' Angela Merkel said ', what: 'type a name' };
    case 5: return { at: lineStart, remove: 0, insert: `${text.slice(lineStart, lineEnd)}\n`, what: 'paste a copy of the paragraph' };
    case 6: return { at: lineStart, remove: Math.min(lineEnd + 1, text.length) - lineStart, insert: '', what: 'delete the paragraph' };
    default: return { at, remove: Math.min(3, text.length - at), insert: '', what: 'delete a few characters' };
  }
}

const apply = (text: string, e: Edit): string => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);

const spans = (a: Analysis, from: number, to: number): string[] => [
  ...a.entities.flatMap((e) => e.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => `${e.type} ${m.start}-${m.end}`)),
  ...a.quotes.filter((q) => q.start >= from && q.end <= to).map((q) => `quote ${q.start}-${q.end}`),
].sort();

const MARKDOWN = [
  '# Leaders meet in Kyiv', '',
  readFixture(SAMPLE_ORIGINAL).split('\n').slice(0, 6).join('\n\n'), '',
  '```', 'Code by Dr. Jane Code: “never analysed”.', '```', '',
  '- A list item about London and £5 million.', '',
  '| Name | Place |', '|---|---|', '| Olaf Scholz | Berlin |',
].join('\n');

const TEXTS: Record<string, string> = {
  [SAMPLE_ORIGINAL]: readFixture(SAMPLE_ORIGINAL),
  [SAMPLE_REWRITE]: readFixture(SAMPLE_REWRITE),
  'CRLF sample': readFixture(SAMPLE_ORIGINAL).replace(/\n/g, '\r\n'),
  Markdown: MARKDOWN,
};

describe('reviseAnalysis', () => {
  for (const [name, original] of Object.entries(TEXTS)) {
    it(`${name}: 40 edits in a row keep structure and duplicates exact, every span valid, names as analyze() finds them`, function () {
      this.timeout(60000);
      const next = random(name.length * 7919);
      let text = original;
      let full = analyze(text);
      // Revised from the whole analysis of the text before the edit (the editor's case once typing has paused), and
      // revised from the previous revision, edit after edit (while typing goes on).
      let chained = full;
      const agreement = { fresh: [0, 0], chained: [0, 0] };
      let revised = 0;
      for (let i = 0; i < 40; i++) {
        const edit = randomEdit(text, next);
        const edited = apply(text, edit);
        const fresh = reviseAnalysis(full, edited);
        const fromChain = reviseAnalysis(chained, edited);
        full = analyze(edited);
        for (const [kind, revision] of [['fresh', fresh], ['chained', fromChain]] as const) {
          if (!revision) continue;
          const where = `${name}, edit ${i} (${edit.what} at ${edit.at}), ${kind}`;
          assert.strictEqual(revision.text, edited);
          assertAllSpans(revision);
          assert.deepStrictEqual(revision.paragraphs, full.paragraphs, `${where}: paragraphs`);
          assert.deepStrictEqual(revision.sentences, full.sentences, `${where}: sentences`);
          assert.deepStrictEqual(revision.duplicates, full.duplicates, `${where}: duplicates`);
          const ids = new Set(revision.entities.map((e) => e.id));
          assert.strictEqual(ids.size, revision.entities.length, `${where}: entity ids unique`);
          for (const q of revision.quotes) if (q.speaker) assert.ok(ids.has(q.speaker), `${where}: speaker ${q.speaker} is an entity`);
          for (const e of revision.entities) {
            assert.ok(e.mentions.length > 0, `${where}: ${e.id} has mentions`);
            for (let m = 1; m < e.mentions.length; m++) assert.ok(e.mentions[m - 1].end <= e.mentions[m].start, `${where}: ${e.id} mentions in order`);
          }
          const mine = spans(revision, 0, edited.length);
          const theirs = new Set(spans(full, 0, edited.length));
          agreement[kind][0] += mine.filter((x) => theirs.has(x)).length;
          agreement[kind][1] += Math.max(mine.length, theirs.size);
        }
        if (fresh) revised++;
        chained = fromChain ?? full;
        text = edited;
      }
      assert.ok(revised >= 30, `${name}: ${revised} of 40 edits revised rather than analysed whole`);
      const share = (k: 'fresh' | 'chained'): number => agreement[k][0] / agreement[k][1];
      assert.ok(share('fresh') >= 0.98, `${name}: ${agreement.fresh.join(' of ')} mention and quote spans as analyze() gives them`);
      assert.ok(share('chained') >= 0.95, `${name}: ${agreement.chained.join(' of ')} mention and quote spans as analyze() gives them, after 40 revisions`);
    });
  }

  /** The original sample analysed, and the sample with words typed before "Kharkiv", far from the quotes' speakers. */
  const kharkivEdit = (): { analysis: Analysis; edited: string } => {
    const text = readFixture(SAMPLE_ORIGINAL);
    const at = text.indexOf('Kharkiv');
    return { analysis: analyze(text), edited: `${text.slice(0, at)}the city of ${text.slice(at)}` };
  };

  it('keeps a quote\'s source and cue exact when they stand in another paragraph than the quote, whatever is edited', () => {
    // The source of the first quote ("Dr. Ward stated:") is a paragraph before it; the second quote's is after it.
    const text = 'Officials met in Raleigh on Monday to discuss the new law.\n\nDr. Ward stated:\n\n"The department is not about equal justice any more. It is about politics."\n\n"The solution is not politics, but property," she added.\n\nThe hearing ended at noon.';
    const before = analyze(text);
    assert.deepStrictEqual(before.quotes.map((q) => q.source?.text), ['Dr. Ward', 'she']);
    let revised = 0;
    for (let at = 0; at <= text.length; at++) {
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      const after = reviseAnalysis(before, edited);
      if (!after) continue;
      revised++;
      assert.strictEqual(after.text, edited);
      assertAllSpans(after);
    }
    assert.ok(revised > text.length / 2, `most edits are revisions (${revised})`);
    // An edit in the source's paragraph is a revision too: the quote after it is read again from the window.
    const at = text.indexOf('Ward') + 'Ward'.length;
    const edited = `${text.slice(0, at)}e${text.slice(at)}`;
    const after = reviseAnalysis(before, edited);
    assert.ok(after, 'revised, not analysed whole');
    assert.deepStrictEqual(after.quotes.map((q) => [q.source?.text, q.cue?.text]), analyze(edited).quotes.map((q) => [q.source?.text, q.cue?.text]));
    assertAllSpans(after);
  });

  it('keeps the speakers and roles of the sample when a word far from them is edited', () => {
    const { analysis, edited } = kharkivEdit();
    const revision = reviseAnalysis(analysis, edited);
    assert.ok(revision, 'revised');
    const speakers = (a: Analysis): (string | null)[] => a.quotes.map((q) => q.speakerName);
    assert.deepStrictEqual(speakers(revision), speakers(analyze(edited)));
    const starmer = revision.entities.find((e) => e.name === 'Keir Starmer');
    assert.ok(starmer?.roles.length, 'Starmer keeps his role');
  });

  it('joins a name typed into a paragraph to the person of that name', () => {
    const text = readFixture(SAMPLE_ORIGINAL);
    const analysis = analyze(text);
    const lines = text.split('\n');
    const target = lines.findIndex((l, i) => i > 3 && l.length > 40 && !l.includes('Zelensky'));
    const at = lines.slice(0, target).join('\n').length + 1;
    const edited = `${text.slice(0, at)}Mr Zelensky agreed. ${text.slice(at)}`;
    const revision = reviseAnalysis(analysis, edited);
    assert.ok(revision, 'revised');
    const people = revision.entities.filter((e) => e.type === 'person' && /Zelensky/.test(e.name));
    assert.strictEqual(people.length, 1, 'one Zelensky');
    const before = analysis.entities.find((e) => e.name === 'Volodymyr Zelensky')!;
    assert.strictEqual(people[0].id, before.id, 'same id as before the edit');
    assert.strictEqual(people[0].mentions.length, before.mentions.length + 1);
    assert.ok(people[0].mentions.some((m) => m.start === at + 3 && m.text === 'Zelensky'));
  });

  it('analyses whole (undefined) when a quote would run across the edge of the edited paragraph', () => {
    const text = 'Anna Berg said: “We will win.\n\n“We are sure.”\n\nThe end came on Monday.\n';
    const analysis = analyze(text);
    assert.ok(analysis.quotes.some((q) => q.text.includes('\n')), 'the quote runs over two paragraphs');
    const at = text.indexOf('sure');
    assert.strictEqual(reviseAnalysis(analysis, `${text.slice(0, at)}very ${text.slice(at)}`), undefined);
  });

  it('analyses whole (undefined) when the edited paragraph is very long, and revises a short one in the same text', () => {
    // A paragraph of some 140 KB (a pasted table) in a text over four times as long, so that it is not too large a
    // share of it: revising it would be one long stretch on the editor's thread.
    const long = 'Anna Berg met | the board | on Monday. '.repeat(3500);
    const rest = Array.from({ length: 17000 }, (_, k) => `Paragraph ${k} tells of the talks.`).join('\n\n');
    const text = `Anna Berg spoke in Oslo.\n\n${long}\n\n${rest}\n`;
    const analysis = analyze(text);
    const at = text.indexOf('board');
    assert.strictEqual(reviseAnalysis(analysis, `${text.slice(0, at)}whole ${text.slice(at)}`), undefined);
    const revised = reviseAnalysis(analysis, text.replace('Oslo', 'Bergen'));
    assert.ok(revised, 'a short paragraph of the same text is revised');
    assert.deepStrictEqual(revised.entities.map((e) => e.name), analyze(text.replace('Oslo', 'Bergen')).entities.map((e) => e.name));
  });

  it('gives the same analysis back when nothing changed, and handles emptying the text', () => {
    const text = readFixture(SAMPLE_REWRITE);
    const analysis = analyze(text);
    assert.strictEqual(reviseAnalysis(analysis, text), analysis);
    const emptied = reviseAnalysis(analysis, '');
    assert.ok(emptied, 'emptying is revised: no paragraph is left to analyse');
    assert.deepStrictEqual(emptied, analyze(''));
  });

  it('revises step by step, with other revisions run between its steps, as it does in one go', () => {
    const { analysis, edited } = kharkivEdit();
    const alone = reviseAnalysis(analysis, edited);
    const other = analyze(MARKDOWN);
    const steps = reviseGradually(analysis, edited);
    let turns = 0;
    let step = steps.next();
    // Between its steps the engine revises another article, as an editor with two articles open may.
    for (; !step.done; step = steps.next()) reviseAnalysis(other, `${MARKDOWN} ${turns++}`);
    assert.ok(turns >= 4, `the work is cut into stretches (${turns} turns)`);
    assert.ok(step.value, 'revised');
    assert.deepStrictEqual(step.value, alone);
  });

  it('revises the same after prepareRevisions, which works in short steps (one per thousand paragraphs at least)', () => {
    const text = readFixture(SAMPLE_REWRITE);
    const analysis = analyze(text);
    const at = text.indexOf('\n', text.length >> 1);
    const edited = `${text.slice(0, at)} Olaf Scholz agreed.${text.slice(at)}`;
    const before = reviseAnalysis(analysis, edited);
    // Another text's paragraphs read last: the preparation must leave nothing that changes a result.
    reviseAnalysis(analyze(MARKDOWN), `${MARKDOWN} and more`);
    const long = Array.from({ length: 3000 }, (_, k) => `Paragraph ${k} of a long article about Olaf Scholz in Berlin.`).join('\n');
    let steps = 0;
    for (const _ of prepareRevisions(long)) steps++;
    assert.ok(steps >= 3, `cut into short steps (${steps})`);
    assert.deepStrictEqual(reviseAnalysis(analysis, edited), before);
    const whole = analyze(edited);
    assert.ok(before, 'revised');
    assert.deepStrictEqual([before.paragraphs, before.sentences, before.duplicates], [whole.paragraphs, whole.sentences, whole.duplicates], 'paragraphs, sentences and duplicates as analyze() gives them');
  });
});
