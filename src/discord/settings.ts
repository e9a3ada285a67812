import type { GuildSettings } from '../store/index.ts';
import type { Translate } from './i18n.ts';
import { BRAND, type Reply, reply } from './render.ts';

const role = (id: string) => `<@&${id}>`;
const channel = (id: string) => `<#${id}>`;

/** The quote of the day's strings, in one place to translate. */
export const DAILY_QUOTE_TEXT = {
  set: (channelId: string, time: string, first: string) =>
    `A quote of the day will be posted in ${channel(channelId)} every day at ${time} UTC, the first on ${first}. Make sure Verbatim may view that channel, send messages and embed links there.`,
  off: 'The quote of the day is off. Turn it on again with `/settings daily-quote set`.',
  field: 'Quote of the day',
  none: 'Off (`/settings daily-quote set`)',
  schedule: (channelId: string, time: string) => `${channel(channelId)}, every day at ${time} UTC`,
  next: (day: string) => `Next on ${day}`,
  last: (day: string) => `last posted on ${day}`,
  unreachable: (day: string) =>
    `Since ${day} Verbatim cannot post there. Give it View Channel, Send Messages and Embed Links in that channel (it tries again each day), or pick another.`,
} as const;

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
    lines.push(DAILY_QUOTE_TEXT.set(settings.dailyQuote.channel, settings.dailyQuote.time, nextDailyDay));
  } else if (change?.action === 'daily-quote-off') {
    lines.push(DAILY_QUOTE_TEXT.off);
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
    { name: DAILY_QUOTE_TEXT.field, value: dailyQuoteValue(settings, nextDailyDay) },
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

function dailyQuoteValue(settings: GuildSettings, nextDailyDay: string | null): string {
  const schedule = settings.dailyQuote;
  if (!schedule) return DAILY_QUOTE_TEXT.none;
  const when = [nextDailyDay && DAILY_QUOTE_TEXT.next(nextDailyDay)];
  if (settings.dailyQuoteLastDay) when.push(DAILY_QUOTE_TEXT.last(settings.dailyQuoteLastDay));
  const lines = [DAILY_QUOTE_TEXT.schedule(schedule.channel, schedule.time), when.filter(Boolean).join(', ')];
  if (schedule.unreachableSince) lines.push(DAILY_QUOTE_TEXT.unreachable(schedule.unreachableSince));
  return lines.filter(Boolean).join('\n');
}
