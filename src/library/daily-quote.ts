import type { Actor, DailyQuoteOutcome, GuildSettings } from '../store/index.ts';
import type { Library } from './library.ts';
import { writableStore } from './settings.ts';

/** When a quote of the day is posted if the moderator gives no time. */
export const DEFAULT_DAILY_TIME = '09:00';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "9:05" or "09:05" as HH:MM; null for anything that is not a time of day. */
export function parseDailyTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  return match ? `${(match[1] as string).padStart(2, '0')}:${match[2]}` : null;
}

/** The UTC day of `at`, YYYY-MM-DD. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

const nextDay = (day: string): string => utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));

const reached = (day: string, time: string, now: Date): boolean =>
  now.getTime() >= Date.parse(`${day}T${time}:00Z`);

/** The first day a schedule set at `now` posts: today while its time is still to come, else tomorrow. */
export function firstDailyDay(time: string, now: Date): string {
  const today = utcDay(now);
  return reached(today, time, now) ? nextDay(today) : today;
}

/** The day whose quote is due at `now` (its time reached, not yet posted), or null. */
export function dueDailyDay(settings: GuildSettings, now: Date): string | null {
  const schedule = settings.dailyQuote;
  if (!schedule || settings.leftAt) return null;
  const today = utcDay(now);
  if (today < schedule.firstDay || !reached(today, schedule.time, now)) return null;
  return (settings.dailyQuoteLastDay ?? '') < today ? today : null;
}

/** The day the next quote will be posted, for telling the moderator. */
export function nextDailyDay(settings: GuildSettings, now: Date): string | null {
  const schedule = settings.dailyQuote;
  if (!schedule) return null;
  // YYYY-MM-DD strings sort as days do.
  let day = [schedule.firstDay, utcDay(now)].sort()[1] as string;
  const last = settings.dailyQuoteLastDay;
  if (last && last >= day) day = nextDay(last);
  return day;
}

/** Posts a quote every day in `channel` at `time` (HH:MM UTC), with an audit row; the settings as they now are. */
export async function setDailyQuote(
  library: Library,
  guild: string,
  channel: string,
  time: string,
  actor: Actor,
  now: Date,
): Promise<GuildSettings> {
  const store = writableStore(library);
  const firstDay = firstDailyDay(time, now);
  return store.changeGuildSettings(guild, { action: 'daily-quote-set', channel, time, firstDay }, actor);
}

/** Stops the quote of the day, with an audit row (none when it was already off). */
export async function stopDailyQuote(library: Library, guild: string, actor: Actor): Promise<GuildSettings> {
  return writableStore(library).changeGuildSettings(guild, { action: 'daily-quote-off' }, actor);
}

/** A quote of the day to post now: where, for which day, and the last day posted before it. */
export interface DueDailyQuote {
  guild: string;
  channel: string;
  day: string;
  previous: string | null;
}

/** The quotes of the day due at `now`; none where the store can't record a claim. */
export async function dueDailyQuotes(library: Library, now: Date): Promise<DueDailyQuote[]> {
  const store = library.store;
  if (!store || store.readonly) return [];
  const due: DueDailyQuote[] = [];
  for (const settings of await store.dailyQuoteSettings()) {
    const day = dueDailyDay(settings, now);
    const channel = settings.dailyQuote?.channel;
    if (day && channel)
      due.push({ guild: settings.guild, channel, day, previous: settings.dailyQuoteLastDay });
  }
  return due;
}

/** Takes the day's post for this process; false when another process (or an earlier run) already has. */
export async function claimDailyQuote(library: Library, due: DueDailyQuote): Promise<boolean> {
  return writableStore(library).claimDailyQuote(due.guild, due.channel, due.day);
}

/** Records how posting ended; true when the channel was newly found unreachable (to be reported once). */
export async function settleDailyQuote(
  library: Library,
  due: DueDailyQuote,
  result: 'posted' | 'unreachable' | 'failed',
): Promise<boolean> {
  const outcome: DailyQuoteOutcome =
    result === 'posted'
      ? { kind: 'posted' }
      : result === 'unreachable'
        ? { kind: 'unreachable', day: due.day }
        : { kind: 'failed', day: due.day, previous: due.previous };
  return writableStore(library).settleDailyQuote(due.guild, due.channel, outcome);
}
