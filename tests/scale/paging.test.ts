import pino from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import { definitions, loadCommands } from '../../src/discord/registry.ts';
import { Library } from '../../src/library/library.ts';
import { type MockDiscord, startMockDiscord } from '../../src/local/index.ts';
import { tempDir } from '../cli/helpers.ts';
import { buttons } from '../discord/harness.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';

/** A bot process's worth: a library on the store and the real bot logged into `mock`. */
async function startProcess(mock: MockDiscord, store: { dataDir: string; databaseUrl?: string }) {
  const library = await Library.open(store);
  const commands = await loadCommands();
  const bot: Bot = await startBot(
    {
      commands,
      library,
      config: loadConfig({ DATA_DIR: store.dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_COMMANDS: '1000' }),
      logger: pino({ level: 'silent' }),
      restApi: mock.restUrl,
    },
    'paging-test-token',
  );
  await bot.client.application?.commands.set(definitions(commands) as never);
  return {
    async stop() {
      await bot.stop();
      await library.close();
    },
  };
}

const STORES = [
  { name: 'SQLite', store: async () => ({ dataDir: tempDir() }) },
  ...(postgresUrl
    ? [
        {
          name: 'PostgreSQL',
          store: async () => ({ dataDir: tempDir(), databaseUrl: await freshDatabase() }),
        },
      ]
    : []),
];

describe.each(STORES)('paging buttons with a $name store', ({ store }) => {
  it('still work after the bot restarts', { timeout: 60_000 }, async () => {
    const where = await store();
    const mock = await startMockDiscord();
    onTestFinished(() => mock.close());
    const before = await startProcess(mock, where);
    const first = await (await mock.sendCommand('ask', { question: 'Putin' })).reply();
    expect(first.embeds[0]?.footer?.text).toMatch(/^Page 1 of 2/);
    await before.stop();

    // A new process: nothing of the old one's memory survives, only the store.
    const after = await startProcess(mock, where);
    onTestFinished(() => after.stop());
    const next = buttons(first).find((b) => b.label.includes('Next'));
    const page2 = await (await mock.clickButton(first, next?.custom_id ?? '')).reply();
    expect(page2.embeds[0]?.footer?.text).toMatch(/^Page 2 of 2/);
    expect(page2.embeds[0]?.fields?.[0]?.name).toMatch(/^4\./);
  });
});
