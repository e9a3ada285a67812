import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MEMBER_PERMISSIONS } from '../../src/local/guilds.ts';
import { type Harness, isEphemeral, moderator, startHarness, textOf } from './harness.ts';

const MODERATOR = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;
const ARTICLE = '“The pier reopens on Friday,” said harbour master Ana Pike.\n';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(): Promise<Harness> {
  return startHarness({
    mock: {
      guilds: [
        {
          name: 'Alpha',
          channels: [{ name: 'general' }],
          roles: [
            { name: 'Moderator', permissions: MODERATOR },
            { name: 'Editors', permissions: MEMBER_PERMISSIONS },
          ],
        },
        {
          name: 'Beta',
          channels: [{ name: 'general' }],
          roles: [
            { name: 'Moderator', permissions: MODERATOR },
            { name: 'Editors', permissions: MEMBER_PERMISSIONS },
          ],
        },
      ],
    },
  });
}

/**
 * A member whose only right is the Editors role. Discord shows them `/document` once a server admin allows
 * the role under Integrations (as the /settings reply says); the local Discord does not model that
 * override, so their commands are sent past its permission check, and the bot's own guard decides.
 */
const editor = { roles: ['Editors'], unchecked: true };

async function addAs(harness: Harness, who: typeof editor, name: string) {
  const file = harness.mock.addAttachment(name, 'text/plain', ARTICLE);
  return (await harness.mock.sendCommand('document add', { file }, who)).reply();
}

describe('/settings moderator-role through the mock Discord', () => {
  it('a member whose only right is a moderator role added with /settings can add documents, until it is removed', async () => {
    h = await start();
    const editorsId = h.mock.guilds[0]?.roles.find((r) => r.name === 'Editors')?.id as string;

    // Without the override Discord does not even offer them the command.
    const file = h.mock.addAttachment('pier.txt', 'text/plain', ARTICLE);
    await expect(h.mock.sendCommand('document add', { file }, { roles: ['Editors'] })).rejects.toThrow(
      /default_member_permissions/,
    );
    expect(textOf(await addAs(h, editor, 'pier.txt'))).toMatch(/Only moderators/);

    const added = await (
      await h.mock.sendCommand('settings moderator-role add', { role: editorsId }, moderator)
    ).reply();
    expect(isEphemeral(added)).toBe(true);
    expect(textOf(added)).toContain(`<@&${editorsId}> is a moderator role here`);
    expect(textOf(added)).toMatch(
      /Server Settings → Integrations → Verbatim.*`\/document`.*Roles & Members/s,
    );

    const accepted = await addAs(h, editor, 'pier.txt');
    expect(accepted.embeds[0]?.title).toBe('Added: pier');

    // The role is this server's: another server's Editors are no moderators.
    const elsewhere = await (
      await h.mock.sendCommand('document list', {}, { ...editor, guildId: h.guildB })
    ).reply();
    expect(textOf(elsewhere)).toMatch(/Only moderators/);

    const shown = await (await h.mock.sendCommand('settings show', {}, moderator)).reply();
    expect(textOf(shown)).toContain(`Moderator roles in this server\n<@&${editorsId}>`);
    // A moderator role does not open the settings themselves: Manage Server does.
    expect(textOf(await (await h.mock.sendCommand('settings show', {}, editor)).reply())).toMatch(
      /Only members with Manage Server/,
    );

    const removed = await (
      await h.mock.sendCommand('settings moderator-role remove', { role: editorsId }, moderator)
    ).reply();
    expect(textOf(removed)).toContain(`<@&${editorsId}> is not a moderator role here`);
    expect(textOf(await addAs(h, editor, 'pier-2.txt'))).toMatch(/Only moderators/);

    const audit = await h.library.store?.settingsAuditLog();
    expect(audit?.map((e) => [e.action, e.detail, e.guild])).toEqual([
      ['moderator-role-remove', editorsId, h.guildA],
      ['moderator-role-add', editorsId, h.guildA],
    ]);
  });

  it('a server that removes the bot keeps its moderator roles, marked as left; adding the bot back clears the mark', async () => {
    h = await start();
    const editorsId = h.mock.guilds[0]?.roles.find((r) => r.name === 'Editors')?.id as string;
    await (await h.mock.sendCommand('settings moderator-role add', { role: editorsId }, moderator)).reply();
    const store = h.library.store;
    const trail = async () => ((await store?.settingsAuditLog()) ?? []).map((e) => [e.guild, e.action]);

    await h.mock.botMembership(h.guildA, 'left');
    // A server without settings leaves no trace.
    await h.mock.botMembership(h.guildB, 'left');
    await vi.waitFor(async () => expect((await trail())[0]).toEqual([h?.guildA, 'left']));
    expect((await store?.guildSettings(h.guildA))?.leftAt).not.toBeNull();
    expect((await store?.guildSettings(h.guildA))?.moderatorRoles).toEqual([editorsId]);

    await h.mock.botMembership(h.guildA, 'joined');
    await vi.waitFor(async () => expect((await trail())[0]).toEqual([h?.guildA, 'joined']));
    expect(await store?.guildSettings(h.guildA)).toMatchObject({
      guild: h.guildA,
      moderatorRoles: [editorsId],
      leftAt: null,
      dailyQuote: null,
      dailyQuoteLastDay: null,
    });
    expect(await trail()).toEqual([
      [h.guildA, 'joined'],
      [h.guildA, 'left'],
      [h.guildA, 'moderator-role-add'],
    ]);
  });
});
