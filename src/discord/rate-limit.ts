/** Counts commands where every process sees them (a shared store); resolves null when it can't. */
export interface RateKeeper {
  takeRate(userId: string, limit: number, windowMs: number): Promise<number | null>;
}

/**
 * Per-user sliding window: at most `limit` commands in `windowMs`. With a keeper (a store shared
 * by processes) the window holds across processes and restarts; else, or while the keeper
 * fails, it is this process's own.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly keeper: RateKeeper | null = null,
    private readonly unlimited: ReadonlySet<string> = new Set(),
  ) {}

  /** Records a command; resolves 0 when allowed, else how long to wait in ms. */
  async check(userId: string): Promise<number> {
    if (this.unlimited.has(userId)) return 0;
    const shared = await this.keeper?.takeRate(userId, this.limit, this.windowMs).catch(() => null);
    return shared ?? this.take(userId);
  }

  /** Records a command in this process only; returns 0 when allowed, else how long to wait in ms. */
  take(userId: string): number {
    if (this.unlimited.has(userId)) return 0;
    const now = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(userId, recent);
      return this.windowMs - (now - (recent[0] as number));
    }
    recent.push(now);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.forgetIdle(now);
    return 0;
  }

  private forgetIdle(now: number): void {
    for (const [user, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(user);
    }
  }
}
