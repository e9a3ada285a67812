import { resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** Absent: the bot runs against the local mock gateway. */
  discordToken: string | null;
  discordClientId: string | null;
  discordGuildId: string | null;
  dataDir: string;
  logLevel: LogLevel;
  maxDocumentBytes: number;
  moderatorRoleIds: string[];
  enableMentions: boolean;
  /** Commands one user may run per window before being asked to wait. */
  rateLimitCommands: number;
  rateLimitWindowMs: number;
  /** Users never rate-limited: the local console's own user, who types or pipes a script. */
  unlimitedUserIds?: readonly string[];
  /** How often a SQLite store is polled for other processes' adds and removes. */
  followIntervalMs: number;
  /** A PostgreSQL URL: the shared store; null for the SQLite file in `dataDir`. */
  databaseUrl: string | null;
  /** Serve /metrics and /healthz on this port; null for none. */
  metricsPort: number | null;
  /** Gateway shards in all ('auto': as many as Discord recommends); null: unsharded. */
  shardCount: number | 'auto' | null;
  /** The shard ids this process runs; null: all of them. */
  shardIds: number[] | null;
  /** Days a server's settings are kept after the bot leaves it. */
  settingsRetentionDays: number;
}

/** A bad environment variable, named, with what it should look like. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function snowflake(env: Env, name: string): string | null {
  const value = text(env, name);
  if (value !== null && !SNOWFLAKE.test(value)) {
    throw new ConfigError(`${name} must be a Discord id (17–20 digits), got “${value}”.`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = text(env, name);
  if (value === null) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got “${value}”.`);
  }
  return parsed;
}

function flag(env: Env, name: string): boolean {
  const value = text(env, name)?.toLowerCase() ?? 'false';
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got “${value}”.`);
}

function databaseUrl(env: Env): string | null {
  const value = text(env, 'DATABASE_URL');
  if (value !== null && !/^postgres(ql)?:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError(
      'DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database).',
    );
  }
  return value;
}

function shards(env: Env): Pick<Config, 'shardCount' | 'shardIds'> {
  const count = text(env, 'SHARD_COUNT')?.toLowerCase() ?? null;
  const shardCount = count === null || count === 'auto' ? count : integer(env, 'SHARD_COUNT', 1, 1, 10_000);
  const ids = text(env, 'SHARD_IDS');
  if (ids === null) return { shardCount, shardIds: null };
  if (typeof shardCount !== 'number') {
    throw new ConfigError(
      'SHARD_IDS needs SHARD_COUNT set to a number: the ids are out of that many shards.',
    );
  }
  const shardIds = ids.split(',').map((id) => Number(id.trim()));
  if (shardIds.some((id) => !Number.isInteger(id) || id < 0 || id >= shardCount)) {
    throw new ConfigError(
      `SHARD_IDS must be comma-separated shard ids from 0 to ${shardCount - 1}, got “${ids}”.`,
    );
  }
  return { shardCount, shardIds };
}

/** Reads and checks the whole configuration once, at start. */
export function loadConfig(env: Env = process.env): Config {
  const token = text(env, 'DISCORD_TOKEN');
  if (token !== null && !/^[\w.-]{20,}$/.test(token)) {
    throw new ConfigError(
      'DISCORD_TOKEN does not look like a bot token: copy it again from the Developer Portal.',
    );
  }
  const logLevel = (text(env, 'LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got “${logLevel}”.`);
  }
  const roles = (text(env, 'MODERATOR_ROLE_IDS') ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const badRole = roles.find((role) => !SNOWFLAKE.test(role));
  if (badRole)
    throw new ConfigError(`MODERATOR_ROLE_IDS must be comma-separated Discord role ids, got “${badRole}”.`);
  return {
    discordToken: token,
    discordClientId: snowflake(env, 'DISCORD_CLIENT_ID'),
    discordGuildId: snowflake(env, 'DISCORD_GUILD_ID'),
    dataDir: resolve(text(env, 'DATA_DIR') ?? 'data'),
    logLevel,
    maxDocumentBytes: integer(env, 'MAX_DOCUMENT_BYTES', 1_000_000, 1_000, 8_000_000),
    moderatorRoleIds: roles,
    enableMentions: flag(env, 'ENABLE_MENTIONS'),
    rateLimitCommands: integer(env, 'RATE_LIMIT_COMMANDS', 5, 1, 1_000),
    rateLimitWindowMs: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 10, 1, 3_600) * 1000,
    followIntervalMs: integer(env, 'FOLLOW_INTERVAL_MS', 500, 50, 60_000),
    settingsRetentionDays: integer(env, 'SETTINGS_RETENTION_DAYS', 30, 0, 3_650),
    databaseUrl: databaseUrl(env),
    metricsPort: text(env, 'METRICS_PORT') === null ? null : integer(env, 'METRICS_PORT', 0, 1, 65_535),
    ...shards(env),
  };
}
