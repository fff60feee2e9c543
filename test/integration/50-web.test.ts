// Fact Lens in VS Code's web worker extension host, as in the web editor (scripts/e2e/run.mjs --mode web; skipped
// in the other modes). These tests run in the Node extension host, where Fact Lens is not loaded: they reach it only
// through what crosses extension hosts (commands, the language feature commands, diagnostics, editor tabs). The
// test-only probe extension (scripts/e2e/web-probe) runs beside Fact Lens in the web worker and answers with what
// only that host sees: its globals, and the Fact Lens API (analysis, painted highlights, summary panel).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { expectRepeatedParagraphsReported, factLensDiagnostics, fixtureUri, hoverText, openFixture, positionOf, screenshot, waitFor } from './support';

const ORIGINAL = '000_9645917036a6f55a.txt';
const REWRITE = '001_1d531dcee2f71fe6.txt';
const EXTENSION_ID = 'factlens.factlens';

interface ProbeHost {
  workerGlobalScope: boolean;
  nodeProcess: boolean;
  uiKind: 'web' | 'desktop';
  factLens?: { isActive: boolean; extensionUri: string; apiKeys: string[] };
}

interface ProbeAnalysis {
  entities: { name: string; type: string; mentions: number }[];
  quotes: number;
  duplicates: number;
  summarySentences: string[];
}

interface ProbePanel {
  title: string;
  visible: boolean;
  viewType: string;
  html: string;
}

/**
 * Runs a command of the probe: it executes in the web worker extension host, its result comes back as JSON.
 * Document URIs go as vscode.Uri, which the workbench maps to the other host's scheme.
 */
async function probe<T>(command: 'host' | 'analysis' | 'highlights' | 'summaryPanel', ...args: unknown[]): Promise<T> {
  return vscode.commands.executeCommand<T>(`factlensWebProbe.${command}`, ...args);
}

/** Fact Lens's analysis of an open document, as held in the web worker host, once it exists. */
function webAnalysis(document: vscode.TextDocument): Promise<ProbeAnalysis> {
  return waitFor(() => probe<ProbeAnalysis | undefined>('analysis', document.uri), `the analysis of ${document.fileName} in the web host`);
}

describe('Fact Lens in the web worker extension host', function () {
  this.timeout(60000);

  before(function () {
    if (process.env.FACTLENS_E2E_MODE !== 'web') this.skip();
  });

  it('runs in a web worker, not in the Node host that runs the tests', async () => {
    await openFixture(ORIGINAL);
    const host = await waitFor(async () => { const h = await probe<ProbeHost>('host'); return h.factLens?.isActive && h; }, 'Fact Lens to activate in the web worker');
    assert.strictEqual(host.workerGlobalScope, true, 'the probe beside Fact Lens runs in a WorkerGlobalScope');
    assert.strictEqual(host.nodeProcess, false, 'no Node process object there');
    assert.strictEqual(host.uiKind, 'web');
    assert.ok(host.factLens, `${EXTENSION_ID} is loaded in the web worker host`);
    assert.ok(host.factLens.apiKeys.includes('getAnalysis'), `Fact Lens returned its API there: ${host.factLens.apiKeys.join(', ')}`);
    assert.match(host.factLens.extensionUri, /^vscode-remote:/, 'loaded from the server, through the web host\'s file access');
    // This host is Node, and has no Fact Lens of its own: whatever answers below comes from the web worker.
    assert.strictEqual(typeof process.versions.node, 'string');
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID), undefined, 'Fact Lens is not loaded in the Node host');
  });

  it('reports exactly the five repeated paragraphs of the rewrite', async () => {
    const editor = await openFixture(REWRITE);
    const document = editor.document;
    const diagnostics = await expectRepeatedParagraphsReported(document);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fixes.some((a) => a.title === 'Remove duplicate paragraph' && a.edit), `a quick fix from the web host among: ${fixes.map((a) => a.title).join(', ')}`);
  });

  it('analyses again after an edit: a pasted copy is reported, undo clears it', async () => {
    const editor = await openFixture(ORIGINAL);
    const { document } = editor;
    await webAnalysis(document);
    assert.deepStrictEqual(factLensDiagnostics(document.uri), [], 'the original repeats nothing');
    const end = document.lineAt(document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, `\n${document.lineAt(0).text}`)));
    const [copy] = await waitFor(() => { const d = factLensDiagnostics(document.uri); return d.length === 1 && d; }, 'the pasted copy to be reported');
    assert.strictEqual(copy.range.start.line, document.lineCount - 1);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => factLensDiagnostics(document.uri).length === 0, 'the report to go with the undo');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('describes Keir Starmer in a hover: name, role, mention count', async () => {
    const { document } = await openFixture(ORIGINAL);
    const analysis = await webAnalysis(document);
    const starmer = analysis.entities.find((e) => e.type === 'person' && /Starmer/.test(e.name));
    assert.ok(starmer, 'the engine in the web worker finds Starmer as a person');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Starmer'));
    const text = hoverText(hovers);
    assert.match(text, /Keir Starmer/);
    assert.match(text, /Person/);
    assert.match(text, /Prime Minister/);
    assert.ok(text.includes(`Mentioned ${starmer.mentions} time`), text);
  });

  it('lists the entities and quotes as document symbols', async () => {
    const { document } = await openFixture(ORIGINAL);
    const analysis = await webAnalysis(document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = new Set(symbols.map((s) => s.name));
    for (const e of analysis.entities) assert.ok(names.has(e.name), `a symbol for ${e.name}`);
    assert.strictEqual(symbols.filter((s) => s.kind === vscode.SymbolKind.String).length, analysis.quotes, 'one symbol per quote');
    const starmer = symbols.find((s) => s.name === 'Keir Starmer');
    assert.ok(starmer);
    assert.strictEqual(document.getText(starmer.selectionRange), 'Keir Starmer');
  });

  it('opens the summary beside the article with "Summarize Article"', async () => {
    const { document } = await openFixture(ORIGINAL);
    const analysis = await webAnalysis(document);
    assert.ok(analysis.summarySentences.length > 0, 'the engine summarises the article');
    await vscode.commands.executeCommand('factlens.summarize');
    const panel = await waitFor(async () => { const p = await probe<ProbePanel | null>('summaryPanel'); return p?.visible && p; }, 'the summary panel');
    assert.strictEqual(panel.title, `Summary: ${ORIGINAL}`);
    // The editor's tab model is the workbench's, seen from every host: the panel is a webview tab there.
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(panel.viewType));
    assert.ok(tab, `a webview tab of type ${panel.viewType}`);
    assert.strictEqual(tab.label, panel.title);
    // Each summary sentence is on the page: its longest plain word, which HTML escaping leaves as it is.
    for (const sentence of analysis.summarySentences) {
      const word = (sentence.match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
      assert.ok(panel.html.includes(word), `the summary shows "${sentence}"`);
    }
    await screenshot('50-summary');
    await vscode.window.tabGroups.close(tab);
    await waitFor(async () => (await probe<ProbePanel | null>('summaryPanel')) === null, 'the panel to close in the web host');
  });

  it('analyses a long article (with no worker there: in steps) and answers hovers from it', async () => {
    const single = await webAnalysis((await openFixture(ORIGINAL)).document);
    const lines = (await vscode.workspace.fs.readFile(fixtureUri(ORIGINAL))).toString().split(/\r?\n/).filter((l) => l.trim());
    const copies = 40; // about 200 KB, well over the 64 KB from which the analysis is not made in one go
    const long: string[] = [];
    for (let i = 0; i < copies; i++) long.push(...lines.map((line) => `${line} [${i}]`));
    const uri = fixtureUri('web-long.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(long.join('\n')));
    try {
      const document = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false })).document;
      assert.ok(document.getText().length > 128 * 1024);
      const analysis = await webAnalysis(document);
      for (const name of ['Volodymyr Zelensky', 'Keir Starmer']) {
        const once = single.entities.find((e) => e.name === name);
        const many = analysis.entities.find((e) => e.name === name);
        assert.ok(once && many, `${name} found in both`);
        assert.strictEqual(many.mentions, copies * once.mentions, `${name}: ${copies} copies of ${once.mentions} mentions`);
      }
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Starmer')));
      assert.match(text, /Keir Starmer/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('paints the highlights in the editor', async () => {
    const { document } = await openFixture(ORIGINAL);
    const analysis = await webAnalysis(document);
    const people = analysis.entities.filter((e) => e.type === 'person').reduce((n, e) => n + e.mentions, 0);
    assert.ok(people > 0);
    const painted = await waitFor(async () => { const h = await probe<Record<string, number>>('highlights', document.uri); return h.person === people && h; }, 'every person mention painted');
    assert.strictEqual(painted.quote, analysis.quotes, 'every quote painted');
    await screenshot('51-highlights');
  });
});
