// "Fact Lens: Summarize Article": a webview beside the article with the summary sentences, key people,
// quotes and figures. Clicking an item reveals it in the article; "Copy as Markdown" copies the summary.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { basename, isRevision, type AnalysisStore } from './documents';
import type { Log } from './log';
import { revealRange } from './reveal';
import { messageHtml, parseSummaryMessage, summaryHtml, summaryMarkdown } from './summaryContent';

export const SUMMARY_VIEW_TYPE = 'factlens.summary';

export class SummaryView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The article the panel shows. */
  private document: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly media: vscode.Uri;

  constructor(extensionUri: vscode.Uri, private readonly store: AnalysisStore, private readonly active: ActiveArticle, private readonly log: Log) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
    this.disposables.push(
      vscode.commands.registerCommand('factlens.summarize', () => this.show()),
      vscode.commands.registerCommand('factlens.copySummary', () => this.copy(this.active.current ?? this.document)),
      // Rendered again for whole analyses only: a webview reloads its page, which would flicker at every keystroke.
      store.onDidAnalyze((e) => {
        if (e.document === this.document && !isRevision(e.state)) this.render();
      }),
      // Like the Markdown preview, the open panel follows the article the user turns to.
      active.onDidChange((document) => {
        if (!this.panel || !document || document === this.document) return;
        this.document = document;
        this.render();
      }),
    );
  }

  /** Opens (or refreshes) the panel for the active article. */
  private show(): void {
    const document = this.active.current;
    if (!document) {
      void vscode.window.showInformationMessage('Fact Lens: open a plain text or Markdown article to summarize it.');
      return;
    }
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, 'Summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [this.media],
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.media, 'factlens.svg');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m), undefined, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.render();
  }

  private render(): void {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    this.log.guard('summary view', undefined, () => {
      const title = `Summary: ${basename(document.uri)}`;
      panel.title = title;
      const state = this.store.analysisFor(document);
      if (!state) {
        const latest = this.store.latest(document);
        const message = !this.store.isArticle(document) ? 'This file is not an article.'
          : latest?.kind === 'skipped' && latest.version === document.version ? latest.notice : 'Analysing the article…';
        panel.webview.html = messageHtml(message);
        return;
      }
      const webview = panel.webview;
      webview.html = summaryHtml(state.analysis, {
        title,
        cspSource: webview.cspSource,
        nonce: nonce(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'summary.css')).toString(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'summary.js')).toString(),
      });
    });
  }

  private onMessage(raw: unknown): void {
    const document = this.document;
    const state = document && this.store.analysisFor(document);
    if (!document || !state) return;
    const message = parseSummaryMessage(raw, state.analysis.text.length);
    if (message?.type === 'reveal') void revealRange(document.uri.toString(), message.start, message.end);
    else if (message?.type === 'copy') void this.copy(document);
  }

  private async copy(document: vscode.TextDocument | undefined): Promise<void> {
    const state = document && this.store.analysisFor(document);
    if (!document || !state) {
      void vscode.window.showInformationMessage('Fact Lens: open a plain text or Markdown article to copy its summary.');
      return;
    }
    await vscode.env.clipboard.writeText(summaryMarkdown(state.analysis, basename(document.uri)));
    vscode.window.setStatusBarMessage('$(check) Fact Lens: summary copied as Markdown', 3000);
  }

  /** The open panel, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** A fresh random nonce for the page's one script (crypto.getRandomValues exists in Node and browsers). */
function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
