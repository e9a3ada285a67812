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
import type { Library } from '../library/library.ts';
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

export interface CommandDefinition {
  readonly name: string;
  readonly type?: ApplicationCommandType;
  readonly description?: string;
  readonly options?: readonly OptionDefinition[];
  readonly default_member_permissions?: string;
  readonly dm_permission?: boolean;
  readonly contexts?: readonly number[];
}

type ValueOf<O extends OptionDefinition> = O['type'] extends ApplicationCommandOptionType.String
  ? string
  : O['type'] extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : O['type'] extends ApplicationCommandOptionType.Boolean
      ? boolean
      : O['type'] extends ApplicationCommandOptionType.Attachment
        ? Attachment
        : never;

type FlatOptions<Os extends readonly OptionDefinition[]> = {
  [O in Os[number] as O['name']]: O extends { required: true } ? ValueOf<O> : ValueOf<O> | null;
};

type Subcommands<Os extends readonly OptionDefinition[]> = {
  [S in Os[number] as S['name']]: { subcommand: S['name'] } & FlatOptions<
    S['options'] extends readonly OptionDefinition[] ? S['options'] : []
  >;
}[Os[number]['name']];

/** The options a handler receives, typed from the command's definition (subcommands as a tagged union). */
export type OptionsOf<D extends CommandDefinition> = D['options'] extends readonly OptionDefinition[]
  ? D['options'][number]['type'] extends ApplicationCommandOptionType.Subcommand
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
}

export interface Command<D extends CommandDefinition = CommandDefinition> {
  data: D;
  chatInput?(interaction: ChatInputCommandInteraction, options: OptionsOf<D>, ctx: Context): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: Omit<Context, 'respond'>): Promise<void>;
  messageContext?(interaction: MessageContextMenuCommandInteraction, ctx: Context): Promise<void>;
  /** Buttons whose custom_id starts with "<command name>:"; `args` are the rest, split on ":". */
  button?(interaction: ButtonInteraction, args: string[], ctx: Context): Promise<void>;
  modalSubmit?(interaction: ModalSubmitInteraction, args: string[], ctx: Context): Promise<void>;
}

/** The `hide` option of every read-only command: the router also defers privately when it is set. */
export const HIDE_OPTION = {
  name: 'hide',
  description: 'Show the answer only to you',
  type: ApplicationCommandOptionType.Boolean,
} as const;

/** Keeps the definition's literal types so the handlers' options follow from it. */
export function defineCommand<const D extends CommandDefinition>(command: Command<D>): Command<D> {
  return command;
}

/** Reads a chat-input interaction's options as the definition declares them. */
export function readOptions<D extends CommandDefinition>(
  data: D,
  interaction: ChatInputCommandInteraction,
): OptionsOf<D> {
  const definitions = data.options ?? [];
  const isSubcommands = definitions.some((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (!isSubcommands) return readFlat(definitions, interaction) as OptionsOf<D>;
  const subcommand = interaction.options.getSubcommand(true);
  const chosen = definitions.find((o) => o.name === subcommand);
  return { subcommand, ...readFlat(chosen?.options ?? [], interaction) } as OptionsOf<D>;
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
      default:
        throw new Error(`option type ${o.type} of “${o.name}” is not supported`);
    }
  }
  return values;
}
