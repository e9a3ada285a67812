import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import { defineCommand } from '../src/discord/command.ts';
import { localizedName } from '../src/discord/i18n.ts';
import { whoSaidReply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';

export default defineCommand({
  data: {
    name: 'Who said this?',
    ...localizedName('who-said-this'),
    type: ApplicationCommandType.Message,
  } as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,

  async messageContext(interaction, { library, respond, guild, t }) {
    const text = interaction.targetMessage.content.trim();
    if (text === '') throw new UserError('whoSaid.emptyMessage');
    await respond.send(whoSaidReply(t, library.whoSaid(text, { guild })));
  },
});
