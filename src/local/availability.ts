import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';

type Json = Record<string, unknown>;

/** The fields of a registered command that decide who may see and run it. */
export interface CommandAvailability {
  name: string;
  default_member_permissions?: string | null;
  contexts?: InteractionContextType[] | null;
  dm_permission?: boolean;
}

/**
 * Why Discord would not send `payload` for `command` at all, or null when it would: Discord hides a
 * command from members without its `default_member_permissions` (Administrator has them all) and from
 * places its `contexts` leave out, so the bot never hears of it.
 */
export function unavailable(command: CommandAvailability | undefined, payload: Json): string | null {
  if (!command) return null;
  const context = payload.context as InteractionContextType;
  const contexts =
    command.contexts ?? (command.dm_permission === false ? [InteractionContextType.Guild] : null);
  if (contexts && !contexts.includes(context)) {
    return `Discord does not offer /${command.name} in context ${InteractionContextType[context]} (its contexts are ${contexts.map((c) => InteractionContextType[c]).join(', ')})`;
  }
  const required = command.default_member_permissions;
  const member = payload.member as { permissions?: string } | undefined;
  if (context !== InteractionContextType.Guild || !member || required === null || required === undefined)
    return null;
  const held = BigInt(member.permissions ?? '0');
  const needed = BigInt(required);
  if ((held & PermissionFlagsBits.Administrator) !== 0n || (held & needed) === needed) return null;
  return `Discord does not offer /${command.name} to a member without its default_member_permissions (${required})`;
}
