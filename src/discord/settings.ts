import type { GuildSettings } from '../store/index.ts';
import { BRAND, type Reply, reply } from './render.ts';

const role = (id: string) => `<@&${id}>`;

/** Discord shows `/document` only to Manage Server unless a server admin overrides it per role. */
const HOW_TO_SHOW_DOCUMENT = (id: string) =>
  `So that its members can see \`/document\`, a server admin opens **Server Settings → Integrations → Verbatim**, picks \`/document\`, and under **Roles & Members** adds ${role(id)}. Until then Discord shows the command only to members with Manage Server.`;

/** This server's settings as a hidden reply; after a change, what changed and what an admin must do next. */
export function settingsReply(
  settings: GuildSettings,
  globalRoles: readonly string[],
  change?: { action: 'add' | 'remove'; roleId: string },
): Reply {
  const lines: string[] = [];
  if (change?.action === 'add') {
    lines.push(`${role(change.roleId)} is a moderator role here: its members may add and remove documents.`);
    lines.push(HOW_TO_SHOW_DOCUMENT(change.roleId));
  } else if (change?.action === 'remove') {
    lines.push(
      `${role(change.roleId)} is not a moderator role here. If you added it to \`/document\` under Integrations, remove it there too.`,
    );
  }
  const own = settings.moderatorRoles.length > 0 ? settings.moderatorRoles.map(role).join(', ') : 'none';
  const fields = [
    { name: 'Moderator roles in this server', value: own },
    {
      name: 'Moderators everywhere',
      value: `Members with Manage Server${globalRoles.length > 0 ? `, and ${globalRoles.map(role).join(', ')} (MODERATOR_ROLE_IDS)` : ''}`,
    },
  ];
  return reply(
    {
      embeds: [
        { color: BRAND, title: 'Verbatim settings', description: lines.join('\n\n') || undefined, fields },
      ],
    },
    { ephemeral: true },
  );
}
