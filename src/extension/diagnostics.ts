// Duplicated paragraphs as diagnostics (source "Fact Lens"), each pointing to its original, with quick
// fixes that delete one copy or every copy in the file.
import * as vscode from 'vscode';
import type { Duplicate } from '../core';
import { toDiagnosticSeverity } from './config';
import type { AnalysisStore } from './documents';
import { duplicateRemovalRanges, type OffsetRange } from './edits';
import type { Log } from './log';

export const DIAGNOSTIC_SOURCE = 'Fact Lens';
const CODE: Record<Duplicate['kind'], string> = { exact: 'duplicate-paragraph', near: 'near-duplicate-paragraph' };

export class DuplicateDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('factlens');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly store: AnalysisStore) {
    this.disposables.push(
      store.onDidAnalyze((e) => this.update(e.document)),
      store.onDidForget((uri) => this.collection.delete(uri)),
      // Severities may have changed: re-report every analysed document.
      store.onDidChangeSettings(() => vscode.workspace.textDocuments.forEach((d) => this.update(d))),
    );
  }

  private update(document: vscode.TextDocument): void {
    const state = this.store.latest(document);
    if (state?.kind !== 'analyzed') {
      this.collection.delete(document.uri);
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    for (const dup of reportedDuplicates(state.analysis.duplicates, this.store)) {
      const severity = toDiagnosticSeverity(dup.kind === 'exact' ? this.store.settings.exactSeverity : this.store.settings.nearSeverity);
      if (severity === undefined) continue;
      const line = dup.original.line + 1;
      const message = dup.kind === 'exact'
        ? `Duplicate paragraph: an exact copy of the paragraph on line ${line}.`
        : `Near-duplicate paragraph: ${Math.round(dup.similarity * 100)}% similar to the paragraph on line ${line}.`;
      const d = new vscode.Diagnostic(toRange(document, dup.duplicate), message, severity);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = CODE[dup.kind];
      d.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, dup.original)), 'Original paragraph'),
      ];
      diagnostics.push(d);
    }
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The duplicates whose severity is not "off": the ones shown, and the ones "remove all" removes. */
function reportedDuplicates(duplicates: readonly Duplicate[], store: AnalysisStore): Duplicate[] {
  const { exactSeverity, nearSeverity } = store.settings;
  return duplicates.filter((d) => (d.kind === 'exact' ? exactSeverity : nearSeverity) !== 'off');
}

function toRange(document: vscode.TextDocument, span: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export class DuplicateQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: AnalysisStore, private readonly log: Log) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return this.log.guard('quick fixes', [], () => {
      const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.code === CODE.exact || d.code === CODE.near));
      const state = ours.length ? this.store.analysisFor(document) : undefined;
      if (!state) return [];
      const all = reportedDuplicates(state.analysis.duplicates, this.store);
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of ours) {
        const start = document.offsetAt(diagnostic.range.start);
        const dup = all.find((d) => d.duplicate.start === start);
        if (!dup) continue;
        const one = new vscode.CodeAction('Remove duplicate paragraph', vscode.CodeActionKind.QuickFix);
        one.diagnostics = [diagnostic];
        one.isPreferred = dup.kind === 'exact';
        one.edit = this.removal(document, [dup]);
        actions.push(one);
      }
      if (actions.length && all.length > 1) {
        const every = new vscode.CodeAction('Remove all duplicate paragraphs in this file', vscode.CodeActionKind.QuickFix);
        every.diagnostics = ours;
        every.edit = this.removal(document, all);
        actions.push(every);
      }
      return actions;
    });
  }

  private removal(document: vscode.TextDocument, duplicates: readonly Duplicate[]): vscode.WorkspaceEdit {
    const edit = new vscode.WorkspaceEdit();
    for (const r of duplicateRemovalRanges(document.getText(), duplicates.map((d) => d.duplicate))) edit.delete(document.uri, toRange(document, r));
    return edit;
  }
}
