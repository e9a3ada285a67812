import { createServer, type Server } from 'node:http';
import type { Metrics } from './metrics.ts';

/** A health check that took longer than this counts as failed: a scraper must not hang. */
const CHECK_TIMEOUT_MS = 2_000;

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `/metrics` (Prometheus text format) and `/healthz`: 200 when `healthy` resolves true,
 * 503 with the reason otherwise. Listens on every interface: a scraper usually runs elsewhere.
 */
export async function startOpsServer(
  port: number,
  metrics: Metrics,
  healthy: () => Promise<string | null>,
): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
        () => res.writeHead(500).end('metrics unavailable\n'),
      );
    } else if (path === '/healthz') {
      const timeout = new Promise<string>((resolve) =>
        setTimeout(() => resolve('health check timed out'), CHECK_TIMEOUT_MS).unref(),
      );
      Promise.race([healthy().catch((err: Error) => `check failed: ${err.message}`), timeout]).then(
        (problem) => {
          const status = problem === null ? 200 : 503;
          res.writeHead(status, { 'content-type': 'text/plain' }).end(`${problem ?? 'ok'}\n`);
        },
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('try /metrics or /healthz\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
