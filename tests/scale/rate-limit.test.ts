import pino from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/bot.ts';
import { definitions, loadCommands } from '../../src/discord/registry.ts';
import { Library } from '../../src/library/library.ts';
import { type MockDiscord, startMockDiscord } from '../../src/local/index.ts';
import { tempDir } from '../cli/helpers.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';

const PESKOV = { quote: 'unite around our president' };

/** A bot process's worth running one shard of two: its own library on the shared database. */
async function startShard(mock: MockDiscord, databaseUrl: string, shard: number) {
  const dataDir = tempDir();
  const library = await Library.open({ dataDir, databaseUrl });
  const commands = await loadCommands();
  const bot = await startBot(
    {
      commands,
      library,
      config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_COMMANDS: '3' }),
      logger: pino({ level: 'silent' }),
      restApi: mock.restUrl,
      shards: { count: 2, ids: [shard] },
    },
    'rate-test-token',
  );
  await bot.client.application?.commands.set(definitions(commands) as never);
  return {
    async stop() {
      await bot.stop();
      await library.close();
    },
  };
}

function guildOnShard(shard: number): string {
  const timestamp = (BigInt(Date.now() - 1_420_070_400_000) >> 1n) * 2n + BigInt(shard);
  return ((timestamp << 22n) | 1n).toString();
}

describe.skipIf(!postgresUrl)('the per-user rate limit with a shared PostgreSQL', { timeout: 60_000 }, () => {
  it('holds across processes and across a restart', async () => {
    const url = await freshDatabase();
    const [alpha, beta] = [guildOnShard(0), guildOnShard(1)];
    const mock = await startMockDiscord({ shards: 2, guilds: [{ id: alpha }, { id: beta }] });
    onTestFinished(() => mock.close());
    const zero = await startShard(mock, url, 0);
    const one = await startShard(mock, url, 1);
    onTestFinished(() => one.stop());
    const user = { id: '777000000000000001', username: 'quick' };
    const ask = async (guildId: string) =>
      (await (await mock.sendCommand('who-said', PESKOV, { guildId, user })).reply()).content ?? '';

    // Three commands through shard 0's process, the fourth through shard 1's: one window.
    for (let i = 0; i < 3; i++) expect(await ask(alpha)).not.toMatch(/going a bit fast/);
    expect(await ask(beta)).toMatch(/going a bit fast/);

    // Shard 0's process restarts: it still remembers.
    await zero.stop();
    const again = await startShard(mock, url, 0);
    onTestFinished(() => again.stop());
    expect(await ask(alpha)).toMatch(/going a bit fast/);
    // Someone else is not held up.
    const other = await (await mock.sendCommand('who-said', PESKOV, { guildId: alpha })).reply();
    expect(other.content ?? '').not.toMatch(/going a bit fast/);
  });
});
