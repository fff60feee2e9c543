// Highlights: one decoration type per kind, created once and rebuilt when the colour theme changes.
// Only visible editors are painted, and in a long document only the lines around what is on screen (repainted when
// scrolling leaves them): a 1 MB article has ~20k highlights, and making and sending them all blocks the extension
// host for tens of milliseconds after every analysis. The ranges last painted are kept so tests can read them back.
import * as vscode from 'vscode';
import type { AnalysisStore } from './documents';
import { HIGHLIGHT_KINDS, highlightSpans, type HighlightKind } from './highlights';

/** Besides its colour, each kind has its own underline, so the type never shows by colour alone. */
const UNDERLINE: Record<HighlightKind, { style: string; width: string }> = {
  person: { style: 'solid', width: '2px' },
  organization: { style: 'dashed', width: '2px' },
  place: { style: 'dotted', width: '2px' },
  money: { style: 'double', width: '3px' },
  date: { style: 'solid', width: '1px' },
  quantity: { style: 'dashed', width: '1px' },
  quote: { style: 'none', width: '0' },
};

type DecorationTypes = Record<HighlightKind, vscode.TextEditorDecorationType>;

/** Lines painted above and below the visible ones; a document with fewer lines than the window is painted whole. */
const MARGIN_LINES = 500;

/** Lines [first, last] of a document painted in an editor. */
interface LineWindow {
  first: number;
  last: number;
}

function createTypes(theme: vscode.ColorThemeKind): DecorationTypes {
  // High-contrast themes draw an outline all round (their backgrounds are transparent by default).
  const highContrast = theme === vscode.ColorThemeKind.HighContrast || theme === vscode.ColorThemeKind.HighContrastLight;
  const make = (kind: HighlightKind): vscode.TextEditorDecorationType => {
    const u = UNDERLINE[kind];
    const border = kind === 'quote'
      ? (highContrast ? { border: '1px dotted' } : {})
      : { borderStyle: u.style, borderWidth: highContrast ? '1px' : `0 0 ${u.width} 0` };
    return vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(`factlens.${kind}Background`),
      borderColor: new vscode.ThemeColor(`factlens.${kind}Border`),
      ...border,
      ...(kind === 'quote' ? { fontStyle: 'italic' } : {}),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  };
  return Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, make(k)])) as DecorationTypes;
}

export class Decorations implements vscode.Disposable {
  private types = createTypes(vscode.window.activeColorTheme.kind);
  private shown = true;
  /** The ranges last painted, per document URI. */
  private readonly painted = new Map<string, Record<HighlightKind, vscode.Range[]>>();
  /** The lines painted in each editor showing part of a long document (absent: painted whole). */
  private readonly windows = new WeakMap<vscode.TextEditor, LineWindow>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    this.disposables.push(
      store.onDidAnalyze((e) => this.paintDocument(e.document)),
      store.onDidForget((uri) => this.clearDocument(uri)),
      store.onDidChangeSettings(() => this.paintVisible()),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const painted = this.windows.get(e.textEditor);
        if (painted && !e.visibleRanges.every((r) => r.start.line >= painted.first && r.end.line <= painted.last)) this.paint(e.textEditor);
      }),
      vscode.window.onDidChangeActiveColorTheme((theme) => {
        for (const t of Object.values(this.types)) t.dispose();
        this.types = createTypes(theme.kind);
        this.paintVisible();
      }),
    );
  }

  get enabled(): boolean {
    return this.shown;
  }

  /** Shows or hides every highlight; returns whether they are now shown. */
  toggle(): boolean {
    this.shown = !this.shown;
    this.paintVisible();
    return this.shown;
  }

  /** What is painted in the document's editors, per kind (empty lists when nothing is). */
  rangesFor(uri: vscode.Uri): Record<HighlightKind, vscode.Range[]> {
    return this.painted.get(uri.toString()) ?? emptyRanges();
  }

  private paintVisible(): void {
    for (const e of vscode.window.visibleTextEditors) this.paint(e);
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document === document) this.paint(e);
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const key = document.uri.toString();
    const state = this.store.latest(document);
    if (!state && !this.painted.has(key)) return;
    // Analysed before the latest edit: keep what is painted (VS Code moves it with the edits) until the new analysis.
    if (state?.kind === 'analyzed' && state.version !== document.version) return;
    const ranges = emptyRanges();
    const window = lineWindow(editor);
    if (window) this.windows.set(editor, window);
    else this.windows.delete(editor);
    if (state?.kind === 'analyzed' && this.shown) {
      const from = window ? document.offsetAt(new vscode.Position(window.first, 0)) : 0;
      const to = window ? document.offsetAt(document.lineAt(window.last).range.end) : Infinity;
      const spans = highlightSpans(state.analysis, this.store.settings.highlights, { start: from, end: to });
      for (const k of HIGHLIGHT_KINDS) {
        const list = ranges[k];
        for (const s of spans[k]) list.push(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
      }
    }
    this.painted.set(key, ranges);
    for (const k of HIGHLIGHT_KINDS) editor.setDecorations(this.types[k], ranges[k]);
  }

  private clearDocument(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.painted.delete(key)) return;
    for (const e of vscode.window.visibleTextEditors) {
      if (e.document.uri.toString() === key) for (const k of HIGHLIGHT_KINDS) e.setDecorations(this.types[k], []);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}

/** The lines to paint in a long document: the visible ones and MARGIN_LINES either side; undefined to paint all. */
function lineWindow(editor: vscode.TextEditor): LineWindow | undefined {
  const lines = editor.document.lineCount;
  const visible = editor.visibleRanges;
  if (!visible.length) return lines > 2 * MARGIN_LINES ? { first: 0, last: Math.min(lines - 1, 2 * MARGIN_LINES) } : undefined;
  const first = Math.max(0, visible[0].start.line - MARGIN_LINES);
  const last = Math.min(lines - 1, visible[visible.length - 1].end.line + MARGIN_LINES);
  return first === 0 && last === lines - 1 ? undefined : { first, last };
}

function emptyRanges(): Record<HighlightKind, vscode.Range[]> {
  return Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as vscode.Range[]])) as Record<HighlightKind, vscode.Range[]>;
}
