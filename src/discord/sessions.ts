import { randomBytes } from 'node:crypto';

const MAX_SESSIONS = 2_000;
const TTL_MS = 60 * 60 * 1000;

/** Where sessions are kept beyond this process: the library's store, when it can write. */
export interface StateKeeper {
  /** Resolves false when it cannot keep state (no store, or a read-only one). */
  putState(id: string, value: string, expiresAt: number): Promise<boolean>;
  getState(id: string): Promise<string | null>;
}

/**
 * What a paged reply needs to show its next page (the query, the guild), under a short id
 * that fits in a button's custom_id (≤ 100 characters). Kept in the store when there is one,
 * so a button still works after a restart and whichever process (shard) the click reaches;
 * else in memory. Entries expire after an hour.
 */
export class Sessions {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly keeper: StateKeeper | null = null,
    private readonly now: () => number = Date.now,
  ) {}

  async put(value: unknown): Promise<string> {
    const id = randomBytes(6).toString('base64url');
    const expires = this.now() + TTL_MS;
    // A store that can't take it now (down, read-only) still leaves this process able to page.
    const kept = await this.keeper?.putState(id, JSON.stringify(value), expires).catch(() => false);
    if (kept) return id;
    this.entries.set(id, { value, expires });
    if (this.entries.size > MAX_SESSIONS) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return id;
  }

  async get<T>(id: string): Promise<T | undefined> {
    const entry = this.entries.get(id);
    if (entry) {
      if (entry.expires >= this.now()) return entry.value as T;
      this.entries.delete(id);
      return undefined;
    }
    const kept = await this.keeper?.getState(id);
    return kept ? (JSON.parse(kept) as T) : undefined;
  }
}
