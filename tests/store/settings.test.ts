import { describe, expect, it } from 'vitest';
import { CLI, MOD } from './fixtures/documents.ts';
import { BACKENDS } from './helpers.ts';

const GUILD = '123456789012345678';
const OTHER = '223456789012345678';
const EDITORS = '323456789012345678';
const WRITERS = '423456789012345678';
const BOT = { id: 'verbatim', name: 'Verbatim', via: 'discord' as const };
const NEWS = '523456789012345678';
const QUIET = '623456789012345678';
const NONE = { moderatorRoles: [], leftAt: null, dailyQuote: null, dailyQuoteLastDay: null };
const daily = (channel: string, time = '09:00', firstDay = '2030-01-01') =>
  ({ action: 'daily-quote-set', channel, time, firstDay }) as const;

describe.each(BACKENDS)('per-server settings in the $name store', (backend) => {
  it('adds and removes moderator roles per server, each change with an audit row, and keeps them across opens', async () => {
    const place = await backend.place();
    const store = await backend.open(place);
    expect(await store.guildSettings(GUILD)).toEqual({ guild: GUILD, ...NONE });
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
    expect(await store.guildSettings(GUILD)).toEqual({ guild: GUILD, ...NONE });
    expect((await store.guildSettings(OTHER)).moderatorRoles).toEqual([EDITORS]);
    const [latest] = await store.settingsAuditLog(1);
    expect(latest).toMatchObject({ guild: GUILD, action: 'purge', actor: BOT });
    await store.close();
  });

  it('a quote of the day is claimed once per server and day, by one of several stores at once, and kept across opens', async () => {
    const place = await backend.place();
    const [first, second] = [await backend.open(place), await backend.open(place)];
    await first.changeGuildSettings(GUILD, daily(NEWS), MOD);
    expect(await second.claimDailyQuote(GUILD, NEWS, '2030-01-01')).toBe(true);
    // Processes racing for the same day: exactly one wins, whichever store it uses.
    const race = await Promise.all(
      [first, second, first, second].map((store) => store.claimDailyQuote(GUILD, NEWS, '2030-01-02')),
    );
    expect(race.filter(Boolean)).toHaveLength(1);
    expect(await first.claimDailyQuote(GUILD, NEWS, '2030-01-01')).toBe(false);
    await second.close();
    await first.close();

    const reopened = await backend.open(place);
    expect(await reopened.claimDailyQuote(GUILD, NEWS, '2030-01-02')).toBe(false);
    expect(await reopened.guildSettings(GUILD)).toMatchObject({
      dailyQuote: { channel: NEWS, time: '09:00', firstDay: '2030-01-01', unreachableSince: null },
      dailyQuoteLastDay: '2030-01-02',
    });
    expect(await reopened.claimDailyQuote(GUILD, NEWS, '2030-01-03')).toBe(true);
    await reopened.close();
  });

  it('a claim holds only for the channel scheduled now, survives off and on the same day, and is given back on failure', async () => {
    const store = await backend.open(await backend.place());
    expect(await store.claimDailyQuote(GUILD, NEWS, '2030-01-01')).toBe(false);
    await store.changeGuildSettings(GUILD, daily(NEWS), MOD);
    expect(await store.claimDailyQuote(GUILD, QUIET, '2030-01-01')).toBe(false);
    expect(await store.claimDailyQuote(GUILD, NEWS, '2030-01-01')).toBe(true);

    await store.changeGuildSettings(GUILD, { action: 'daily-quote-off' }, MOD);
    expect((await store.guildSettings(GUILD)).dailyQuote).toBeNull();
    expect(await store.dailyQuoteSettings()).toEqual([]);
    await store.changeGuildSettings(GUILD, daily(QUIET, '18:30'), CLI);
    expect(await store.claimDailyQuote(GUILD, QUIET, '2030-01-01')).toBe(false);

    expect(await store.claimDailyQuote(GUILD, QUIET, '2030-01-02')).toBe(true);
    await store.settleDailyQuote(GUILD, QUIET, { kind: 'failed', day: '2030-01-02', previous: '2030-01-01' });
    expect((await store.guildSettings(GUILD)).dailyQuoteLastDay).toBe('2030-01-01');
    expect(await store.claimDailyQuote(GUILD, QUIET, '2030-01-02')).toBe(true);

    // A server the bot left posts nothing.
    await store.changeGuildSettings(GUILD, { action: 'left' }, BOT);
    expect(await store.dailyQuoteSettings()).toEqual([]);
    expect(await store.claimDailyQuote(GUILD, QUIET, '2030-01-03')).toBe(false);

    expect(
      (await store.settingsAuditLog()).slice(1).map((e) => [e.guild, e.action, e.detail, e.actor.id]),
    ).toEqual([
      [GUILD, 'daily-quote-set', `${QUIET} 18:30`, CLI.id],
      [GUILD, 'daily-quote-off', null, MOD.id],
      [GUILD, 'daily-quote-set', `${NEWS} 09:00`, MOD.id],
    ]);
    await store.close();
  });

  it('an unreachable channel is news once, the setting kept, until a post goes through or it is set again', async () => {
    const store = await backend.open(await backend.place());
    await store.changeGuildSettings(GUILD, daily(NEWS), MOD);
    await store.changeGuildSettings(OTHER, daily(QUIET), MOD);
    const unreachable = (day: string) => ({ kind: 'unreachable', day }) as const;
    expect(await store.settleDailyQuote(GUILD, NEWS, unreachable('2030-01-01'))).toBe(true);
    expect(await store.settleDailyQuote(GUILD, NEWS, unreachable('2030-01-02'))).toBe(false);
    expect((await store.dailyQuoteSettings()).map((s) => [s.guild, s.dailyQuote?.unreachableSince])).toEqual([
      [GUILD, '2030-01-01'],
      [OTHER, null],
    ]);
    await store.settleDailyQuote(GUILD, NEWS, { kind: 'posted' });
    expect((await store.guildSettings(GUILD)).dailyQuote?.unreachableSince).toBeNull();
    expect(await store.settleDailyQuote(GUILD, NEWS, unreachable('2030-01-05'))).toBe(true);
    // Setting the same channel again tries it afresh; a second identical setting changes nothing.
    await store.changeGuildSettings(GUILD, daily(NEWS, '09:00', '2030-01-06'), MOD);
    await store.changeGuildSettings(GUILD, daily(NEWS, '09:00', '2030-01-07'), MOD);
    expect((await store.guildSettings(GUILD)).dailyQuote).toEqual({
      channel: NEWS,
      time: '09:00',
      firstDay: '2030-01-06',
      unreachableSince: null,
    });
    expect((await store.settingsAuditLog()).filter((e) => e.guild === GUILD)).toHaveLength(2);
    await store.close();
  });
});
