// The "Facts" tree of the active article: entities by category with their mentions in context, quotes
// grouped by speaker, duplicated paragraphs. Clicking a leaf reveals its text.
import * as vscode from 'vscode';
import type { Duplicate, Entity, EntityType, Mention, Quote } from '../core';
import type { ActiveArticle } from './activeArticle';
import type { AnalysisStore, AnalyzedState } from './documents';
import { TYPE_LABEL, countOf, formatValue, truncate } from './format';
import type { Log } from './log';
import { REVEAL_COMMAND, revealArgs } from './reveal';

export type CategoryId = 'people' | 'organizations' | 'places' | 'figures' | 'dates' | 'quotes' | 'duplicates';

export type FactNode =
  | { kind: 'category'; id: CategoryId; label: string; count: number }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'mention'; entity: Entity; mention: Mention; ordinal: number }
  | { kind: 'speaker'; name: string; quotes: Quote[] }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'duplicate'; duplicate: Duplicate }
  | { kind: 'notice'; message: string };

const ENTITY_CATEGORIES: { id: CategoryId; label: string; types: EntityType[] }[] = [
  { id: 'people', label: 'People', types: ['person'] },
  { id: 'organizations', label: 'Organizations', types: ['organization'] },
  { id: 'places', label: 'Places', types: ['place'] },
  { id: 'figures', label: 'Money & figures', types: ['money', 'quantity'] },
  { id: 'dates', label: 'Dates', types: ['date'] },
];

const ICON: Record<EntityType, string> = {
  person: 'person', organization: 'organization', place: 'location', money: 'credit-card', quantity: 'symbol-number', date: 'calendar',
};

/** Label of the speaker group for quotes nobody is credited with. */
const UNATTRIBUTED = 'Unattributed';

export class FactTreeProvider implements vscode.TreeDataProvider<FactNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FactNode | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: AnalysisStore, private readonly active: ActiveArticle, private readonly log: Log) {
    this.disposables.push(active.onDidChange(() => this.changed.fire(undefined)));
  }

  /** The analysed article the tree shows, if any. */
  private state(): { document: vscode.TextDocument; state: AnalyzedState } | { notice: string } | undefined {
    const document = this.active.current;
    if (!document) return undefined;
    const state = this.store.latest(document);
    if (!state) return undefined;
    return state.kind === 'analyzed' ? { document, state } : { notice: state.notice };
  }

  getChildren(node?: FactNode): FactNode[] {
    return this.log.guard('facts tree', [], () => {
      const current = this.state();
      if (!current) return [];
      if ('notice' in current) return node ? [] : [{ kind: 'notice', message: current.notice }];
      const { analysis } = current.state;
      if (!node) {
        const categories: FactNode[] = ENTITY_CATEGORIES.map(({ id, label, types }) =>
          ({ kind: 'category', id, label, count: analysis.entities.filter((e) => types.includes(e.type)).length }));
        categories.push({ kind: 'category', id: 'quotes', label: 'Quotes', count: analysis.quotes.length });
        categories.push({ kind: 'category', id: 'duplicates', label: 'Duplicates', count: analysis.duplicates.length });
        return categories;
      }
      switch (node.kind) {
        case 'category': {
          if (node.id === 'quotes') return speakers(analysis.quotes);
          if (node.id === 'duplicates') return analysis.duplicates.map((duplicate) => ({ kind: 'duplicate', duplicate }));
          const types = ENTITY_CATEGORIES.find((c) => c.id === node.id)?.types ?? [];
          return analysis.entities
            .filter((e) => types.includes(e.type))
            .sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
            .map((entity) => ({ kind: 'entity', entity }));
        }
        case 'entity':
          return node.entity.mentions.map((mention, ordinal) => ({ kind: 'mention', entity: node.entity, mention, ordinal }));
        case 'speaker':
          return node.quotes.map((quote) => ({ kind: 'quote', quote }));
        default:
          return [];
      }
    });
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    const current = this.state();
    const document = current && 'state' in current ? current.document : undefined;
    const reveal = (span: { start: number; end: number }): vscode.Command | undefined =>
      document ? { command: REVEAL_COMMAND, title: 'Reveal in Article', arguments: revealArgs(document.uri, span) } : undefined;
    const lineOf = (offset: number): number => (document ? document.positionAt(offset).line + 1 : 0);
    const None = vscode.TreeItemCollapsibleState.None;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'category': {
        const item = new vscode.TreeItem(node.label, node.count ? (node.id === 'people' ? vscode.TreeItemCollapsibleState.Expanded : Collapsed) : None);
        item.id = `category:${node.id}`;
        item.description = String(node.count);
        item.contextValue = 'category';
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, e.mentions.length ? Collapsed : None);
        item.id = `entity:${e.id}`;
        const value = formatValue(e.value);
        // The role first: it says most about a person when the sidebar cuts the description short.
        item.description = [...(e.roles.length ? [e.roles.join('; ')] : []), ...(value ? [value] : []), countOf(e.mentions.length, 'mention')].join(' · ');
        item.tooltip = [
          `${e.name} — ${TYPE_LABEL[e.type]}`,
          ...(e.roles.length ? [`${e.roles.length === 1 ? 'Role' : 'Roles'}: ${e.roles.join('; ')}`] : []),
          ...(e.aliases.length ? [`Also written: ${e.aliases.join(', ')}`] : []),
          ...(value ? [`Value: ${value}`] : []),
          countOf(e.mentions.length, 'mention'),
        ].join('\n');
        item.iconPath = new vscode.ThemeIcon(ICON[e.type]);
        item.contextValue = `entity.${e.type}`;
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const sentence = current && 'state' in current ? current.state.index.sentenceAt(m.start) : undefined;
        const item = new vscode.TreeItem(mentionLabel(m, sentence), None);
        item.id = `mention:${node.entity.id}:${node.ordinal}`;
        item.description = `line ${lineOf(m.start)}`;
        item.tooltip = sentence?.text ?? m.text;
        item.command = reveal(m);
        item.contextValue = 'mention';
        return item;
      }
      case 'speaker': {
        const item = new vscode.TreeItem(node.name, Collapsed);
        item.id = `speaker:${node.name}`;
        item.description = countOf(node.quotes.length, 'quote');
        item.iconPath = new vscode.ThemeIcon('person');
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(truncate(q.text, 90), None);
        item.id = `quote:${q.start}`;
        item.description = `line ${lineOf(q.start)}`;
        item.tooltip = q.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = reveal(q);
        item.contextValue = 'quote';
        return item;
      }
      case 'duplicate': {
        const d = node.duplicate;
        const item = new vscode.TreeItem(truncate(d.duplicate.text, 80), None);
        item.id = `duplicate:${d.duplicate.start}`;
        item.description = `line ${d.duplicate.line + 1} ${d.kind === 'exact' ? 'copies' : `is ${Math.round(d.similarity * 100)}% like`} line ${d.original.line + 1}`;
        item.tooltip = d.duplicate.text;
        item.iconPath = new vscode.ThemeIcon(d.kind === 'exact' ? 'copy' : 'diff');
        item.command = reveal(d.duplicate);
        item.contextValue = `duplicate.${d.kind}`;
        return item;
      }
      case 'notice': {
        const item = new vscode.TreeItem(node.message, None);
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Quotes grouped by speaker name, speakers in order of their first quote, unattributed ones last. */
function speakers(quotes: readonly Quote[]): FactNode[] {
  const groups = new Map<string, Quote[]>();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const name = q.speakerName ?? UNATTRIBUTED;
    const list = groups.get(name);
    if (list) list.push(q);
    else groups.set(name, [q]);
  }
  const named = [...groups].filter(([name]) => name !== UNATTRIBUTED);
  const unattributed = groups.get(UNATTRIBUTED);
  return [...named, ...(unattributed ? [[UNATTRIBUTED, unattributed] as const] : [])]
    .map(([name, list]) => ({ kind: 'speaker', name, quotes: list }));
}

/** The mention's sentence (cut around the mention when long), with the mention highlighted. */
function mentionLabel(mention: Mention, sentence: { start: number; text: string } | undefined): vscode.TreeItemLabel {
  if (!sentence) return { label: mention.text };
  const MAX = 100;
  const at = mention.start - sentence.start;
  let from = 0;
  let to = sentence.text.length;
  if (to > MAX) {
    from = Math.max(0, Math.min(at - 30, to - MAX));
    to = Math.min(to, from + MAX);
  }
  const prefix = from > 0 ? '…' : '';
  const label = `${prefix}${sentence.text.slice(from, to).replace(/\s/g, ' ')}${to < sentence.text.length ? '…' : ''}`;
  const hs = at - from + prefix.length;
  return { label, highlights: [[hs, Math.min(label.length, hs + mention.end - mention.start)]] };
}
