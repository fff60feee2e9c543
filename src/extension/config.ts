// The extension's settings, read in one place and typed.
import * as vscode from 'vscode';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from '../core';
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlights';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  languages: string[];
  include: string[];
  exclude: string[];
  highlights: Set<HighlightKind>;
  exactSeverity: SeveritySetting;
  nearSeverity: SeveritySetting;
  similarity: number;
  summarySentences: number;
  debounceMs: number;
  maxFileSize: number;
  maxOutlineSymbols: number;
}

export const SECTION = 'factlens';

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const list = (key: string, fallback: string[]): string[] => {
    const v = c.get<unknown>(key);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;
  };
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const v = c.get<unknown>(key);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
  };
  return {
    languages: list('languages', ['plaintext', 'markdown']),
    include: list('include', []),
    exclude: list('exclude', []),
    highlights: new Set(HIGHLIGHT_KINDS.filter((k) => c.get<boolean>(highlightSetting(k), true) !== false)),
    exactSeverity: severity(c.get('duplicates.exactSeverity'), 'warning'),
    nearSeverity: severity(c.get('duplicates.nearSeverity'), 'information'),
    similarity: number('duplicates.similarity', DEFAULT_NEAR_DUPLICATE_THRESHOLD, 0, 1),
    summarySentences: Math.round(number('summary.sentences', 3, 1, 20)),
    debounceMs: number('debounceMs', 300, 0, 10000),
    maxFileSize: number('maxFileSize', 2 * 1024 * 1024, 0, Number.MAX_SAFE_INTEGER),
    maxOutlineSymbols: Math.round(number('outline.maxSymbols', 1000, 0, Number.MAX_SAFE_INTEGER)),
  };
}

/** The setting that turns a kind's highlights on or off: `highlight.person`, …, `highlight.quotes`. */
export function highlightSetting(kind: HighlightKind): string {
  return kind === 'quote' ? 'highlight.quotes' : `highlight.${kind}`;
}

function severity(v: unknown, fallback: SeveritySetting): SeveritySetting {
  return v === 'error' || v === 'warning' || v === 'information' || v === 'hint' || v === 'off' ? v : fallback;
}

export function toDiagnosticSeverity(s: SeveritySetting): vscode.DiagnosticSeverity | undefined {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
    case 'off': return undefined;
  }
}
