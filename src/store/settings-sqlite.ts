import type Database from 'better-sqlite3';
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

type Transaction = <T>(fn: () => T) => T;

/** Per-server settings in the SQLite store: each change one write transaction with its audit row. */
export class SqliteSettings {
  readonly #db: Database.Database;
  readonly #write: Transaction;
  readonly #read: Transaction;

  constructor(db: Database.Database, write: Transaction, read: Transaction) {
    this.#db = db;
    this.#write = write;
    this.#read = read;
  }

  get(guild: string): GuildSettings {
    return this.#read(() => this.#get(guild));
  }

  change(guild: string, change: SettingsChange, actor: Actor, at = new Date().toISOString()): GuildSettings {
    return this.#write(() => {
      const current = this.#get(guild);
      const next = applyChange(current, change, at);
      if (next === current) return current;
      this.#db
        .prepare(
          `INSERT INTO guild_settings (guild, moderator_roles, left_at, daily_channel, daily_time, daily_first_day, daily_unreachable)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (guild) DO UPDATE SET moderator_roles = excluded.moderator_roles, left_at = excluded.left_at,
             daily_channel = excluded.daily_channel, daily_time = excluded.daily_time,
             daily_first_day = excluded.daily_first_day, daily_unreachable = excluded.daily_unreachable`,
        )
        .run(guild, ...settingsColumns(next));
      this.#audit(at, guild, change.action, detailOf(change), actor);
      return next;
    });
  }

  purge(leftBefore: string, actor: Actor, at = new Date().toISOString()): string[] {
    return this.#write(() => {
      const guilds = this.#db
        .prepare('SELECT guild FROM guild_settings WHERE left_at IS NOT NULL AND left_at < ? ORDER BY guild')
        .pluck()
        .all(leftBefore) as string[];
      for (const guild of guilds) {
        this.#db.prepare('DELETE FROM guild_settings WHERE guild = ?').run(guild);
        this.#audit(at, guild, 'purge', null, actor);
      }
      return guilds;
    });
  }

  dailyQuotes(): GuildSettings[] {
    const rows = this.#read(
      () =>
        this.#db
          .prepare(
            'SELECT * FROM guild_settings WHERE daily_channel IS NOT NULL AND left_at IS NULL ORDER BY guild',
          )
          .all() as SettingsRow[],
    );
    return rows.map((row) => settingsFromRow(row.guild, row));
  }

  /** One UPDATE in a write transaction: of processes claiming the same day, exactly one changes the row. */
  claimDailyQuote(guild: string, channel: string, day: string): boolean {
    return this.#write(
      () =>
        this.#db
          .prepare(
            `UPDATE guild_settings SET daily_last_day = ?
             WHERE guild = ? AND daily_channel = ? AND left_at IS NULL AND (daily_last_day IS NULL OR daily_last_day < ?)`,
          )
          .run(day, guild, channel, day).changes === 1,
    );
  }

  settleDailyQuote(guild: string, channel: string, outcome: DailyQuoteOutcome): boolean {
    return this.#write(() => {
      const update = (sql: string, ...params: (string | null)[]) =>
        this.#db.prepare(`UPDATE guild_settings SET ${sql}`).run(...params).changes === 1;
      switch (outcome.kind) {
        case 'posted':
          update('daily_unreachable = NULL WHERE guild = ? AND daily_unreachable IS NOT NULL', guild);
          return false;
        case 'unreachable':
          return update(
            'daily_unreachable = ? WHERE guild = ? AND daily_channel = ? AND daily_unreachable IS NULL',
            outcome.day,
            guild,
            channel,
          );
        case 'failed':
          update(
            'daily_last_day = ? WHERE guild = ? AND daily_last_day = ?',
            outcome.previous,
            guild,
            outcome.day,
          );
          return false;
      }
    });
  }

  auditLog(limit = 100): SettingsAuditEntry[] {
    const rows = this.#read(
      () =>
        this.#db
          .prepare('SELECT * FROM settings_audit ORDER BY id DESC LIMIT ?')
          .all(limit) as SettingsAuditRow[],
    );
    return rows.map(auditFromRow);
  }

  #get(guild: string): GuildSettings {
    const row = this.#db.prepare('SELECT * FROM guild_settings WHERE guild = ?').get(guild) as
      | SettingsRow
      | undefined;
    return settingsFromRow(guild, row);
  }

  #audit(at: string, guild: string, action: string, detail: string | null, actor: Actor): void {
    this.#db
      .prepare(
        'INSERT INTO settings_audit (at, guild, action, detail, actor_id, actor_name, via) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(at, guild, action, detail, actor.id, actor.name ?? null, actor.via);
  }
}
