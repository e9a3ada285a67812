import { StoreError } from './errors.ts';
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export interface StoreOptions {
  /** The SQLite store's folder. */
  dataDir: string;
  /** How often the SQLite store looks for other processes' changes. */
  pollMs?: number;
  /** A `postgres://` URL: documents go there instead, and no SQLite file is made. */
  databaseUrl?: string | null;
}

/**
 * Opens the configured store. A SQLite store in a folder this process may not write is
 * still served read-only; `problem` then says why adds and removes are refused, and with
 * no store there at all, `store` is null.
 */
export async function openStore(options: StoreOptions): Promise<{ store: Store | null; problem?: string }> {
  const { dataDir, pollMs, databaseUrl } = options;
  if (databaseUrl) return { store: await PostgresStore.open(databaseUrl) };
  try {
    return { store: SqliteStore.open(dataDir, { pollMs }) };
  } catch (err) {
    if (!(err instanceof StoreError) || err.code !== 'read_only') throw err;
    try {
      return { store: SqliteStore.open(dataDir, { readonly: true, pollMs }) };
    } catch (readErr) {
      if (readErr instanceof StoreError && readErr.code === 'unavailable')
        return { store: null, problem: err.message };
      throw readErr;
    }
  }
}
