import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand } from '../src/discord/command.ts';
import { settingsReply } from '../src/discord/settings.ts';
import { changeModeratorRole, guildSettings } from '../src/library/settings.ts';

const ROLE_OPTION = {
  name: 'role',
  description: 'The role',
  type: ApplicationCommandOptionType.Role,
  required: true,
} as const;

export default defineCommand({
  managersOnly: true,
  guildOnly: true,
  data: {
    name: 'settings',
    description: 'This server’s Verbatim settings (Manage Server)',
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        name: 'moderator-role',
        description: 'Roles whose members may add and remove documents here',
        type: ApplicationCommandOptionType.SubcommandGroup,
        options: [
          {
            name: 'add',
            description: 'Let this role’s members add and remove documents',
            type: ApplicationCommandOptionType.Subcommand,
            options: [ROLE_OPTION],
          },
          {
            name: 'remove',
            description: 'Stop this role’s members adding and removing documents',
            type: ApplicationCommandOptionType.Subcommand,
            options: [ROLE_OPTION],
          },
        ],
      },
      {
        name: 'show',
        description: 'Show this server’s settings',
        type: ApplicationCommandOptionType.Subcommand,
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, options, { library, config, respond, guild, actor }) {
    await respond.defer({ ephemeral: true });
    switch (options.subcommand) {
      case 'moderator-role add':
      case 'moderator-role remove': {
        const action = options.subcommand === 'moderator-role add' ? 'add' : 'remove';
        const settings = await changeModeratorRole(library, guild, options.role, action, actor);
        await respond.send(
          settingsReply(settings, config.moderatorRoleIds, { action, roleId: options.role }),
        );
        return;
      }
      case 'show':
        await respond.send(settingsReply(await guildSettings(library, guild), config.moderatorRoleIds));
        return;
    }
  },
});
