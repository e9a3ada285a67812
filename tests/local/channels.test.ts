import { once } from 'node:events';
import { Client, DiscordAPIError, GatewayIntentBits, type Interaction, Routes } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type MockDiscord, type MockDiscordOptions, startMockDiscord } from '../../src/local/index.ts';

let mock: MockDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await mock?.close();
  client = undefined;
  mock = undefined;
});

/** Starts the mock and logs a real discord.js client into it. */
async function connect(options: MockDiscordOptions): Promise<{ mock: MockDiscord; client: Client }> {
  mock = await startMockDiscord(options);
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: mock.restUrl } });
  const ready = once(client, 'clientReady');
  await client.login('mock-token');
  await ready;
  return { mock, client };
}

/** Runs `handler` on the next interaction; the promise settles with what the handler returned or threw. */
function nextInteraction(bot: Client, handler: (interaction: Interaction) => Promise<unknown>) {
  return new Promise((resolve, reject) => {
    bot.once('interactionCreate', (interaction) => handler(interaction).then(resolve, reject));
  });
}

describe('channels in the mock Discord, with the real discord.js client', () => {
  it('takes a channel message from the bot, and refuses one where it lost access (403) or in no channel (404)', async () => {
    const { mock, client } = await connect({ guilds: [{ channels: [{ name: 'news' }, { name: 'staff' }] }] });
    const [news, staff] = mock.guilds[0]?.channels.map((c) => c.id) ?? [];
    const post = (channel: string) =>
      client.rest.post(Routes.channelMessages(channel), { body: { content: 'good morning' } });
    expect(await post(news as string)).toMatchObject({ channel_id: news, content: 'good morning' });
    mock.forbidChannel(staff as string);
    const refused = await post(staff as string).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect(refused).toMatchObject({ status: 403, code: 50001 });
    await expect(post('123456789012345678')).rejects.toMatchObject({ status: 404, code: 10003 });
    expect(() => mock.forbidChannel('123456789012345678')).toThrow(/no guild has a channel/);
  });

  it('sends a channel option as its id with the channel resolved, and only a channel of the server', async () => {
    const { mock, client } = await connect({
      guilds: [{ channels: [{ name: 'general' }, { name: 'news' }] }],
    });
    const news = mock.guilds[0]?.channels[1]?.id as string;
    const pick = {
      name: 'pick',
      description: 'Pick a channel',
      options: [{ name: 'where', description: 'A channel', type: 7, required: true }],
    };
    await client.application?.commands.set([pick], mock.guilds[0]?.id as string);
    const handled = nextInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`picked ${i.options.getChannel('where', true).name}`);
    });
    expect((await (await mock.sendCommand('pick', { where: news })).reply()).content).toBe('picked news');
    await handled;
    const byName = nextInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`id ${i.options.get('where')?.value}`);
    });
    expect((await (await mock.sendCommand('pick', { where: '#news' })).reply()).content).toBe(`id ${news}`);
    await byName;
    await expect(mock.sendCommand('pick', { where: '123456789012345678' })).rejects.toThrow(
      /must be a channel of the server/,
    );
  });
});
