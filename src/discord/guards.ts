import type { GuildMember, Interaction } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import type { Command } from './command.ts';

const NOT_A_MODERATOR =
  'Only moderators (Manage Server, or a moderator role) can change the documents. Ask one of them to add it.';
const NOT_A_MANAGER = 'Only members with Manage Server can change this server’s settings.';
const NOT_IN_A_SERVER = 'Documents are managed inside a server, not in direct messages.';

/** Why `interaction` may not use `command` (the guards its definition declares), or null when it may. */
export function refusal(
  command: Pick<Command, 'guildOnly' | 'moderatorsOnly' | 'managersOnly'>,
  interaction: Interaction,
  moderatorRoleIds: readonly string[],
): string | null {
  if (command.guildOnly && !interaction.inGuild()) return NOT_IN_A_SERVER;
  if (command.managersOnly && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return NOT_A_MANAGER;
  if (command.moderatorsOnly && !isModerator(interaction, moderatorRoleIds)) return NOT_A_MODERATOR;
  return null;
}

/** Moderators: Manage Server, or one of the moderator roles (global, or the server's own). */
function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member as GuildMember | { roles: string[] };
  const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return roles.some((role) => moderatorRoleIds.includes(role));
}
