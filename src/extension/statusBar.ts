// Status bar item for the active article: its counts, or why it was skipped. Clicking opens the view.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { AnalysisStore } from './documents';
import { countOf } from './format';

export const SHOW_VIEW_COMMAND = 'factlens.showView';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly store: AnalysisStore, private readonly active: ActiveArticle) {
    this.item.name = 'Fact Lens';
    this.item.command = SHOW_VIEW_COMMAND;
    this.disposables.push(active.onDidChange(() => this.update()));
    this.update();
  }

  /** The item's current text, for tests. */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const document = this.active.current;
    const state = document && this.store.latest(document);
    if (!state) {
      this.item.hide();
      return;
    }
    if (state.kind === 'skipped') {
      this.item.text = '$(circle-slash) Fact Lens: skipped';
      this.item.tooltip = state.notice;
      this.item.accessibilityInformation = { label: state.notice };
    } else {
      const a = state.analysis;
      const people = a.entities.filter((e) => e.type === 'person').length;
      this.item.text = `$(eye) ${people} $(person) ${a.quotes.length} $(quote)${a.duplicates.length ? ` ${a.duplicates.length} $(copy)` : ''}`;
      this.item.tooltip = [
        'Fact Lens',
        `${countOf(people, 'person', 'people')}, ${countOf(a.entities.length - people, 'other entity', 'other entities')}`,
        countOf(a.quotes.length, 'quote'),
        countOf(a.duplicates.length, 'duplicated paragraph'),
        `Analysed in ${state.ms.toFixed(0)} ms. Click to open the Facts view.`,
      ].join('\n');
      this.item.accessibilityInformation = {
        label: `Fact Lens: ${countOf(people, 'person', 'people')}, ${countOf(a.quotes.length, 'quote')}, ${countOf(a.duplicates.length, 'duplicated paragraph')}`,
      };
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
