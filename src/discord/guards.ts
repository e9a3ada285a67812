import type { GuildMember, Interaction } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import type { Command } from './command.ts';
import type { TextKey } from './i18n.ts';

/** Why `interaction` may not use `command` (the guards its definition declares, as a text key), or null when it may. */
export function refusal(
  command: Pick<Command, 'guildOnly' | 'moderatorsOnly' | 'managersOnly'>,
  interaction: Interaction,
  moderatorRoleIds: readonly string[],
): TextKey | null {
  if (command.guildOnly && !interaction.inGuild()) return 'router.notInServer';
  if (command.managersOnly && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return 'router.notManager';
  if (command.moderatorsOnly && !isModerator(interaction, moderatorRoleIds)) return 'router.notModerator';
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
