import { IntakeError } from '../corpus/intake.ts';
import { type Actor, defaultSettings, type GuildSettings, type Store } from '../store/index.ts';
import type { Library } from './library.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who the bot is in the audit trail when it records a server it left or rejoined, or purges one. */
export const BOT_ACTOR: Actor = { id: 'verbatim', name: 'Verbatim', via: 'discord' };

/** A server's settings; defaults where there is no store (a folder corpus, seeds only). */
export async function guildSettings(library: Library, guild: string): Promise<GuildSettings> {
  return library.store ? library.store.guildSettings(guild) : defaultSettings(guild);
}

/** The roles that make a member a moderator in `guild`: the global ones and the server's own. */
export async function moderatorRoles(library: Library, guild: string | null, global: readonly string[]) {
  if (guild === null || !library.store) return global;
  return [...global, ...(await library.store.guildSettings(guild)).moderatorRoles];
}

/** Adds or removes a moderator role of a server, with an audit row; the settings as they now are. */
export async function changeModeratorRole(
  library: Library,
  guild: string,
  roleId: string,
  action: 'add' | 'remove',
  actor: Actor,
): Promise<GuildSettings> {
  return writableStore(library).changeGuildSettings(
    guild,
    { action: `moderator-role-${action}`, roleId },
    actor,
  );
}

/** The store settings are written to; refused where there is none or it is read-only. */
export function writableStore(library: Library): Store {
  if (!library.store || library.store.readonly) {
    throw new IntakeError(
      'no_settings_store',
      'Settings cannot be changed here: there is no writable store.',
    );
  }
  return library.store;
}

/** Records that the bot left or rejoined a server that has settings (a server without any leaves no trace). */
export async function guildPresence(
  library: Library,
  guild: string,
  presence: 'joined' | 'left',
): Promise<void> {
  if (!library.store || library.store.readonly) return;
  const settings = await library.store.guildSettings(guild);
  if (settings.moderatorRoles.length === 0 && !settings.dailyQuote && settings.leftAt === null) return;
  await library.store.changeGuildSettings(guild, { action: presence }, BOT_ACTOR);
}

/** Deletes the settings of servers the bot left more than `retentionDays` ago; returns their ids. */
export async function purgeLeftGuilds(
  library: Library,
  retentionDays: number,
  now = new Date(),
): Promise<string[]> {
  if (!library.store || library.store.readonly) return [];
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return library.store.purgeGuildSettings(cutoff, BOT_ACTOR);
}
