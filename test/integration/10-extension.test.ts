// The extension's features through the real VS Code API, on the two sample articles. Expected values come
// from the fixtures themselves (duplicated lines, edited text) or from the engine's analysis exposed by the
// extension's API, so the tests hold while the engine improves, and fail when the editor shows something else.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactLensApi } from '../../src/extension/extension';
import { formatValue } from '../../src/extension/format';
import { expectRepeatedParagraphsReported, factLens, factLensDiagnostics, fixtureUri, hoverText, openFixture, positionOf, repeatedLines, screenshot, sleep, waitFor } from './support';

const ORIGINAL = '000_9645917036a6f55a.txt';
const REWRITE = '001_1d531dcee2f71fe6.txt';

const ourDiagnostics = factLensDiagnostics;

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('factlens').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Fact Lens in VS Code', function () {
  this.timeout(60000);
  let api: FactLensApi;

  before(async () => {
    api = await factLens();
  });

  afterEach(async () => {
    for (const key of ['highlight.person', 'duplicates.exactSeverity', 'duplicates.nearSeverity', 'maxFileSize', 'debounceMs', 'include', 'exclude']) await setSetting(key, undefined);
  });

  it('activates in under 50 ms', () => {
    const cpu = api.activationCpuMs;
    console.log(`    activation: ${api.activationMs.toFixed(2)} ms${cpu !== undefined ? `, ${cpu.toFixed(2)} ms of this thread's CPU` : ''}`);
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs >= 0, `activationMs ${api.activationMs}`);
    // The work activate() does: the thread's CPU time where the host reports it. Wall time also counts the waits for
    // one of the machine's two processors, shared with the browser and the server under test: 4-16 ms in most runs,
    // once 51.6 ms for the same work.
    const ms = cpu ?? api.activationMs;
    assert.ok(ms < 50, `activation took ${ms.toFixed(1)} ms${cpu !== undefined ? ' of CPU' : ''} (${api.activationMs.toFixed(1)} ms wall)`);
  });

  describe('duplicated paragraphs', () => {
    it('reports exactly the repeated paragraphs of the rewrite, each pointing to its original', async () => {
      const editor = await openFixture(REWRITE);
      const document = editor.document;
      const diagnostics = await expectRepeatedParagraphsReported(document);
      const last = diagnostics[diagnostics.length - 1].range;
      editor.selection = new vscode.Selection(last.start, last.start);
      editor.revealRange(last, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('10-duplicates');
      await vscode.commands.executeCommand('workbench.action.closePanel');
    });

    it('reports nothing in the original article', async () => {
      const editor = await openFixture(ORIGINAL);
      await waitFor(() => api.getAnalysis(editor.document.uri), 'the analysis of the original');
      await sleep(200);
      assert.deepStrictEqual(ourDiagnostics(editor.document.uri), []);
    });

    it('reports a near copy as information, with a quick fix', async () => {
      const paragraph = 'The regional council approved a new budget on Tuesday that raises spending on schools, roads and public '
        + 'transport while cutting administrative costs across every department by a modest amount.';
      const lines = ['Intro line about the council meeting.', '', paragraph, '', 'A different paragraph about the weather in the region today.', '',
        paragraph.replace('Tuesday', 'Wednesday'), ''];
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: lines.join('\n') });
      await vscode.window.showTextDocument(document);
      const [d] = await waitFor(() => { const x = ourDiagnostics(document.uri); return x.length === 1 && x; }, 'the near-copy diagnostic');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
      assert.strictEqual(d.code, 'near-duplicate-paragraph');
      assert.strictEqual(d.range.start.line, 6);
      assert.match(d.message, /\d+% similar to the paragraph on line 3/);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Remove duplicate paragraph');
      assert.ok(fix?.edit);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(document.getText(), lines.slice(0, 5).concat(['']).join('\n'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('follows the severity setting, including "off"', async () => {
      const { document } = await openFixture(REWRITE);
      await waitFor(() => ourDiagnostics(document.uri).length === 5, 'the duplicate diagnostics');
      await setSetting('duplicates.exactSeverity', 'off');
      await waitFor(() => ourDiagnostics(document.uri).length === 0, 'diagnostics to disappear with severity off');
      await setSetting('duplicates.exactSeverity', 'error');
      await waitFor(() => { const d = ourDiagnostics(document.uri); return d.length === 5 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error); }, 'error diagnostics');
    });

    it('removes one copy with a quick fix, exactly, and undo restores the text', async () => {
      const editor = await openFixture(REWRITE);
      const document = editor.document;
      const before = document.getText();
      const target = repeatedLines(before)[0];
      const diagnostic = await waitFor(() => ourDiagnostics(document.uri).find((d) => d.range.start.line === target.line), 'the first duplicate diagnostic');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Remove duplicate paragraph');
      assert.ok(fix?.edit, `a "Remove duplicate paragraph" fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(fix.kind?.contains(vscode.CodeActionKind.QuickFix));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const eol = before.includes('\r\n') ? '\r\n' : '\n';
      const expected = before.split(eol).filter((_, i) => i !== target.line).join(eol);
      assert.strictEqual(document.getText(), expected);
      await vscode.commands.executeCommand('undo');
      await waitFor(() => document.getText() === before, 'undo to restore the original text');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('removes every copy with "Remove all duplicate paragraphs in this file"', async () => {
      const editor = await openFixture(REWRITE);
      const document = editor.document;
      const before = document.getText();
      const copies = new Set(repeatedLines(before).map((r) => r.line));
      const diagnostic = await waitFor(() => ourDiagnostics(document.uri)[0], 'a duplicate diagnostic');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Remove all duplicate paragraphs in this file');
      assert.ok(fix?.edit, 'a "remove all" fix');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const eol = before.includes('\r\n') ? '\r\n' : '\n';
      assert.strictEqual(document.getText(), before.split(eol).filter((_, i) => !copies.has(i)).join(eol));
      await waitFor(() => ourDiagnostics(document.uri).length === 0, 'no duplicates left after the fix');
      await vscode.commands.executeCommand('undo');
      await waitFor(() => document.getText() === before, 'undo to restore the original text');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });

  describe('while typing', () => {
    it('shows an edit at once by a revision, and analyses the whole article again after the debounce delay', async () => {
      await setSetting('debounceMs', 1000);
      const editor = await openFixture(ORIGINAL);
      const document = editor.document;
      const uri = document.uri;
      const before = await waitFor(() => api.getState(uri), 'the analysis');
      const originalText = document.getText();
      assert.strictEqual(api.getState(uri), before, 'the analysis is cached for the version');
      assert.deepStrictEqual(ourDiagnostics(uri), []);
      const firstLine = document.lineAt(0).text;
      const end = document.lineAt(document.lineCount - 1).range.end;
      let treeChanges = 0;
      const treeListener = api.tree.onDidChangeTreeData(() => treeChanges++);
      const edited = performance.now();
      assert.ok(await editor.edit((b) => b.insert(end, `\n${firstLine}`)));
      const copyLine = document.lineCount - 1;
      const [diagnostic] = await waitFor(() => { const d = ourDiagnostics(uri); return d.length === 1 && d; }, 'the new copy to be reported', 5000);
      const reportedAfter = performance.now() - edited;
      assert.ok(reportedAfter < 900, `the copy is reported before the debounce delay, by a revision (${reportedAfter.toFixed(0)} ms)`);
      const revised = api.getState(uri);
      assert.ok(revised?.kind === 'analyzed' && revised.revised && revised.version === document.version, 'what is shown is a revision of the edited version');
      assert.strictEqual(treeChanges, 0, 'the Facts tree waits for the whole analysis');
      assert.strictEqual(diagnostic.range.start.line, copyLine);
      assert.strictEqual(diagnostic.relatedInformation?.[0].location.range.start.line, 0);
      const whole = await waitFor(() => { const s = api.getState(uri); return s?.kind === 'analyzed' && !s.revised && s.version === document.version && s; }, 'the whole analysis', 5000);
      const wholeAfter = performance.now() - edited;
      assert.ok(wholeAfter >= 950, `the whole analysis waits for the debounce delay (${wholeAfter.toFixed(0)} ms)`);
      assert.deepStrictEqual(whole.analysis.duplicates.map((d) => [d.duplicate.line, d.original.line]), [[copyLine, 0]], 'the whole analysis finds the same copy');
      assert.deepStrictEqual(ourDiagnostics(uri).map((d) => d.range.start.line), [copyLine]);
      await waitFor(() => treeChanges > 0, 'the Facts tree to follow the whole analysis', 5000);
      treeListener.dispose();
      await vscode.commands.executeCommand('undo');
      await waitFor(() => ourDiagnostics(uri).length === 0, 'the report to go with the undo', 5000);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      // The article the later tests open is the fixture again, on disk too: nothing saved the copy.
      assert.strictEqual(document.getText(), originalText);
      await setSetting('debounceMs', undefined);
    });
  });

  describe('hovers', () => {
    it('describes Keir Starmer: name, role, mention count', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const starmer = analysis.entities.find((e) => e.type === 'person' && /Starmer/.test(e.name));
      assert.ok(starmer, 'the engine finds Starmer as a person');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Starmer'));
      const text = hoverText(hovers);
      assert.match(text, /Keir Starmer/);
      assert.match(text, /Person/);
      assert.match(text, /Prime Minister/);
      assert.ok(text.includes(`Mentioned ${starmer.mentions.length} time`), text);
    });

    it('describes Zelensky with his quotes and links that reveal them', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const zelensky = analysis.entities.find((e) => e.type === 'person' && /Zelensky/.test(e.name));
      assert.ok(zelensky, 'the engine finds Zelensky as a person');
      const quotes = analysis.quotes.filter((q) => q.speaker === zelensky.id);
      assert.ok(quotes.length > 0, 'the engine credits Zelensky with quotes');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Zelensky', 2));
      const text = hoverText(hovers);
      assert.match(text, /Zelensky/);
      assert.match(text, /President/);
      assert.ok(text.includes(`Mentioned ${zelensky.mentions.length} times`), text);
      const firstWords = quotes[0].content[0].text.split(/\s+/).slice(0, 3).join(' ');
      assert.ok(text.includes(firstWords), `the hover shows the quote "${firstWords}"`);
      const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && /command:factlens\.revealRange/.test(c.value));
      assert.ok(md, 'a link to the quote');
      assert.deepStrictEqual(md.isTrusted, { enabledCommands: ['factlens.revealRange'] }, 'only the reveal command is trusted');
      assert.notStrictEqual(md.supportHtml, true);
      const link = /command:factlens\.revealRange\?([^)\s"]+)/.exec(md.value);
      assert.ok(link);
      const args = JSON.parse(decodeURIComponent(link[1])) as [string, number, number];
      await vscode.commands.executeCommand('factlens.revealRange', ...args);
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      assert.strictEqual(editor.document.getText(editor.selection), quotes[0].text);
    });

    it('names the speaker when hovering inside a quote', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const quote = analysis.quotes.find((q) => q.speakerName && q.content[0].text.split(' ').length > 2);
      assert.ok(quote, 'the engine attributes a quote of a few words');
      const inside = document.positionAt(quote.content[0].start + 2);
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside));
      assert.ok(text.replace(/\*\*/g, '').includes(`Quote — said by ${quote.speakerName}`), text);
    });

    it('gives the parsed value of money and dates', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const checked = analysis.entities.filter((e) => (e.type === 'money' || e.type === 'date') && e.value);
      assert.ok(checked.some((e) => e.type === 'money'), 'the engine parses money in the original');
      for (const e of checked) {
        const at = document.positionAt(e.mentions[0].start + 1);
        const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at));
        assert.match(text, e.type === 'money' ? /— Money/ : /— Date/);
        assert.ok(text.includes(`Value: ${formatValue(e.value)}`), `${e.name}: ${text}`);
      }
    });

    it('escapes article text: no command link or HTML from the article gets through', async () => {
      const document = await vscode.workspace.openTextDocument({
        language: 'plaintext',
        content: 'French President Emmanuel Macron met *officials* in Paris on Monday.\n'
          + '"Read [the plan](command:workbench.action.quit) and <img src=x onerror=alert(1)> now," Macron said.\n',
      });
      await vscode.window.showTextDocument(document);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const macron = analysis.entities.find((e) => e.name === 'Emmanuel Macron');
      assert.ok(macron && analysis.quotes.some((q) => q.speaker === macron.id), 'the engine credits Macron with the quote');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Macron'));
      const value = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      assert.ok(value.includes('Read'), 'the quote is in the hover');
      const links = [...value.matchAll(/(?<!\\)\]\((command:[^)?]+)/g)].map((m) => m[1]);
      assert.ok(links.length > 0 && links.every((l) => l === 'command:factlens.revealRange'), `only reveal links: ${links.join(', ')}`);
      assert.ok(!/(?<!\\)<img/.test(value), 'HTML from the article is escaped');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('shows a hover in the editor', async () => {
      const editor = await openFixture(ORIGINAL);
      await waitFor(() => api.getAnalysis(editor.document.uri), 'the analysis');
      const at = positionOf(editor.document, 'Zelensky', 3);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.commands.executeCommand('editor.action.showHover');
      await sleep(1000);
      await screenshot('20-hover');
      await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    });
  });

  describe('symbols, highlights and references', () => {
    it('lists entities and quotes as document symbols', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const names = symbols.map((s) => s.name);
      for (const e of analysis.entities) assert.ok(names.includes(e.name), `symbol for ${e.name}`);
      const quotes = symbols.filter((s) => s.kind === vscode.SymbolKind.String);
      assert.strictEqual(quotes.length, analysis.quotes.length);
      const starmer = symbols.find((s) => s.name === 'Keir Starmer');
      assert.ok(starmer);
      assert.strictEqual(document.getText(starmer.selectionRange), 'Keir Starmer');
    });

    it('highlights every mention of the name under the cursor and finds them as references', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const zelensky = analysis.entities.find((e) => e.type === 'person' && /Zelensky/.test(e.name));
      assert.ok(zelensky && zelensky.mentions.length > 3);
      const at = positionOf(document, 'Zelensky', 2);
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, at);
      assert.strictEqual(highlights.length, zelensky.mentions.length);
      for (const h of highlights) assert.match(document.getText(h.range), /Zelensky/);
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at);
      assert.strictEqual(references.length, zelensky.mentions.length);
      assert.deepStrictEqual(references.map((r) => document.offsetAt(r.range.start)).sort((a, b) => a - b), zelensky.mentions.map((m) => m.start));
    });
  });

  describe('highlights', () => {
    it('paints every mention by type, and the toggle command clears and restores them', async () => {
      const editor = await openFixture(ORIGINAL);
      const uri = editor.document.uri;
      const analysis = await waitFor(() => api.getAnalysis(uri), 'the analysis');
      const people = analysis.entities.filter((e) => e.type === 'person').reduce((n, e) => n + e.mentions.length, 0);
      const ranges = await waitFor(() => { const r = api.getDecorationRanges(uri); return r.person.length === people && r; }, 'person highlights');
      for (const r of ranges.person) assert.ok(editor.document.getText(r).length > 1);
      assert.strictEqual(ranges.quote.length, analysis.quotes.length);
      await screenshot('30-highlights');
      const total = (r: Record<string, vscode.Range[]>): number => Object.values(r).reduce((n, l) => n + l.length, 0);
      const shown = total(ranges);
      await vscode.commands.executeCommand('factlens.toggleHighlights');
      assert.strictEqual(api.highlightsShown(), false);
      await waitFor(() => total(api.getDecorationRanges(uri)) === 0, 'highlights to clear');
      await vscode.commands.executeCommand('factlens.toggleHighlights');
      assert.strictEqual(api.highlightsShown(), true);
      await waitFor(() => total(api.getDecorationRanges(uri)) === shown, 'highlights to come back');
    });

    it('repaints with the new decoration types when the colour theme changes', async () => {
      const editor = await openFixture(ORIGINAL);
      const uri = editor.document.uri;
      const before = await waitFor(() => { const r = api.getDecorationRanges(uri); return r.person.length > 0 && r; }, 'person highlights');
      const workbench = vscode.workspace.getConfiguration('workbench');
      const kind = vscode.window.activeColorTheme.kind;
      try {
        await workbench.update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
        await waitFor(() => vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.HighContrast, 'the high-contrast theme');
        const after = await waitFor(() => { const r = api.getDecorationRanges(uri); return r !== before && r; }, 'a repaint for the new theme');
        assert.strictEqual(after.person.length, before.person.length);
        assert.strictEqual(after.quote.length, before.quote.length);
        await screenshot('35-high-contrast');
        await workbench.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
        await waitFor(() => vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark, 'a dark theme');
        await screenshot('36-dark');
      } finally {
        await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor(() => vscode.window.activeColorTheme.kind === kind, 'the original theme');
    });

    it('turns one type off through its setting', async () => {
      const editor = await openFixture(ORIGINAL);
      const uri = editor.document.uri;
      await waitFor(() => api.getDecorationRanges(uri).person.length > 0, 'person highlights');
      const places = api.getDecorationRanges(uri).place.length;
      assert.ok(places > 0);
      await setSetting('highlight.person', false);
      await waitFor(() => api.getDecorationRanges(uri).person.length === 0, 'person highlights to go');
      assert.strictEqual(api.getDecorationRanges(uri).place.length, places, 'places stay highlighted');
      await setSetting('highlight.person', undefined);
      await waitFor(() => api.getDecorationRanges(uri).person.length > 0, 'person highlights to return');
    });
  });

  describe('Facts view', () => {
    it('lists the active article\'s entities with counts and roles, and reveals a mention', async () => {
      const { document } = await openFixture(ORIGINAL);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const tree = api.tree;
      const roots = await waitFor(() => { const r = tree.getChildren(); return r.length > 0 && r; }, 'the tree to show the article');
      const labels = roots.map((n) => tree.getTreeItem(n).label);
      assert.deepStrictEqual(labels, ['People', 'Organizations', 'Places', 'Money & figures', 'Dates', 'Quotes', 'Duplicates']);
      const people = tree.getChildren(roots[0]);
      assert.strictEqual(people.length, analysis.entities.filter((e) => e.type === 'person').length);
      const starmerNode = people.find((n) => tree.getTreeItem(n).label === 'Keir Starmer');
      assert.ok(starmerNode, 'Keir Starmer is listed under People');
      const item = tree.getTreeItem(starmerNode);
      const starmer = analysis.entities.find((e) => e.name === 'Keir Starmer');
      assert.ok(starmer);
      assert.match(String(item.description), new RegExp(`Prime Minister · ${starmer.mentions.length} mentions$`));
      const mentions = tree.getChildren(starmerNode);
      assert.strictEqual(mentions.length, starmer.mentions.length);
      const mentionItem = tree.getTreeItem(mentions[1]);
      const label = mentionItem.label as vscode.TreeItemLabel;
      assert.ok(label.label.includes('Starmer'), 'the mention is shown in its sentence');
      assert.ok(mentionItem.command);
      await vscode.commands.executeCommand(mentionItem.command.command, ...(mentionItem.command.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      assert.strictEqual(editor.document.offsetAt(editor.selection.start), starmer.mentions[1].start);
      assert.strictEqual(editor.document.getText(editor.selection), starmer.mentions[1].text);
    });

    it('groups quotes by speaker and lists the duplicates of the rewrite', async () => {
      const { document } = await openFixture(REWRITE);
      const analysis = await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      const tree = api.tree;
      const roots = await waitFor(() => {
        const r = tree.getChildren();
        return r.length > 0 && String(tree.getTreeItem(r[6]).description) === String(analysis.duplicates.length) && r;
      }, 'the tree to follow the rewrite');
      const speakers = tree.getChildren(roots[5]);
      const quoteCount = speakers.reduce((n, s) => n + tree.getChildren(s).length, 0);
      assert.strictEqual(quoteCount, analysis.quotes.length);
      const names = speakers.map((s) => tree.getTreeItem(s).label);
      assert.strictEqual(new Set(names).size, names.length, 'one group per speaker');
      assert.strictEqual(tree.getChildren(roots[6]).length, 5);
    });

    it('is empty, showing its welcome message, when no article is open', async () => {
      await openFixture(ORIGINAL);
      await waitFor(() => api.tree.getChildren().length > 0, 'the tree to show the article');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor(() => api.tree.getChildren().length === 0, 'the tree to empty');
      await vscode.commands.executeCommand('factlens.showView');
      await sleep(500);
      await screenshot('41-tree-welcome');
    });

    it('shows in its activity bar container', async () => {
      await openFixture(ORIGINAL);
      await vscode.commands.executeCommand('factlens.showView');
      await sleep(800);
      await screenshot('40-tree');
      await vscode.commands.executeCommand('workbench.view.explorer');
    });
  });

  describe('Summarize', () => {
    it('opens the summary beside the article', async () => {
      const { document } = await openFixture(ORIGINAL);
      await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      await vscode.commands.executeCommand('factlens.summarize');
      const isSummaryTab = (t: vscode.Tab): boolean => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('factlens.summary');
      const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isSummaryTab), 'the summary tab');
      assert.match(tab.label, /Summary: 000_9645917036a6f55a\.txt/);
      const panel = api.summaryPanel();
      assert.ok(panel, 'the API exposes the panel');
      assert.ok(panel.webview.html.includes("default-src 'none'"), 'the page has a strict CSP');
      const analysis = api.getAnalysis(document.uri);
      assert.ok(analysis);
      for (const s of analysis.summary.sentences) assert.ok(panel.webview.html.includes(s.text.slice(0, 20).replace(/&/g, '&#38;').replace(/'/g, '&#39;').replace(/"/g, '&#34;')), 'summary sentences are shown');
      await sleep(1000);
      await screenshot('50-summary');
      const rewrite = await vscode.workspace.openTextDocument(fixtureUri(REWRITE));
      await vscode.window.showTextDocument(rewrite, vscode.ViewColumn.One);
      await waitFor(() => /Summary: 001_1d531dcee2f71fe6\.txt/.test(api.summaryPanel()?.title ?? ''), 'the summary to follow the article');
      await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter(isSummaryTab));
      await waitFor(() => !api.summaryPanel(), 'the panel to close');
    });

    it('copies the summary as Markdown', async function () {
      const { document } = await openFixture(ORIGINAL);
      await waitFor(() => api.getAnalysis(document.uri), 'the analysis');
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('factlens.copySummary');
      const copied = await vscode.env.clipboard.readText();
      if (!copied) this.skip(); // a headless browser may not give the web host a clipboard
      assert.match(copied, /^# Summary: 000\\_9645917036a6f55a\.txt/);
      assert.match(copied, /## Key people/);
    });
  });

  describe('files that are not articles', () => {
    it('skips a file over factlens.maxFileSize with a notice, quickly', async () => {
      const uri = fixtureUri('huge-article.txt');
      const paragraph = `${'President Ada Lovelace met officials of ACME Corp in Paris on 3 March 2024 and said "we will pay $5 million". '.repeat(8)}\n`;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(paragraph.repeat(Math.ceil(2.5 * 1024 * 1024 / paragraph.length))));
      const t0 = Date.now();
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const state = await waitFor(() => api.getState(uri), 'a state for the large file');
      assert.strictEqual(state.kind, 'skipped');
      assert.ok(state.kind === 'skipped' && state.reason === 'too-large');
      assert.match(state.notice, /maxFileSize/);
      assert.ok(Date.now() - t0 < 10000, 'opening did not hang');
      await waitFor(() => /skipped/.test(api.statusText()), 'the status bar to say the file was skipped');
      assert.deepStrictEqual(ourDiagnostics(uri), []);
      assert.strictEqual(Object.values(api.getDecorationRanges(uri)).flat().length, 0);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    });

    it('analyses a long article without blocking the extension host', async () => {
      await setSetting('duplicates.exactSeverity', 'off');
      await setSetting('duplicates.nearSeverity', 'off');
      const base = (await vscode.workspace.fs.readFile(fixtureUri(ORIGINAL))).toString();
      const blocks: string[] = [];
      let length = 0;
      // Distinct paragraphs (a number in every line), about 1.5 MB: under maxFileSize, long enough to take a while.
      for (let i = 0; length < 1.5 * 1024 * 1024; i++) {
        const block = base.split('\n').map((line) => (line.trim() ? `${line} [${i}]` : line)).join('\n');
        blocks.push(block);
        length += block.length + 1;
      }
      const uri = fixtureUri('long-article.txt');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(blocks.join('\n')));
      let last = performance.now();
      let maxGap = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }, 10);
      let early: Thenable<vscode.DocumentSymbol[] | undefined> | undefined;
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        last = performance.now();
        maxGap = 0;
        await vscode.window.showTextDocument(document);
        // Asked for its symbols before its analysis is there (as the outline and breadcrumbs do at once), the
        // extension answers when it is, instead of nothing.
        assert.strictEqual(api.getAnalysis(uri), undefined, 'still being analysed in the background');
        early = vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        await waitFor(() => api.getDecorationRanges(uri).person.length > 0, 'the long article to be highlighted', 50000);
      } finally {
        clearInterval(ticker);
      }
      const symbols = await early;
      assert.ok(symbols && symbols.length > 100, `symbols of the long article asked for before it was analysed: ${symbols?.length}`);
      const state = api.getState(uri);
      assert.ok(state?.kind === 'analyzed');
      console.log(`    ${(length / 1048576).toFixed(2)} MB analysed in ${state.ms.toFixed(0)} ms; longest extension host pause ${maxGap.toFixed(0)} ms`);
      // Analysed on this thread, the pause would be the whole engine time. Taking in the result (copying it across,
      // painting ~40k ranges) costs a few hundred ms on a loaded machine whatever the engine's speed.
      assert.ok(maxGap < Math.max(1000, state.ms / 2), `the extension host paused for ${maxGap.toFixed(0)} ms while the engine took ${state.ms.toFixed(0)} ms`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    });

    it('skips a binary-looking file', async () => {
      const uri = fixtureUri('binary-ish.txt');
      const bytes = new Uint8Array(4000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 65 + (i % 26) : 1 + (i % 8);
      await vscode.workspace.fs.writeFile(uri, bytes);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const state = await waitFor(() => api.getState(uri), 'a state for the binary file');
      assert.ok(state.kind === 'skipped' && state.reason === 'binary', JSON.stringify(state.kind));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    });

    it('leaves files matching factlens.exclude alone, and picks them up again', async () => {
      const { document } = await openFixture(REWRITE);
      const uri = document.uri;
      await waitFor(() => ourDiagnostics(uri).length === 5, 'the duplicate diagnostics');
      await setSetting('exclude', ['**/001_*.txt']);
      await waitFor(() => ourDiagnostics(uri).length === 0, 'the excluded file to lose its diagnostics');
      assert.strictEqual(api.getState(uri), undefined);
      assert.strictEqual(Object.values(api.getDecorationRanges(uri)).flat().length, 0, 'no highlights left');
      await setSetting('exclude', undefined);
      await waitFor(() => ourDiagnostics(uri).length === 5, 'the diagnostics to return');
      await setSetting('include', ['**/000_*.txt']);
      await waitFor(() => ourDiagnostics(uri).length === 0, 'a file outside factlens.include to lose its diagnostics');
      await setSetting('include', undefined);
      await waitFor(() => ourDiagnostics(uri).length === 5, 'the diagnostics to return');
    });

    it('leaves other languages alone', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{ "said": "President Ada Lovelace met ACME Corp in Paris" }' });
      await vscode.window.showTextDocument(document);
      await sleep(300);
      assert.strictEqual(api.getState(document.uri), undefined);
      assert.strictEqual(api.getAnalysis(document.uri), undefined);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Lovelace'));
      assert.ok(!hoverText(hovers).includes('Mentioned'), 'no Fact Lens hover on JSON');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
});
