import { ApplicationCommandType } from 'discord.js';
import { defineCommand } from '../src/discord/command.ts';
import { documentAddedReply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';
import { isModerator } from '../src/discord/scope.ts';
import { truncate } from '../src/discord/text.ts';

export default defineCommand({
  data: {
    name: 'Add to corpus',
    type: ApplicationCommandType.Message,
    default_member_permissions: '32',
    contexts: [0],
  } as const,

  async messageContext(interaction, { library, config, respond }) {
    if (!isModerator(interaction, config.moderatorRoleIds)) {
      throw new UserError('Only moderators (Manage Server) can add documents. Ask one of them to add it.');
    }
    const guild = interaction.guildId;
    if (guild === null) throw new UserError('Documents are managed inside a server, not in direct messages.');
    const message = interaction.targetMessage;
    await respond.defer(true);
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
      { id: interaction.user.id, name: interaction.user.username, via: 'discord' },
    );
    await respond.send(documentAddedReply(entry));
  },
});
