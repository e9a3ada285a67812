import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIAttachment,
  type APIMessage,
  type APIUser,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { unavailable } from './availability.ts';
import { Gateway, shardOf } from './gateway.ts';
import {
  ChannelAccess,
  guildCreatePayload,
  MEMBER_PERMISSIONS,
  type MockGuild,
  type MockGuildConfig,
  resolveGuilds,
} from './guilds.ts';
import {
  commandData,
  type InteractionContext,
  type InteractOptions,
  interactionPayload,
  messageCommandData,
  modalComponents,
  type OptionValue,
} from './interactions.ts';
import { byShownName, type Localizable } from './localized.ts';
import { attachmentFor, buildMessage, snowflake, userMessage } from './messages.ts';
import {
  type InteractionState,
  type RecordedRequest,
  type RegisteredCommand,
  type RestState,
  restHandler,
} from './rest.ts';
import { callbackType, DEFAULT_WAIT_MS, describeRequests, InteractionResult, succeeded } from './result.ts';

export { DISCORD_LIMITS } from './limits.ts';
export type { InteractOptions, MockGuild, MockGuildConfig, OptionValue, RecordedRequest, RegisteredCommand };
export { InteractionResult };

type Json = Record<string, unknown>;

export interface MockDiscordOptions {
  /** Guilds the bot is in; default: one guild with #general and a Moderator role (Manage Guild). */
  guilds?: MockGuildConfig[];
  /** How long after dispatch the first response may come before 10062; Discord's is 3000. */
  interactionDeadlineMs?: number;
  /** How long the interaction token works for edits and follow-ups before 10015; Discord's is 15 min. */
  tokenLifetimeMs?: number;
  heartbeatIntervalMs?: number;
  /** The user interactions come from unless a call says otherwise. */
  defaultUser?: Partial<APIUser>;
  /** The bot's permissions in interactions (`app_permissions`). */
  appPermissions?: bigint;
  /** Shards the bot must connect with; each guild's events go to shard (guild_id >> 22) % shards. */
  shards?: number;
}

/** A running mock of Discord's gateway and REST API for one bot; create it with `startMockDiscord`. */
export class MockDiscord extends EventEmitter<{ request: [RecordedRequest] }> {
  /** Every REST request (and attachment download) in arrival order. */
  readonly requests: RecordedRequest[] = [];
  readonly applicationId = snowflake();
  readonly botUser: APIUser = {
    id: this.applicationId,
    username: 'verbatim',
    discriminator: '0',
    global_name: 'Verbatim',
    avatar: null,
    bot: true,
  };
  readonly guilds: MockGuild[];
  /** Commands registered by the bot (global ones have no guild_id). */
  readonly commands: RegisteredCommand[] = [];
  private readonly server: Server;
  private readonly gateway: Gateway;
  readonly shards: number;
  private readonly context: InteractionContext;
  private readonly rest: RestState;
  /** Guilds the bot was removed from: no longer in READY or GUILD_CREATE. */
  private readonly left = new Set<string>();
  private readonly access: ChannelAccess;

  constructor(options: MockDiscordOptions, server: Server, port: number) {
    super();
    this.server = server;
    this.guilds = resolveGuilds(options.guilds);
    this.shards = options.shards ?? 1;
    const baseUrl = `http://127.0.0.1:${port}`;
    const defaultUser = {
      id: snowflake(),
      username: 'reader',
      discriminator: '0',
      global_name: 'Reader',
      avatar: null,
      ...options.defaultUser,
    };
    this.context = {
      applicationId: this.applicationId,
      defaultUser,
      guilds: this.guilds,
      appPermissions: options.appPermissions ?? MEMBER_PERMISSIONS,
      dmChannels: new Map(),
    };
    this.access = new ChannelAccess(this.guilds, this.context.dmChannels);
    this.rest = {
      baseUrl,
      gatewayUrl: `ws://127.0.0.1:${port}`,
      shards: this.shards,
      applicationId: this.applicationId,
      botUser: this.botUser,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
      interactions: new Map(),
      commands: this.commands,
      channelMessages: new Map(),
      channelAccess: (id) => this.access.of(id),
      attachments: new Map(),
      record: (request) => {
        this.requests.push(request);
        this.emit('request', request);
      },
    };
    const joinedAt = new Date().toISOString();
    const onShard = (shard: number) =>
      this.guilds.filter((g) => this.shardOf(g.id) === shard && !this.left.has(g.id));
    this.gateway = new Gateway(server, {
      url: this.rest.gatewayUrl,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      shards: this.shards,
      ready: (shard) => ({
        v: 10,
        user: this.botUser,
        guilds: onShard(shard).map((g) => ({ id: g.id, unavailable: true })),
        application: { id: this.applicationId, flags: 0 },
        private_channels: [],
        shard: [shard, this.shards],
      }),
      guildCreates: (shard) => onShard(shard).map((g) => guildCreatePayload(g, this.botUser, joinedAt)),
    });
    server.on('request', restHandler(this.rest));
  }

  /** The shard that receives `guildId`'s events and interactions. */
  shardOf(guildId: string | null | undefined): number {
    return shardOf(guildId, this.shards);
  }

  /** Pass as `new Client({ rest: { api: mock.restUrl } })`; discord.js appends `/v10`. */
  get restUrl(): string {
    return `${this.rest.baseUrl}/api`;
  }

  /** The user interactions come from by default. */
  get defaultUser(): APIUser {
    return this.context.defaultUser;
  }

  /**
   * Sends a chat-input command; `name` may include subcommands ("doc add"). Options are checked against the
   * registered command, if any; the promise rejects on a mismatch or when no client takes the dispatch.
   */
  async sendCommand(
    name: string,
    options: Record<string, OptionValue> = {},
    as: InteractOptions = {},
  ): Promise<InteractionResult> {
    return this.sendChatInput(InteractionType.ApplicationCommand, name, options, undefined, as);
  }

  /** Sends an autocomplete request while the user types `options[focused]`. */
  async sendAutocomplete(
    name: string,
    options: Record<string, OptionValue>,
    focused: string,
    as: InteractOptions = {},
  ): Promise<InteractionResult> {
    return this.sendChatInput(InteractionType.ApplicationCommandAutocomplete, name, options, focused, as);
  }

  /** Clicks the button `customId` on `message` (e.g. one from `res.reply()`); rejects if the message has no such button. */
  async clickButton(
    message: APIMessage,
    customId: string,
    as: InteractOptions = {},
  ): Promise<InteractionResult> {
    if (!JSON.stringify(message.components ?? []).includes(`"custom_id":${JSON.stringify(customId)}`)) {
      throw new Error(`message ${message.id} has no component ${customId}`);
    }
    const payload = interactionPayload(
      this.context,
      InteractionType.MessageComponent,
      { custom_id: customId, component_type: ComponentType.Button },
      this.inChannelOf(message, as),
    );
    return this.deliver({ ...payload, message });
  }

  /** Submits the modal `customId` with text field values; mirrors the layout of the modal the bot showed, if any. */
  async submitModal(
    customId: string,
    fields: Record<string, string>,
    as: InteractOptions & { message?: APIMessage } = {},
  ): Promise<InteractionResult> {
    const shown = [...this.requests]
      .reverse()
      .find(
        (r) =>
          succeeded(r) &&
          callbackType(r) === InteractionResponseType.Modal &&
          ((r.body as Json).data as Json).custom_id === customId,
      );
    const data = {
      custom_id: customId,
      components: modalComponents(shown && ((shown.body as Json).data as Json), fields),
    };
    const payload = interactionPayload(
      this.context,
      InteractionType.ModalSubmit,
      data,
      as.message ? this.inChannelOf(as.message, as) : as,
    );
    return this.deliver(as.message ? { ...payload, message: as.message } : payload);
  }

  /** Runs the message context-menu command `name` on `target`, completed into a full message from the default user. */
  async sendMessageCommand(
    name: string,
    target: Partial<APIMessage>,
    as: InteractOptions = {},
  ): Promise<InteractionResult> {
    const payload = interactionPayload(this.context, InteractionType.ApplicationCommand, {}, as);
    const message = userMessage(target, this.context.defaultUser, String(payload.channel_id));
    const definition = this.findCommand(name, ApplicationCommandType.Message, as);
    return this.deliverAvailable(
      definition,
      { ...payload, data: messageCommandData(definition, name, message) },
      as,
    );
  }

  /** Posts a user message in a guild channel (MESSAGE_CREATE); `<@botId>` in the content counts as a mention. */
  async sendMessage(
    content: string,
    as: Omit<InteractOptions, 'dm' | 'permissions'> = {},
  ): Promise<APIMessage> {
    const { guild_id, channel_id, member } = interactionPayload(this.context, null, {}, as) as {
      guild_id: string;
      channel_id: string;
      member: Json;
    };
    const { user, ...memberWithoutUser } = member;
    const mentions = content.includes(`<@${this.botUser.id}>`) ? [this.botUser] : [];
    const message = {
      ...buildMessage(user as APIUser, channel_id, { content }, { mentions }),
      guild_id,
      member: memberWithoutUser,
    };
    await this.gateway.dispatch('MESSAGE_CREATE', message, guild_id);
    return message;
  }

  /** Takes a guild channel from the bot (as an admin would): its posts there then get 403 Missing Access. */
  forbidChannel(channelId: string): void {
    this.access.forbid(channelId);
  }

  /** Registers bytes to download; use the returned object as an attachment option value. */
  addAttachment(filename: string, contentType: string, bytes: Buffer | string): APIAttachment {
    const content = Buffer.from(bytes);
    const attachment = attachmentFor(this.rest.baseUrl, filename, contentType, content);
    this.rest.attachments.set(attachment.id, { attachment, bytes: content });
    return attachment;
  }

  /** The first request, past or future, matching `predicate`; rejects after `timeoutMs` listing what did arrive. */
  waitFor(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
    what = 'a matching request',
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const onRequest = (r: RecordedRequest) => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.off('request', onRequest);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.off('request', onRequest);
        reject(
          new Error(
            `no ${what} within ${timeoutMs} ms; requests so far:\n  ${describeRequests(this.requests.slice(-10))}`,
          ),
        );
      }, timeoutMs);
      this.on('request', onRequest);
    });
  }

  /** The bot is removed from a guild (GUILD_DELETE, as when an admin kicks it), or added back (GUILD_CREATE). */
  async botMembership(guildId: string, change: 'left' | 'joined'): Promise<void> {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild) throw new Error(`no guild ${guildId}`);
    if (change === 'left') this.left.add(guildId);
    else this.left.delete(guildId);
    const joined = () => guildCreatePayload(guild, this.botUser, new Date().toISOString());
    const [event, payload] =
      change === 'left' ? ['GUILD_DELETE', { id: guildId }] : ['GUILD_CREATE', joined()];
    await this.gateway.dispatch(event, payload, guildId);
  }

  /** Drops the gateway connection; resolves once the client resumed (or, with `resumable: false`, re-identified). */
  dropConnection(options: { resumable?: boolean } = {}, shard = 0): Promise<void> {
    return this.gateway.drop(options, shard);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A slash command or its autocomplete, with options checked against the registered definition. */
  private sendChatInput(
    type: InteractionType.ApplicationCommand | InteractionType.ApplicationCommandAutocomplete,
    name: string,
    options: Record<string, OptionValue>,
    focused: string | undefined,
    as: InteractOptions,
  ): Promise<InteractionResult> {
    const definition = this.findCommand(name.split(' ')[0] ?? '', ApplicationCommandType.ChatInput, as);
    const guild = as.dm ? undefined : this.guilds.find((g) => g.id === (as.guildId ?? this.guilds[0]?.id));
    const data = commandData(definition, name, options, focused, guild, as.locale);
    const payload = interactionPayload(this.context, type, data, as);
    return this.deliverAvailable(definition, payload, as);
  }

  /** Refuses, as Discord does by never sending it, a command its member or context may not use (unless `unchecked`). */
  private deliverAvailable(
    definition: RegisteredCommand | undefined,
    payload: Json,
    as: InteractOptions,
  ): Promise<InteractionResult> {
    const why = as.unchecked ? null : unavailable(definition, payload);
    if (why) return Promise.reject(new Error(`${why}; pass { unchecked: true } to send it anyway`));
    return this.deliver(payload);
  }

  private findCommand(
    name: string,
    type: ApplicationCommandType,
    as: InteractOptions,
  ): RegisteredCommand | undefined {
    const guildId = as.dm ? undefined : (as.guildId ?? this.guilds[0]?.id);
    // A user calls a command by the name Discord shows them, in their language.
    const candidates = this.commands.filter(
      (c) => c.type === type && byShownName([c as Localizable], name, as.locale) !== undefined,
    );
    return candidates.find((c) => c.guild_id === guildId) ?? candidates.find((c) => c.guild_id === undefined);
  }

  /** Interactions on a message come from the message's channel unless the test says otherwise. */
  private inChannelOf(message: APIMessage, as: InteractOptions): InteractOptions {
    const guild = this.guilds.find((g) => g.channels.some((c) => c.id === message.channel_id));
    if (as.dm || as.channelId || !guild) return as;
    return { ...as, guildId: guild.id, channelId: message.channel_id };
  }

  private async deliver(payload: Json): Promise<InteractionResult> {
    const state: InteractionState = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      payload,
      acknowledged: false,
      expired: false,
      followUps: new Map(),
    };
    this.rest.interactions.set(state.id, state);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error('no gateway session took the interaction within 5 s; is the client logged in?')),
        DEFAULT_WAIT_MS,
      );
    });
    try {
      // The deadline runs from delivery, not creation, so a test reconnecting first is not penalised.
      state.deliveredAt = await Promise.race([
        this.gateway.dispatch('INTERACTION_CREATE', payload, payload.guild_id as string | undefined),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
    return new InteractionResult(this, state);
  }
}

/** Starts the mock on a random 127.0.0.1 port. */
export async function startMockDiscord(options: MockDiscordOptions = {}): Promise<MockDiscord> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return new MockDiscord(options, server, (server.address() as AddressInfo).port);
}
