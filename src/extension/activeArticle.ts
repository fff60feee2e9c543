// The article the user is looking at: the active editor's document when it is an article. The tree, the
// status bar and the commands follow it; the context key `factlens.articleActive` drives `when` clauses.
import * as vscode from 'vscode';
import { isRevision, type AnalysisStore } from './documents';

export class ActiveArticle implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** The active article changed, or its analysis did. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: AnalysisStore) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      store.onDidChangeSettings(() => this.update()),
      // The views that list the whole article (tree, status bar counts) follow its whole analyses, made when typing
      // pauses, not every keystroke's revision: rebuilding thousands of tree items per keystroke is no use to anyone.
      store.onDidAnalyze((e) => {
        if (e.document === this.document && !isRevision(e.state)) this.changed.fire(this.document);
      }),
      store.onDidForget((uri) => {
        if (this.document?.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    // Focus moving to a panel or a webview leaves no active editor: keep following the article while it is visible.
    if (!editor && this.document && vscode.window.visibleTextEditors.some((e) => e.document === this.document)) return;
    const next = editor && !editor.document.isClosed && this.store.isArticle(editor.document) ? editor.document : undefined;
    if (next === this.document) return;
    this.document = next;
    void vscode.commands.executeCommand('setContext', 'factlens.articleActive', next !== undefined);
    this.changed.fire(next);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
