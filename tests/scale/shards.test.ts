import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { startMockDiscord } from '../../src/local/index.ts';
import { CONSOLE_LOG_FILE } from '../../src/logger.ts';
import { spawnScript } from '../child-process.ts';
import { HARBOUR, tempDir } from '../cli/helpers.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';
import { startConsole } from './console.ts';

const SHARD_BOT = fileURLToPath(new URL('./fixtures/shard-bot.ts', import.meta.url));
const LAMP = 'keep the lamp burning until the last ferry';
const PESKOV = 'unite around our president';

/** A guild id that Discord sends to `shard` of 2: (id >> 22) % 2. */
function guildOnShard(shard: number): string {
  const timestamp = (BigInt(Date.now() - 1_420_070_400_000) >> 1n) * 2n + BigInt(shard);
  return ((timestamp << 22n) | 1n).toString();
}

describe('npm start -- --shards 2', { timeout: 60_000 }, () => {
  it('runs the local console on two shards and answers', async () => {
    const dataDir = tempDir();
    const bot = startConsole({ DATA_DIR: dataDir, LOG_LEVEL: 'info' }, ['--shards', '2']);
    bot.send(`/who-said quote: ${PESKOV}`);
    await bot.waitFor(/Dmitry Peskov/, 0);
    // The console keeps its logs in DATA_DIR, off the terminal.
    expect(readFileSync(join(dataDir, CONSOLE_LOG_FILE), 'utf8')).toMatch(
      /"shards":\[0,1\],"msg":"bot ready"/,
    );
    expect(await bot.end()).toBe(0);
  });
});

describe.skipIf(!postgresUrl)(
  'two shards in two processes sharing one PostgreSQL',
  { timeout: 90_000 },
  () => {
    it('a document added in a guild on shard 0 is answered there, and not in a guild of shard 1', async () => {
      const url = await freshDatabase();
      const [alpha, beta] = [guildOnShard(0), guildOnShard(1)];
      const mock = await startMockDiscord({ shards: 2, guilds: [{ id: alpha }, { id: beta }] });
      onTestFinished(() => mock.close());
      expect([mock.shardOf(alpha), mock.shardOf(beta)]).toEqual([0, 1]);

      const bots = [0, 1].map((shard) =>
        spawnScript(SHARD_BOT, [mock.restUrl, url, tempDir(), String(shard)]),
      );
      await Promise.all(bots.map((bot) => bot.next(/^ready$/, 60_000)));

      // A moderator's add through another process (as the CLI on another host would).
      const writer = await Library.open({ dataDir: tempDir(), databaseUrl: url });
      await writer.add(
        HARBOUR,
        { title: 'Keepers', source: null, date: null, guild: alpha },
        { id: '1', via: 'cli' },
      );
      await writer.close();
      await new Promise((r) => setTimeout(r, 1000));

      const ask = async (guildId: string, quote: string) => {
        const reply = await (await mock.sendCommand('who-said', { quote }, { guildId })).reply();
        return JSON.stringify(reply.embeds ?? []) + (reply.content ?? '');
      };
      // Each guild's interaction reaches only its shard, so each answer proves that shard's process is up.
      expect(await ask(alpha, LAMP)).toContain('Agnes Tolliver');
      expect(await ask(beta, LAMP)).not.toContain('Agnes Tolliver');
      expect(await ask(beta, PESKOV)).toContain('Dmitry Peskov');
      expect(bots.flatMap((bot) => bot.lines.filter((l) => l.startsWith('error')))).toEqual([]);
    });
  },
);
