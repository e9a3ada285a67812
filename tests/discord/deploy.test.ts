import { afterEach, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy.ts';
import { loadCommands } from '../../src/discord/registry.ts';
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
      ['Add to corpus', 'Who said this?', 'ask', 'document', 'quotes', 'sources', 'who-said'].sort(),
    );

    await deployCommands(commands, { ...deployment, guildId: null });
    expect(mock.commands.filter((c) => !c.guild_id)).toHaveLength(commands.length);
    // Document management is shown only to members who may manage the server.
    const document = mock.commands.find((c) => c.name === 'document' && !c.guild_id);
    expect(document?.default_member_permissions).toBe('32');
  });
});
