import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';
import {
  changeModeratorRole,
  guildPresence,
  guildSettings,
  moderatorRoles,
  purgeLeftGuilds,
} from '../../src/library/settings.ts';
import { tempDir } from '../store/helpers.ts';

const GUILD = '123456789012345678';
const QUIET = '223456789012345678';
const EDITORS = '323456789012345678';
const GLOBAL_ROLE = '423456789012345678';
const ADMIN = { id: '42', name: 'admin', via: 'discord' as const };
const DAY = 24 * 60 * 60 * 1000;

let library: Library | undefined;
afterEach(async () => {
  await library?.close();
  library = undefined;
});

describe('server settings in the library', () => {
  it('a server’s moderator roles add to the global ones, for that server only', async () => {
    library = await Library.open({ dataDir: tempDir() });
    await changeModeratorRole(library, GUILD, EDITORS, 'add', ADMIN);
    expect(await moderatorRoles(library, GUILD, [GLOBAL_ROLE])).toEqual([GLOBAL_ROLE, EDITORS]);
    expect(await moderatorRoles(library, QUIET, [GLOBAL_ROLE])).toEqual([GLOBAL_ROLE]);
    expect(await moderatorRoles(library, null, [GLOBAL_ROLE])).toEqual([GLOBAL_ROLE]);
  });

  it('keeps a left server’s settings for the retention period, then purges them with an audit row', async () => {
    library = await Library.open({ dataDir: tempDir() });
    await changeModeratorRole(library, GUILD, EDITORS, 'add', ADMIN);
    await guildPresence(library, GUILD, 'left');
    // A server without settings leaves no trace when the bot leaves it.
    await guildPresence(library, QUIET, 'left');

    const now = Date.now();
    expect(await purgeLeftGuilds(library, 30, new Date(now + 29 * DAY))).toEqual([]);
    expect((await guildSettings(library, GUILD)).moderatorRoles).toEqual([EDITORS]);
    expect(await purgeLeftGuilds(library, 30, new Date(now + 31 * DAY))).toEqual([GUILD]);
    expect((await guildSettings(library, GUILD)).moderatorRoles).toEqual([]);

    const audit = (await library.store?.settingsAuditLog()) ?? [];
    expect(audit.map((e) => [e.guild, e.action])).toEqual([
      [GUILD, 'purge'],
      [GUILD, 'left'],
      [GUILD, 'moderator-role-add'],
    ]);
  });

  it('a server the bot rejoins within the period keeps its settings', async () => {
    library = await Library.open({ dataDir: tempDir() });
    await changeModeratorRole(library, GUILD, EDITORS, 'add', ADMIN);
    await guildPresence(library, GUILD, 'left');
    await guildPresence(library, GUILD, 'joined');
    expect(await purgeLeftGuilds(library, 30, new Date(Date.now() + 365 * DAY))).toEqual([]);
    expect(await guildSettings(library, GUILD)).toEqual({
      guild: GUILD,
      moderatorRoles: [EDITORS],
      leftAt: null,
      dailyQuote: null,
      dailyQuoteLastDay: null,
    });
  });
});
