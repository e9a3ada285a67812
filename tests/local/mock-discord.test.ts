import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  DiscordAPIError,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mockConnector, nextInteraction } from './connect.ts';

const connect = mockConnector({ interactionDeadlineMs: 300 }, [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
]);

const askCommand = {
  name: 'ask',
  description: 'Ask the documents a question',
  options: [
    {
      name: 'question',
      description: 'What to ask',
      type: 3,
      required: true,
      max_length: 500,
      autocomplete: true,
    },
    { name: 'limit', description: 'How many excerpts', type: 4 },
    { name: 'file', description: 'A document', type: 11 },
  ],
};

describe('mock Discord with the real discord.js client', () => {
  it('logs in quickly with the guild, its channel and the application cached', async () => {
    const started = Date.now();
    const { mock, client } = await connect();
    expect(Date.now() - started).toBeLessThan(2000);
    const guild = client.guilds.cache.get(mock.guilds[0]?.id ?? '');
    expect(guild?.channels.cache.first()?.name).toBe('general');
    expect(client.application?.id).toBe(mock.applicationId);
    expect(mock.requests[0]?.route).toBe('gateway');
  });

  it('delivers a chat-input command with options and an attachment, and records the reply', async () => {
    const { mock, client } = await connect();
    const file = mock.addAttachment('report.txt', 'text/plain', 'The minister said "no".');
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a chat-input command');
      const attachment = i.options.getAttachment('file', true);
      const text = await (await fetch(attachment.url)).text();
      await i.reply(`${i.options.getString('question')} x${i.options.getInteger('limit')}: ${text}`);
    });
    const res = await mock.sendCommand('ask', { question: 'who said no', limit: 3, file });
    expect((await res.reply()).content).toBe('who said no x3: The minister said "no".');
    await handled;
    expect(res.ephemeral).toBe(false);
    expect(res.requests.map((r) => r.route)).toEqual(['interaction.callback']);
    expect(mock.requests.some((r) => r.route === 'attachment' && r.status === 200)).toBe(true);
  });

  it('records a deferred reply, its edit and a follow-up', async () => {
    const { mock, client } = await connect();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: 'found 2 excerpts' });
      await i.followUp({ content: 'and one more' });
    });
    const res = await mock.sendCommand('ask', { question: 'q' });
    expect((await res.reply()).content).toBe('found 2 excerpts');
    expect((await res.followUp()).content).toBe('and one more');
    await handled;
    expect(res.ephemeral).toBe(true);
    expect(res.requests.map((r) => `${r.route} ${r.status}`)).toEqual([
      'interaction.callback 204',
      'webhook.editMessage 200',
      'webhook.followUp 200',
    ]);
  });

  it('returns the message to reply({ withResponse: true })', async () => {
    const { mock, client } = await connect();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      return (await i.reply({ content: 'with response', withResponse: true })).resource?.message?.content;
    });
    const res = await mock.sendCommand('ask', { question: 'q' });
    expect(await handled).toBe('with response');
    expect((await res.reply()).content).toBe('with response');
  });

  it('answers autocomplete and rejects more than 25 choices', async () => {
    const { mock, client } = await connect();
    const choices = (n: number) =>
      Array.from({ length: n }, (_, k) => ({ name: `doc ${k}`, value: `d${k}` }));
    let handled = nextInteraction(client, async (i) => {
      if (!i.isAutocomplete()) throw new Error('expected autocomplete');
      expect(i.options.getFocused(true)).toMatchObject({ name: 'question', value: 'minis' });
      await i.respond(choices(2));
    });
    const res = await mock.sendAutocomplete('ask', { question: 'minis' }, 'question');
    expect(await res.choices()).toEqual(choices(2));
    await handled;

    handled = nextInteraction(client, async (i) => (i.isAutocomplete() ? i.respond(choices(26)) : undefined));
    await mock.sendAutocomplete('ask', { question: 'm' }, 'question');
    await expect(handled).rejects.toMatchObject({ code: 50035, status: 400 });
  });

  it('updates the message when a button on the reply is clicked', async () => {
    const { mock, client } = await connect();
    const button = new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Primary);
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(button);
    let handled = nextInteraction(client, async (i) =>
      i.isChatInputCommand() ? i.reply({ content: 'page 1', components: [row] }) : undefined,
    );
    const page = await (await mock.sendCommand('ask', { question: 'q' })).reply();
    await handled;

    handled = nextInteraction(client, async (i) => {
      if (!i.isButton()) throw new Error('expected a button');
      expect(i.message.content).toBe('page 1');
      await i.update({ content: `page 2 (${i.customId})`, components: [] });
    });
    const click = await mock.clickButton(page, 'more:1');
    const updated = await click.reply();
    await handled;
    expect(updated).toMatchObject({ id: page.id, content: 'page 2 (more:1)', components: [] });
    await expect(mock.clickButton(page, 'missing')).rejects.toThrow(/no component missing/);
  });

  it('shows a modal and receives its submitted fields', async () => {
    const { mock, client } = await connect();
    const modal = new ModalBuilder()
      .setCustomId('feedback')
      .setTitle('Feedback')
      .addComponents(
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder()
            .setCustomId('comment')
            .setLabel('Comment')
            .setStyle(TextInputStyle.Paragraph),
        ),
      );
    let handled = nextInteraction(client, async (i) =>
      i.isChatInputCommand() ? i.showModal(modal) : undefined,
    );
    expect((await (await mock.sendCommand('ask', { question: 'q' })).modal()).title).toBe('Feedback');
    await handled;

    handled = nextInteraction(client, async (i) => {
      if (!i.isModalSubmit()) throw new Error('expected a modal submit');
      await i.reply({
        content: `thanks: ${i.fields.getTextInputValue('comment')}`,
        flags: MessageFlags.Ephemeral,
      });
    });
    const res = await mock.submitModal('feedback', { comment: 'great' });
    expect((await res.reply()).content).toBe('thanks: great');
    await handled;
    expect(res.ephemeral).toBe(true);
    await expect(mock.submitModal('feedback', { nope: 'x' })).rejects.toThrow(/no field nope/);
  });

  it('delivers a message context-menu command with its target message', async () => {
    const { mock, client } = await connect();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isMessageContextMenuCommand()) throw new Error('expected a message command');
      await i.reply(`checking: ${i.targetMessage.content}`);
    });
    const res = await mock.sendMessageCommand('Check quote', { content: 'He said "yes".' });
    expect((await res.reply()).content).toBe('checking: He said "yes".');
    await handled;
  });

  it('rejects content over 2000 characters with 50035', async () => {
    const { mock, client } = await connect();
    const handled = nextInteraction(client, async (i) =>
      i.isRepliable() ? i.reply('x'.repeat(2001)) : undefined,
    );
    const res = await mock.sendCommand('ask', { question: 'q' });
    const error = await handled.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({
      code: 50035,
      rawError: { errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
    expect(res.requests[0]?.status).toBe(400);
    expect(res.ephemeral).toBeUndefined();
  });

  it('rejects a second initial response with 40060', async () => {
    const { mock, client } = await connect();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('one');
      // discord.js guards reply() after reply(); deferReply through REST shows what Discord itself says.
      await client.rest.post(`/interactions/${i.id}/${i.token}/callback`, { body: { type: 5 }, auth: false });
    });
    await mock.sendCommand('ask', { question: 'q' });
    await expect(handled).rejects.toMatchObject({ code: 40060, status: 400 });
  });

  it('answers 10062 to a first response after the deadline', async () => {
    const { mock, client } = await connect({ interactionDeadlineMs: 100 });
    const handled = nextInteraction(client, async (i) => {
      await sleep(200);
      if (i.isRepliable()) await i.reply('too late');
    });
    await mock.sendCommand('ask', { question: 'q' });
    await expect(handled).rejects.toMatchObject({ code: 10062, status: 404 });
  });

  it('answers 10015 to an edit after the token expired', async () => {
    const { mock, client } = await connect({ tokenLifetimeMs: 100 });
    const handled = nextInteraction(client, async (i) => {
      if (!i.isRepliable()) return;
      await i.deferReply();
      await sleep(200);
      await i.editReply('late');
    });
    await mock.sendCommand('ask', { question: 'q' });
    await expect(handled).rejects.toMatchObject({ code: 10015, status: 404 });
  });

  it('registers guild commands, checks options against them, and rejects a bad description', async () => {
    const { mock, client } = await connect();
    const guildId = mock.guilds[0]?.id ?? '';
    const docCommand = {
      name: 'doc',
      description: 'Manage documents',
      default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
      options: [
        {
          name: 'remove',
          description: 'Remove one',
          type: 1,
          options: [{ name: 'id', description: 'Document id', type: 3, required: true }],
        },
      ],
    };
    await client.application?.commands.set([askCommand, docCommand], guildId);
    expect(mock.commands.map((c) => [c.name, c.guild_id])).toEqual([
      ['ask', guildId],
      ['doc', guildId],
    ]);

    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply(
        `${i.options.getSubcommand()} ${i.options.getString('id')} by admin: ${i.memberPermissions?.has('ManageGuild')}`,
      );
    });
    const res = await mock.sendCommand('doc remove', { id: 'abc' }, { roles: ['Moderator'] });
    expect((await res.reply()).content).toBe('remove abc by admin: true');
    await handled;
    await expect(mock.sendCommand('doc remove', {})).rejects.toThrow(/needs option id/);
    await expect(mock.sendCommand('ask', { wrong: 'x' })).rejects.toThrow(/no option wrong/);

    const tooLong = { ...askCommand, options: [{ name: 'q', description: 'q', type: 3, max_length: 6001 }] };
    await expect(
      client.application?.commands.set([{ ...askCommand, description: '' }]),
    ).rejects.toMatchObject({ code: 50035 });
    await expect(client.application?.commands.set([tooLong])).rejects.toMatchObject({ code: 50035 });
  });

  it('resumes after a dropped connection and replays what the client missed', async () => {
    const { mock, client } = await connect();
    client.on('interactionCreate', (i) => void (i.isRepliable() && i.reply('still here')));
    const resumed = once(client, 'shardResume');
    const back = mock.dropConnection();
    const missed = mock.sendCommand('ask', { question: 'during the drop' });
    await back;
    await resumed;
    expect((await (await missed).reply()).content).toBe('still here');
    expect((await (await mock.sendCommand('ask', { question: 'after' })).reply()).content).toBe('still here');
  });

  it('re-identifies when the resume is refused', async () => {
    const { mock, client } = await connect();
    client.on('interactionCreate', (i) => void (i.isRepliable() && i.reply('fresh session')));
    await mock.dropConnection({ resumable: false });
    expect((await (await mock.sendCommand('ask', { question: 'q' })).reply()).content).toBe('fresh session');
  });

  it('delivers a DM interaction without member or guild', async () => {
    const { mock, client } = await connect();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      // Without Partials.Channel discord.js does not cache the DM channel, so only its id is known.
      await i.reply(`channel=${i.channelId} guild=${i.guildId} member=${i.member} user=${i.user.username}`);
    });
    const res = await mock.sendCommand('ask', { question: 'q' }, { dm: true, user: { username: 'alice' } });
    expect((await res.reply()).content).toBe(
      `channel=${res.payload.channel_id} guild=null member=null user=alice`,
    );
    await handled;
    expect(res.payload).not.toHaveProperty('guild_id');
  });

  it('lets a test choose member permissions', async () => {
    const { mock, client } = await connect();
    const seen: boolean[] = [];
    client.on('interactionCreate', (i) => {
      seen.push(Boolean(i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)));
      if (i.isRepliable()) void i.reply('ok');
    });
    await (await mock.sendCommand('ask', { question: 'q' })).reply();
    await (
      await mock.sendCommand('ask', { question: 'q' }, { permissions: PermissionFlagsBits.ManageGuild })
    ).reply();
    expect(seen).toEqual([false, true]);
  });

  it('answers a mention with a channel message that references it', async () => {
    const { mock, client } = await connect();
    client.on('messageCreate', (message) => {
      if (message.mentions.users.has(client.user?.id ?? '')) void message.reply('you rang?');
    });
    const asked = await mock.sendMessage(`<@${mock.botUser.id}> who said no?`);
    const sent = await mock.waitFor((r) => r.route === 'channel.createMessage');
    expect(sent.message).toMatchObject({ content: 'you rang?', message_reference: { message_id: asked.id } });
  });

  it('answers unknown routes with a 404 JSON error instead of hanging', async () => {
    const { client } = await connect();
    await expect(client.rest.get('/guilds/1/audit-logs')).rejects.toMatchObject({ status: 404, code: 0 });
  });
});
