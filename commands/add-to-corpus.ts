import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand } from '../src/discord/command.ts';
import { localizedName } from '../src/discord/i18n.ts';
import { documentAddedReply } from '../src/discord/render.ts';
import { truncate } from '../src/discord/text.ts';

export default defineCommand({
  moderatorsOnly: true,
  guildOnly: true,
  data: {
    name: 'Add to corpus',
    ...localizedName('add-to-corpus'),
    type: ApplicationCommandType.Message,
    // Discord shows the menu item only to members with Manage Server; the router checks again.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
  } as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,

  async messageContext(interaction, { library, respond, guild, actor, t }) {
    const message = interaction.targetMessage;
    await respond.defer({ ephemeral: true });
    const author = message.author.globalName ?? message.author.username;
    const firstLine = message.content.trim().split('\n')[0] ?? '';
    const entry = await library.add(
      message.content,
      {
        title: truncate(`${author}: ${firstLine}`, 100),
        source: message.url,
        date: message.createdAt.toISOString().slice(0, 10),
        guild,
      },
      actor,
    );
    await respond.send(documentAddedReply(t, entry));
  },
});
