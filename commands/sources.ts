import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { localized } from '../src/discord/i18n.ts';
import { sourcesReply } from '../src/discord/render.ts';

export default defineCommand({
  data: {
    name: 'sources',
    description: 'The documents this server’s answers come from',
    ...localized('sources'),
    options: [HIDE_OPTION],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { hide }, { library, respond, guild, t }) {
    await respond.send(sourcesReply(t, await library.list(guild), { ephemeral: hide ?? false }));
  },
});
