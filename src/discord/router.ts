import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { IntakeError, type Library } from '../library/library.ts';
import { moderatorRoles } from '../library/settings.ts';
import type { CommandObserver, CommandOutcome } from '../ops/metrics.ts';
import { type Command, type Context, readOptions } from './command.ts';
import { StoreError, storeErrorText } from './errors.ts';
import { refusal } from './guards.ts';
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
}

/** A failure the user can fix: shown as it is. Anything else is logged and reported as our fault. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function userMessage(err: unknown): string | null {
  if (err instanceof UserError || err instanceof IntakeError) return err.message;
  if (err instanceof StoreError) return storeErrorText(err);
  return null;
}

const OUR_FAULT = 'Something went wrong on our side while answering. Please try again in a moment.';
/** The command's guards, with the server's own moderator roles read each time (another process may have just changed them). */
async function refusalHere(
  command: Command,
  interaction: Interaction,
  shared: Shared,
): Promise<string | null> {
  const roles = command.moderatorsOnly
    ? await moderatorRoles(shared.library, interaction.guildId, shared.config.moderatorRoleIds)
    : shared.config.moderatorRoleIds;
  return refusal(command, interaction, roles);
}

/** The handler context's facts about who asks and where. */
function asker(interaction: Interaction): Pick<Context, 'actor' | 'guild'> {
  return {
    actor: { id: interaction.user.id, name: interaction.user.username, via: 'discord' },
    guild: interaction.guildId ?? null,
  };
}

/** Sends each interaction to the command that owns it, within Discord's deadline, and never lets a handler take the bot down. */
export function createRouter(commands: readonly Command[], shared: Shared, ackAfterMs = ACK_AFTER_MS) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const sessions = new Sessions(shared.library);
  const localDiscord = shared.localDiscord ?? null;
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
        await command.autocomplete(interaction, { ...shared, sessions, localDiscord, ...asker(interaction) });
    } catch (err) {
      shared.logger.error({ err, command: interaction.commandName }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  async function repliable(interaction: RepliableInteraction): Promise<void> {
    const started = performance.now();
    const respond = new Responder(interaction);
    const ctx: Context = { ...shared, sessions, respond, localDiscord, ...asker(interaction) };
    const [prefix = '', ...args] =
      interaction.isButton() || interaction.isModalSubmit() ? interaction.customId.split(':') : [];
    const command = byName.get(
      interaction.isButton() || interaction.isModalSubmit() ? prefix : interaction.commandName,
    );
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
        await respond.fail(`You’re going a bit fast. Try again in ${Math.ceil(waitMs / 1000)} s.`);
        observe('rate_limited');
        return;
      }
    }
    const hide = interaction.isChatInputCommand()
      ? (interaction.options.getBoolean('hide') ?? false)
      : interaction.isModalSubmit();
    const watchdog = setTimeout(() => {
      respond.defer({ ephemeral: hide }).catch((err) => log.warn({ err }, 'could not defer'));
    }, ackAfterMs);
    try {
      if (!command)
        throw new UserError('This command is no longer available. Refresh Discord and try again.');
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
        throw new UserError('This command is no longer available. Refresh Discord and try again.');
      }
      log.debug('answered');
      observe('answered');
    } catch (err) {
      const message = userMessage(err);
      if (message === null) log.error({ err }, 'handler failed');
      // The store's message (file, advice) is for whoever runs the bot; the user read the short text.
      else if (err instanceof StoreError) log.warn({ code: err.code, detail: err.message }, 'store refused');
      else log.info({ reason: message }, 'refused');
      await respond
        .fail(message ?? OUR_FAULT)
        .catch((failErr) => log.warn({ err: failErr }, 'could not report the error'));
      observe(message === null ? 'failed' : 'refused');
    } finally {
      clearTimeout(watchdog);
    }
  }

  return async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return autocomplete(interaction, byName.get(interaction.commandName));
    if (
      interaction.isChatInputCommand() ||
      interaction.isMessageContextMenuCommand() ||
      interaction.isButton() ||
      interaction.isModalSubmit()
    ) {
      return repliable(interaction);
    }
  };
}
