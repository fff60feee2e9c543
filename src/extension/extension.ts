// Entry point: wires the features together and returns a small API (used by the integration tests).
// activate() only constructs objects and registers listeners; the first analyses run after it returns.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { ActiveArticle } from './activeArticle';
import { BackgroundAnalyzer } from './backgroundAnalyzer';
import { Decorations } from './decorations';
import { DuplicateDiagnostics, DuplicateQuickFixes } from './diagnostics';
import { AnalysisStore, basename, type DocumentState } from './documents';
import type { HighlightKind } from './highlights';
import { FactHoverProvider } from './hover';
import { Log } from './log';
import { REVEAL_COMMAND, revealRange } from './reveal';
import { SHOW_VIEW_COMMAND, StatusBar } from './statusBar';
import { SummaryView } from './summaryView';
import { FactSymbolProvider } from './symbols';
import { FactTreeProvider } from './tree';

export const VIEW_ID = 'factlens.facts';

export interface FactLensApi {
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
  /**
   * The CPU time this thread spent in activate(), in milliseconds, where the host reports it (Node 23.9 and later;
   * undefined elsewhere): the work itself, without the waits for a processor that wall time also counts.
   */
  readonly activationCpuMs: number | undefined;
  /** The analysis of an open document's current version: computed now if needed, or for a long article undefined until its background analysis arrives. */
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  /** Analysed (now, on this thread, if needed), or skipped with the notice the user saw; undefined for a document that is not an article. */
  getState(uri: vscode.Uri): DocumentState | undefined;
  /** The highlight ranges painted in the document's editors, per kind. */
  getDecorationRanges(uri: vscode.Uri): Record<HighlightKind, vscode.Range[]>;
  /** Whether highlights are shown (factlens.toggleHighlights flips it). */
  highlightsShown(): boolean;
  /** The Facts tree's provider, to read its items. */
  readonly tree: FactTreeProvider;
  /** The Summarize panel, when open. */
  summaryPanel(): vscode.WebviewPanel | undefined;
  /** The status bar item's text. */
  statusText(): string;
  /** Fires once a document's new state is shown: its highlights and diagnostics are already updated. */
  readonly onDidShowAnalysis: vscode.Event<ShownAnalysis>;
}

export interface ShownAnalysis {
  uri: vscode.Uri;
  state: DocumentState;
  /** How long the extension waited for typing to pause before analysing (debounce), in milliseconds. */
  delayMs: number;
}

export function activate(context: vscode.ExtensionContext): FactLensApi {
  const t0 = performance.now();
  const cpu0 = threadCpuMs();
  const log = new Log();
  const background = BackgroundAnalyzer.create(context.extensionUri);
  const store = new AnalysisStore(log, background);
  const active = new ActiveArticle(store);
  const decorations = new Decorations(store);
  const diagnostics = new DuplicateDiagnostics(store);
  const tree = new FactTreeProvider(store, active, log);
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const showArticleName = (): void => { treeView.description = active.current ? basename(active.current.uri) : undefined; };
  showArticleName();
  const statusBar = new StatusBar(store, active);
  const summary = new SummaryView(context.extensionUri, store, active, log);
  context.subscriptions.push(log, store, ...(background ? [background] : []), active, decorations, diagnostics, tree, treeView, statusBar, summary);

  const selector = (): vscode.DocumentSelector => store.settings.languages.map((language) => ({ language }));
  let providers = registerProviders(selector(), store, log);
  context.subscriptions.push(
    { dispose: () => providers.dispose() },
    store.onDidChangeSettings(() => {
      providers.dispose();
      providers = registerProviders(selector(), store, log);
    }),
    active.onDidChange(showArticleName),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
    vscode.commands.registerCommand('factlens.toggleHighlights', () => decorations.toggle()),
    vscode.commands.registerCommand('factlens.showLog', () => log.show()),
    vscode.commands.registerCommand(SHOW_VIEW_COMMAND, () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
  );

  // Subscribed last, so it fires after the highlights, diagnostics and views have taken the new state.
  const shown = new vscode.EventEmitter<ShownAnalysis>();
  context.subscriptions.push(shown, store.onDidAnalyze((e) => shown.fire({ uri: e.document.uri, state: e.state, delayMs: e.delayMs })));

  const documentFor = (uri: vscode.Uri): vscode.TextDocument | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const activationMs = performance.now() - t0;
  const cpu1 = threadCpuMs();
  const activationCpuMs = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
  log.info(`activated in ${activationMs.toFixed(1)} ms${activationCpuMs !== undefined ? ` (${activationCpuMs.toFixed(1)} ms of CPU)` : ''}`);
  return {
    activationMs,
    activationCpuMs,
    getAnalysis: (uri) => {
      const d = documentFor(uri);
      return d ? store.analysisFor(d)?.analysis : undefined;
    },
    getState: (uri) => {
      const d = documentFor(uri);
      return d ? store.get(d) : undefined;
    },
    getDecorationRanges: (uri) => decorations.rangesFor(uri),
    highlightsShown: () => decorations.enabled,
    tree,
    summaryPanel: () => summary.webviewPanel,
    statusText: () => statusBar.text,
    onDidShowAnalysis: shown.event,
  };
}

/** The language providers, registered for the article languages (re-registered when the setting changes). */
function registerProviders(selector: vscode.DocumentSelector, store: AnalysisStore, log: Log): vscode.Disposable {
  const symbols = new FactSymbolProvider(store, log);
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: 'Fact Lens' }),
    vscode.languages.registerDocumentHighlightProvider(selector, symbols),
    vscode.languages.registerReferenceProvider(selector, symbols),
    vscode.languages.registerHoverProvider(selector, new FactHoverProvider(store, log)),
    vscode.languages.registerCodeActionsProvider(selector, new DuplicateQuickFixes(store, log), DuplicateQuickFixes.metadata),
  );
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}

/** This thread's CPU time in milliseconds, where the host reports it (Node's process.threadCpuUsage), else undefined. */
function threadCpuMs(): number | undefined {
  const host = typeof process === 'undefined' ? undefined : (process as { threadCpuUsage?: () => { user: number; system: number } });
  const usage = host?.threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
}
