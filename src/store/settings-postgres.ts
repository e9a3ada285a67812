import type pg from 'pg';
import {
  applyChange,
  auditFromRow,
  detailOf,
  type SettingsAuditRow,
  type SettingsRow,
  settingsColumns,
  settingsFromRow,
} from './settings.ts';
import type { Actor, DailyQuoteOutcome, GuildSettings, SettingsAuditEntry, SettingsChange } from './types.ts';

/** Per-server settings in PostgreSQL; each function runs inside the caller's transaction where it writes. */
export async function readSettings(c: pg.ClientBase | pg.Pool, guild: string): Promise<GuildSettings> {
  const { rows } = await c.query<SettingsRow>('SELECT * FROM guild_settings WHERE guild = $1', [guild]);
  return settingsFromRow(guild, rows[0]);
}

export async function changeSettings(
  c: pg.ClientBase,
  guild: string,
  change: SettingsChange,
  actor: Actor,
  at = new Date().toISOString(),
): Promise<GuildSettings> {
  // The row exists and is locked before it is read, so concurrent changes apply one after the other.
  await c.query(
    `INSERT INTO guild_settings (guild, moderator_roles, left_at) VALUES ($1, '[]', NULL) ON CONFLICT (guild) DO NOTHING`,
    [guild],
  );
  const { rows } = await c.query<SettingsRow>('SELECT * FROM guild_settings WHERE guild = $1 FOR UPDATE', [
    guild,
  ]);
  const current = settingsFromRow(guild, rows[0]);
  const next = applyChange(current, change, at);
  if (next === current) return current;
  await c.query(
    `UPDATE guild_settings SET moderator_roles = $2, left_at = $3, daily_channel = $4, daily_time = $5,
       daily_first_day = $6, daily_unreachable = $7
     WHERE guild = $1`,
    [guild, ...settingsColumns(next)],
  );
  await audit(c, at, guild, change.action, detailOf(change), actor);
  return next;
}

export async function purgeSettings(
  c: pg.ClientBase,
  leftBefore: string,
  actor: Actor,
  at = new Date().toISOString(),
): Promise<string[]> {
  const { rows } = await c.query<{ guild: string }>(
    'DELETE FROM guild_settings WHERE left_at IS NOT NULL AND left_at < $1 RETURNING guild',
    [leftBefore],
  );
  const guilds = rows.map((r) => r.guild).sort();
  for (const guild of guilds) await audit(c, at, guild, 'purge', null, actor);
  return guilds;
}

export async function readDailyQuotes(c: pg.Pool): Promise<GuildSettings[]> {
  const { rows } = await c.query<SettingsRow>(
    'SELECT * FROM guild_settings WHERE daily_channel IS NOT NULL AND left_at IS NULL ORDER BY guild',
  );
  return rows.map((row) => settingsFromRow(row.guild, row));
}

/** One UPDATE: the row lock makes a second process wait, then re-check the WHERE and find the day taken. */
export async function claimDailyQuote(c: pg.Pool, guild: string, channel: string, day: string) {
  const { rowCount } = await c.query(
    `UPDATE guild_settings SET daily_last_day = $3
     WHERE guild = $1 AND daily_channel = $2 AND left_at IS NULL AND (daily_last_day IS NULL OR daily_last_day < $3)`,
    [guild, channel, day],
  );
  return rowCount === 1;
}

export async function settleDailyQuote(
  c: pg.Pool,
  guild: string,
  channel: string,
  outcome: DailyQuoteOutcome,
): Promise<boolean> {
  switch (outcome.kind) {
    case 'posted':
      await c.query(
        'UPDATE guild_settings SET daily_unreachable = NULL WHERE guild = $1 AND daily_unreachable IS NOT NULL',
        [guild],
      );
      return false;
    case 'unreachable': {
      const { rowCount } = await c.query(
        `UPDATE guild_settings SET daily_unreachable = $3
         WHERE guild = $1 AND daily_channel = $2 AND daily_unreachable IS NULL`,
        [guild, channel, outcome.day],
      );
      return rowCount === 1;
    }
    case 'failed':
      await c.query(
        'UPDATE guild_settings SET daily_last_day = $3 WHERE guild = $1 AND daily_last_day = $2',
        [guild, outcome.day, outcome.previous],
      );
      return false;
  }
}

export async function readSettingsAudit(c: pg.Pool, limit: number): Promise<SettingsAuditEntry[]> {
  const { rows } = await c.query<SettingsAuditRow>('SELECT * FROM settings_audit ORDER BY id DESC LIMIT $1', [
    limit,
  ]);
  return rows.map(auditFromRow);
}

async function audit(
  c: pg.ClientBase,
  at: string,
  guild: string,
  action: string,
  detail: string | null,
  actor: Actor,
) {
  await c.query(
    'INSERT INTO settings_audit (at, guild, action, detail, actor_id, actor_name, via) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [at, guild, action, detail, actor.id, actor.name ?? null, actor.via],
  );
}
