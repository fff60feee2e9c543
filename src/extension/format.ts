// Plain-text wording shared by the hover, the tree, the summary and the status bar. No vscode import:
// unit-tested on its own.
import type { EntityType, EntityValue } from '../core';

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  money: 'Money',
  date: 'Date',
  quantity: 'Quantity',
};

/** "1 mention", "3 mentions". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** The value the engine parsed, as a reader would say it: "2,260,000,000 GBP", "24 February 2022", "300 km". */
export function formatValue(value: EntityValue | null): string | null {
  if (!value) return null;
  switch (value.kind) {
    case 'money':
      return `${formatAmount(value.amount)} ${value.currency}`;
    case 'quantity':
      return value.unit ? `${formatAmount(value.amount)} ${value.unit}` : formatAmount(value.amount);
    case 'date':
      return formatIsoDate(value.iso);
  }
}

function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-02-24" → "24 February 2022 (2022-02-24)"; partial dates keep what they have; anything else is shown as given. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return iso;
  const words = [m[3] ? String(Number(m[3])) : '', month ?? '', m[1]].filter(Boolean).join(' ');
  return m[2] ? `${words} (${iso})` : words;
}

/**
 * Backslash-escapes what Markdown could read as syntax (inline marks, links, HTML, entities, and a list,
 * heading or quote marker at the start) and flattens line breaks, so untrusted text shows as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()<>!|~&]/g, '\\$&')
    .replace(/^(\s*)([-+#]|\d+(?=[.)]))/, (_, space: string, marker: string) =>
      /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
}
