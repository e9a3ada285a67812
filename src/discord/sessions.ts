import { randomBytes } from 'node:crypto';

const MAX_SESSIONS = 2_000;
const TTL_MS = 60 * 60 * 1000;

/**
 * What a paged reply needs to show its next page (the query, the guild), kept in memory
 * under a short id that fits in a button's custom_id (≤ 100 characters). Old entries expire.
 */
export class Sessions {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  put(value: unknown): string {
    const id = randomBytes(6).toString('base64url');
    this.entries.set(id, { value, expires: this.now() + TTL_MS });
    if (this.entries.size > MAX_SESSIONS) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return id;
  }

  get<T>(id: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expires < this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.value as T;
  }
}
