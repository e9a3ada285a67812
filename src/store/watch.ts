import type { Change, Watcher } from './types.ts';

/** What a poller needs of a store; the SQLite store answers synchronously, the others with promises. */
export interface ChangeFeed {
  changesSince(seq: number): Change[] | Promise<Change[]>;
  latestSeq(): number | Promise<number>;
}

export interface WatchOptions {
  /** Follow changes after this seq; defaults to the store's latest, i.e. only new changes. */
  from?: number;
  /** Called when a poll or `onChange` fails; the same changes are retried next poll. Without it the error is thrown. */
  onError?: (err: unknown) => void;
}

export interface PollingWatcher extends Watcher {
  /** Reads the feed now instead of at the next tick (e.g. on a notification that something changed). */
  poke(): void;
}

/**
 * Reads the store's change feed every `intervalMs` (and whenever poked) and calls `onChange`
 * once per add/remove, in order, including those made by other processes. To follow from a
 * full rebuild without a gap, read `latestSeq()` before iterating `all()` and pass it as
 * `from`; a change replayed for a document already indexed must then be harmless.
 */
export function watchChanges(
  store: ChangeFeed,
  onChange: (change: Change) => void | Promise<void>,
  intervalMs = 250,
  options: WatchOptions = {},
): PollingWatcher {
  let seq = options.from ?? -1;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running = false;
  let again = false;

  const poll = async () => {
    clearTimeout(timer);
    // One read at a time, so a slow onChange never runs twice at once; a poke meanwhile reads again after.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      if (seq < 0) seq = await store.latestSeq();
      for (const change of await store.changesSince(seq)) {
        if (stopped) return;
        await onChange(change);
        seq = change.seq;
      }
    } catch (err) {
      if (!options.onError) throw err;
      options.onError(err);
    } finally {
      running = false;
      if (!stopped) {
        if (again) {
          again = false;
          timer = setTimeout(poll, 0);
        } else timer = setTimeout(poll, intervalMs);
      }
    }
  };
  if (seq < 0) {
    // Pin "now" synchronously when the store can, so changes made right after this call are seen.
    const latest = store.latestSeq();
    if (typeof latest === 'number') seq = latest;
  }
  timer = setTimeout(poll, intervalMs);

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    poke() {
      if (!stopped) void poll();
    },
    get seq() {
      return seq;
    },
  };
}
