export { StoreError, type StoreErrorCode } from './errors.ts';
export { MIGRATIONS, type Migration, SCHEMA_VERSION } from './migrations.ts';
export { contentHash, DocumentStore, type OpenOptions, STORE_FILE } from './store.ts';
export type { Actor, AuditEntry, Change, ChangeAction, DocumentSummary, StoredDocument } from './types.ts';
export { type Watcher, type WatchOptions, watchChanges } from './watch.ts';
