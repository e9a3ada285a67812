import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, isEphemeral, moderator, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MAYOR = [
  'The city council met on Tuesday to discuss the new harbour bridge.',
  '“The bridge will open to traffic in early May,” Mayor Jane Roe said at the meeting.',
  'Residents asked about tolls and parking near the river.',
].join('\n');

async function addFile(
  harness: Harness,
  name: string,
  type: string,
  bytes: string | Buffer,
  guildId?: string,
) {
  const file = harness.mock.addAttachment(name, type, bytes);
  const res = await harness.mock.sendCommand(
    'document add',
    { file },
    { ...moderator, ...(guildId ? { guildId } : {}) },
  );
  return res.reply();
}

describe('managing documents through the mock Discord', () => {
  it('/document add with a file: found by /who-said in that guild only, not in another guild nor in a DM', async () => {
    h = await startHarness();
    const added = await addFile(h, 'harbour-bridge.txt', 'text/plain', MAYOR);
    expect(isEphemeral(added)).toBe(true);
    expect(added.embeds[0]?.title).toBe('Added: harbour-bridge');
    expect(added.embeds[0]?.description).toMatch(/Jane Roe/);

    const quote = { quote: 'open to traffic in early May' };
    const here = await (await h.mock.sendCommand('who-said', quote)).reply();
    expect(here.embeds[0]?.title).toContain('Jane Roe');
    expect(textOf(here)).toContain('harbour-bridge');

    const elsewhere = await (await h.mock.sendCommand('who-said', quote, { guildId: h.guildB })).reply();
    expect(elsewhere.embeds[0]?.title).toBe('No match');
    const dm = await (await h.mock.sendCommand('who-said', quote, { dm: true })).reply();
    expect(dm.embeds[0]?.title).toBe('No match');

    const list = await (await h.mock.sendCommand('document list', {}, moderator)).reply();
    expect(list.embeds[0]?.title).toBe('This server’s documents (1)');
    const listB = await (
      await h.mock.sendCommand('document list', {}, { ...moderator, guildId: h.guildB })
    ).reply();
    expect(listB.embeds[0]?.title).toBe('This server’s documents (0)');
  });

  it('/document add without a file opens a form; submitting it adds the document', async () => {
    h = await startHarness();
    const res = await h.mock.sendCommand('document add', { title: 'Pasted report' }, moderator);
    const modal = await res.modal();
    expect(modal.title).toBe('Add a document');
    expect(JSON.stringify(modal)).toContain('Pasted report');
    const submitted = await h.mock.submitModal(
      'document:add',
      { title: 'Pasted report', source: 'https://example.com/bridge', date: '2024-05-01', text: MAYOR },
      moderator,
    );
    const added = await submitted.reply();
    expect(isEphemeral(added)).toBe(true);
    expect(added.embeds[0]?.title).toBe('Added: Pasted report');
    const found = await (
      await h.mock.sendCommand('who-said', { quote: 'bridge will open to traffic' })
    ).reply();
    expect(textOf(found)).toContain('Pasted report');
    expect(textOf(found)).toContain('2024-05-01');
  });

  it('/document remove suggests this guild’s documents and removes the chosen one', async () => {
    h = await startHarness();
    await addFile(h, 'harbour-bridge.txt', 'text/plain', MAYOR);
    const choices = await (
      await h.mock.sendAutocomplete('document remove', { document: 'harb' }, 'document', moderator)
    ).choices();
    expect(choices).toHaveLength(1);
    expect(choices[0]?.name).toContain('harbour-bridge');
    const none = await (
      await h.mock.sendAutocomplete('document remove', { document: 'harb' }, 'document', {
        guildId: h.guildB,
        ...moderator,
      })
    ).choices();
    expect(none).toEqual([]);

    const removed = await (
      await h.mock.sendCommand('document remove', { document: String(choices[0]?.value) }, moderator)
    ).reply();
    expect(isEphemeral(removed)).toBe(true);
    expect(removed.content).toMatch(/Removed “harbour-bridge”/);
    const gone = await (
      await h.mock.sendCommand('who-said', { quote: 'open to traffic in early May' })
    ).reply();
    expect(gone.embeds[0]?.title).toBe('No match');
    expect((await h.library.list(h.guildA)).filter((d) => d.guild === h?.guildA)).toEqual([]);
  });

  it('Discord never offers the document commands to a member without Manage Server, nor in a DM', async () => {
    h = await startHarness();
    const heard: string[] = [];
    h.bot.client.on('interactionCreate', (interaction) => heard.push(interaction.id));
    await expect(h.mock.sendCommand('document list')).rejects.toThrow(/default_member_permissions/);
    await expect(h.mock.sendMessageCommand('Add to corpus', { content: MAYOR })).rejects.toThrow(
      /default_member_permissions/,
    );
    await expect(h.mock.sendCommand('document list', {}, { dm: true })).rejects.toThrow(/context BotDM/);
    await expect(
      h.mock.sendAutocomplete('document remove', { document: '' }, 'document', { dm: true }),
    ).rejects.toThrow(/context BotDM/);
    const list = await (await h.mock.sendCommand('document list', {}, moderator)).reply();
    expect(list.embeds[0]?.title).toBe('This server’s documents (0)');
    expect(heard).toHaveLength(1);
  });

  it('refuses a member without Manage Server politely and privately when sent past Discord', async () => {
    h = await startHarness();
    const unchecked = { unchecked: true };
    for (const [name, options] of [
      ['document list', {}],
      ['document remove', { document: 'abc' }],
      ['document add', { file: h.mock.addAttachment('a.txt', 'text/plain', MAYOR) }],
    ] as const) {
      const reply = await (await h.mock.sendCommand(name, options, unchecked)).reply();
      expect(isEphemeral(reply)).toBe(true);
      expect(reply.content).toMatch(/Only moderators \(Manage Server, or a moderator role\)/);
    }
    const menu = await (
      await h.mock.sendMessageCommand('Add to corpus', { content: MAYOR }, unchecked)
    ).reply();
    expect(isEphemeral(menu)).toBe(true);
    expect(menu.content).toMatch(/Only moderators/);
    const choices = await (
      await h.mock.sendAutocomplete('document remove', { document: '' }, 'document', unchecked)
    ).choices();
    expect(choices).toEqual([]);
    expect(await h.library.list(h.guildA)).toHaveLength(1);
  });

  it('sent past Discord into a DM, the document commands say they work in servers, before any moderator check', async () => {
    h = await startHarness();
    const dm = { dm: true, unchecked: true };
    const list = await (await h.mock.sendCommand('document list', {}, dm)).reply();
    expect(isEphemeral(list)).toBe(true);
    expect(list.content).toMatch(/inside a server/);
    expect(list.content).not.toMatch(/moderator/i);
    const menu = await (await h.mock.sendMessageCommand('Add to corpus', { content: MAYOR }, dm)).reply();
    expect(menu.content).toMatch(/inside a server/);
    expect(menu.content).not.toMatch(/moderator/i);
    expect(await h.library.list(null)).toHaveLength(1);
  });

  it('answers bad files with a short private message and changes nothing', async () => {
    h = await startHarness();
    await addFile(h, 'harbour-bridge.txt', 'text/plain', MAYOR);
    const before = (await h.library.list(h.guildA)).map((d) => d.id);
    const cases: Array<[string, string, string | Buffer, RegExp]> = [
      ['empty.txt', 'text/plain', '', /empty/i],
      ['blob.txt', 'application/octet-stream', Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]), /binary|UTF-8/],
      ['paper.pdf', 'application/pdf', '%PDF-1.4 fake', /not a supported file type/],
      ['huge.txt', 'text/plain', 'word '.repeat(12_000), /limit/],
      ['copy.txt', 'text/plain', MAYOR, /already in the corpus/],
    ];
    for (const [name, type, bytes, pattern] of cases) {
      const reply = await addFile(h, name, type, bytes);
      expect(isEphemeral(reply), name).toBe(true);
      expect(reply.content, name).toMatch(pattern);
      expect(reply.content.length, name).toBeLessThan(300);
      expect(reply.embeds, name).toEqual([]);
    }
    expect((await h.library.list(h.guildA)).map((d) => d.id)).toEqual(before);
  });

  it('“Add to corpus” adds a message as a document of the guild', async () => {
    h = await startHarness();
    const res = await h.mock.sendMessageCommand(
      'Add to corpus',
      { content: '“The ferry will run every hour from June,” harbour master Tom Lee said.' },
      moderator,
    );
    const added = await res.reply();
    expect(isEphemeral(added)).toBe(true);
    expect(added.embeds[0]?.title).toMatch(/^Added: /);
    const found = await (
      await h.mock.sendCommand('who-said', { quote: 'ferry will run every hour' })
    ).reply();
    expect(found.embeds[0]?.title).toContain('Tom Lee');
    const other = await (
      await h.mock.sendCommand('who-said', { quote: 'ferry will run every hour' }, { guildId: h.guildB })
    ).reply();
    expect(other.embeds[0]?.title).toBe('No match');
  });
});
