import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand } from '../src/discord/command.ts';
import { localized } from '../src/discord/i18n.ts';
import { UserError } from '../src/discord/router.ts';
import { type SettingsChangeShown, settingsReply } from '../src/discord/settings.ts';
import {
  DEFAULT_DAILY_TIME,
  nextDailyDay,
  parseDailyTime,
  setDailyQuote,
  stopDailyQuote,
} from '../src/library/daily-quote.ts';
import { changeModeratorRole, guildSettings } from '../src/library/settings.ts';
import type { GuildSettings } from '../src/store/index.ts';

const ROLE_OPTION = {
  name: 'role',
  description: 'The role',
  ...localized('settings.role'),
  type: ApplicationCommandOptionType.Role,
  required: true,
} as const;

export default defineCommand({
  managersOnly: true,
  guildOnly: true,
  data: {
    name: 'settings',
    description: 'This server’s Verbatim settings (Manage Server)',
    ...localized('settings'),
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        name: 'moderator-role',
        description: 'Roles whose members may add and remove documents here',
        ...localized('settings.moderator-role'),
        type: ApplicationCommandOptionType.SubcommandGroup,
        options: [
          {
            name: 'add',
            description: 'Let this role’s members add and remove documents',
            ...localized('settings.moderator-role.add'),
            type: ApplicationCommandOptionType.Subcommand,
            options: [ROLE_OPTION],
          },
          {
            name: 'remove',
            description: 'Stop this role’s members adding and removing documents',
            ...localized('settings.moderator-role.remove'),
            type: ApplicationCommandOptionType.Subcommand,
            options: [ROLE_OPTION],
          },
        ],
      },
      {
        name: 'daily-quote',
        description: 'A quote from the documents posted in a channel every day',
        ...localized('settings.daily-quote'),
        type: ApplicationCommandOptionType.SubcommandGroup,
        options: [
          {
            name: 'set',
            description: 'Post a quote of the day in this channel, at this time',
            ...localized('settings.daily-quote.set'),
            type: ApplicationCommandOptionType.Subcommand,
            options: [
              {
                name: 'channel',
                description: 'Where to post it',
                ...localized('settings.daily-quote.set.channel'),
                type: ApplicationCommandOptionType.Channel,
                channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
                required: true,
              },
              {
                name: 'time',
                description: `When, as HH:MM in UTC (${DEFAULT_DAILY_TIME} if left out)`,
                ...localized('settings.daily-quote.set.time', { time: DEFAULT_DAILY_TIME }),
                type: ApplicationCommandOptionType.String,
                max_length: 5,
              },
            ],
          },
          {
            name: 'off',
            description: 'Stop posting a quote of the day',
            ...localized('settings.daily-quote.off'),
            type: ApplicationCommandOptionType.Subcommand,
          },
        ],
      },
      {
        name: 'show',
        description: 'Show this server’s settings',
        ...localized('settings.show'),
        type: ApplicationCommandOptionType.Subcommand,
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, options, { library, config, respond, guild, actor, now, t }) {
    await respond.defer({ ephemeral: true });
    const shown = (settings: GuildSettings, change?: SettingsChangeShown) =>
      settingsReply(t, settings, config.moderatorRoleIds, change, nextDailyDay(settings, now()));
    switch (options.subcommand) {
      case 'moderator-role add':
      case 'moderator-role remove': {
        const action = options.subcommand === 'moderator-role add' ? 'add' : 'remove';
        const settings = await changeModeratorRole(library, guild, options.role, action, actor);
        await respond.send(shown(settings, { action, roleId: options.role }));
        return;
      }
      case 'daily-quote set': {
        const time = parseDailyTime(options.time ?? DEFAULT_DAILY_TIME);
        if (!time) throw new UserError('dailyQuote.badTime', { typed: (options.time ?? '').slice(0, 20) });
        const settings = await setDailyQuote(library, guild, options.channel, time, actor, now());
        await respond.send(shown(settings, { action: 'daily-quote-set' }));
        return;
      }
      case 'daily-quote off':
        await respond.send(shown(await stopDailyQuote(library, guild, actor), { action: 'daily-quote-off' }));
        return;
      case 'show':
        await respond.send(shown(await guildSettings(library, guild)));
        return;
    }
  },
});
