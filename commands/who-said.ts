import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { whoSaidReply } from '../src/discord/render.ts';

export default defineCommand({
  data: {
    name: 'who-said',
    description: 'Find who said a quote: paste a few words of it, typos are fine',
    options: [
      {
        name: 'quote',
        description: 'Part of the quote, as you remember it',
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 1000,
      },
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { quote, hide }, { library, respond, guild }) {
    const answer = library.whoSaid(quote, { guild });
    await respond.send(whoSaidReply(answer, { ephemeral: hide ?? false }));
  },
});
