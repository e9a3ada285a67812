import type { GuildSettings } from '../store/index.ts';
import type { Translate } from './i18n.ts';
import { BRAND, type Reply, reply } from './render.ts';

const role = (id: string) => `<@&${id}>`;
const channel = (id: string) => `<#${id}>`;

/** What a moderator just changed, for the reply to say. */
export type SettingsChangeShown =
  | { action: 'add' | 'remove'; roleId: string }
  | { action: 'daily-quote-set' | 'daily-quote-off' };

/** This server's settings as a hidden reply; after a change, what changed and what an admin must do next. */
export function settingsReply(
  t: Translate,
  settings: GuildSettings,
  globalRoles: readonly string[],
  change?: SettingsChangeShown,
  /** The day the next quote of the day is posted, when one is scheduled. */
  nextDailyDay: string | null = null,
): Reply {
  const lines: string[] = [];
  if (change?.action === 'add') {
    lines.push(t('settings.added', { role: role(change.roleId) }));
    // Discord shows `/document` only to Manage Server unless a server admin overrides it per role.
    lines.push(t('settings.howToShow', { role: role(change.roleId) }));
  } else if (change?.action === 'remove') {
    lines.push(t('settings.removed', { role: role(change.roleId) }));
  } else if (change?.action === 'daily-quote-set' && settings.dailyQuote && nextDailyDay) {
    const { channel: channelId, time } = settings.dailyQuote;
    lines.push(t('dailyQuote.set', { channel: channel(channelId), time, first: nextDailyDay }));
  } else if (change?.action === 'daily-quote-off') {
    lines.push(t('dailyQuote.off'));
  }
  const own =
    settings.moderatorRoles.length > 0 ? settings.moderatorRoles.map(role).join(', ') : t('settings.none');
  const fields = [
    { name: t('settings.ownRoles'), value: own },
    {
      name: t('settings.everywhere'),
      value:
        globalRoles.length > 0
          ? t('settings.managersAndRoles', { roles: globalRoles.map(role).join(', ') })
          : t('settings.managers'),
    },
    { name: t('dailyQuote.field'), value: dailyQuoteValue(t, settings, nextDailyDay) },
  ];
  return reply(
    {
      embeds: [
        { color: BRAND, title: t('settings.title'), description: lines.join('\n\n') || undefined, fields },
      ],
    },
    { ephemeral: true },
  );
}

function dailyQuoteValue(t: Translate, settings: GuildSettings, nextDailyDay: string | null): string {
  const schedule = settings.dailyQuote;
  if (!schedule) return t('dailyQuote.none');
  const when = [nextDailyDay && t('dailyQuote.next', { day: nextDailyDay })];
  if (settings.dailyQuoteLastDay) when.push(t('dailyQuote.last', { day: settings.dailyQuoteLastDay }));
  const lines = [
    t('dailyQuote.schedule', { channel: channel(schedule.channel), time: schedule.time }),
    when.filter(Boolean).join(', '),
  ];
  if (schedule.unreachableSince) lines.push(t('dailyQuote.unreachable', { day: schedule.unreachableSince }));
  return lines.filter(Boolean).join('\n');
}
