import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';
import { startConsole } from './console.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

async function untilStatus(port: number, path: string, status: number): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await get(port, path).catch(() => null);
    if (res?.status === status) return res.body;
    if (Date.now() > deadline) throw new Error(`${path} never answered ${status}: last ${res?.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The value of one sample line of the Prometheus text, or 0 when the series is absent. */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('METRICS_PORT', { timeout: 90_000 }, () => {
  it('serves a command counter that counts, a latency histogram, corpus gauges, and /healthz once ready', async () => {
    const port = await freePort();
    const bot = startConsole({ DATA_DIR: tempDir(), METRICS_PORT: String(port) });
    expect(await untilStatus(port, '/healthz', 200)).toBe('ok\n');

    const before = await get(port, '/metrics');
    expect(before.status).toBe(200);
    const answered = 'verbatim_commands_total{command="who-said",outcome="answered"}';
    expect(sample(before.body, answered)).toBe(0);
    expect(sample(before.body, 'verbatim_documents')).toBe(1); // the seed
    expect(sample(before.body, 'verbatim_passages')).toBeGreaterThan(0);
    expect(sample(before.body, 'verbatim_guilds')).toBeGreaterThan(0);
    expect(sample(before.body, 'verbatim_index_age_seconds')).toBe(0);

    let from = bot.printed;
    bot.send('/who-said quote: unite around our president');
    await bot.waitFor(/Dmitry Peskov/, from);
    from = bot.printed;
    bot.send('/who-said quote: unite around our president');
    await bot.waitFor(/Dmitry Peskov/, from);
    from = bot.printed;
    bot.send('/document remove document: nothing-here');
    await bot.waitFor(/\S/, from);

    const after = (await get(port, '/metrics')).body;
    expect(sample(after, answered)).toBe(2);
    expect(sample(after, 'verbatim_reply_latency_seconds_count{command="who-said"}')).toBe(2);
    expect(sample(after, 'verbatim_commands_total{command="document",outcome="refused"}')).toBe(1);
    expect((await get(port, '/nothing')).status).toBe(404);
    expect(await bot.end()).toBe(0);
  });

  it.skipIf(!postgresUrl)('/healthz answers 503 while the PostgreSQL store does not answer', async () => {
    const url = await freshDatabase();
    const port = await freePort();
    const bot = startConsole({ DATA_DIR: tempDir(), DATABASE_URL: url, METRICS_PORT: String(port) });
    await untilStatus(port, '/healthz', 200);

    const admin = new pg.Client({ connectionString: postgresUrl as string });
    await admin.connect();
    const name = new URL(url).pathname.slice(1);
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      expect(await untilStatus(port, '/healthz', 503)).toMatch(/store/);
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await untilStatus(port, '/healthz', 200);
    } finally {
      await admin.end();
    }
    expect(await bot.end()).toBe(0);
  });
});
