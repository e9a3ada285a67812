import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { sourcesReply } from '../src/discord/render.ts';
import { scopeOf } from '../src/discord/scope.ts';

export default defineCommand({
  data: {
    name: 'sources',
    description: 'The documents this server’s answers come from',
    options: [HIDE_OPTION],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(interaction, { hide }, { library, respond }) {
    await respond.send(
      sourcesReply(await library.list(scopeOf(interaction).guild), { ephemeral: hide ?? false }),
    );
  },
});
