import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../config.ts';
import type { Command } from './command.ts';
import { definitions, loadCommands } from './registry.ts';

export interface Deployment {
  token: string;
  clientId: string;
  /** Register in this guild only (instant); null registers globally. */
  guildId: string | null;
  /** REST base URL; Discord's by default. */
  api?: string;
}

/** Replaces the application's commands with the ones in `commands/`; returns how many were registered. */
export async function deployCommands(commands: readonly Command[], deployment: Deployment): Promise<number> {
  const rest = new REST(deployment.api ? { api: deployment.api } : {}).setToken(deployment.token);
  const route = deployment.guildId
    ? Routes.applicationGuildCommands(deployment.clientId, deployment.guildId)
    : Routes.applicationCommands(deployment.clientId);
  const body = definitions(commands);
  await rest.put(route, { body });
  return body.length;
}

/** `npm run deploy-commands`: guild commands when DISCORD_GUILD_ID is set, global otherwise. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discordToken || !config.discordClientId) {
    throw new ConfigError('DISCORD_TOKEN and DISCORD_CLIENT_ID must be set to register commands.');
  }
  const count = await deployCommands(await loadCommands(), {
    token: config.discordToken,
    clientId: config.discordClientId,
    guildId: config.discordGuildId,
  });
  const where = config.discordGuildId
    ? `guild ${config.discordGuildId}`
    : 'every server (global; may take up to an hour)';
  process.stdout.write(`Registered ${count} commands in ${where}.\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    process.stderr.write(`verbatim: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
