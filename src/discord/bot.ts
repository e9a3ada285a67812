import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  Locale,
  type Message,
  type MessageReplyOptions,
  Options,
  Partials,
} from 'discord.js';
import { guildPresence, purgeLeftGuilds } from '../library/settings.ts';
import type { AdmissionLimits } from './admission.ts';
import type { Command } from './command.ts';
import { type DailyQuotes, scheduleDailyQuotes } from './daily-quote.ts';
import { paceGatewayReading } from './gateway-pacing.ts';
import { translator } from './i18n.ts';
import { parseMention } from './mentions.ts';
import { RateLimiter } from './rate-limit.ts';
import { askReply, type Reply, reply, whoSaidReply } from './render.ts';
import { createRouter, type Shared } from './router.ts';

export interface BotOptions extends Shared {
  commands: readonly Command[];
  /** REST base URL, for the mock gateway ("http://127.0.0.1:PORT/api"); Discord's by default. */
  restApi?: string;
  ackAfterMs?: number;
  /** When to defer on arrival and when to say "busy" (see ADMISSION_LIMITS). */
  admission?: AdmissionLimits;
  /** How long `stop()` waits for interactions already being answered. */
  drainMs?: number;
  /** Gateway shards this process connects (see Config.shards); one, unsharded, by default. */
  shards?: ShardPlan;
  /** How often the quote-of-the-day schedules are checked (DAILY_QUOTE_CHECK_MS by default). */
  dailyQuoteCheckMs?: number;
}

/** Which gateway shards a process runs: all of `count` (or as many as Discord says, 'auto'), or only `ids`. */
export interface ShardPlan {
  count: number | 'auto';
  ids?: number[];
}

function shardOptions(plan: ShardPlan | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (!plan) return {};
  if (plan.count === 'auto') return { shards: 'auto' };
  const ids = plan.ids ?? Array.from({ length: plan.count }, (_, id) => id);
  return { shards: ids, shardCount: plan.count };
}

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Answers take well under Discord's 15-minute token life; past this, stopping wins. */
const DRAIN_MS = 10_000;

/**
 * The bot reads guilds, channels and roles (for moderator checks) from the cache, and
 * everything else from the interaction itself; so members, users and messages are kept only
 * for the bot itself, and the rest not at all. Memory then grows with servers, not with
 * their traffic.
 */
const CACHE = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  ThreadMemberManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  VoiceStateManager: 0,
  GuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildInviteManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  AutoModerationRuleManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
});

export interface Bot {
  client: Client;
  /** Posts the quotes of the day due now, as the timer does. */
  dailyQuotes: Pick<DailyQuotes, 'check'>;
  stop(): Promise<void>;
}

/** Creates the Discord client with Verbatim's handlers, logs it in and resolves once it is ready. */
export async function startBot(options: BotOptions, token: string): Promise<Bot> {
  const { config, logger } = options;
  const intents = [GatewayIntentBits.Guilds];
  if (config.enableMentions) {
    intents.push(
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    );
  }
  paceGatewayReading();
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    // A document or a query that contains @everyone or a user mention must ping nobody.
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: CACHE,
    ...shardOptions(options.shards),
    ...(options.restApi ? { rest: { api: options.restApi } } : {}),
  });
  const localDiscord = options.restApi ? new URL(options.restApi).origin : null;
  const route = createRouter(
    options.commands,
    { ...options, localDiscord },
    {
      ...(options.ackAfterMs !== undefined ? { ackAfterMs: options.ackAfterMs } : {}),
      ...(options.admission ? { admission: options.admission } : {}),
    },
  );
  // Answers under way, so stopping can let them finish instead of leaving users with no reply.
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  client.on(Events.InteractionCreate, (interaction) => {
    track(route(interaction).catch((err) => logger.error({ err }, 'interaction routing failed')));
  });
  if (config.enableMentions) {
    const limiter = new RateLimiter(
      config.rateLimitCommands,
      config.rateLimitWindowMs,
      Date.now,
      null,
      new Set(config.unlimitedUserIds),
    );
    client.on(Events.MessageCreate, (message) => {
      track(
        answerMention(message, options, limiter).catch((err) =>
          logger.error({ err }, 'mention reply failed'),
        ),
      );
    });
  }
  // Settings of a server the bot leaves are kept for a while (it may come back), then purged.
  client.on(Events.GuildDelete, (guild) => {
    if (!guild.available) return; // an outage, not a departure
    track(
      guildPresence(options.library, guild.id, 'left').catch((err) =>
        logger.error({ err }, 'recording a departure failed'),
      ),
    );
  });
  client.on(Events.GuildCreate, (guild) => {
    track(
      guildPresence(options.library, guild.id, 'joined').catch((err) =>
        logger.error({ err }, 'recording a return failed'),
      ),
    );
  });
  const purge = () =>
    track(
      purgeLeftGuilds(options.library, config.settingsRetentionDays)
        .then((purged) => {
          if (purged.length > 0) logger.info({ guilds: purged }, 'purged settings of servers left long ago');
        })
        .catch((err) => logger.error({ err }, 'purging old settings failed')),
    );
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  purgeTimer.unref();
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.ShardResume, () => logger.info('gateway connection resumed'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  purge();
  const dailyQuotes = scheduleDailyQuotes({
    client,
    library: options.library,
    logger,
    now: options.now ?? (() => new Date()),
    ...(options.dailyQuoteCheckMs !== undefined ? { everyMs: options.dailyQuoteCheckMs } : {}),
  });
  track(dailyQuotes.check());
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, shards: [...client.ws.shards.keys()] },
    'bot ready',
  );
  return {
    client,
    dailyQuotes,
    async stop() {
      clearInterval(purgeTimer);
      await dailyQuotes.stop();
      const deadline = Date.now() + (options.drainMs ?? DRAIN_MS);
      while (inFlight.size > 0 && Date.now() < deadline) {
        logger.info({ inFlight: inFlight.size }, 'waiting for answers under way');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => {
            timer = setTimeout(resolve, deadline - Date.now());
          }),
        ]);
        clearTimeout(timer);
      }
      await client.destroy();
    },
  };
}

/** Optional chat style: "@Verbatim who said 'unite around our president'?" gets a reply. */
async function answerMention(message: Message, { library }: Shared, limiter: RateLimiter): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !me || !message.mentions.users.has(me.id)) return;
  const request = parseMention(message.content, me.id);
  // A message carries no user locale: the server's language (English unless its community settings say otherwise).
  const t = translator(message.guild?.preferredLocale ?? Locale.EnglishUS);
  if (!request) {
    await message.reply(asMessage(reply({ content: t('common.mentionHelp') })));
    return;
  }
  if (limiter.take(message.author.id) > 0) return;
  const scope = { guild: message.guildId ?? null };
  if (request.kind === 'who-said') {
    await message.reply(asMessage(whoSaidReply(t, library.whoSaid(request.quote, scope))));
  } else {
    const hits = library.ask(request.question, scope, 3);
    const { components: _pagingNeedsASlashCommand, ...answer } = askReply(t, request.question, hits, {
      page: 0,
      buttonPrefix: 'ask:none',
    });
    await message.reply(asMessage(answer));
  }
}

/** A message reply: messages can't be ephemeral, and have no flags to carry. */
function asMessage({ flags: _onlyForInteractions, ...message }: Reply): MessageReplyOptions {
  return message as MessageReplyOptions;
}
