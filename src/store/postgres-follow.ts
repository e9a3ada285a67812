import pg from 'pg';
import type { Change, FollowOptions, Watcher } from './types.ts';
import { type ChangeFeed, watchChanges } from './watch.ts';

/**
 * A notification can't be lost while the LISTEN connection is up, but one sent while it is
 * down is; this slow read, plus one on every (re)connect, catches up from the change feed.
 */
const SAFETY_READ_MS = 30_000;
const RECONNECT_MS = 250;
const MAX_RECONNECT_MS = 5_000;

/**
 * Follows the change feed on NOTIFY: a dedicated connection LISTENs on `channel`, and each
 * notification (or reconnect) reads every change after the last one applied, in order.
 */
export function follow(
  url: string,
  channel: string,
  feed: ChangeFeed,
  onChange: (change: Change) => void | Promise<void>,
  options: FollowOptions,
): Watcher {
  const reader = watchChanges(feed, onChange, SAFETY_READ_MS, options);
  let stopped = false;
  let client: pg.Client | null = null;
  let retryMs = RECONNECT_MS;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RECONNECT_MS);
  };

  const connect = async () => {
    const listener = new pg.Client({ connectionString: url, keepAlive: true });
    client = listener;
    let failed = false;
    const lost = (err?: unknown) => {
      if (failed) return;
      failed = true;
      if (client === listener) client = null;
      listener.end().catch(() => undefined);
      if (stopped) return;
      if (err) options.onError(err);
      reconnectLater();
    };
    listener.on('error', lost);
    listener.on('end', () => lost());
    listener.on('notification', () => reader.poke());
    try {
      await listener.connect();
      await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (stopped) {
        await listener.end();
        return;
      }
      retryMs = RECONNECT_MS;
      // Whatever was committed while no one listened.
      reader.poke();
    } catch (err) {
      lost(err);
    }
  };
  void connect();

  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      reader.stop();
      client?.end().catch(() => undefined);
      client = null;
    },
    get seq() {
      return reader.seq;
    },
  };
}
