// Outline / breadcrumbs / Go to Symbol (entities and quotes), the mentions of the entity under the
// cursor highlighted, and Find All References on a name.
import * as vscode from 'vscode';
import { nextTurn, type AnalysisStore, type AnalyzedState } from './documents';
import type { Log } from './log';
import { outlineItems, type OutlineItem } from './outline';

const SYMBOL_KIND: Record<OutlineItem['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
  money: vscode.SymbolKind.Number,
  quantity: vscode.SymbolKind.Number,
  date: vscode.SymbolKind.Event,
  quote: vscode.SymbolKind.String,
};

function toRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** How long a request for symbols waits for the analysis it needs. */
const MAX_WAIT_MS = 60_000;

/** How long after a long article's analysis is shown a request that waited for it is answered (see analysed). */
const SYMBOLS_AFTER_SHOWING_MS = 250;

/** Symbols made per turn of the event loop for a long article (a few milliseconds' work). */
const SYMBOLS_PER_TURN = 1000;

function toSymbol(document: vscode.TextDocument, item: OutlineItem): vscode.DocumentSymbol {
  const range = toRange(document, item);
  return new vscode.DocumentSymbol(item.name, item.detail, SYMBOL_KIND[item.kind], range, range);
}

export class FactSymbolProvider implements vscode.DocumentSymbolProvider, vscode.DocumentHighlightProvider, vscode.ReferenceProvider {
  constructor(private readonly store: AnalysisStore, private readonly log: Log) {}

  /**
   * The symbols of each analysis, made once: VS Code asks for them several times per edit (outline, breadcrumbs,
   * sticky scroll), and a megabyte article has thousands.
   */
  private readonly made = new WeakMap<AnalyzedState, { max: number; symbols: vscode.DocumentSymbol[] | Promise<vscode.DocumentSymbol[]> }>();
  /** Documents whose outline was cut to factlens.outline.maxSymbols, said once each in the log. */
  private readonly cutLogged = new Set<string>();

  /**
   * One symbol per entity (at its first mention) and per quote, in document order. For a long article whose
   * analysis of this version is still being made (in the background, or after an edit), the answer waits for it:
   * VS Code asks again only when the document changes, so an empty answer would leave the outline, breadcrumbs and
   * sticky scroll empty until the next edit.
   */
  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.ProviderResult<vscode.DocumentSymbol[]> {
    return this.log.guard('document symbols', [], () => {
      const state = this.store.analysisFor(document);
      if (state) return this.symbolsFor(document, state);
      if (!this.store.isArticle(document) || this.store.latest(document)?.kind === 'skipped') return [];
      return this.analysed(document, token).then((later) => (later ? this.symbolsFor(document, later) : []));
    });
  }

  private symbolsFor(document: vscode.TextDocument, state: AnalyzedState): vscode.DocumentSymbol[] | Promise<vscode.DocumentSymbol[]> {
    const max = this.store.settings.maxOutlineSymbols;
    let made = this.made.get(state);
    if (!made || made.max !== max) this.made.set(state, (made = { max, symbols: this.symbolsOf(document, state, max) }));
    return made.symbols;
  }

  /** The analysis of the document's current version once the store has it; undefined if VS Code stops waiting or it is skipped. */
  private analysed(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<AnalyzedState | undefined> {
    const version = document.version;
    return new Promise((resolve) => {
      let later: ReturnType<typeof setTimeout> | undefined;
      const done = (state: AnalyzedState | undefined): void => {
        listener.dispose();
        cancelled.dispose();
        clearTimeout(timer);
        clearTimeout(later);
        resolve(state);
      };
      // Answered a moment after the analysis is shown, not with it: the window then takes in the highlights and
      // diagnostics first, and an edit made as they appear is not queued behind a thousand symbols.
      const listener = this.store.onDidAnalyze(({ document: d, state }) => {
        if (d === document && state.version === version && later === undefined) later = setTimeout(() => done(state.kind === 'analyzed' ? state : undefined), SYMBOLS_AFTER_SHOWING_MS);
      });
      const cancelled = token.onCancellationRequested(() => done(undefined));
      // Nothing holds on for ever: an analysis that never comes (the document no longer an article) answers nothing.
      const timer = setTimeout(() => done(undefined), MAX_WAIT_MS);
    });
  }

  /**
   * The symbols of an analysis: at once for a short article; for a long one SYMBOLS_PER_TURN at a time, a turn of
   * the event loop between them, so that thousands of symbols never hold up the editor in one stretch. Given up
   * (and not kept) when the document changes meanwhile. Not on one request's cancellation: others may share them.
   */
  private symbolsOf(document: vscode.TextDocument, state: AnalyzedState, max: number): vscode.DocumentSymbol[] | Promise<vscode.DocumentSymbol[]> {
    const items = outlineItems(state.analysis, max);
    const total = state.analysis.entities.length + state.analysis.quotes.length;
    if (items.length < total && !this.cutLogged.has(document.uri.toString())) {
      this.cutLogged.add(document.uri.toString());
      this.log.info(`the outline of ${document.uri.path.split('/').pop()} lists ${items.length} of its ${total} entities and quotes (setting factlens.outline.maxSymbols)`);
    }
    if (items.length <= SYMBOLS_PER_TURN) return items.map((item) => toSymbol(document, item));
    const made = (async (): Promise<vscode.DocumentSymbol[]> => {
      const symbols: vscode.DocumentSymbol[] = [];
      for (let from = 0; from < items.length; from += SYMBOLS_PER_TURN) {
        if (from > 0) await nextTurn();
        if (document.version !== state.version) {
          this.made.delete(state);
          return [];
        }
        for (const item of items.slice(from, from + SYMBOLS_PER_TURN)) symbols.push(toSymbol(document, item));
      }
      return symbols;
    })();
    return made.catch((err: unknown) => {
      this.made.delete(state);
      this.log.error('document symbols', err);
      return [];
    });
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    return this.log.guard('document highlights', [], () => {
      const hit = this.store.analysisFor(document)?.index.mentionAt(document.offsetAt(position));
      return hit ? hit.entity.mentions.map((m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Read)) : [];
    });
  }

  /** Every mention of the entity under the cursor; the first mention counts as its declaration. */
  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    return this.log.guard('references', [], () => {
      const hit = this.store.analysisFor(document)?.index.mentionAt(document.offsetAt(position));
      if (!hit) return [];
      const mentions = context.includeDeclaration ? hit.entity.mentions : hit.entity.mentions.slice(1);
      return mentions.map((m) => new vscode.Location(document.uri, toRange(document, m)));
    });
  }
}
