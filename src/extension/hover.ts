// Hover on a mention: who or what it is, the roles and other names, how often the article mentions it,
// the parsed value, and the quotes of a person with links to them. Article text is escaped (escapeMarkdown
// rather than appendText, whose non-breaking spaces would stop long quotes from wrapping), HTML is off.
import * as vscode from 'vscode';
import type { Entity, Quote } from '../core';
import type { AnalysisStore } from './documents';
import { TYPE_LABEL, countOf, escapeMarkdown, formatValue, truncate } from './format';
import type { Log } from './log';
import type { AnalysisIndex } from './lookup';
import { REVEAL_COMMAND, revealCommandUri } from './reveal';

/** How many of a person's quotes the hover lists. */
const QUOTES_SHOWN = 3;

export class FactHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore, private readonly log: Log) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    return this.log.guard('hover', undefined, () => {
      const state = this.store.analysisFor(document);
      if (!state) return undefined;
      const offset = document.offsetAt(position);
      const hit = state.index.mentionAt(offset);
      if (hit) return new vscode.Hover(entityMarkdown(document.uri, hit.entity, state.index), spanRange(document, hit.mention));
      const quote = state.index.quoteAt(offset);
      if (quote) return new vscode.Hover(quoteMarkdown(document.uri, quote, state.index), spanRange(document, quote));
      return undefined;
    });
  }
}

function spanRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

function markdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.supportHtml = false;
  // Only the reveal command may run from a link: the article itself cannot add any command.
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  return md;
}

/** One "label: value" line, the value escaped. */
function field(md: vscode.MarkdownString, label: string, value: string): void {
  md.appendMarkdown(`${label}: `);
  md.appendMarkdown(escapeMarkdown(value));
  md.appendMarkdown('  \n');
}

export function entityMarkdown(uri: vscode.Uri, entity: Entity, index: AnalysisIndex): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown('**');
  md.appendMarkdown(escapeMarkdown(entity.name));
  md.appendMarkdown(`** — ${TYPE_LABEL[entity.type]}  \n`);
  if (entity.roles.length) field(md, entity.roles.length === 1 ? 'Role' : 'Roles', entity.roles.join('; '));
  if (entity.aliases.length) field(md, 'Also written', entity.aliases.join(', '));
  const value = formatValue(entity.value);
  if (value) field(md, 'Value', value);
  md.appendMarkdown(`Mentioned ${countOf(entity.mentions.length, 'time')} in this article`);
  const quotes = index.quotesBy(entity.id);
  if (quotes.length) {
    md.appendMarkdown(`\n\n---\n\n**${quotes.length > QUOTES_SHOWN ? `${QUOTES_SHOWN} of ${quotes.length} quotes` : countOf(quotes.length, 'quote')}**\n\n`);
    for (const q of quotes.slice(0, QUOTES_SHOWN)) {
      md.appendMarkdown('- ');
      md.appendMarkdown(escapeMarkdown(truncate(q.text, 140)));
      md.appendMarkdown(` ([go to quote](${revealCommandUri(uri, q)}))\n`);
    }
  }
  return md;
}

const RELATIVE_PRONOUN = /^(?:who|whom|which|that)$/i;

function quoteMarkdown(uri: vscode.Uri, quote: Quote, index: AnalysisIndex): vscode.MarkdownString {
  const md = markdown();
  const speaker = quote.speaker ? index.entity(quote.speaker) : undefined;
  md.appendMarkdown('**Quote** — ');
  if (quote.speakerName) {
    md.appendMarkdown('said by ');
    md.appendMarkdown(escapeMarkdown(quote.speakerName));
    if (speaker?.mentions.length) md.appendMarkdown(` ([first mention](${revealCommandUri(uri, speaker.mentions[0])}))`);
  } else {
    md.appendMarkdown('speaker not identified');
  }
  md.appendMarkdown('  \n');
  // The source as written, when it says more than the speaker's name; a relative "who" says nothing more.
  if (quote.source && quote.source.text !== quote.speakerName && !(quote.speakerName && RELATIVE_PRONOUN.test(quote.source.text))) {
    field(md, 'Attributed to', quote.source.text);
  }
  if (speaker?.roles.length) field(md, speaker.roles.length === 1 ? 'Role' : 'Roles', speaker.roles.join('; '));
  return md;
}
