import type { DocumentStore } from './store.ts';
import type { Change } from './types.ts';

export interface WatchOptions {
  /** Follow changes after this seq; defaults to the store's latest, i.e. only new changes. */
  from?: number;
  /** Called when a poll or `onChange` fails; the same changes are retried next poll. Without it the error is thrown. */
  onError?: (err: unknown) => void;
}

export interface Watcher {
  stop(): void;
  /** The last seq handed to `onChange`. */
  readonly seq: number;
}

/**
 * Polls the store's change feed and calls `onChange` once per add/remove, in order, including
 * those made by other processes. To follow from a full rebuild without a gap, read
 * `latestSeq()` before iterating `all()` and pass it as `from`; a change replayed for a
 * document already indexed must then be harmless.
 */
export function watchChanges(
  store: Pick<DocumentStore, 'changesSince' | 'latestSeq'>,
  onChange: (change: Change) => void | Promise<void>,
  intervalMs = 250,
  options: WatchOptions = {},
): Watcher {
  let seq = options.from ?? store.latestSeq();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const poll = async () => {
    try {
      for (const change of store.changesSince(seq)) {
        if (stopped) return;
        await onChange(change);
        seq = change.seq;
      }
    } catch (err) {
      if (!options.onError) throw err;
      options.onError(err);
    }
    // Re-armed only after a poll finishes, so a slow onChange never runs twice at once.
    if (!stopped) timer = setTimeout(poll, intervalMs);
  };
  timer = setTimeout(poll, intervalMs);

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    get seq() {
      return seq;
    },
  };
}
