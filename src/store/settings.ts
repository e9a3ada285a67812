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

export interface SettingsRow {
  guild: string;
  moderator_roles: string;
  left_at: string | null;
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

export function settingsFromRow(guild: string, row: SettingsRow | undefined): GuildSettings {
  if (!row) return { guild, moderatorRoles: [], leftAt: null };
  return { guild, moderatorRoles: JSON.parse(row.moderator_roles) as string[], leftAt: row.left_at };
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
    case 'left':
      return current.leftAt ? current : { ...current, leftAt: at };
    case 'joined':
      return current.leftAt ? { ...current, leftAt: null } : current;
  }
}

export const detailOf = (change: SettingsChange): string | null =>
  'roleId' in change ? change.roleId : null;
