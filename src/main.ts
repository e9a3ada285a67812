import 'dotenv/config';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Locale } from 'discord.js';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type Bot, type ShardPlan, startBot } from './discord/bot.ts';
import { definitions, loadCommands } from './discord/registry.ts';
import { Library } from './library/library.ts';
import { CONSOLE_LOG_FILE, createLogger } from './logger.ts';
import { startOps } from './ops/index.ts';

/**
 * `npm start`: with DISCORD_TOKEN, the bot on Discord; without, the same bot against the local
 * mock gateway, driven from this terminal (or from stdin, one command per line). The local Discord
 * (`src/local/`) is loaded only in that case, so production never loads it.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      shards: { type: 'string' },
      locale: { type: 'string' },
    },
    strict: true,
  });
  let config: Config;
  try {
    // `--shards N` is SHARD_COUNT=N for this run.
    config = loadConfig(
      values.shards === undefined ? process.env : { ...process.env, SHARD_COUNT: values.shards },
    );
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`verbatim: ${err.message} Fix it in .env or the environment (see .env.example).\n`);
    process.exit(1);
  }
  const local = config.discordToken === null;
  // `--locale de`: the console's user has a German Discord (any of Discord's locales).
  const locales: readonly string[] = Object.values(Locale);
  if (values.locale !== undefined && (!local || !locales.includes(values.locale))) {
    const why = local
      ? `must be one of Discord’s locales: ${locales.join(', ')}`
      : 'is for the local console (without DISCORD_TOKEN)';
    process.stderr.write(`verbatim: --locale ${why}.\n`);
    process.exit(2);
  }
  const library = await Library.open({
    dataDir: config.dataDir,
    pollMs: config.followIntervalMs,
    databaseUrl: config.databaseUrl,
  });
  // The console's terminal is for answers: its logs go to a file in DATA_DIR instead.
  const logFile = local ? openLogFile(config.dataDir) : null;
  const logger = createLogger(local && !logFile ? 'warn' : config.logLevel, logFile?.fd);
  library.follow((err) => logger.warn({ err }, 'could not follow the document store'));
  if (library.readonly)
    logger.warn({ dataDir: config.dataDir }, 'the document store is read-only: adds will be refused');
  const commands = await loadCommands();
  const shards: ShardPlan | undefined =
    config.shardCount === null
      ? undefined
      : { count: config.shardCount, ...(config.shardIds ? { ids: config.shardIds } : {}) };

  let mock: { close(): Promise<void> } | null = null;
  let bot: Bot | null = null;
  const ops =
    config.metricsPort === null
      ? null
      : await startOps(config.metricsPort, library, () => bot?.client ?? null);
  const observer = ops?.metrics;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await bot?.stop().catch((err) => logger.warn({ err }, 'could not close the Discord client'));
    await mock?.close().catch(() => undefined);
    await library.close().catch((err) => logger.warn({ err }, 'could not close the document store'));
    await ops?.server.close();
    logger.info('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  // A reader that went away (`npm start | head`) ends the run quietly, like any Unix tool.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') logger.error({ err }, 'could not write to the terminal');
      void stop(0);
    });
  }

  if (!local) {
    bot = await startBot(
      { commands, library, config, logger, observer, shards },
      config.discordToken as string,
    );
    return;
  }
  const { startMockDiscord } = await import('./local/index.ts');
  const { runConsole } = await import('./local/console/session.ts');
  const { CONSOLE_DISCORD, CONSOLE_USER_ID } = await import('./local/console/identity.ts');
  const localDiscord = await startMockDiscord({
    ...CONSOLE_DISCORD,
    shards: typeof config.shardCount === 'number' ? config.shardCount : 1,
  });
  mock = localDiscord;
  // The console has one user typing or piping a script: a flood limit would only get in the way.
  const localConfig = { ...config, unlimitedUserIds: [CONSOLE_USER_ID] };
  bot = await startBot(
    { commands, library, config: localConfig, logger, observer, shards, restApi: localDiscord.restUrl },
    'local-mock-token',
  );
  const guild = localDiscord.guilds[0]?.id;
  await bot.client.application?.commands.set(definitions(commands) as never, guild as string);
  await runConsole({
    mock: localDiscord,
    input: process.stdin,
    output: process.stdout,
    json: values.json,
    ...(values.locale ? { locale: values.locale } : {}),
    ...(logFile ? { logFile: logFile.path } : {}),
  });
  await stop(0);
}

/** The local console's log file in DATA_DIR, or null (logs then stay on stderr, warnings only) if it can't be written. */
function openLogFile(dataDir: string): { fd: number; path: string } | null {
  const path = join(dataDir, CONSOLE_LOG_FILE);
  try {
    return { fd: openSync(path, 'a'), path };
  } catch {
    return null;
  }
}

main().catch((err) => {
  process.stderr.write(`verbatim: ${(err as Error).message}\n`);
  process.exit(1);
});
