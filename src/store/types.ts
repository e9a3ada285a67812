import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument, DocumentMeta } from '../corpus/types.ts';

export type ChangeAction = 'add' | 'remove';

/** Who asked for an add or remove. */
export interface Actor {
  /** Discord user id, or the OS user for the CLI. */
  id: string;
  name?: string;
  via: 'discord' | 'cli';
}

export interface StoredDocument {
  doc: CorpusDocument;
  analysis: DocumentAttribution;
}

/** A row of `list()`: metadata and sizes, without the text. */
export interface DocumentSummary extends DocumentMeta {
  paragraphs: number;
  quotes: number;
  people: number;
  /** ISO 8601. */
  addedAt: string;
  /** Null for documents added before the store recorded it and without an audit row. */
  addedBy: Actor | null;
}

export interface Change {
  seq: number;
  action: ChangeAction;
  documentId: string;
  guild: string | null;
  at: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  action: ChangeAction;
  documentId: string;
  title: string;
  guild: string | null;
  actor: Actor;
}
