// The shared analysis store: which documents are articles, their analysis cached per document version,
// re-analysis debounced while typing, oversized and binary files skipped with a one-time notice.
// While typing, each edit is shown at once by a revision (the engine's reviseAnalysis: only the changed
// paragraphs analysed again, the rest kept); the whole analysis follows when typing pauses and replaces it.
import * as vscode from 'vscode';
import { analyze, analyzeInSteps, prepareRevisions, reviseAnalysis, reviseGradually, type Analysis, type AnalyzeOptions } from '../core';
import type { BackgroundAnalyzer } from './backgroundAnalyzer';
import { SECTION, readSettings, type Settings } from './config';
import { formatSize, looksBinary } from './eligibility';
import type { Log } from './log';
import { AnalysisIndex } from './lookup';

export interface AnalyzedState {
  kind: 'analyzed';
  version: number;
  analysis: Analysis;
  index: AnalysisIndex;
  /** Time the engine took, in milliseconds. */
  ms: number;
  /** Made by revising an earlier analysis after an edit: shown at once, replaced by the whole analysis when typing pauses. */
  revised?: boolean;
}

export interface SkippedState {
  kind: 'skipped';
  version: number;
  reason: 'too-large' | 'binary' | 'failed';
  /** What the user was told. */
  notice: string;
}

export type DocumentState = AnalyzedState | SkippedState;

/** A revision made after an edit, which the whole analysis will replace when typing pauses. */
export const isRevision = (state: DocumentState): boolean => state.kind === 'analyzed' && state.revised === true;

export interface AnalyzeEvent {
  document: vscode.TextDocument;
  state: DocumentState;
  /** How long the store waited for typing to pause before starting this analysis, in milliseconds (0 when none). */
  delayMs: number;
}

/**
 * From this length on, scheduled analyses run in the background analyzer when there is one, else (the web host)
 * on this thread a stage at a time, with pauses between.
 */
const BACKGROUND_MIN_LENGTH = 64 * 1024;

/** Documents that are never articles even when their language matches: editor-internal views. */
const INTERNAL_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'git', 'vscode-settings', 'comment']);

export class AnalysisStore implements vscode.Disposable {
  private current: Settings = readSettings();
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Revisions waiting for the edits of the current turn to arrive, per URI. */
  private readonly revisionTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What the last whole analysis took, per URI: what typing on this thread must wait for (typingDelay). */
  private readonly wholeMs = new Map<string, number>();
  /** The typing pause waited before the analysis now being made, per URI (reported with onDidAnalyze). */
  private readonly waited = new Map<string, number>();
  /** Document versions being analysed in the background, per URI. */
  private readonly inFlight = new Map<string, number>();
  /** The preparation for revisions under way (see prepare), by URI; a newer one stops it. */
  private preparing: { key: string; done: Promise<void> } | undefined;
  private readonly noticesShown = new Set<string>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzeEvent>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly settingsChanged = new vscode.EventEmitter<Settings>();
  private readonly disposables: vscode.Disposable[] = [];

  /** A document got a new analysis (or was skipped). */
  readonly onDidAnalyze = this.analyzed.event;
  /** A document is no longer an article (closed, or excluded by a settings change): clear what shows it. */
  readonly onDidForget = this.forgotten.event;
  readonly onDidChangeSettings = this.settingsChanged.event;

  constructor(private readonly log: Log, private readonly background?: BackgroundAnalyzer) {
    this.disposables.push(
      this.analyzed,
      this.forgotten,
      this.settingsChanged,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        this.scheduleRevision(e.document);
        this.schedule(e.document, this.typingDelay(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.reloadSettings();
      }),
    );
    // The first analyses run after activation returns, so they never delay VS Code's start.
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  get settings(): Settings {
    return this.current;
  }

  isArticle(document: vscode.TextDocument): boolean {
    const s = this.current;
    if (INTERNAL_SCHEMES.has(document.uri.scheme) || !s.languages.includes(document.languageId)) return false;
    const matches = (pattern: string): boolean => vscode.languages.match({ pattern }, document) > 0;
    if (s.include.length && !s.include.some(matches)) return false;
    return !s.exclude.some(matches);
  }

  /** The state of the document's current version, analysing it now (on this thread) if needed; undefined for non-articles. */
  get(document: vscode.TextDocument): DocumentState | undefined {
    if (!this.isArticle(document)) return undefined;
    const cached = this.states.get(document.uri.toString());
    return cached && cached.version === document.version ? cached : this.reviseNow(document) ?? this.run(document);
  }

  /** The whole analysis (not a revision) of this version is in the store. */
  private hasWhole(key: string, version: number): boolean {
    const state = this.states.get(key);
    return state !== undefined && state.version === version && !isRevision(state);
  }

  /**
   * The analysis of the document's current version, for language providers and commands: computed now for a
   * short article; a long one, analysed in the background or in steps, has none until the result arrives
   * (onDidAnalyze), so that a hover or an outline request never freezes the editor.
   */
  analysisFor(document: vscode.TextDocument): AnalyzedState | undefined {
    if (!this.isArticle(document)) return undefined;
    const cached = this.states.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached.kind === 'analyzed' ? cached : undefined;
    if (this.isLong(document)) {
      // While typing, the scheduled analysis comes after the pause: a provider's request does not start one early.
      if (!this.timers.has(document.uri.toString())) this.refresh(document);
      return undefined;
    }
    const state = this.reviseNow(document) ?? this.run(document);
    return state.kind === 'analyzed' ? state : undefined;
  }

  /** The last state computed for the document, even if it has been edited since; never analyses. */
  latest(document: vscode.TextDocument): DocumentState | undefined {
    return this.isArticle(document) ? this.states.get(document.uri.toString()) : undefined;
  }

  /**
   * How long to wait after a keystroke: the debounce setting; for an article analysed on this thread, twice what
   * its last analysis took when that is longer (up to 5 s), so typing is not frozen between every few keystrokes.
   * In the background there is no such cost: one analysis at a time per document (see refresh) is enough.
   */
  private typingDelay(document: vscode.TextDocument): number {
    if (this.isLong(document)) return this.current.debounceMs;
    const cost = Math.min(5000, 2 * (this.wholeMs.get(document.uri.toString()) ?? 0));
    return Math.max(this.current.debounceMs, cost);
  }

  /**
   * Shows an edit at once: the last analysis revised (the engine's reviseGradually) from the next turn, once this
   * turn's edits are all in. It costs a few milliseconds for a typical article and some tens for a megabyte, in
   * stretches with a turn of the event loop between them (finding the edited paragraphs, analysing them, moving the
   * rest, the duplicate search over the whole article, painting), so that the editor's own work is never held up
   * long. The engine gives no revision where one cannot be trusted; the whole analysis, due when typing pauses, is
   * then the next thing shown.
   */
  private scheduleRevision(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return;
    const key = document.uri.toString();
    if (this.revisionTimers.has(key)) return;
    this.revisionTimers.set(key, setTimeout(() => {
      this.revisionTimers.delete(key);
      void this.revise(document);
    }, 0));
  }

  private async revise(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const last = this.states.get(key);
    if (document.isClosed || last?.kind !== 'analyzed' || last.version === document.version || !this.isArticle(document)) return;
    if (documentLength(document) > this.current.maxFileSize) return;
    const version = document.version;
    const text = document.getText();
    // Edited again, closed, or analysed whole meanwhile: that later state is the one to show.
    const overtaken = (): boolean => document.isClosed || document.version !== version || this.hasWhole(key, version);
    try {
      const steps = reviseGradually(last.analysis, text, this.engineOptions());
      let ms = 0;
      let analysis: Analysis | undefined;
      // Steps run back to back until a turn has used STEPS_BUDGET_MS: a short article's revision takes one turn, a
      // long one's a few, each short, without waiting behind the editor's other work at every step.
      let turnStart = performance.now();
      for (;;) {
        const t0 = performance.now();
        const step = steps.next();
        const t1 = performance.now();
        ms += t1 - t0;
        if (step.done) {
          analysis = step.value;
          break;
        }
        if (t1 - turnStart >= STEPS_BUDGET_MS) {
          await nextTurn();
          if (overtaken()) return;
          turnStart = performance.now();
        }
      }
      if (!analysis) return;
      // Painting and the diagnostics are a stretch of their own when this turn has already done its share.
      if (performance.now() - turnStart >= STEPS_BUDGET_MS) {
        await nextTurn();
        if (overtaken()) return;
      }
      this.store(document, { kind: 'analyzed', version, analysis, index: new AnalysisIndex(analysis), ms, revised: true }, 0);
    } catch (err) {
      // The whole analysis still comes when typing pauses.
      this.log.error(`revising the analysis of ${basename(document.uri)}`, err);
    }
  }

  /**
   * Asked for the analysis of a version typed since the last one (a provider or a command, before the scheduled
   * revision has run): the last analysis revised now, which costs a fraction of analysing the article whole; the
   * whole analysis still follows when typing pauses. Undefined when there is nothing to revise, or the engine
   * gives no revision.
   */
  private reviseNow(document: vscode.TextDocument): AnalyzedState | undefined {
    const key = document.uri.toString();
    const last = this.states.get(key);
    if (last?.kind !== 'analyzed' || last.version === document.version || !this.timers.has(key)) return undefined;
    if (documentLength(document) > this.current.maxFileSize) return undefined;
    try {
      const t0 = performance.now();
      const analysis = reviseAnalysis(last.analysis, document.getText(), this.engineOptions());
      if (!analysis) return undefined;
      const state: AnalyzedState = { kind: 'analyzed', version: document.version, analysis, index: new AnalysisIndex(analysis), ms: performance.now() - t0, revised: true };
      this.store(document, state, 0);
      return state;
    } catch (err) {
      this.log.error(`revising the analysis of ${basename(document.uri)}`, err);
      return undefined;
    }
  }

  /**
   * While a long article is first analysed in the background, gets this thread ready to revise it (the engine's
   * prepareRevisions: the name model decoded, the engine's code compiled, the article's paragraphs read by the
   * duplicate search), one short step per turn of the event loop, so that the first edits are shown as quickly
   * as the later ones. Stops at the first edit (its revision then does what is left) or when the document closes.
   */
  private prepare(document: vscode.TextDocument, text: string): void {
    const key = document.uri.toString();
    const version = document.version;
    const steps = prepareRevisions(text, this.engineOptions());
    const preparation = { key, done: Promise.resolve() };
    preparation.done = this.inSteps(steps, () => this.preparing !== preparation || document.isClosed || document.version !== version)
      .catch((err: unknown) => this.log.error(`preparing to revise ${basename(document.uri)}`, err))
      .finally(() => {
        if (this.preparing === preparation) this.preparing = undefined;
      });
    this.preparing = preparation;
  }

  /**
   * A long article's first whole analysis, before it is shown: a few revisions of it rehearsed (a space typed at
   * places spread over the article, each revising the one before, the results thrown away), in short steps: the
   * size of what a revision moves (thousands of sentences, mentions and entities) is what the first revisions would
   * otherwise be the first to handle, with code not yet compiled for it (one rehearsal left the next few real
   * revisions still slower than the later ones). Done before showing, not after: the first edit, often made as
   * soon as the highlights appear, met the rehearsals still running. Given up at the first real edit.
   */
  private async rehearse(document: vscode.TextDocument, state: AnalyzedState): Promise<void> {
    const key = document.uri.toString();
    if (this.preparing?.key === key) await this.preparing.done;
    const stop = (): boolean => document.isClosed || document.version !== state.version;
    let analysis: Analysis | undefined = state.analysis;
    for (let i = 0; i < REHEARSALS && analysis && !stop(); i++) {
      const text: string = analysis.text;
      const at = text.indexOf(' ', Math.floor(((i + 0.5) / REHEARSALS) * text.length));
      if (at < 0) return;
      const steps = reviseGradually(analysis, `${text.slice(0, at)} ${text.slice(at)}`, this.engineOptions());
      analysis = await this.inSteps(steps, stop)
        .catch((err: unknown) => { this.log.error(`rehearsing a revision of ${basename(document.uri)}`, err); return undefined; });
    }
  }

  /**
   * Runs background work's steps, BACKGROUND_BUDGET_MS of them at a time with a short pause between, until it ends
   * (its result) or `stop()` says so (undefined); adds the time the steps took to `spent.ms`. The pause leaves this
   * thread idle for a moment: a message between the window and this thread takes several turns of the event loop
   * on its way (write queue, compression, reply), and with a step in every turn an edit made meanwhile reached the
   * extension a few hundred ms late.
   */
  private async inSteps<T>(steps: Generator<void, T, void>, stop: () => boolean, spent = { ms: 0 }): Promise<T | undefined> {
    for (;;) {
      await pause(BACKGROUND_PAUSE_MS);
      if (stop()) {
        steps.return(undefined as T);
        return undefined;
      }
      const turnStart = performance.now();
      try {
        do {
          const step = steps.next();
          if (step.done) return step.value;
        } while (performance.now() - turnStart < BACKGROUND_BUDGET_MS);
      } finally {
        spent.ms += performance.now() - turnStart;
      }
    }
  }

  /** Long enough to be analysed in the background (or in steps where there is none), and not too large to analyse. */
  private isLong(document: vscode.TextDocument): boolean {
    const length = documentLength(document);
    return length >= BACKGROUND_MIN_LENGTH && length <= this.current.maxFileSize;
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.isArticle(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.waited.set(key, delayMs);
      if (!document.isClosed) this.refresh(document);
    }, delayMs));
  }

  /** Brings the document's state up to date: a long article in the background, or in steps where there is none; else now. */
  private refresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const version = document.version;
    if (!this.isArticle(document) || this.hasWhole(key, version) || this.inFlight.get(key) === version) return;
    if (!this.isLong(document)) {
      this.run(document);
      return;
    }
    // One analysis at a time per document: an older version still being analysed picks up this one when it ends.
    if (this.inFlight.has(key)) return;
    const text = document.getText();
    if (looksBinary(text)) {
      this.run(document);
      return;
    }
    this.inFlight.set(key, version);
    if (!this.background) {
      this.analyzeHere(document, text);
      return;
    }
    // The first analysis of this document: the thread is idle until its result comes.
    const first = !this.states.has(key);
    if (first) this.prepare(document, text);
    this.background.analyze(text, this.engineOptions()).then(
      async ({ analysis, ms }) => {
        const wanted = this.inFlight.get(key) === version;
        // Dropped when the document changed or closed meanwhile, the settings changed, or a provider already
        // analysed this version on the main thread. Edited meanwhile: the latest version's turn, unless typing goes on.
        if (!wanted || document.isClosed || document.version !== version || this.hasWhole(key, version)) {
          if (wanted) this.inFlight.delete(key);
          if (wanted && !document.isClosed && !this.timers.has(key)) this.refresh(document);
          return;
        }
        this.log.info(`analysed ${basename(document.uri)} v${version} in the background: ${text.length} characters in ${ms.toFixed(1)} ms`);
        this.wholeMs.set(key, ms);
        const state: AnalyzedState = { kind: 'analyzed', version, analysis, index: new AnalysisIndex(analysis), ms };
        // The version stays in flight while rehearsing: a provider's request meanwhile starts no other analysis.
        if (first) await this.rehearse(document, state);
        if (this.inFlight.get(key) === version) this.inFlight.delete(key);
        if (document.isClosed || this.hasWhole(key, version)) return;
        this.store(document, state);
        // Edited during the rehearsal (which stopped there): the edit is shown revised, and analysed whole after the pause.
        if (document.version !== version) {
          this.scheduleRevision(document);
          if (!this.timers.has(key)) this.refresh(document);
        }
      },
      (err: unknown) => {
        const wanted = this.inFlight.get(key) === version;
        if (wanted) this.inFlight.delete(key);
        this.log.error(`background analysis of ${basename(document.uri)}; analysing on the main thread`, err);
        if (!document.isClosed && document.version === version) this.run(document);
        else if (wanted && !document.isClosed && !this.timers.has(key)) this.refresh(document);
      },
    ).catch((err: unknown) => this.log.error(`showing the background analysis of ${basename(document.uri)}`, err));
  }

  /**
   * A long article analysed on this thread (no background analyzer: the web host), a stage at a time with pauses
   * between, so that the editor's messages are answered meanwhile; an edit stops it, and its turn comes after the
   * typing pause.
   */
  private analyzeHere(document: vscode.TextDocument, text: string): void {
    const key = document.uri.toString();
    const version = document.version;
    const spent = { ms: 0 };
    const edited = (): boolean => document.isClosed || document.version !== version;
    this.inSteps(analyzeInSteps(text, this.engineOptions()), edited, spent).then(
      (analysis) => {
        if (this.inFlight.get(key) === version) this.inFlight.delete(key);
        if (!analysis) {
          if (!document.isClosed && !this.timers.has(key)) this.refresh(document);
          return;
        }
        if (this.hasWhole(key, version)) return;
        this.log.info(`analysed ${basename(document.uri)} v${version} in steps: ${text.length} characters in ${spent.ms.toFixed(1)} ms`);
        this.wholeMs.set(key, spent.ms);
        this.store(document, { kind: 'analyzed', version, analysis, index: new AnalysisIndex(analysis), ms: spent.ms });
      },
      (err: unknown) => {
        if (this.inFlight.get(key) === version) this.inFlight.delete(key);
        this.log.error(`analysing ${basename(document.uri)} in steps`, err);
        if (!edited()) this.store(document, this.failed(document));
      },
    );
  }

  private engineOptions(): AnalyzeOptions {
    return { nearDuplicateThreshold: this.current.similarity, summarySentences: this.current.summarySentences };
  }

  private run(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    return this.store(document, this.compute(document));
  }

  /** Keeps and announces a state; `delayMs` is the typing pause waited for it, by default the one the timer waited. */
  private store(document: vscode.TextDocument, state: DocumentState, delayMs?: number): DocumentState {
    const key = document.uri.toString();
    this.states.set(key, state);
    if (state.kind === 'skipped') this.notify(key, state);
    if (delayMs === undefined) {
      delayMs = this.waited.get(key) ?? 0;
      this.waited.delete(key);
    }
    this.analyzed.fire({ document, state, delayMs });
    return state;
  }

  private compute(document: vscode.TextDocument): DocumentState {
    const version = document.version;
    const name = basename(document.uri);
    const length = documentLength(document);
    if (length > this.current.maxFileSize) {
      return {
        kind: 'skipped', version, reason: 'too-large',
        notice: `Fact Lens skipped ${name}: it has ${formatSize(length)}, more than the factlens.maxFileSize limit of ${formatSize(this.current.maxFileSize)}.`,
      };
    }
    const text = document.getText();
    if (looksBinary(text)) {
      return { kind: 'skipped', version, reason: 'binary', notice: `Fact Lens skipped ${name}: it looks like a binary file, not an article.` };
    }
    try {
      const t0 = performance.now();
      const analysis = analyze(text, this.engineOptions());
      const index = new AnalysisIndex(analysis);
      const ms = performance.now() - t0;
      this.wholeMs.set(document.uri.toString(), ms);
      this.log.info(`analysed ${name} v${version}: ${text.length} characters in ${ms.toFixed(1)} ms`);
      return { kind: 'analyzed', version, analysis, index, ms };
    } catch (err) {
      this.log.error(`analysing ${name}`, err);
      return this.failed(document);
    }
  }

  private failed(document: vscode.TextDocument): SkippedState {
    return { kind: 'skipped', version: document.version, reason: 'failed', notice: `Fact Lens could not analyse ${basename(document.uri)}; see the Fact Lens output for details.` };
  }

  /** Tells the user once per document why it shows nothing. */
  private notify(key: string, state: SkippedState): void {
    if (this.noticesShown.has(key)) return;
    this.noticesShown.add(key);
    this.log.info(state.notice);
    const action = state.reason === 'too-large' ? 'Open Settings' : state.reason === 'failed' ? 'Show Log' : undefined;
    void vscode.window.showInformationMessage(state.notice, ...(action ? [action] : [])).then((picked) => {
      if (picked === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'factlens.maxFileSize');
      if (picked === 'Show Log') void vscode.commands.executeCommand('factlens.showLog');
    });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    clearTimeout(this.revisionTimers.get(key));
    this.revisionTimers.delete(key);
    this.wholeMs.delete(key);
    this.waited.delete(key);
    this.states.delete(key);
    this.inFlight.delete(key);
    this.noticesShown.delete(key);
    this.forgotten.fire(uri);
  }

  private reloadSettings(): void {
    const before = this.current;
    this.current = readSettings();
    // Only the settings the engine or the skip rules read make the cached analyses stale.
    const stale = before.similarity !== this.current.similarity || before.summarySentences !== this.current.summarySentences
      || before.maxFileSize !== this.current.maxFileSize;
    if (stale) {
      this.states.clear();
      this.inFlight.clear();
    }
    this.settingsChanged.fire(this.current);
    for (const d of vscode.workspace.textDocuments) {
      if (!this.isArticle(d)) this.forget(d.uri);
      else if (!this.states.has(d.uri.toString())) this.schedule(d, 0);
    }
  }

  dispose(): void {
    for (const t of [...this.timers.values(), ...this.revisionTimers.values()]) clearTimeout(t);
    this.timers.clear();
    this.revisionTimers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Work a revision does in one turn of the event loop before letting the editor's work run: well under the 50 ms
 * that a user notices as a stall, with room for the step that starts just before the budget runs out (a step of a
 * megabyte's revision takes up to 10-20 ms). Typing benchmark, three alternated runs each: with 15 ms the longest
 * stretch per edit was 44-56 ms, with 6 ms 29-41 ms, and edits were shown as soon (median 57-65 and 58-69 ms).
 */
const STEPS_BUDGET_MS = 6;

/** Revisions rehearsed on a long article's first whole analysis before it is shown (see rehearse). */
const REHEARSALS = 4;

/** Background work (preparing, rehearsing) done between pauses, and the pause: see inSteps. */
const BACKGROUND_BUDGET_MS = 10;
const BACKGROUND_PAUSE_MS = 2;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A later turn of the event loop (setTimeout: the web extension host has no setImmediate). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The document's length from its last line's end, so an oversized file is never copied into a string. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
