import type { Client } from 'discord.js';
import type { Library } from '../library/library.ts';
import { Metrics } from './metrics.ts';
import { type OpsServer, startOpsServer } from './server.ts';

export interface Ops {
  metrics: Metrics;
  server: OpsServer;
}

/**
 * `/metrics` and `/healthz` on `port` for one bot process. Health: the gateway is ready and
 * the store answers. `client` is read at each request, since the bot logs in after this starts.
 */
export async function startOps(port: number, library: Library, client: () => Client | null): Promise<Ops> {
  const metrics = new Metrics({
    documents: () => library.size.documents,
    passages: () => library.size.passages,
    guilds: () => client()?.guilds.cache.size ?? 0,
    changesBehind: () => library.changesBehind(),
  });
  const server = await startOpsServer(port, metrics, async () => {
    if (!client()?.isReady()) return 'the Discord gateway connection is not ready';
    try {
      await library.ping();
    } catch {
      return 'the document store does not answer';
    }
    return null;
  });
  return { metrics, server };
}
