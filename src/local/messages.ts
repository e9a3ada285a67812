import {
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIUser,
  MessageType,
} from 'discord-api-types/v10';

type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A real-looking snowflake, so discord.js's createdTimestamp and sorting behave. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

const EDITABLE = ['content', 'embeds', 'components', 'attachments'] as const;

/** Creates the message Discord would store for a body sent by `author`. */
export function buildMessage(
  author: APIUser,
  channelId: string,
  body: Json,
  extra: Partial<APIMessage> & { guild_id?: string } = {},
): APIMessage {
  const message: APIMessage = {
    id: snowflake(),
    type: MessageType.Default,
    channel_id: channelId,
    author,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...extra,
  };
  return applyEdit(message, body, { edited: false });
}

/** Copies the editable fields of `body` onto `message`; Discord leaves fields absent from a PATCH untouched. */
export function applyEdit(message: APIMessage, body: Json, { edited = true } = {}): APIMessage {
  const next: Json = { ...message };
  for (const key of EDITABLE) if (body[key] !== undefined) next[key] = body[key] ?? [];
  if (typeof next.content !== 'string') next.content = '';
  // Discord fills in `type: 'rich'` on every embed it stores.
  next.embeds = (next.embeds as APIEmbed[]).map((embed) => ({ type: 'rich', ...embed }));
  if (edited) next.edited_timestamp = new Date().toISOString();
  return next as unknown as APIMessage;
}

/** Completes a partial message (e.g. the target of a context-menu command) with the fields discord.js reads. */
export function userMessage(partial: Partial<APIMessage>, author: APIUser, channelId: string): APIMessage {
  return buildMessage(partial.author ?? author, partial.channel_id ?? channelId, partial as Json, partial);
}

/** Attachment bytes a test registered, served from the mock's HTTP server. */
export interface StoredAttachment {
  attachment: APIAttachment;
  bytes: Buffer;
}

/** Builds the attachment object Discord sends in `resolved.attachments` and message `attachments`. */
export function attachmentFor(
  baseUrl: string,
  filename: string,
  contentType: string,
  bytes: Buffer,
): APIAttachment {
  const id = snowflake();
  const url = `${baseUrl}/attachments/${id}/${encodeURIComponent(filename)}`;
  return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
}
