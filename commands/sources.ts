import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { sourcesReply } from '../src/discord/render.ts';

export default defineCommand({
  data: {
    name: 'sources',
    description: 'The documents this server’s answers come from',
    options: [HIDE_OPTION],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { hide }, { library, respond, guild }) {
    await respond.send(sourcesReply(await library.list(guild), { ephemeral: hide ?? false }));
  },
});
