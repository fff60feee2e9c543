// Helpers shared by the integration tests (they run inside the extension host).
//
// Environment set by the driver (scripts/e2e/run.mjs; it reaches the extension host through the server's env):
//   FACTLENS_E2E_MODE           'dev' (extension loaded from the repository) or 'vsix' (the packaged .vsix,
//                               installed); unset under @vscode/test-electron, which always runs the repository.
//   FACTLENS_EXPECT_INSTALLED   '1' in vsix mode: tests must be exercising the installed copy, whose folder is
//   FACTLENS_INSTALLED_PATH     (00-host.test.ts checks this; other tests need not repeat it).
//   FACTLENS_SCREENSHOT_DIR     where screenshot() finds the files the driver saves.
//   FACTLENS_TEST_GREP          mocha grep (run.mjs --grep), read by index.ts.
import * as fs from 'fs';
import * as path from 'path';
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactLensApi } from '../../src/extension/extension';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until fn returns a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The API of the Fact Lens extension under test, activated. */
export async function factLens(): Promise<FactLensApi> {
  const ext = vscode.extensions.getExtension<FactLensApi>('factlens.factlens');
  assert.ok(ext, 'Fact Lens is installed');
  return ext.activate();
}

/** URI of a fixture copied into the test workspace folder (the driver copies test/fixtures there). */
export function fixtureUri(name: string): vscode.Uri {
  const ws = vscode.workspace.workspaceFolders?.[0];
  if (!ws) throw new Error('the integration suite needs a workspace folder holding the fixtures');
  return vscode.Uri.joinPath(ws.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Asks the driver to save a screenshot of the editor as `<name>.png`, and waits until it exists.
 * The driver sets FACTLENS_SCREENSHOT_DIR; without it (e.g. under @vscode/test-electron) this does nothing.
 */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.FACTLENS_SCREENSHOT_DIR;
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  try { fs.unlinkSync(file); } catch { /* not there yet */ }
  console.log(`FACTLENS_SCREENSHOT ${name}`);
  await waitFor(() => fs.existsSync(file), `screenshot ${name}`, 15000);
}

/** Lines (0-based) whose text repeats an earlier non-blank line, with the line they repeat. */
export function repeatedLines(text: string): { line: number; original: number }[] {
  const first = new Map<string, number>();
  const out: { line: number; original: number }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const key = line.trim();
    if (!key) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else out.push({ line: i, original: seen });
  });
  return out;
}

/** The diagnostics Fact Lens published for a document, top to bottom (read from any extension host). */
export function factLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Fact Lens').sort((a, b) => a.range.start.line - b.range.start.line);
}

/**
 * Waits until a document's repeated paragraphs (repeatedLines: five in the rewrite sample) are all reported, and
 * checks each report: its whole line, a warning with code duplicate-paragraph, a message and related information
 * naming the original's line. Returns the diagnostics, top to bottom.
 */
export async function expectRepeatedParagraphsReported(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const expected = repeatedLines(document.getText());
  assert.strictEqual(expected.length, 5, 'the rewrite repeats its headline and four paragraphs');
  const diagnostics = await waitFor(() => { const d = factLensDiagnostics(document.uri); return d.length === expected.length && d; }, 'five duplicate diagnostics');
  diagnostics.forEach((d, i) => {
    const { line, original } = expected[i];
    assert.deepStrictEqual([d.range.start.line, d.range.start.character], [line, 0], `diagnostic ${i} starts its line`);
    assert.deepStrictEqual([d.range.end.line, d.range.end.character], [line, document.lineAt(line).text.length], `diagnostic ${i} ends its line`);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, 'exact copies are warnings');
    assert.strictEqual(d.code, 'duplicate-paragraph');
    assert.match(d.message, new RegExp(`line ${original + 1}\\b`));
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'related information points to the original');
    // Diagnostics published from the web worker host reach this host with the URI as a plain object.
    const uri = related.location.uri instanceof vscode.Uri ? related.location.uri : vscode.Uri.from(related.location.uri);
    assert.strictEqual(uri.toString(), document.uri.toString());
    assert.strictEqual(related.location.range.start.line, original);
  });
  return diagnostics;
}

/** The plain text of a hover: Markdown escapes and the non-breaking spaces of appendText undone. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~&])/g, '$1');
}

/** The position `offsetInside` code units into the first occurrence of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, offsetInside = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${document.fileName}`);
  return document.positionAt(at + offsetInside);
}
