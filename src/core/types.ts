// The engine's output types. Every offset is a UTF-16 code-unit index into the exact string given to
// the engine (no newline normalisation), `end` exclusive, and every `text` equals
// `source.slice(start, end)`.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type BlockKind = 'prose' | 'heading' | 'list' | 'code' | 'quote' | 'table' | 'rule';

/** A paragraph: one line in most articles; blank lines and Markdown blocks also separate. */
export interface Paragraph extends Span {
  index: number;
  kind: BlockKind;
  /** Zero-based line of `start`. */
  line: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** A word-like token; `sentence` is the index of the sentence holding it. */
export interface Token extends Span {
  sentence: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'money' | 'date' | 'quantity';

export interface MoneyValue {
  kind: 'money';
  amount: number;
  /** ISO 4217 code when known ("USD", "GBP", "EUR"), else the symbol as written. */
  currency: string;
}

export interface DateValue {
  kind: 'date';
  /** ISO 8601: "2022-02-24", "2022-02" or "2022" depending on what the text gives. */
  iso: string;
}

export interface QuantityValue {
  kind: 'quantity';
  amount: number;
  unit: string;
}

export type EntityValue = MoneyValue | DateValue | QuantityValue;

export interface Mention extends Span {
  /** Role or title written with this mention ("Ukrainian President"), kept out of the span. */
  role?: Span;
}

export interface Entity {
  /** Stable within one analysis: type plus a slug of the name, e.g. "person:volodymyr-zelensky". */
  id: string;
  type: EntityType;
  /** The fullest form the article uses. */
  name: string;
  /** Other forms used for the same entity, without the name itself. */
  aliases: string[];
  roles: string[];
  value: EntityValue | null;
  /** In document order. */
  mentions: Mention[];
}

/** A raw name span found by a recogniser, before grouping into entities. */
export interface NameSpan {
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place' | 'misc';
}

export interface Quote extends Span {
  /** The quoted words without the quotation marks (may be split by the attribution). */
  content: Span[];
  /** Entity id of the speaker, when resolved. */
  speaker: string | null;
  speakerName: string | null;
  /** The source as written: "He", "Macron", "Foreign Ministry spokeswoman Maria Zakharova". */
  source: Span | null;
  cue: Span | null;
  sentence: number;
}

export type DuplicateKind = 'exact' | 'near';

export interface Duplicate {
  kind: DuplicateKind;
  /** 1 for exact copies; Jaccard similarity of word shingles for near copies. */
  similarity: number;
  /** The earlier paragraph. */
  original: Paragraph;
  /** The later copy. */
  duplicate: Paragraph;
}

export interface KeyFacts {
  people: { id: string; name: string; roles: string[]; mentions: number }[];
  quotes: { text: string; speakerName: string | null; start: number; end: number }[];
  figures: { id: string; type: EntityType; text: string; value: EntityValue | null; start: number; end: number }[];
}

export interface Summary {
  sentences: Sentence[];
  keyFacts: KeyFacts;
}

export interface Analysis {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  duplicates: Duplicate[];
  summary: Summary;
}

export interface AnalyzeOptions {
  /** Number of summary sentences (default 3). */
  summarySentences?: number;
  /** Near-duplicate Jaccard threshold in [0, 1]. */
  nearDuplicateThreshold?: number;
}

/**
 * The tokens of a document as parallel arrays, without an object per token: token i is
 * [starts[i], ends[i]) in sentence sentences[i], in document order; each array is `count` long.
 */
export interface TokenTable {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: Int32Array;
}

/** The text with its structure: what every analysis step starts from. */
export interface DocumentStructure {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /**
   * The same tokens as `tokens`, as a table (parseStructure gives one, not enumerable, and makes `tokens` from
   * it only when asked for). A structure built by hand may leave it out: readers then read `tokens`. The table of
   * a parsed document may be written over by the next parseStructure() call, which reuses its memory: read the
   * property again after one (it is then read again from the text), rather than keeping the table.
   */
  tokenTable?: TokenTable;
}

/** Finds person / organization / place names; the rule-based and the learned recognisers share this shape. */
export type NameRecognizer = (doc: DocumentStructure) => NameSpan[];
