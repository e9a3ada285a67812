import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import {
  dateFilter,
  filteredScope,
  filterNote,
  SINCE_OPTION,
  UNTIL_OPTION,
  withFilterNote,
} from '../src/discord/dates.ts';
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
      SINCE_OPTION,
      UNTIL_OPTION,
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { quote, since, until, hide }, { library, respond, guild }) {
    const filter = dateFilter(since, until);
    const scope = filteredScope(guild, filter);
    const answer = library.whoSaid(quote, scope);
    const note = filterNote(filter, library.undatedLeftOut(scope));
    await respond.send(withFilterNote(whoSaidReply(answer, { ephemeral: hide ?? false }), note));
  },
});
