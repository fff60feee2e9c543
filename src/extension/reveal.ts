// The `factlens.revealRange` command: opens an article and selects [start, end). Hover links, tree items
// and the summary view all go through it.
import * as vscode from 'vscode';
import type { OffsetRange } from './edits';

export const REVEAL_COMMAND = 'factlens.revealRange';

/** The command's arguments: the document URI as a string (so it survives a command URI's JSON) and two offsets. */
export type RevealArgs = [uri: string, start: number, end: number];

export function revealArgs(uri: vscode.Uri, span: OffsetRange): RevealArgs {
  return [uri.toString(), span.start, span.end];
}

/** A `command:` link for Markdown; only this command is enabled in the hovers that use it. */
export function revealCommandUri(uri: vscode.Uri, span: OffsetRange): string {
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify(revealArgs(uri, span)))}`;
}

export async function revealRange(uri: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return;
  const target = vscode.Uri.parse(uri);
  const document = await vscode.workspace.openTextDocument(target);
  // positionAt clamps offsets to the document, which may have changed since the link was made.
  const range = new vscode.Range(document.positionAt(start as number), document.positionAt(Math.max(start as number, end as number)));
  // Reuse the editor already showing the article, whichever column it is in.
  const visible = vscode.window.visibleTextEditors.find((ed) => ed.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
