import { actorOf } from './rows.ts';
import type { Actor, GuildSettings, SettingsAuditEntry, SettingsChange } from './types.ts';

/** The settings tables, the same in SQLite and PostgreSQL (PostgreSQL spells the audit id its own way). */
export const SETTINGS_TABLES = `
  CREATE TABLE guild_settings (
    guild TEXT PRIMARY KEY,
    moderator_roles TEXT NOT NULL, -- JSON array of role ids
    left_at TEXT
  );
  -- No foreign key: the trail outlives the settings it mentions, purges included.
  CREATE TABLE settings_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    guild TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT,
    actor_id TEXT NOT NULL,
    actor_name TEXT,
    via TEXT NOT NULL
  );
`;

/** The quote of the day's columns, added to guild_settings by a later migration of both stores. */
export const DAILY_QUOTE_COLUMNS = `
  ALTER TABLE guild_settings ADD COLUMN daily_channel TEXT;
  ALTER TABLE guild_settings ADD COLUMN daily_time TEXT; -- HH:MM, UTC
  ALTER TABLE guild_settings ADD COLUMN daily_first_day TEXT; -- YYYY-MM-DD
  ALTER TABLE guild_settings ADD COLUMN daily_last_day TEXT; -- the claim: one post per server and day
  ALTER TABLE guild_settings ADD COLUMN daily_unreachable TEXT; -- the day Discord refused the channel
`;

export interface SettingsRow {
  guild: string;
  moderator_roles: string;
  left_at: string | null;
  daily_channel: string | null;
  daily_time: string | null;
  daily_first_day: string | null;
  daily_last_day: string | null;
  daily_unreachable: string | null;
}

/** The columns a settings change writes; daily_last_day is only ever written by a claim. */
export function settingsColumns(s: GuildSettings): (string | null)[] {
  const d = s.dailyQuote;
  return [
    JSON.stringify(s.moderatorRoles),
    s.leftAt,
    d?.channel ?? null,
    d?.time ?? null,
    d?.firstDay ?? null,
    d?.unreachableSince ?? null,
  ];
}

export interface SettingsAuditRow {
  id: number;
  at: string;
  guild: string;
  action: string;
  detail: string | null;
  actor_id: string;
  actor_name: string | null;
  via: string;
}

export const defaultSettings = (guild: string): GuildSettings => ({
  guild,
  moderatorRoles: [],
  leftAt: null,
  dailyQuote: null,
  dailyQuoteLastDay: null,
});

export function settingsFromRow(guild: string, row: SettingsRow | undefined): GuildSettings {
  if (!row) return defaultSettings(guild);
  const scheduled = row.daily_channel && row.daily_time && row.daily_first_day;
  return {
    guild,
    moderatorRoles: JSON.parse(row.moderator_roles) as string[],
    leftAt: row.left_at,
    dailyQuote: scheduled
      ? {
          channel: row.daily_channel as string,
          time: row.daily_time as string,
          firstDay: row.daily_first_day as string,
          unreachableSince: row.daily_unreachable,
        }
      : null,
    dailyQuoteLastDay: row.daily_last_day,
  };
}

export function auditFromRow(r: SettingsAuditRow): SettingsAuditEntry {
  return {
    id: r.id,
    at: r.at,
    guild: r.guild,
    action: r.action as SettingsAuditEntry['action'],
    detail: r.detail,
    actor: actorOf(r.actor_id, r.actor_name, r.via) as Actor,
  };
}

/** The settings after `change`; the same settings object when it changes nothing (no audit row then). */
export function applyChange(current: GuildSettings, change: SettingsChange, at: string): GuildSettings {
  switch (change.action) {
    case 'moderator-role-add':
      return current.moderatorRoles.includes(change.roleId)
        ? current
        : { ...current, moderatorRoles: [...current.moderatorRoles, change.roleId] };
    case 'moderator-role-remove':
      return current.moderatorRoles.includes(change.roleId)
        ? { ...current, moderatorRoles: current.moderatorRoles.filter((role) => role !== change.roleId) }
        : current;
    case 'daily-quote-set': {
      const { channel, time, firstDay } = change;
      const d = current.dailyQuote;
      // The same schedule again changes nothing, unless the channel was unreachable: then it is tried afresh.
      return d?.channel === channel && d.time === time && !d.unreachableSince
        ? current
        : { ...current, dailyQuote: { channel, time, firstDay, unreachableSince: null } };
    }
    case 'daily-quote-off':
      return current.dailyQuote ? { ...current, dailyQuote: null } : current;
    case 'left':
      return current.leftAt ? current : { ...current, leftAt: at };
    case 'joined':
      return current.leftAt ? { ...current, leftAt: null } : current;
  }
}

export function detailOf(change: SettingsChange): string | null {
  if ('roleId' in change) return change.roleId;
  if (change.action === 'daily-quote-set') return `${change.channel} ${change.time}`;
  return null;
}
