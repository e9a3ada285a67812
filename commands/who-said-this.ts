import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import { defineCommand } from '../src/discord/command.ts';
import { whoSaidReply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';

export default defineCommand({
  data: {
    name: 'Who said this?',
    type: ApplicationCommandType.Message,
  } as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,

  async messageContext(interaction, { library, respond, guild }) {
    const text = interaction.targetMessage.content.trim();
    if (text === '')
      throw new UserError('That message has no text to look up. Try `/who-said` with the words instead.');
    await respond.send(whoSaidReply(library.whoSaid(text, { guild })));
  },
});
