import { randomBytes } from 'node:crypto';
import {
  type APIAttachment,
  type APIMessage,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  type InteractionType,
} from 'discord-api-types/v10';
import { type MockGuild, memberPermissions, roleIds } from './guilds.ts';
import { byShownName, type Localizable } from './localized.ts';
import { snowflake } from './messages.ts';

type Json = Record<string, unknown>;

/** Who sends an interaction, and where. Defaults: the default test user in the first guild's first channel. */
export interface InteractOptions {
  user?: Partial<APIUser>;
  /** Send from a DM with the bot: `user` instead of `member`, no guild. */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  /** Role names or ids of the member; their permissions count unless `permissions` is given. */
  roles?: string[];
  /** The member's permissions, e.g. `PermissionFlagsBits.ManageGuild`; overrides the roles' permissions. */
  permissions?: bigint | string;
  locale?: string;
  /**
   * Send even what Discord would not: a command to a member without its default_member_permissions,
   * or in a context it leaves out. For testing the bot's own guards, as a stale or forged client could.
   */
  unchecked?: boolean;
}

/** A chat-input option value; pass the object `addAttachment` returned for an attachment option. */
export type OptionValue = string | number | boolean | APIAttachment;

export interface InteractionContext {
  applicationId: string;
  defaultUser: APIUser;
  guilds: MockGuild[];
  appPermissions: bigint;
  dmChannels: Map<string, string>;
}

/** A registered command (or option) definition, as far as the mock reads it. */
interface CommandDefinition extends Localizable {
  id?: string;
  type?: number;
  required?: boolean;
  options?: CommandDefinition[];
}

/** The envelope shared by every interaction type: ids, token, and the member or DM user. */
export function interactionPayload(
  ctx: InteractionContext,
  /** null for the envelope of a plain channel message, which is no interaction. */
  type: InteractionType | null,
  data: Json,
  opts: InteractOptions = {},
): Json {
  const user: APIUser = { ...ctx.defaultUser, ...opts.user };
  const id = snowflake();
  const base = {
    id,
    application_id: ctx.applicationId,
    type,
    data,
    token: `mock.${id}.${randomBytes(24).toString('base64url')}`,
    version: 1,
    app_permissions: ctx.appPermissions.toString(),
    locale: opts.locale ?? 'en-US',
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (opts.dm) {
    // The same user keeps the same DM channel, as on Discord.
    const channelId = ctx.dmChannels.get(user.id) ?? snowflake();
    ctx.dmChannels.set(user.id, channelId);
    const channel = {
      id: channelId,
      type: ChannelType.DM,
      recipients: [user],
      last_message_id: null,
      flags: 0,
    };
    return {
      ...base,
      channel,
      channel_id: channelId,
      user,
      context: InteractionContextType.BotDM,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
    };
  }
  const guild = opts.guildId ? ctx.guilds.find((g) => g.id === opts.guildId) : ctx.guilds[0];
  if (!guild) throw new Error(`the mock has no guild ${opts.guildId ?? '(none configured)'}`);
  const channel = opts.channelId ? guild.channels.find((c) => c.id === opts.channelId) : guild.channels[0];
  if (!channel) throw new Error(`guild ${guild.name} has no channel ${opts.channelId}`);
  const roles = roleIds(guild, opts.roles ?? []);
  const member = {
    user,
    roles,
    permissions: String(opts.permissions ?? memberPermissions(guild, roles)),
    joined_at: new Date(0).toISOString(),
    nick: null,
    avatar: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  };
  return {
    ...base,
    guild_id: guild.id,
    guild_locale: 'en-US',
    channel: {
      id: channel.id,
      type: channel.type,
      name: channel.name,
      guild_id: guild.id,
      permission_overwrites: [],
    },
    channel_id: channel.id,
    member,
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
  };
}

function inferType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'object') return ApplicationCommandOptionType.Attachment;
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number')
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

/**
 * The `data` of a chat-input or autocomplete interaction. `path` is "command", "command sub" or "command group sub".
 * With a registered definition, option types come from it and unknown or missing required options throw,
 * because Discord would never send them. Names may be typed as a user with `locale` sees them; the data
 * carries the default names, as Discord's does.
 */
export function commandData(
  definition: CommandDefinition | undefined,
  path: string,
  options: Record<string, OptionValue>,
  focused?: string,
  /** The server's channels, which a channel option's id must name (Discord offers no other). */
  guild?: MockGuild,
  locale?: string,
): Json {
  const [typedName = '', ...typedSubcommands] = path.trim().split(/\s+/);
  const name = definition?.name ?? typedName;
  let scope = definition;
  const subcommands = typedSubcommands.map((sub) => {
    scope = definition && byShownName(scope?.options ?? [], sub, locale);
    if (definition && !scope) throw new Error(`/${typedName} has no subcommand ${sub}`);
    return scope?.name ?? sub;
  });
  const attachments: Record<string, APIAttachment> = {};
  const channels: Record<string, Json> = {};
  const given = new Set<string>();
  const leaf: Json[] = Object.entries(options).map(([optionName, value]) => {
    const option = scope?.options && byShownName(scope.options, optionName, locale);
    if (scope && !option) throw new Error(`/${path} has no option ${optionName}`);
    given.add(option?.name ?? optionName);
    if (typeof value === 'object') attachments[value.id] = value;
    let wireValue = typeof value === 'object' ? value.id : value;
    if (option?.type === ApplicationCommandOptionType.Channel && focused !== optionName) {
      // By id, or by name as Discord's channel picker shows it ("#news" or "news"); sent as the id.
      const channel = guild?.channels.find((c) => [c.id, c.name, `#${c.name}`].includes(String(value)));
      if (!channel || !guild) throw new Error(`/${path}: ${optionName} must be a channel of the server`);
      channels[channel.id] = { ...channel, guild_id: guild.id };
      wireValue = channel.id;
    }
    const wire = {
      name: option?.name ?? optionName,
      type: option?.type ?? inferType(value),
      value: wireValue,
    };
    // Discord sends the half-typed text of the focused option as a string, whatever its declared type.
    return optionName === focused ? { ...wire, value: String(value), focused: true } : wire;
  });
  const missing = scope?.options?.find((o) => o.required && !given.has(o.name));
  if (missing && focused === undefined) throw new Error(`/${path} needs option ${missing.name}`);
  // A three-word path is "command group sub": the first word after the command is a group.
  const nested = subcommands.reduceRight<Json[]>((inner, sub, i) => {
    const group = subcommands.length === 2 && i === 0;
    const type = group
      ? ApplicationCommandOptionType.SubcommandGroup
      : ApplicationCommandOptionType.Subcommand;
    return [{ name: sub, type, options: inner }];
  }, leaf);
  return {
    id: definition?.id ?? snowflake(),
    name,
    type: ApplicationCommandType.ChatInput,
    options: nested,
    ...(Object.keys(attachments).length || Object.keys(channels).length
      ? {
          resolved: {
            ...(Object.keys(attachments).length ? { attachments } : {}),
            ...(Object.keys(channels).length ? { channels } : {}),
          },
        }
      : {}),
  };
}

/** The `data` of a message context-menu command on `target`. */
export function messageCommandData(
  definition: CommandDefinition | undefined,
  name: string,
  target: APIMessage,
): Json {
  return {
    id: definition?.id ?? snowflake(),
    name: definition?.name ?? name,
    type: ApplicationCommandType.Message,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  };
}

/**
 * The submitted components of a modal. When the bot showed a modal with this custom_id, its layout (action rows
 * or labels) is mirrored and unknown fields throw; otherwise each field goes in its own action row.
 */
export function modalComponents(shown: Json | undefined, fields: Record<string, string>): Json[] {
  const input = (customId: string) => ({
    type: ComponentType.TextInput,
    custom_id: customId,
    value: fields[customId] ?? '',
  });
  if (!shown)
    return Object.keys(fields).map((customId) => ({
      type: ComponentType.ActionRow,
      components: [input(customId)],
    }));
  const rows = (shown.components as Json[] | undefined) ?? [];
  const known = rows
    .flatMap((row) => [row.component, ...((row.components as Json[] | undefined) ?? [])])
    .map((c) => (c as Json | undefined)?.custom_id);
  const unknown = Object.keys(fields).find((customId) => !known.includes(customId));
  if (unknown) throw new Error(`modal ${String(shown.custom_id)} has no field ${unknown}`);
  return rows.map((row) =>
    row.component
      ? { type: row.type, component: input(String((row.component as Json).custom_id)) }
      : {
          type: ComponentType.ActionRow,
          components: ((row.components as Json[]) ?? []).map((c) => input(String(c.custom_id))),
        },
  );
}
