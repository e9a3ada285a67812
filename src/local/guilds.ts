import { type APIUser, ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { snowflake } from './messages.ts';

/** A guild as a test describes it; ids are generated when left out. */
export interface MockGuildConfig {
  id?: string;
  name?: string;
  channels?: Array<{ id?: string; name: string; type?: number }>;
  /** Roles besides @everyone; `permissions` as a bit field. */
  roles?: Array<{ id?: string; name: string; permissions?: bigint }>;
  /** What @everyone may do; defaults to a regular member's rights. */
  everyonePermissions?: bigint;
  /** The server's language (Community settings), which Discord sends as `preferred_locale`; en-US by default. */
  preferredLocale?: string;
}

export interface MockRole {
  id: string;
  name: string;
  permissions: bigint;
}

/** A guild as the mock serves it; `channels[0]` is where interactions happen unless a test says otherwise. */
export interface MockGuild {
  id: string;
  name: string;
  channels: Array<{ id: string; name: string; type: number }>;
  /** @everyone first; its id is the guild id, as on Discord. */
  roles: MockRole[];
  preferredLocale: string;
}

/** What a regular member may do in a text channel. */
export const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

const DEFAULT_GUILD: MockGuildConfig = {
  name: 'Verbatim Test Guild',
  channels: [{ name: 'general' }],
  roles: [{ name: 'Moderator', permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild }],
};

export function resolveGuilds(configs: MockGuildConfig[] = [DEFAULT_GUILD]): MockGuild[] {
  return configs.map((config) => {
    const id = config.id ?? snowflake();
    const everyone = { id, name: '@everyone', permissions: config.everyonePermissions ?? MEMBER_PERMISSIONS };
    return {
      id,
      name: config.name ?? 'Test Guild',
      preferredLocale: config.preferredLocale ?? 'en-US',
      channels: (config.channels ?? [{ name: 'general' }]).map((c) => ({
        id: c.id ?? snowflake(),
        name: c.name,
        type: c.type ?? ChannelType.GuildText,
      })),
      roles: [
        everyone,
        ...(config.roles ?? []).map((r) => ({
          id: r.id ?? snowflake(),
          name: r.name,
          permissions: r.permissions ?? 0n,
        })),
      ],
    };
  });
}

/** Which channels the bot may post in: the guilds' and its DMs, less those an admin took from it. */
export class ChannelAccess {
  private readonly forbidden = new Set<string>();

  constructor(
    private readonly guilds: readonly MockGuild[],
    private readonly dmChannels: Map<string, string>,
  ) {}

  of(id: string): 'ok' | 'unknown' | 'forbidden' {
    if (!this.inGuild(id) && ![...this.dmChannels.values()].includes(id)) return 'unknown';
    return this.forbidden.has(id) ? 'forbidden' : 'ok';
  }

  /** Takes a guild channel from the bot, failing loudly on an id no guild has. */
  forbid(id: string): void {
    if (!this.inGuild(id)) throw new Error(`no guild has a channel ${id}`);
    this.forbidden.add(id);
  }

  private inGuild(id: string): boolean {
    return this.guilds.some((g) => g.channels.some((c) => c.id === id));
  }
}

/** Role ids for role names or ids, failing loudly on a typo rather than sending an unknown role. */
export function roleIds(guild: MockGuild, roles: string[]): string[] {
  return roles.map((nameOrId) => {
    const role = guild.roles.find((r) => r.id === nameOrId || r.name === nameOrId);
    if (!role) throw new Error(`guild ${guild.name} has no role ${nameOrId}`);
    return role.id;
  });
}

/** A member's guild-level permissions: @everyone plus their roles (Administrator implies all, as on Discord). */
export function memberPermissions(guild: MockGuild, memberRoleIds: string[]): bigint {
  const bits = guild.roles
    .filter((r) => r.id === guild.id || memberRoleIds.includes(r.id))
    .reduce((all, r) => all | r.permissions, 0n);
  return bits & PermissionFlagsBits.Administrator
    ? Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n)
    : bits;
}

/** The GUILD_CREATE payload discord.js needs to cache the guild, its channels and the bot's membership. */
export function guildCreatePayload(
  guild: MockGuild,
  bot: APIUser,
  joinedAt: string,
): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: snowflake(),
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: joinedAt,
    preferred_locale: guild.preferredLocale,
    features: [],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    roles: guild.roles.map((role, position) => ({
      id: role.id,
      name: role.name,
      permissions: role.permissions.toString(),
      position,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    channels: guild.channels.map((channel, position) => ({
      ...channel,
      guild_id: guild.id,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    })),
    members: [{ user: bot, roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 }],
  };
}
