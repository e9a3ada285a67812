import type { GuildMember, Interaction } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import type { Scope } from '../search/types.ts';

/** A guild sees the global corpus and its own documents; a direct message sees the global corpus only. */
export function scopeOf(interaction: Pick<Interaction, 'guildId'>): Scope {
  return { guild: interaction.guildId ?? null };
}

/** Moderators: Manage Server, or one of the configured moderator roles. */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member as GuildMember | { roles: string[] };
  const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return roles.some((role) => moderatorRoleIds.includes(role));
}
