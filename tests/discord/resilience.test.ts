import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.ts';
import type { Library } from '../../src/library/library.ts';
import { type Harness, isEphemeral, messageBody, moderator, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const actor = { id: '1', name: 'test', via: 'discord' as const };
const PESKOV = { quote: 'unite around our president' };

/** A library whose `method` runs `replacement` instead (other members pass through). */
function replacing(library: Library, method: string, replacement: (...args: unknown[]) => unknown): Library {
  return new Proxy(library, {
    get(target, prop) {
      if (prop === method) return replacement;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the bot within Discord’s limits and when things go wrong', () => {
  it('cuts a 10,000-character quoted paragraph with an ellipsis, and Discord accepts the reply', async () => {
    h = await startHarness();
    const filler = Array.from({ length: 1500 }, (_, i) => `word${i % 97}`).join(' ');
    const long = `“${filler} and the tide tables change tomorrow at dawn ${filler},” said Jane Roe.`;
    expect(long.length).toBeGreaterThan(10_000);
    await h.library.add(long, { title: 'Long', source: null, date: null, guild: h.guildA }, actor);

    const res = await h.mock.sendCommand('who-said', { quote: 'the tide tables change tomorrow at dawn' });
    const reply = await res.reply();
    expect(res.requests.every((r) => r.status < 300)).toBe(true);
    const description = reply.embeds[0]?.description ?? '';
    expect(description).toContain('…');
    expect(description).toContain('**');
    expect(description.length).toBeLessThanOrEqual(4096);

    const ask = await h.mock.sendCommand('ask', { question: 'tide tables change tomorrow' });
    expect(textOf(await ask.reply())).toContain('…');
    expect(ask.requests.every((r) => r.status < 300)).toBe(true);
  });

  it('pings nobody: a document with @everyone and a user mention is escaped, and every message says parse: []', async () => {
    h = await startHarness();
    const text = [
      '“Hello @everyone, the vote is <@123456789012345678> and @here tonight,” said Jane Roe.',
      'Jane Roe also said the vote will be public.',
    ].join('\n');
    const file = h.mock.addAttachment('ping @everyone.txt', 'text/plain', text);
    await (await h.mock.sendCommand('document add', { file, title: 'Vote @everyone' }, moderator)).reply();
    await (await h.mock.sendCommand('who-said', { quote: 'the vote is' })).reply();
    await (await h.mock.sendCommand('ask', { question: 'hello everyone vote' })).reply();
    await (await h.mock.sendCommand('quotes', { speaker: 'Jane Roe' })).reply();
    await (await h.mock.sendCommand('sources', {})).reply();
    await (
      await h.mock.sendCommand('who-said', { quote: '@everyone <@123456789012345678> nothing matches' })
    ).reply();

    const bodies = h.mock.requests.map(messageBody).filter((b) => b !== undefined);
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    for (const body of bodies) {
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
      const shown = JSON.stringify([body.content, body.embeds]);
      expect(shown).not.toMatch(/@everyone|@here|<@\d/);
    }
    const all = JSON.stringify(bodies);
    expect(all).toContain('@\u200beveryone');
    expect(all).toContain('<\u200b@\u200b123456789012345678>');
  });

  it('tells the user to try again when a handler fails, and keeps answering', async () => {
    let failures = 1;
    h = await startHarness({
      wrapLibrary: (library) =>
        replacing(library, 'whoSaid', (...args) => {
          if (failures-- > 0) throw new Error('the index is on fire');
          return (library.whoSaid as (...a: unknown[]) => unknown).apply(library, args);
        }),
    });
    const failed = await (await h.mock.sendCommand('who-said', PESKOV)).reply();
    expect(isEphemeral(failed)).toBe(true);
    expect(failed.content).toMatch(/try again/i);
    expect(failed.content).not.toMatch(/fire/);
    const next = await (await h.mock.sendCommand('who-said', PESKOV)).reply();
    expect(next.embeds[0]?.title).toContain('Dmitry Peskov');
  });

  it('defers a slow handler before the deadline and answers with an edit', async () => {
    const slow = (commands: Command[]) =>
      commands.map((c) =>
        c.data.name === 'who-said' && c.chatInput
          ? {
              ...c,
              chatInput: async (...args: Parameters<NonNullable<Command['chatInput']>>) => {
                await sleep(700);
                return c.chatInput?.(...args);
              },
            }
          : c,
      );
    h = await startHarness({ ackAfterMs: 200, mock: { interactionDeadlineMs: 600 }, wrapCommands: slow });
    const res = await h.mock.sendCommand('who-said', PESKOV);
    const reply = await res.reply();
    expect(reply.embeds[0]?.title).toContain('Dmitry Peskov');
    expect(res.requests.map((r) => `${r.route} ${r.status}`)).toEqual([
      'interaction.callback 204',
      'webhook.editMessage 200',
    ]);
    expect(res.requests[0]?.body).toMatchObject({ type: 5 });
    expect(JSON.stringify(h.mock.requests.map((r) => r.response))).not.toContain('10062');
  });

  it('asks the 6th quick command from one user to wait', async () => {
    h = await startHarness({ env: { RATE_LIMIT_COMMANDS: '5', RATE_LIMIT_WINDOW_SECONDS: '10' } });
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await (await h.mock.sendCommand('who-said', PESKOV)).reply());
    for (const reply of replies.slice(0, 5)) expect(reply.embeds[0]?.title).toContain('Dmitry Peskov');
    const sixth = replies[5];
    expect(sixth && isEphemeral(sixth)).toBe(true);
    expect(sixth?.content).toMatch(/going a bit fast.*Try again in \d+ s/);
    const other = await (
      await h.mock.sendCommand('who-said', PESKOV, { user: { id: '42', username: 'other' } })
    ).reply();
    expect(other.embeds[0]?.title).toContain('Dmitry Peskov');
  });

  it('still answers after the gateway connection drops', async () => {
    h = await startHarness();
    await h.mock.dropConnection();
    expect((await (await h.mock.sendCommand('who-said', PESKOV)).reply()).embeds[0]?.title).toContain(
      'Peskov',
    );
    expect((await (await h.mock.sendCommand('sources', {})).reply()).embeds[0]?.title).toBe('Sources (1)');
  });

  it('answers an @mention in chat style when ENABLE_MENTIONS is on', async () => {
    h = await startHarness({ env: { ENABLE_MENTIONS: 'true' } });
    const asked = await h.mock.sendMessage(`<@${h.mock.botUser.id}> who said "unite around our president"?`);
    const sent = await h.mock.waitFor((r) => r.route === 'channel.createMessage');
    expect(sent.status).toBe(200);
    expect(sent.message?.embeds[0]?.title).toContain('Dmitry Peskov');
    expect(sent.message?.message_reference?.message_id).toBe(asked.id);
    expect(messageBody(sent)?.allowed_mentions).toMatchObject({ parse: [] });
  });
});
