export { StoreError, type StoreErrorCode } from './errors.ts';
export { MIGRATIONS, type Migration, SCHEMA_VERSION } from './migrations.ts';
export { openStore, type StoreOptions } from './open.ts';
export { CHANGE_FEED_LOCK, CHANGES_CHANNEL, PostgresStore, redactUrl } from './postgres.ts';
export { defaultSettings } from './settings.ts';
export { SqliteStore } from './sqlite.ts';
export { contentHash, DocumentStore, type OpenOptions, STORE_FILE } from './store.ts';
export type {
  Actor,
  AuditEntry,
  Change,
  ChangeAction,
  DailyQuote,
  DailyQuoteOutcome,
  DocumentSummary,
  FollowOptions,
  GuildSettings,
  SettingsAuditEntry,
  SettingsChange,
  Store,
  Watcher,
} from './types.ts';
export { type ChangeFeed, type PollingWatcher, type WatchOptions, watchChanges } from './watch.ts';
