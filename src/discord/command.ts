import {
  ApplicationCommandOptionType,
  type ApplicationCommandType,
  type Attachment,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Actor, Library } from '../library/library.ts';
import { localized, type Translate } from './i18n.ts';
import type { Responder } from './responder.ts';
import type { Sessions } from './sessions.ts';

/** An option of a command's JSON definition, as written in `commands/*.ts` with `as const`. */
export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  readonly type: ApplicationCommandOptionType;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly max_length?: number;
  readonly options?: readonly OptionDefinition[];
}

/**
 * What the router reads of a definition. Each command file writes its definition `as const satisfies`
 * the discord-api-types body Discord registers (RESTPostAPIChatInputApplicationCommandsJSONBody or
 * RESTPostAPIContextMenuApplicationCommandsJSONBody), so every field Discord knows is type-checked.
 */
export interface CommandDefinition {
  readonly name: string;
  readonly type?: ApplicationCommandType;
  readonly options?: readonly OptionDefinition[];
}

type ValueOf<O extends OptionDefinition> = O['type'] extends ApplicationCommandOptionType.String
  ? string
  : O['type'] extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : O['type'] extends ApplicationCommandOptionType.Boolean
      ? boolean
      : O['type'] extends ApplicationCommandOptionType.Attachment
        ? Attachment
        : O['type'] extends ApplicationCommandOptionType.Role | ApplicationCommandOptionType.Channel
          ? string
          : never;

type FlatOptions<Os extends readonly OptionDefinition[]> = {
  [O in Os[number] as O['name']]: O extends { required: true } ? ValueOf<O> : ValueOf<O> | null;
};

type Children<S extends OptionDefinition> = S['options'] extends readonly OptionDefinition[]
  ? S['options']
  : [];

/** A subcommand in a group is named "group subcommand", as Discord shows it ("moderator-role add"). */
type Subcommands<Os extends readonly OptionDefinition[], Prefix extends string = ''> = {
  [S in Os[number] as S['name']]: S['type'] extends ApplicationCommandOptionType.SubcommandGroup
    ? Subcommands<Children<S>, `${S['name']} `>
    : { subcommand: `${Prefix}${S['name']}` } & FlatOptions<Children<S>>;
}[Os[number]['name']];

/** The options a handler receives, typed from the command's definition (subcommands as a tagged union). */
export type OptionsOf<D extends CommandDefinition> = D['options'] extends readonly OptionDefinition[]
  ? D['options'][number]['type'] extends
      | ApplicationCommandOptionType.Subcommand
      | ApplicationCommandOptionType.SubcommandGroup
    ? Subcommands<D['options']>
    : FlatOptions<D['options']>
  : Record<string, never>;

/** What every handler may use: the corpus, the configuration, the log, paging state, and its responder. */
export interface Context {
  library: Library;
  config: Config;
  logger: Logger;
  sessions: Sessions;
  respond: Responder;
  /** The user behind the interaction, as the store records who added or removed a document. */
  actor: Actor;
  /** The server the interaction comes from; null in direct messages. */
  guild: string | null;
  /** Reply texts in the language of the user's Discord (`interaction.locale`), English when it has none. */
  t: Translate;
  /** The local Discord's origin when the bot runs against it (its attachments come from there); null on Discord. */
  localDiscord: string | null;
  /** The time now; a test's clock where one is given. */
  now: () => Date;
}

/** A guild-only command's handlers always have a server. */
type ContextOf<GuildOnly extends boolean> = [GuildOnly] extends [true]
  ? Context & { guild: string }
  : Context;

/**
 * A command: its definition, who may use it, and its handlers. The guards are enforced by the router
 * for every kind of interaction of the command (slash, menu, buttons, forms, autocomplete), once.
 */
export interface Command<
  D extends CommandDefinition = CommandDefinition,
  GuildOnly extends boolean = boolean,
> {
  data: D;
  /** Only moderators (Manage Server, or a configured moderator role) may use it. */
  moderatorsOnly?: boolean;
  /** Only members with Manage Server may use it (a moderator role is not enough). */
  managersOnly?: boolean;
  /** Only inside a server, never in direct messages. */
  guildOnly?: GuildOnly;
  chatInput?(
    interaction: ChatInputCommandInteraction,
    options: OptionsOf<D>,
    ctx: ContextOf<GuildOnly>,
  ): Promise<void>;
  autocomplete?(
    interaction: AutocompleteInteraction,
    ctx: Omit<ContextOf<GuildOnly>, 'respond'>,
  ): Promise<void>;
  messageContext?(
    interaction: MessageContextMenuCommandInteraction,
    ctx: ContextOf<GuildOnly>,
  ): Promise<void>;
  /** Buttons whose custom_id starts with "<command name>:"; `args` are the rest, split on ":". */
  button?(interaction: ButtonInteraction, args: string[], ctx: ContextOf<GuildOnly>): Promise<void>;
  modalSubmit?(interaction: ModalSubmitInteraction, args: string[], ctx: ContextOf<GuildOnly>): Promise<void>;
}

/** The `hide` option of every read-only command: the router also defers privately when it is set. */
export const HIDE_OPTION = {
  name: 'hide',
  description: 'Show the answer only to you',
  ...localized('hide'),
  type: ApplicationCommandOptionType.Boolean,
} as const;

/** Keeps the definition's literal types so the handlers' options (and a guild-only context) follow from it. */
export function defineCommand<const D extends CommandDefinition, const GuildOnly extends boolean = false>(
  command: Command<D, GuildOnly>,
): Command<D, GuildOnly> {
  return command;
}

/** Reads a chat-input interaction's options as the definition declares them. */
export function readOptions<D extends CommandDefinition>(
  data: D,
  interaction: ChatInputCommandInteraction,
): OptionsOf<D> {
  const definitions = data.options ?? [];
  const isSubcommands = definitions.some(
    (o) =>
      o.type === ApplicationCommandOptionType.Subcommand ||
      o.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  if (!isSubcommands) return readFlat(definitions, interaction) as OptionsOf<D>;
  const group = interaction.options.getSubcommandGroup(false);
  const subcommand = interaction.options.getSubcommand(true);
  const siblings = group ? (definitions.find((o) => o.name === group)?.options ?? []) : definitions;
  const chosen = siblings.find((o) => o.name === subcommand);
  return {
    subcommand: group ? `${group} ${subcommand}` : subcommand,
    ...readFlat(chosen?.options ?? [], interaction),
  } as OptionsOf<D>;
}

function readFlat(definitions: readonly OptionDefinition[], interaction: ChatInputCommandInteraction) {
  const values: Record<string, unknown> = {};
  for (const o of definitions) {
    const required = o.required ?? false;
    switch (o.type) {
      case ApplicationCommandOptionType.String:
        values[o.name] = interaction.options.getString(o.name, required);
        break;
      case ApplicationCommandOptionType.Integer:
        values[o.name] = interaction.options.getInteger(o.name, required);
        break;
      case ApplicationCommandOptionType.Number:
        values[o.name] = interaction.options.getNumber(o.name, required);
        break;
      case ApplicationCommandOptionType.Boolean:
        values[o.name] = interaction.options.getBoolean(o.name, required);
        break;
      case ApplicationCommandOptionType.Attachment:
        values[o.name] = interaction.options.getAttachment(o.name, required);
        break;
      case ApplicationCommandOptionType.Role:
      case ApplicationCommandOptionType.Channel:
        // The id: a role's or channel's name is Discord's to show (as a mention).
        values[o.name] = interaction.options.get(o.name, required)?.value ?? null;
        break;
      default:
        throw new Error(`option type ${o.type} of “${o.name}” is not supported`);
    }
  }
  return values;
}
