// Entry point: wires the features together and returns a small API (used by the integration tests).
// activate() only constructs objects and registers listeners; the first analyses run after it returns.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { ActiveArticle } from './activeArticle';
import { Decorations } from './decorations';
import { DuplicateDiagnostics, DuplicateQuickFixes } from './diagnostics';
import { AnalysisStore, type DocumentState } from './documents';
import type { HighlightKind } from './highlights';
import { FactHoverProvider } from './hover';
import { Log } from './log';
import { REVEAL_COMMAND, revealRange } from './reveal';

export interface FactLensApi {
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
  /** The analysis of an open document's current version (computed now if needed). */
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  /** Analysed, or skipped with the notice the user saw; undefined for a document that is not an article. */
  getState(uri: vscode.Uri): DocumentState | undefined;
  /** The highlight ranges painted in the document's editors, per kind. */
  getDecorationRanges(uri: vscode.Uri): Record<HighlightKind, vscode.Range[]>;
}

export function activate(context: vscode.ExtensionContext): FactLensApi {
  const t0 = performance.now();
  const log = new Log();
  const store = new AnalysisStore(log);
  const active = new ActiveArticle(store);
  const decorations = new Decorations(store);
  const diagnostics = new DuplicateDiagnostics(store);
  context.subscriptions.push(log, store, active, decorations, diagnostics);

  const selector = (): vscode.DocumentSelector => store.settings.languages.map((language) => ({ language }));
  let providers = registerProviders(selector(), store, log);
  context.subscriptions.push(
    { dispose: () => providers.dispose() },
    store.onDidChangeSettings(() => {
      providers.dispose();
      providers = registerProviders(selector(), store, log);
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
    vscode.commands.registerCommand('factlens.toggleHighlights', () => decorations.toggle()),
    vscode.commands.registerCommand('factlens.showLog', () => log.show()),
  );

  const documentFor = (uri: vscode.Uri): vscode.TextDocument | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    getAnalysis: (uri) => {
      const d = documentFor(uri);
      return d ? store.analysisFor(d)?.analysis : undefined;
    },
    getState: (uri) => {
      const d = documentFor(uri);
      return d ? store.get(d) : undefined;
    },
    getDecorationRanges: (uri) => decorations.rangesFor(uri),
  };
}

/** The language providers, registered for the article languages (re-registered when the setting changes). */
function registerProviders(selector: vscode.DocumentSelector, store: AnalysisStore, log: Log): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(selector, new FactHoverProvider(store, log)),
    vscode.languages.registerCodeActionsProvider(selector, new DuplicateQuickFixes(store, log), DuplicateQuickFixes.metadata),
  );
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
