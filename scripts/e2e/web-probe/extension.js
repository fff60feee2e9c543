// A test-only companion of Fact Lens for `scripts/e2e/run.mjs --mode web`. It runs in the same web worker extension
// host as Fact Lens, so it sees what the tests in the Node extension host cannot: the host's globals, and the Fact
// Lens API (activation state, analysis, painted highlights, summary panel). Its commands return plain JSON, since
// command results cross from the web worker to the Node host. Plain CommonJS: the web host loads it unbundled.
const vscode = require('vscode');

const FACT_LENS = 'factlens.factlens';

/** The Fact Lens API, activated, from this (web worker) host. */
async function factLens() {
  const ext = vscode.extensions.getExtension(FACT_LENS);
  if (!ext) throw new Error(`${FACT_LENS} is not in this extension host`);
  return ext.activate();
}

/**
 * A document's URI from a command argument. Pass the vscode.Uri itself, not its string: the workbench maps URIs
 * between hosts (a workspace file is file: in the Node host, vscode-remote: here), strings it leaves alone.
 */
const documentUri = (uri) => (uri instanceof vscode.Uri ? uri : vscode.Uri.from(uri));

function activate(context) {
  context.subscriptions.push(
    // Where this code runs: a dedicated worker has WorkerGlobalScope and no Node `process`.
    vscode.commands.registerCommand('factlensWebProbe.host', () => {
      const ext = vscode.extensions.getExtension(FACT_LENS);
      return {
        workerGlobalScope: typeof WorkerGlobalScope === 'function' && globalThis instanceof WorkerGlobalScope,
        nodeProcess: typeof process !== 'undefined' && Boolean(process.versions && process.versions.node),
        uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
        factLens: ext && {
          isActive: ext.isActive,
          extensionUri: ext.extensionUri.toString(),
          apiKeys: ext.isActive && ext.exports ? Object.keys(ext.exports).sort() : [],
        },
      };
    }),
    // The engine's analysis of an open document as Fact Lens holds it in this host.
    vscode.commands.registerCommand('factlensWebProbe.analysis', async (uri) => {
      const analysis = (await factLens()).getAnalysis(documentUri(uri));
      return analysis && {
        entities: analysis.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length })),
        quotes: analysis.quotes.length,
        duplicates: analysis.duplicates.length,
        summarySentences: analysis.summary.sentences.map((s) => s.text),
      };
    }),
    // How many ranges of each kind Fact Lens painted in the document's editors.
    vscode.commands.registerCommand('factlensWebProbe.highlights', async (uri) => {
      const ranges = (await factLens()).getDecorationRanges(documentUri(uri));
      return Object.fromEntries(Object.entries(ranges).map(([kind, list]) => [kind, list.length]));
    }),
    vscode.commands.registerCommand('factlensWebProbe.summaryPanel', async () => {
      const panel = (await factLens()).summaryPanel();
      return panel ? { title: panel.title, visible: panel.visible, viewType: panel.viewType, html: panel.webview.html } : null;
    }),
  );
}

module.exports = { activate };
