// The gold direct quotes of the PolNeAR benchmark (bench/lib/polnear.mjs): quoted passages read inside an
// attribution's content, marks typed the wrong way round included.
import * as assert from 'assert';
import * as path from 'path';

interface PolnearModule {
  passagesIn(text: string, start: number, end: number): [number, number][];
}

describe('bench/lib/polnear.mjs: gold quoted passages', () => {
  let p: PolnearModule;
  before(async () => {
    // A path held in a variable keeps TypeScript from resolving the untyped .mjs module.
    const file = path.join(__dirname, '../../../bench/lib/polnear.mjs');
    p = (await import(file)) as PolnearModule;
  });

  const passages = (text: string): string[] => p.passagesIn(text, 0, text.length).map(([s, e]) => text.slice(s, e));

  it('reads curly, straight and single-quoted passages, and one split by its attribution as two', () => {
    assert.deepStrictEqual(passages('“We will win,” he said, “and soon.”'), ['“We will win,”', '“and soon.”']);
    assert.deepStrictEqual(passages('She said "no" twice and ‘never’ once.'), ['"no"', '‘never’']);
  });

  it('takes a closing mark that opens a paragraph or follows a space, before a word, for an opening one', () => {
    assert.deepStrictEqual(passages('”Mr. Trump embodies the legacy of racism.” ― Sonya Herridge'), ['”Mr. Trump embodies the legacy of racism.”']);
    assert.deepStrictEqual(passages('claimed that ”like women in combat” were harmful'), ['”like women in combat”']);
    // Not a closing mark glued to the word before it.
    assert.deepStrictEqual(passages('he said.” And then'), []);
  });

  it('takes an opening mark glued to the word before it, a space after, for a closing one', () => {
    assert.deepStrictEqual(passages('referred to immigrants as “rapists“ while calling for a wall, and “pro-gay,” too'), ['“rapists“', '“pro-gay,”']);
    // A quote continuing over paragraphs reopens with the opening mark: not a closing one.
    assert.deepStrictEqual(passages('“First part.\n“Second part.”'), ['“First part.\n“Second part.”']);
  });
  it("reads two straight single marks ('') as a double mark, and a straight single-quoted passage, not an apostrophe", () => {
    assert.deepStrictEqual(passages("''I said, 'There shouldn't be daylight,''' he recalled."), ["''I said, 'There shouldn't be daylight,'''"]);
    assert.deepStrictEqual(passages("''First part.\n''Second part.''"), ["''First part.\n''Second part.''"]);
    assert.deepStrictEqual(passages("He said 'we won't go' and the players' union agreed."), ["'we won't go'"]);
    assert.deepStrictEqual(passages("He was 'furious' about it."), ["'furious'"]);
  });
});

