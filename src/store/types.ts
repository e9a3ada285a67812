import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument, DocumentMeta } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';

export type ChangeAction = 'add' | 'remove';

/** Who asked for an add or remove. */
export interface Actor {
  /** Discord user id, or the OS user for the CLI. */
  id: string;
  name?: string;
  via: 'discord' | 'cli';
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

export interface FollowOptions {
  /** Follow changes after this seq: every change up to it is already applied. */
  from: number;
  /** Called when reading the feed or `onChange` fails; the same changes are retried. */
  onError: (err: unknown) => void;
}

export interface Watcher {
  stop(): void;
  /** The last seq handed to `onChange`. */
  readonly seq: number;
}

/** A server's own settings, on top of the global defaults from the environment. */
export interface GuildSettings {
  guild: string;
  /** Roles whose members are moderators in this server, besides those with Manage Server. */
  moderatorRoles: string[];
  /** When the bot left the server (ISO 8601); its settings are purged some days later. Null while in it. */
  leftAt: string | null;
  /** Where and when a quote of the day is posted; null when it is off. */
  dailyQuote: DailyQuote | null;
  /** The last UTC day (YYYY-MM-DD) a quote of the day was posted; kept when it is turned off, so it never posts twice a day. */
  dailyQuoteLastDay: string | null;
}

export interface DailyQuote {
  channel: string;
  /** HH:MM, UTC. */
  time: string;
  /** The first UTC day it may post: set after that day's time, it starts the next day. */
  firstDay: string;
  /** The day Discord first refused a post in the channel (the bot can no longer see or post in it); null since a post went through. */
  unreachableSince: string | null;
}

export type SettingsChange =
  | { action: 'moderator-role-add' | 'moderator-role-remove'; roleId: string }
  | { action: 'daily-quote-set'; channel: string; time: string; firstDay: string }
  | { action: 'daily-quote-off' }
  | { action: 'left' | 'joined' };

/** How posting a claimed quote of the day ended, as the store records it. */
export type DailyQuoteOutcome =
  | { kind: 'posted' }
  /** Discord refused the channel (403/404): recorded once, the setting kept. */
  | { kind: 'unreachable'; day: string }
  /** Anything else: the claim is given back so a later check tries again; `previous` is the last day before it. */
  | { kind: 'failed'; day: string; previous: string | null };

export interface SettingsAuditEntry {
  id: number;
  at: string;
  guild: string;
  action: SettingsChange['action'] | 'purge';
  /** The role concerned, for a moderator-role change; "channel HH:MM" for a daily quote set. */
  detail: string | null;
  actor: Actor;
}

/**
 * Where documents are kept: SQLite in the data directory (one host), or PostgreSQL (shared by
 * every process of every host). Each add or remove is one transaction with its audit row and
 * its change-feed row; a change's `seq` orders it among every process's changes.
 */
export interface Store {
  /** The file, or the database URL without its password: for messages and logs. */
  readonly location: string;
  readonly readonly: boolean;
  /** Shared by processes on several hosts (PostgreSQL), not only one host's (SQLite). */
  readonly shared: boolean;
  /** Stores a document and its analysis; refuses the same text twice in one corpus ('duplicate'). */
  add(doc: CorpusDocument, analysis: DocumentAttribution, actor: Actor): Promise<{ seq: number }>;
  /** Removes a document from its own corpus only ('not_found' from any other). */
  remove(id: string, guild: string | null, actor: Actor): Promise<{ seq: number; title: string }>;
  /** `undefined`: every document; `null`: the global corpus; a guild id: that guild's own documents. */
  list(guild?: string | null): Promise<DocumentSummary[]>;
  /** The document and analysis exactly as added, or null. */
  get(id: string): Promise<AnalysedDocument | null>;
  /** Every stored document, oldest first. Read `latestSeq()` before and follow from it. */
  all(): AsyncIterable<AnalysedDocument>;
  /** Adds and removes committed after `seq`, oldest first. */
  changesSince(seq: number): Promise<Change[]>;
  /** The seq of the newest change, 0 for none. */
  latestSeq(): Promise<number>;
  /** The audit trail, newest first. */
  auditLog(limit?: number): Promise<AuditEntry[]>;
  /** Keeps a short-lived `value` (JSON, e.g. a paged reply's query) under `id` until `expiresAt` (ms). */
  putState(id: string, value: string, expiresAt: number): Promise<void>;
  /** The value kept under `id`; null when there is none or it expired. */
  getState(id: string): Promise<string | null>;
  /**
   * Records a command by `userId` unless `limit` were already made within `windowMs`, atomically
   * across processes; resolves with the ms to wait, 0 when the command is allowed.
   */
  takeRate(userId: string, limit: number, windowMs: number): Promise<number>;
  /** A server's settings; the defaults (no roles, present) for one never configured. */
  guildSettings(guild: string): Promise<GuildSettings>;
  /** Applies one change to a server's settings with its audit row, in one transaction; returns the result. */
  changeGuildSettings(guild: string, change: SettingsChange, actor: Actor): Promise<GuildSettings>;
  /** Deletes the settings of servers left before `leftBefore` (ISO 8601), each with an audit row; returns their ids. */
  purgeGuildSettings(leftBefore: string, actor: Actor): Promise<string[]>;
  /** The settings audit trail, newest first. */
  settingsAuditLog(limit?: number): Promise<SettingsAuditEntry[]>;
  /** The settings of every server, still joined, that has a quote of the day. */
  dailyQuoteSettings(): Promise<GuildSettings[]>;
  /**
   * Claims `day`'s quote of the day of `guild` in `channel`, atomically across processes: true for exactly
   * one caller while the schedule still names that channel and no quote was claimed for that day or later.
   */
  claimDailyQuote(guild: string, channel: string, day: string): Promise<boolean>;
  /** Records how posting a claimed quote ended; true when it is news (a channel newly found unreachable). */
  settleDailyQuote(guild: string, channel: string, outcome: DailyQuoteOutcome): Promise<boolean>;
  /** Calls `onChange` once per change after `from`, in order, including other processes' changes. */
  follow(onChange: (change: Change) => void | Promise<void>, options: FollowOptions): Watcher;
  /** Resolves when the store answers a query (for health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
