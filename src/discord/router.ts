import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { IntakeError, type Library } from '../library/library.ts';
import { moderatorRoles } from '../library/settings.ts';
import type { CommandObserver, CommandOutcome } from '../ops/metrics.ts';
import { ADMISSION_LIMITS, Admission, type AdmissionLimits } from './admission.ts';
import { type Command, type Context, readOptions } from './command.ts';
import { StoreError, storeErrorText } from './errors.ts';
import { refusal } from './guards.ts';
import { english, type TextKey, type TextParams, type Translate, translator } from './i18n.ts';
import { RateLimiter } from './rate-limit.ts';
import { type RepliableInteraction, Responder } from './responder.ts';
import { Sessions } from './sessions.ts';

/** Discord drops an interaction not acknowledged within 3 s; defer well before that. */
export const ACK_AFTER_MS = 2_000;

export interface Shared {
  library: Library;
  config: Config;
  logger: Logger;
  /** Told how each interaction ended and how long it took (metrics); none when metrics are off. */
  observer?: CommandObserver;
  /** The local Discord's origin, when the bot runs against it rather than Discord. */
  localDiscord?: string | null;
  /** The clock schedules are read by (the quote of the day); the system's unless a test gives one. */
  now?: () => Date;
}

/**
 * A failure the user can fix, told in their language by its text key. Anything else is logged and
 * reported as our fault. The message is the English text, for the log.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly key: TextKey,
    readonly params: TextParams = {},
  ) {
    super(english(key, params));
  }
}

/** What the user reads about a failure they can fix, or null for one of ours. */
export function userMessage(err: unknown, t: Translate): string | null {
  if (err instanceof UserError) return t(err.key, err.params);
  if (err instanceof IntakeError) return t(`intake.${err.code}`, err.params);
  if (err instanceof StoreError) return storeErrorText(err, t);
  return null;
}
/** The command's guards, with the server's own moderator roles read each time (another process may have just changed them). */
async function refusalHere(
  command: Command,
  interaction: Interaction,
  shared: Shared,
): Promise<TextKey | null> {
  const roles = command.moderatorsOnly
    ? await moderatorRoles(shared.library, interaction.guildId, shared.config.moderatorRoleIds)
    : shared.config.moderatorRoleIds;
  return refusal(command, interaction, roles);
}

export interface RouterOptions {
  /** Defer a handler still working this long after its interaction was created. */
  ackAfterMs?: number;
  admission?: AdmissionLimits;
}

/** The handler context's facts about who asks, where, and in which language. */
function asker(interaction: Interaction): Pick<Context, 'actor' | 'guild' | 't'> {
  return {
    actor: { id: interaction.user.id, name: interaction.user.username, via: 'discord' },
    guild: interaction.guildId ?? null,
    t: translator(interaction.locale),
  };
}

/** Sends each interaction to the command that owns it, within Discord's deadline, and never lets a handler take the bot down. */
export function createRouter(
  commands: readonly Command[],
  shared: Shared,
  { ackAfterMs = ACK_AFTER_MS, admission: limits = ADMISSION_LIMITS }: RouterOptions = {},
) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const admission = new Admission(limits);
  const sessions = new Sessions(shared.library);
  const localDiscord = shared.localDiscord ?? null;
  const now = shared.now ?? (() => new Date());
  const { config } = shared;
  const limiter = new RateLimiter(
    config.rateLimitCommands,
    config.rateLimitWindowMs,
    Date.now,
    shared.library,
    new Set(config.unlimitedUserIds),
  );

  async function autocomplete(
    interaction: AutocompleteInteraction,
    command: Command | undefined,
  ): Promise<void> {
    try {
      const refused = command && (await refusalHere(command, interaction, shared));
      if (!command?.autocomplete || refused) await interaction.respond([]);
      else
        await command.autocomplete(interaction, {
          ...shared,
          sessions,
          localDiscord,
          now,
          ...asker(interaction),
        });
    } catch (err) {
      shared.logger.error({ err, command: interaction.commandName }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  /** The command an interaction belongs to, and the arguments a button or form carries in its custom id. */
  function commandOf(interaction: RepliableInteraction): { command?: Command; args: string[] } {
    if (!interaction.isButton() && !interaction.isModalSubmit())
      return { command: byName.get(interaction.commandName), args: [] };
    const [prefix = '', ...args] = interaction.customId.split(':');
    return { command: byName.get(prefix), args };
  }

  /** Whether a defer should be private: when asked to hide, for a form, and for moderators' commands. */
  function privately(interaction: RepliableInteraction, command: Command | undefined): boolean {
    if (interaction.isChatInputCommand() && interaction.options.getBoolean('hide')) return true;
    return interaction.isModalSubmit() || (command?.moderatorsOnly ?? false);
  }

  /** Answers an interaction in its turn; `respond` may already have deferred it on arrival. */
  async function repliable(
    interaction: RepliableInteraction,
    respond: Responder,
    started: number,
  ): Promise<void> {
    const ctx: Context = { ...shared, sessions, respond, localDiscord, now, ...asker(interaction) };
    const { t } = ctx;
    const { command, args } = commandOf(interaction);
    const log = shared.logger.child({
      interaction: interaction.id,
      command: command?.data.name,
      user: interaction.user.id,
    });
    const observe = (outcome: CommandOutcome) =>
      shared.observer?.observe(
        command?.data.name ?? 'unknown',
        outcome,
        (performance.now() - started) / 1000,
      );

    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const waitMs = await limiter.check(interaction.user.id);
      if (waitMs > 0) {
        await respond.fail(t('router.rateLimited', { seconds: Math.ceil(waitMs / 1000) }));
        observe('rate_limited');
        return;
      }
    }
    // Timed from the interaction's creation: time spent queued counts against Discord's deadline.
    const watchdog = setTimeout(
      () => {
        respond
          .defer({ ephemeral: privately(interaction, command) })
          .catch((err) => log.warn({ err }, 'could not defer'));
      },
      Math.max(0, interaction.createdTimestamp + ackAfterMs - Date.now()),
    );
    try {
      if (!command) throw new UserError('router.unavailable');
      const refused = await refusalHere(command, interaction, shared);
      if (refused) throw new UserError(refused);
      if (interaction.isChatInputCommand() && command.chatInput) {
        await command.chatInput(interaction, readOptions(command.data, interaction), ctx);
      } else if (interaction.isMessageContextMenuCommand() && command.messageContext) {
        await command.messageContext(interaction, ctx);
      } else if (interaction.isButton() && command.button) {
        await command.button(interaction, args, ctx);
      } else if (interaction.isModalSubmit() && command.modalSubmit) {
        await command.modalSubmit(interaction, args, ctx);
      } else {
        throw new UserError('router.unavailable');
      }
      log.debug('answered');
      observe('answered');
    } catch (err) {
      const message = userMessage(err, t);
      if (message === null) log.error({ err }, 'handler failed');
      // The store's message (file, advice) is for whoever runs the bot; the user read the short text.
      else if (err instanceof StoreError) log.warn({ code: err.code, detail: err.message }, 'store refused');
      else log.info({ reason: (err as Error).message }, 'refused');
      await respond
        .fail(message ?? t('router.ourFault'))
        .catch((failErr) => log.warn({ err: failErr }, 'could not report the error'));
      observe(message === null ? 'failed' : 'refused');
    } finally {
      clearTimeout(watchdog);
    }
  }

  /**
   * Admitted and answered in turn, deferred first when the turn would come too late; past the
   * admission bound, "busy" at once. No interaction is left unanswered.
   */
  function admit(interaction: RepliableInteraction): Promise<void> {
    const started = performance.now();
    const respond = new Responder(interaction);
    const { command } = commandOf(interaction);
    if (admission.full) {
      const told = respond.fail(translator(interaction.locale)('router.busy')).then(
        () =>
          shared.observer?.observe(
            command?.data.name ?? 'unknown',
            'busy',
            (performance.now() - started) / 1000,
          ),
        (err) => shared.logger.warn({ err, interaction: interaction.id }, 'could not say busy'),
      );
      admission.acknowledging(told);
      return told;
    }
    return admission.enqueue({
      createdAt: interaction.createdTimestamp,
      work: () => repliable(interaction, respond, started),
      acknowledge: () =>
        respond
          .defer({ ephemeral: privately(interaction, command) })
          .catch((err) => shared.logger.warn({ err, interaction: interaction.id }, 'could not defer')),
    });
  }

  /** Suggestions cannot be deferred: when they could not come in time, none now beats none ever. */
  function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const none = () => interaction.respond([]).catch(() => undefined);
    if (admission.full) {
      const sent = none();
      admission.acknowledging(sent);
      return sent;
    }
    let answered = false;
    return admission.enqueue({
      createdAt: interaction.createdTimestamp,
      work: async () => {
        if (!answered) await autocomplete(interaction, byName.get(interaction.commandName));
      },
      acknowledge: () => {
        answered = true;
        return none();
      },
    });
  }

  return async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return suggest(interaction);
    if (
      interaction.isChatInputCommand() ||
      interaction.isMessageContextMenuCommand() ||
      interaction.isButton() ||
      interaction.isModalSubmit()
    ) {
      return admit(interaction);
    }
  };
}
