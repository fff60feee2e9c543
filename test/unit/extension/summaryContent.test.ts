import * as assert from 'assert';
import { escapeMarkdown } from '../../../src/extension/format';
import { escapeHtml, messageHtml, parseSummaryMessage, summaryHtml, summaryMarkdown } from '../../../src/extension/summaryContent';
import { ANALYSIS, TEXT } from './analysisFixture';

const PAGE = { title: 'Article <1>.txt', cspSource: 'https://csp.example', nonce: 'abc123', styleUri: 'https://x/summary.css', scriptUri: 'https://x/summary.js' };

describe('summary view content', () => {
  it('escapes HTML and Markdown syntax', () => {
    assert.strictEqual(escapeHtml('<b a="1">&\'</b>'), '&#60;b a=&#34;1&#34;&#62;&#38;&#39;&#60;/b&#62;');
    assert.strictEqual(escapeMarkdown('*bold* [link](x) `c`\nnext'), '\\*bold\\* \\[link\\]\\(x\\) \\`c\\` next');
    assert.strictEqual(escapeMarkdown('Tom &amp; <i>Jerry</i>'), 'Tom \\&amp; \\<i\\>Jerry\\</i\\>');
    assert.strictEqual(escapeMarkdown('1. first'), '1\\. first');
    assert.strictEqual(escapeMarkdown('- dash and # hash'), '\\- dash and # hash');
    assert.strictEqual(escapeMarkdown("Vice-President's 2.5% rise"), "Vice-President's 2.5% rise", 'ordinary punctuation stays readable');
  });

  it('renders the page with a strict CSP, the nonce on its only script, and no raw article markup', () => {
    const html = summaryHtml(ANALYSIS, PAGE);
    assert.ok(html.includes(`content="default-src 'none'; style-src https://csp.example; script-src 'nonce-abc123';"`), 'CSP');
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1);
    assert.ok(html.includes('<script nonce="abc123" src="https://x/summary.js">'));
    assert.ok(!html.includes('<b>today</b>'), 'article markup must be escaped');
    assert.ok(html.includes('&#60;b&#62;today&#60;/b&#62;'));
    assert.ok(html.includes('Article &#60;1&#62;.txt'), 'the title is escaped');
  });

  it('makes each summary sentence, person, quote and figure a link that reveals its span', () => {
    const html = summaryHtml(ANALYSIS, PAGE);
    const targets = [...html.matchAll(/data-start="(\d+)" data-end="(\d+)"/g)].map((m) => TEXT.slice(Number(m[1]), Number(m[2])));
    assert.deepStrictEqual(targets, [ANALYSIS.summary.sentences[0].text, 'Ada Lovelace', '"We will pay $5 million,"', '$5 million']);
    assert.ok(html.includes('President'), 'roles are listed');
    assert.ok(html.includes('5,000,000 USD'), 'parsed figure values are listed');
  });

  it('writes the summary as Markdown', () => {
    const md = summaryMarkdown(ANALYSIS, 'a_b.txt');
    const lines = md.split('\n');
    assert.strictEqual(lines[0], '# Summary: a\\_b.txt');
    assert.ok(lines.includes('- **Ada Lovelace**, President (2 mentions)'), md);
    assert.ok(lines.includes('- "We will pay $5 million," — Ada Lovelace'), md);
    assert.ok(lines.includes('- $5 million (Money: 5,000,000 USD)'), md);
    assert.ok(md.includes('\\<b\\>today\\</b\\>'), 'markup in the article is escaped');
  });

  it('accepts only well-formed messages with offsets inside the text', () => {
    assert.deepStrictEqual(parseSummaryMessage({ type: 'reveal', start: 3, end: 9 }, 20), { type: 'reveal', start: 3, end: 9 });
    assert.deepStrictEqual(parseSummaryMessage({ type: 'copy' }, 20), { type: 'copy' });
    for (const bad of [null, 'reveal', {}, { type: 'reveal', start: 9, end: 3 }, { type: 'reveal', start: 0, end: 21 },
      { type: 'reveal', start: -1, end: 2 }, { type: 'reveal', start: '1', end: 2 }, { type: 'reveal', start: 1.5, end: 2 }, { type: 'run', command: 'x' }]) {
      assert.strictEqual(parseSummaryMessage(bad, 20), undefined, JSON.stringify(bad));
    }
  });
});

describe('summary view message page', () => {
  it('escapes the message and allows nothing to load', () => {
    const html = messageHtml('Fact Lens skipped <img src=x onerror=alert(1)>.txt');
    assert.ok(html.includes(`content="default-src 'none';"`));
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;.txt'));
  });
});
