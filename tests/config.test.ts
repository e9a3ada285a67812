import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

/** The ConfigError message for an environment. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      discordToken: null,
      discordClientId: null,
      discordGuildId: null,
      dataDir: resolve('data'),
      logLevel: 'info',
      maxDocumentBytes: 1_000_000,
      moderatorRoleIds: [],
      enableMentions: false,
      rateLimitCommands: 5,
      rateLimitWindowMs: 10_000,
      followIntervalMs: 500,
      databaseUrl: null,
      metricsPort: null,
      shardCount: null,
      shardIds: null,
      settingsRetentionDays: 30,
    });
  });

  it('treats empty and blank variables (as in a copied .env.example) as unset', () => {
    const blank = {
      DISCORD_TOKEN: '',
      DISCORD_GUILD_ID: '  ',
      MODERATOR_ROLE_IDS: '',
      ENABLE_MENTIONS: '',
      DATA_DIR: '',
    };
    expect(loadConfig(blank)).toEqual(loadConfig({}));
  });

  it('reads well-formed values', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 'MTIz.abcdefghijklmnopqrstuvwxyz-_0123',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: ' 876543210987654321 ',
      DATA_DIR: '/srv/verbatim',
      LOG_LEVEL: 'DEBUG',
      MAX_DOCUMENT_BYTES: '2000000',
      MODERATOR_ROLE_IDS: '111111111111111111, 222222222222222222',
      ENABLE_MENTIONS: 'yes',
      RATE_LIMIT_COMMANDS: '3',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      FOLLOW_INTERVAL_MS: '100',
    });
    expect(config).toMatchObject({
      discordClientId: '123456789012345678',
      discordGuildId: '876543210987654321',
      dataDir: '/srv/verbatim',
      logLevel: 'debug',
      maxDocumentBytes: 2_000_000,
      moderatorRoleIds: ['111111111111111111', '222222222222222222'],
      enableMentions: true,
      rateLimitCommands: 3,
      rateLimitWindowMs: 60_000,
      followIntervalMs: 100,
    });
    expect(loadConfig({ ENABLE_MENTIONS: 'off' }).enableMentions).toBe(false);
  });

  it.each([
    ['DISCORD_GUILD_ID', 'abc'],
    ['DISCORD_CLIENT_ID', '12345'],
    ['LOG_LEVEL', 'loud'],
    ['MAX_DOCUMENT_BYTES', '-1'],
    ['MAX_DOCUMENT_BYTES', '1.5MB'],
    ['MAX_DOCUMENT_BYTES', '999999999999'],
    ['RATE_LIMIT_COMMANDS', '0'],
    ['FOLLOW_INTERVAL_MS', 'soon'],
    ['ENABLE_MENTIONS', 'maybe'],
    ['MODERATOR_ROLE_IDS', '111111111111111111,moderators'],
  ])('rejects %s=%s, naming the variable and the bad value', (name, value) => {
    const message = refusal({ [name]: value });
    expect(message).toContain(name);
    expect(message).toContain(value === '111111111111111111,moderators' ? 'moderators' : value);
  });

  it('says what a good value looks like', () => {
    expect(refusal({ DISCORD_GUILD_ID: 'abc' })).toMatch(/17–20 digits/);
    expect(refusal({ LOG_LEVEL: 'loud' })).toMatch(/info/);
    expect(refusal({ MAX_DOCUMENT_BYTES: '-1' })).toMatch(/whole number from \d+ to \d+/);
    expect(refusal({ ENABLE_MENTIONS: 'maybe' })).toMatch(/true or false/);
    expect(refusal({ DISCORD_TOKEN: 'not a token' })).toMatch(/DISCORD_TOKEN.*Developer Portal/);
  });

  it('reads the scale-out settings and refuses malformed ones', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://bot:secret@db:5432/verbatim',
        METRICS_PORT: '9464',
        SHARD_COUNT: '4',
        SHARD_IDS: '0, 2',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://bot:secret@db:5432/verbatim',
      metricsPort: 9464,
      shardCount: 4,
      shardIds: [0, 2],
    });
    expect(loadConfig({ SHARD_COUNT: 'auto' })).toMatchObject({ shardCount: 'auto', shardIds: null });
    expect(refusal({ DATABASE_URL: 'mysql://db/verbatim' })).toMatch(/DATABASE_URL.*postgres:\/\//);
    expect(refusal({ METRICS_PORT: '70000' })).toMatch(/METRICS_PORT.*1 to 65535/);
    expect(refusal({ SHARD_COUNT: '2', SHARD_IDS: '2' })).toMatch(/SHARD_IDS.*0 to 1/);
    expect(refusal({ SHARD_IDS: '0' })).toMatch(/SHARD_COUNT/);
  });
});
