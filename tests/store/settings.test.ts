import { describe, expect, it } from 'vitest';
import { CLI, MOD } from './fixtures/documents.ts';
import { BACKENDS } from './helpers.ts';

const GUILD = '123456789012345678';
const OTHER = '223456789012345678';
const EDITORS = '323456789012345678';
const WRITERS = '423456789012345678';
const BOT = { id: 'verbatim', name: 'Verbatim', via: 'discord' as const };

describe.each(BACKENDS)('per-server settings in the $name store', (backend) => {
  it('adds and removes moderator roles per server, each change with an audit row, and keeps them across opens', async () => {
    const place = await backend.place();
    const store = await backend.open(place);
    expect(await store.guildSettings(GUILD)).toEqual({ guild: GUILD, moderatorRoles: [], leftAt: null });
    await store.changeGuildSettings(GUILD, { action: 'moderator-role-add', roleId: EDITORS }, MOD);
    await store.changeGuildSettings(GUILD, { action: 'moderator-role-add', roleId: WRITERS }, MOD);
    // Adding a role twice, or removing one that is not there, changes nothing and records nothing.
    await store.changeGuildSettings(GUILD, { action: 'moderator-role-add', roleId: EDITORS }, MOD);
    await store.changeGuildSettings(OTHER, { action: 'moderator-role-remove', roleId: EDITORS }, MOD);
    const after = await store.changeGuildSettings(
      GUILD,
      { action: 'moderator-role-remove', roleId: WRITERS },
      CLI,
    );
    expect(after.moderatorRoles).toEqual([EDITORS]);
    expect((await store.guildSettings(OTHER)).moderatorRoles).toEqual([]);
    expect((await store.settingsAuditLog()).map((e) => [e.guild, e.action, e.detail, e.actor.id])).toEqual([
      [GUILD, 'moderator-role-remove', WRITERS, CLI.id],
      [GUILD, 'moderator-role-add', WRITERS, MOD.id],
      [GUILD, 'moderator-role-add', EDITORS, MOD.id],
    ]);
    await store.close();
    const reopened = await backend.open(place);
    expect((await reopened.guildSettings(GUILD)).moderatorRoles).toEqual([EDITORS]);
    await reopened.close();
  });

  it('purges the settings of servers left before the cut-off, with an audit row, and keeps a server it rejoined', async () => {
    const store = await backend.open(await backend.place());
    for (const guild of [GUILD, OTHER]) {
      await store.changeGuildSettings(guild, { action: 'moderator-role-add', roleId: EDITORS }, MOD);
      await store.changeGuildSettings(guild, { action: 'left' }, BOT);
    }
    const left = await store.guildSettings(GUILD);
    expect(left.leftAt).not.toBeNull();
    await store.changeGuildSettings(OTHER, { action: 'joined' }, BOT);

    expect(await store.purgeGuildSettings('2000-01-01T00:00:00.000Z', BOT)).toEqual([]);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await store.purgeGuildSettings(future, BOT)).toEqual([GUILD]);
    expect(await store.guildSettings(GUILD)).toEqual({ guild: GUILD, moderatorRoles: [], leftAt: null });
    expect((await store.guildSettings(OTHER)).moderatorRoles).toEqual([EDITORS]);
    const [latest] = await store.settingsAuditLog(1);
    expect(latest).toMatchObject({ guild: GUILD, action: 'purge', actor: BOT });
    await store.close();
  });
});
