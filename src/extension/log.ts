// The "Fact Lens" output channel, and a guard that turns an exception in a provider into a log line.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Fact Lens');

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  error(what: string, err: unknown): void {
    const detail = err instanceof Error ? err.stack ?? err.message : String(err);
    this.channel.appendLine(`[${new Date().toISOString()}] ERROR ${what}: ${detail}`);
  }

  /** Runs fn; on an exception logs it and returns `fallback`, so the editor never sees the failure. */
  guard<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      this.error(what, err);
      return fallback;
    }
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
