import { PermissionFlagsBits } from 'discord-api-types/v10';
import { MEMBER_PERMISSIONS } from '../guilds.ts';
import type { MockDiscordOptions } from '../index.ts';

/**
 * The console's server, channel and user keep the same ids on every run, so documents added from
 * the console (stored under the server's id) are still there after a restart.
 */
export const CONSOLE_GUILD_ID = '1300000000000000001';
export const CONSOLE_CHANNEL_ID = '1300000000000000002';
export const CONSOLE_USER_ID = '1300000000000000003';
const CONSOLE_MODERATOR_ROLE_ID = '1300000000000000004';

export const CONSOLE_DISCORD: MockDiscordOptions = {
  guilds: [
    {
      id: CONSOLE_GUILD_ID,
      name: 'Verbatim (local)',
      channels: [{ id: CONSOLE_CHANNEL_ID, name: 'general' }],
      roles: [
        {
          id: CONSOLE_MODERATOR_ROLE_ID,
          name: 'Moderator',
          permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
        },
      ],
    },
  ],
  defaultUser: { id: CONSOLE_USER_ID, username: 'you', global_name: 'You' },
};
