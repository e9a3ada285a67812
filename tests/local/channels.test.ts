import { DiscordAPIError, Routes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mockConnector, nextInteraction } from './connect.ts';

const connect = mockConnector();

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
