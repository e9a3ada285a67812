import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../config.ts';
import { definitions, loadCommands } from './registry.ts';

/** `npm run deploy-commands`: guild commands when DISCORD_GUILD_ID is set (instant), global otherwise. */
async function deploy(): Promise<void> {
  const config = loadConfig();
  if (!config.discordToken || !config.discordClientId) {
    throw new ConfigError('DISCORD_TOKEN and DISCORD_CLIENT_ID must be set to register commands.');
  }
  const body = definitions(await loadCommands());
  const rest = new REST().setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  await rest.put(route, { body });
  const where = config.discordGuildId
    ? `guild ${config.discordGuildId}`
    : 'every server (global; may take up to an hour)';
  process.stdout.write(`Registered ${body.length} commands in ${where}.\n`);
}

deploy().catch((err) => {
  process.stderr.write(`verbatim: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
