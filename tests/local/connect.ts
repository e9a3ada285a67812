import { once } from 'node:events';
import { Client, GatewayIntentBits, type Interaction } from 'discord.js';
import { afterEach } from 'vitest';
import { type MockDiscord, type MockDiscordOptions, startMockDiscord } from '../../src/local/index.ts';

/**
 * `connect(options)` starts the mock and logs a real discord.js client into it (with the file's
 * defaults under `options`); both are closed after each test.
 */
export function mockConnector(
  defaults: MockDiscordOptions = {},
  intents: GatewayIntentBits[] = [GatewayIntentBits.Guilds],
): (options?: MockDiscordOptions) => Promise<{ mock: MockDiscord; client: Client }> {
  let mock: MockDiscord | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    await mock?.close();
    client = undefined;
    mock = undefined;
  });
  return async (options = {}) => {
    mock = await startMockDiscord({ ...defaults, ...options });
    client = new Client({ intents, rest: { api: mock.restUrl } });
    const ready = once(client, 'clientReady');
    await client.login('mock-token');
    await ready;
    return { mock, client };
  };
}

/** Runs `handler` on the next interaction; the promise settles with what the handler returned or threw. */
export function nextInteraction(
  bot: Client,
  handler: (interaction: Interaction) => Promise<unknown>,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    bot.once('interactionCreate', (interaction) => handler(interaction).then(resolve, reject));
  });
}
