import { type Client, DiscordAPIError, Locale, Routes } from 'discord.js';
import type { Logger } from 'pino';
import {
  claimDailyQuote,
  type DueDailyQuote,
  dueDailyQuotes,
  settleDailyQuote,
} from '../library/daily-quote.ts';
import type { Library } from '../library/library.ts';
import { quoteKey } from '../search/speaker-queries.ts';
import { cardButtonId } from './cards.ts';
import { translator } from './i18n.ts';
import { RecentlyShown } from './recent.ts';
import { quoteEmbedReply, withCardButton } from './render-readers.ts';

/** How often the schedules are read: a quote comes at most this late after its time. */
export const DAILY_QUOTE_CHECK_MS = 30_000;

/** A week of quotes of the day in a channel is kept from coming back while others remain. */
const NO_REPEAT_DAYS = 7;

export interface DailyQuoteOptions {
  client: Client;
  library: Library;
  logger: Logger;
  now: () => Date;
  everyMs?: number;
}

export interface DailyQuotes {
  /** Posts every quote of the day now due; resolves when done. */
  check(): Promise<void>;
  /** Stops the timer; resolves once a check under way has finished. */
  stop(): Promise<void>;
}

/**
 * Posts each server's quote of the day at or after its time. The day is claimed in the store before
 * posting, so across restarts and processes each server gets at most one a day.
 */
export function scheduleDailyQuotes({
  client,
  library,
  logger,
  now,
  everyMs = DAILY_QUOTE_CHECK_MS,
}: DailyQuoteOptions): DailyQuotes {
  const recent = new RecentlyShown(NO_REPEAT_DAYS);

  async function post(due: DueDailyQuote): Promise<void> {
    const log = logger.child({ guild: due.guild, channel: due.channel, day: due.day });
    const { quote, total } = library.randomQuote({ guild: due.guild }, { avoid: recent.get(due.channel) });
    // Nobody quoted yet: nothing is claimed, so a document added later today still gets its post.
    if (!quote) return;
    if (!(await claimDailyQuote(library, due))) return;
    // its card button is /random-quote's: a press reaches that command's handler like any other
    // A channel post has no user locale: the server's language, as mention replies use.
    const t = translator(client.guilds.cache.get(due.guild)?.preferredLocale ?? Locale.EnglishUS);
    const { embeds, components } = withCardButton(
      t,
      quoteEmbedReply(t, quote, { total, daily: true }),
      cardButtonId('random-quote', quote),
    );
    try {
      await client.rest.post(Routes.channelMessages(due.channel), {
        body: { embeds, components, allowed_mentions: { parse: [] } },
      });
    } catch (err) {
      // 403: the bot may no longer see or post in the channel; 404: the channel is gone.
      if (err instanceof DiscordAPIError && (err.status === 403 || err.status === 404)) {
        if (await settleDailyQuote(library, due, 'unreachable'))
          log.warn(
            { code: err.code, reason: err.message },
            'cannot post the quote of the day in its channel; the setting is kept and tried again each day',
          );
        return;
      }
      await settleDailyQuote(library, due, 'failed');
      log.warn({ err }, 'could not post the quote of the day; trying again at the next check');
      return;
    }
    recent.add(due.channel, quoteKey(quote));
    await settleDailyQuote(library, due, 'posted');
    log.info('posted the quote of the day');
  }

  async function run(): Promise<void> {
    for (const due of await dueDailyQuotes(library, now())) {
      await post(due).catch((err) => logger.error({ err, guild: due.guild }, 'the quote of the day failed'));
    }
  }

  // Checks run one after another, so two never claim and post side by side in one process.
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  const check = (): Promise<void> => {
    pending++;
    queue = queue
      .then(run)
      .catch((err) => logger.warn({ err }, 'could not read the quote-of-the-day schedules'))
      .finally(() => {
        pending--;
      });
    return queue;
  };
  // A slow check is not piled on by the timer.
  const timer = setInterval(() => {
    if (pending === 0) void check();
  }, everyMs);
  timer.unref();
  return {
    check,
    async stop() {
      clearInterval(timer);
      await queue;
    },
  };
}
