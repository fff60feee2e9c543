// The Summarize view's HTML and the "copy as Markdown" text. No vscode import: unit-tested on its own.
// Every piece of article text goes through escapeHtml / escapeMarkdown: an article is untrusted input.
import type { Analysis } from '../core';
import { TYPE_LABEL, countOf, escapeMarkdown, formatValue } from './format';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}


interface Located {
  start: number;
  end: number;
}

/** The summary's content, resolved once for both renderings. */
interface SummaryModel {
  sentences: ({ text: string } & Located)[];
  people: ({ name: string; roles: string[]; mentions: number } & Partial<Located>)[];
  quotes: ({ text: string; speakerName: string | null } & Located)[];
  figures: ({ text: string; label: string; value: string | null } & Located)[];
}

function model(analysis: Analysis): SummaryModel {
  const facts = analysis.summary.keyFacts;
  const firstMention = new Map(analysis.entities.map((e) => [e.id, e.mentions[0]]));
  return {
    sentences: analysis.summary.sentences.map(({ text, start, end }) => ({ text, start, end })),
    people: facts.people.map((p) => {
      const m = firstMention.get(p.id);
      return { name: p.name, roles: p.roles, mentions: p.mentions, ...(m ? { start: m.start, end: m.end } : {}) };
    }),
    quotes: facts.quotes.map(({ text, speakerName, start, end }) => ({ text, speakerName, start, end })),
    figures: facts.figures.map((f) => ({ text: f.text, label: TYPE_LABEL[f.type], value: formatValue(f.value), start: f.start, end: f.end })),
  };
}

export function summaryMarkdown(analysis: Analysis, title: string): string {
  const m = model(analysis);
  const lines = [`# Summary: ${escapeMarkdown(title)}`, ''];
  lines.push(m.sentences.length ? m.sentences.map((s) => escapeMarkdown(s.text)).join(' ') : '_No summary sentences._', '');
  if (m.people.length) {
    lines.push('## Key people', '');
    for (const p of m.people) {
      const roles = p.roles.length ? `, ${p.roles.map(escapeMarkdown).join('; ')}` : '';
      lines.push(`- **${escapeMarkdown(p.name)}**${roles} (${countOf(p.mentions, 'mention')})`);
    }
    lines.push('');
  }
  if (m.quotes.length) {
    lines.push('## Quotes', '');
    for (const q of m.quotes) lines.push(`- ${escapeMarkdown(q.text)} — ${q.speakerName ? escapeMarkdown(q.speakerName) : '_unattributed_'}`);
    lines.push('');
  }
  if (m.figures.length) {
    lines.push('## Figures', '');
    for (const f of m.figures) lines.push(`- ${escapeMarkdown(f.text)} (${f.label}${f.value ? `: ${escapeMarkdown(f.value)}` : ''})`);
    lines.push('');
  }
  return lines.join('\n');
}

export interface SummaryPage {
  title: string;
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

/** A link that asks the extension to reveal [start, end) in the article (a link, so long text wraps). */
function revealButton(inner: string, at: Partial<Located>): string {
  if (at.start === undefined || at.end === undefined) return `<span>${inner}</span>`;
  return `<a class="reveal" href="#" role="button" data-start="${at.start}" data-end="${at.end}">${inner}</a>`;
}

function section(heading: string, items: string[], empty: string): string {
  const body = items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="empty">${empty}</p>`;
  return `<section><h2>${heading}</h2>${body}</section>`;
}

export function summaryHtml(analysis: Analysis, page: SummaryPage): string {
  const m = model(analysis);
  const csp = `default-src 'none'; style-src ${page.cspSource}; script-src 'nonce-${page.nonce}';`;
  const sentences = m.sentences.map((s) => revealButton(escapeHtml(s.text), s));
  const people = m.people.map((p) => {
    const roles = p.roles.length ? ` <span class="roles">${escapeHtml(p.roles.join('; '))}</span>` : '';
    return `${revealButton(`<strong>${escapeHtml(p.name)}</strong>`, p)}${roles} <span class="count">${countOf(p.mentions, 'mention')}</span>`;
  });
  const quotes = m.quotes.map((q) =>
    `${revealButton(escapeHtml(q.text), q)} <span class="speaker">— ${q.speakerName ? escapeHtml(q.speakerName) : '<em>unattributed</em>'}</span>`);
  const figures = m.figures.map((f) =>
    `${revealButton(escapeHtml(f.text), f)} <span class="type">${f.label}</span>${f.value ? ` <span class="value">${escapeHtml(f.value)}</span>` : ''}`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<header><h1>${escapeHtml(page.title)}</h1><button id="copy" type="button">Copy as Markdown</button></header>
<section><h2>Summary</h2>${sentences.length ? `<ol class="summary">${sentences.map((s) => `<li>${s}</li>`).join('')}</ol>` : '<p class="empty">No summary sentences.</p>'}</section>
${section('Key people', people, 'No people found.')}
${section('Quotes', quotes, 'No quotes found.')}
${section('Figures', figures, 'No figures found.')}
<script nonce="${page.nonce}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

/** A page with one line of text, for when there is no summary to show (yet). */
export function messageHtml(message: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${escapeHtml(message)}</p></body></html>`;
}

export type SummaryMessage = { type: 'reveal'; start: number; end: number } | { type: 'copy' };

/** Accepts only the two messages the view's script sends, with offsets inside the article. */
export function parseSummaryMessage(message: unknown, textLength: number): SummaryMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'copy') return { type: 'copy' };
  if (m.type !== 'reveal') return undefined;
  const { start, end } = m;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const s = start as number;
  const e = end as number;
  return s >= 0 && s <= e && e <= textLength ? { type: 'reveal', start: s, end: e } : undefined;
}
