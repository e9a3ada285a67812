import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy.ts';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/registry.ts';
import { type MockDiscord, startMockDiscord } from '../../src/local/index.ts';

let mock: MockDiscord | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

describe('npm run deploy-commands', () => {
  it('registers every command in the guild when a guild is set, globally otherwise, and Discord accepts them', async () => {
    mock = await startMockDiscord();
    const commands = await loadCommands();
    const guildId = mock.guilds[0]?.id as string;
    const deployment = { token: 'deploy-token', clientId: mock.applicationId, api: mock.restUrl };

    expect(await deployCommands(commands, { ...deployment, guildId })).toBe(commands.length);
    const inGuild = mock.commands.filter((c) => c.guild_id === guildId).map((c) => c.name);
    expect(inGuild.sort()).toEqual(
      [
        'Add to corpus',
        'Who said this?',
        'ask',
        'document',
        'people',
        'quotes',
        'random-quote',
        'settings',
        'sources',
        'who-said',
      ].sort(),
    );

    await deployCommands(commands, { ...deployment, guildId: null });
    expect(mock.commands.filter((c) => !c.guild_id)).toHaveLength(commands.length);
    // Document management is shown only to members who may manage the server.
    const document = mock.commands.find((c) => c.name === 'document' && !c.guild_id);
    expect(document?.default_member_permissions).toBe('32');
  });
});

describe('command definitions', () => {
  it('each satisfies the discord-api-types body Discord registers', async () => {
    const files = readdirSync(COMMANDS_DIR).filter((name) => name.endsWith('.ts'));
    const unchecked = files.filter(
      (name) =>
        !/as const satisfies RESTPostAPI(ChatInput|ContextMenu)ApplicationCommandsJSONBody/.test(
          readFileSync(join(COMMANDS_DIR, name), 'utf8'),
        ),
    );
    expect(unchecked).toEqual([]);
  });

  it('show guarded commands in Discord only where their guards let them run', async () => {
    const commands = await loadCommands();
    expect(commands.filter((c) => c.moderatorsOnly).map((c) => c.data.name)).toEqual([
      'Add to corpus',
      'document',
    ]);
    for (const command of commands) {
      const data = command.data as { default_member_permissions?: string; contexts?: number[] };
      if (command.moderatorsOnly || command.managersOnly)
        expect(data.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
      if (command.guildOnly) expect(data.contexts).toEqual([InteractionContextType.Guild]);
    }
  });
});
