const CHANNELS = 5_000;

/**
 * The last few things shown in each channel, so a "random" pick does not come straight back.
 * Kept in memory: a repeat after a restart is harmless, and the set stays small (a few keys
 * for at most CHANNELS channels, the least recently used forgotten first).
 */
export class RecentlyShown {
  private readonly byChannel = new Map<string, string[]>();

  constructor(private readonly size: number) {}

  /** The keys shown in the channel, oldest first. */
  get(channel: string): readonly string[] {
    return this.byChannel.get(channel) ?? [];
  }

  add(channel: string, key: string): void {
    const kept = (this.byChannel.get(channel) ?? []).filter((k) => k !== key);
    kept.push(key);
    this.byChannel.delete(channel);
    this.byChannel.set(channel, kept.slice(-this.size));
    if (this.byChannel.size > CHANNELS) this.byChannel.delete(this.byChannel.keys().next().value as string);
  }
}
