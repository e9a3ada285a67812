import {
  type APIMessage,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';
import {
  type DiscordErrorBody,
  isEmptyMessage,
  validateChoices,
  validateCommands,
  validateMessage,
  validateModal,
} from './limits.ts';
import { applyEdit, buildMessage, snowflake } from './messages.ts';
import type { InteractionState, RegisteredCommand, RestState } from './rest.ts';

type Json = Record<string, unknown>;

export interface Reply {
  status: number;
  body?: unknown;
  message?: APIMessage;
  interactionId?: string;
}

export type Handler = (params: string[], body: Json, query: URLSearchParams) => Reply;

/** One REST endpoint: `name` is what RecordedRequest.route says, e.g. `interaction.callback`. */
export interface Route {
  method: string;
  path: RegExp;
  name: string;
  handle: Handler;
}

export const failure = (status: number, code: number, message: string): Reply => ({
  status,
  body: { code, message },
});
const invalid = (body: DiscordErrorBody): Reply => ({ status: 400, body });
const EMPTY_MESSAGE = failure(
  400,
  RESTJSONErrorCodes.CannotSendAnEmptyMessage,
  'Cannot send an empty message',
);

const Callback = InteractionResponseType;

/** Callback types Discord accepts per interaction type. */
const ALLOWED_CALLBACKS: Partial<Record<InteractionType, InteractionResponseType[]>> = {
  [InteractionType.ApplicationCommand]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.Modal,
  ],
  [InteractionType.MessageComponent]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
    Callback.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [Callback.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    Callback.ChannelMessageWithSource,
    Callback.DeferredChannelMessageWithSource,
    Callback.DeferredMessageUpdate,
    Callback.UpdateMessage,
  ],
};

/** Every REST endpoint the mock serves, over the shared state. */
export function buildRoutes(state: RestState): Route[] {
  const { applicationId, botUser } = state;
  const byToken = (app: string | undefined, token: string | undefined): InteractionState | Reply => {
    const interaction = [...state.interactions.values()].find((i) => i.token === token);
    const alive = interaction && Date.now() - (interaction.deliveredAt ?? 0) <= state.tokenLifetimeMs;
    if (app !== applicationId || !interaction?.acknowledged || !alive)
      return failure(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    return interaction;
  };
  const messageExtra = (i: InteractionState) => ({
    webhook_id: applicationId,
    application_id: applicationId,
    type: i.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
    ...(i.payload.guild_id ? { guild_id: i.payload.guild_id as string } : {}),
  });
  const commandScope = (guildId?: string) => state.commands.filter((c) => c.guild_id === guildId);
  const register = (body: Json, guildId?: string): RegisteredCommand => {
    const existing = commandScope(guildId).find((c) => c.name === body.name);
    return {
      description: '',
      options: [],
      default_member_permissions: null,
      nsfw: false,
      ...body,
      id: existing?.id ?? snowflake(),
      application_id: applicationId,
      version: snowflake(),
      type: typeof body.type === 'number' ? body.type : 1,
      name: String(body.name),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  };

  const callback: Handler = ([id, token], body, query) => {
    const interaction = state.interactions.get(id ?? '');
    if (!interaction || interaction.token !== token)
      return failure(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    const reply = (r: Reply): Reply => ({ ...r, interactionId: interaction.id });
    const late = Date.now() - (interaction.deliveredAt ?? 0) > state.interactionDeadlineMs;
    if (interaction.expired || (!interaction.acknowledged && late)) {
      interaction.expired = true;
      return reply(failure(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction'));
    }
    if (interaction.acknowledged)
      return reply(
        failure(
          400,
          RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
          'Interaction has already been acknowledged.',
        ),
      );
    const type = Number(body.type) as InteractionResponseType;
    const data = (body.data as Json | undefined) ?? {};
    if (!ALLOWED_CALLBACKS[interaction.type]?.includes(type)) {
      return reply(
        invalid({
          code: RESTJSONErrorCodes.InvalidFormBodyOrContentType,
          message: 'Invalid Form Body',
          errors: {
            type: {
              _errors: [
                {
                  code: 'INTERACTION_CALLBACK_TYPE_INVALID',
                  message: `Callback type ${type} is not valid for this interaction.`,
                },
              ],
            },
          },
        }),
      );
    }
    const problem =
      type === Callback.ChannelMessageWithSource || type === Callback.UpdateMessage
        ? validateMessage(data, 'data')
        : type === Callback.ApplicationCommandAutocompleteResult
          ? validateChoices(data.choices)
          : type === Callback.Modal
            ? validateModal(data)
            : null;
    if (problem) return reply(invalid(problem));
    const componentMessage = interaction.payload.message as APIMessage | undefined;
    let message: APIMessage | undefined;
    if (type === Callback.ChannelMessageWithSource)
      message = buildMessage(
        botUser,
        String(interaction.payload.channel_id),
        data,
        messageExtra(interaction),
      );
    if (type === Callback.UpdateMessage && componentMessage) message = applyEdit(componentMessage, data);
    if (message && isEmptyMessage(message)) return reply(EMPTY_MESSAGE);
    interaction.acknowledged = true;
    if (type === Callback.DeferredChannelMessageWithSource) {
      const flags = (Number(data.flags ?? 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
      interaction.original = buildMessage(
        botUser,
        String(interaction.payload.channel_id),
        { flags },
        messageExtra(interaction),
      );
    } else if (type === Callback.DeferredMessageUpdate) interaction.original = componentMessage;
    else if (message) interaction.original = message;
    interaction.ephemeral = Boolean((interaction.original?.flags ?? 0) & MessageFlags.Ephemeral);
    if (query.get('with_response') !== 'true') return reply({ status: 204, ...(message ? { message } : {}) });
    const callbackInfo = {
      id: interaction.id,
      type,
      response_message_id: interaction.original?.id,
      response_message_loading: type === Callback.DeferredChannelMessageWithSource,
      response_message_ephemeral: interaction.ephemeral,
    };
    const resource = {
      type,
      ...(interaction.original && type !== Callback.Modal ? { message: interaction.original } : {}),
    };
    return reply({
      status: 200,
      body: { interaction: callbackInfo, resource },
      ...(message ? { message } : {}),
    });
  };

  const webhookMessage =
    (method: string): Handler =>
    ([app, token, messageId], body) => {
      const interaction = byToken(app, token);
      if (!('token' in interaction)) return interaction;
      const reply = (r: Reply): Reply => ({ ...r, interactionId: interaction.id });
      const isOriginal = messageId === '@original';
      const message = isOriginal ? interaction.original : interaction.followUps.get(messageId ?? '');
      if (!message) return reply(failure(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message'));
      const store = (next: APIMessage | undefined) => {
        if (isOriginal) interaction.original = next;
        else if (next) interaction.followUps.set(next.id, next);
        else interaction.followUps.delete(message.id);
      };
      if (method === 'GET') return reply({ status: 200, body: message });
      if (method === 'DELETE') {
        store(undefined);
        return reply({ status: 204 });
      }
      const problem = validateMessage(body);
      if (problem) return reply(invalid(problem));
      // Editing a deferred reply replaces the "thinking…" placeholder, so the loading flag goes.
      const edited = applyEdit({ ...message, flags: (message.flags ?? 0) & ~MessageFlags.Loading }, body);
      if (isEmptyMessage(edited)) return reply(EMPTY_MESSAGE);
      store(edited);
      return reply({ status: 200, body: edited, message: edited });
    };

  const followUp: Handler = ([app, token], body, query) => {
    const interaction = byToken(app, token);
    if (!('token' in interaction)) return interaction;
    const reply = (r: Reply): Reply => ({ ...r, interactionId: interaction.id });
    const problem = validateMessage(body);
    if (problem) return reply(invalid(problem));
    if (isEmptyMessage(body)) return reply(EMPTY_MESSAGE);
    const message = buildMessage(
      botUser,
      String(interaction.payload.channel_id),
      body,
      messageExtra(interaction),
    );
    interaction.followUps.set(message.id, message);
    return reply(
      query.get('wait') === 'true' ? { status: 200, body: message, message } : { status: 204, message },
    );
  };

  const createChannelMessage: Handler = ([channelId], body) => {
    const access = state.channelAccess(channelId ?? '');
    if (access === 'unknown') return failure(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
    if (access === 'forbidden') return failure(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access');
    const problem = validateMessage(body);
    if (problem) return invalid(problem);
    if (isEmptyMessage(body)) return EMPTY_MESSAGE;
    const reference = body.message_reference as Json | undefined;
    const extra = (
      reference ? { type: MessageType.Reply, message_reference: { channel_id: channelId, ...reference } } : {}
    ) as Partial<APIMessage>;
    const message = buildMessage(botUser, channelId ?? '', body, extra);
    state.channelMessages.set(message.id, message);
    return { status: 200, body: message, message };
  };

  const commands =
    (method: string): Handler =>
    ([app, guildId], body) => {
      if (app !== applicationId)
        return failure(404, RESTJSONErrorCodes.UnknownApplication, 'Unknown Application');
      if (method === 'GET') return { status: 200, body: commandScope(guildId) };
      const problem = validateCommands(method === 'PUT' ? body : [body]);
      if (problem) return invalid(problem);
      const incoming = method === 'PUT' ? (body as unknown as Json[]) : [body];
      const registered = incoming.map((command) => register(command, guildId));
      const kept = state.commands.filter(
        (c) => c.guild_id !== guildId || (method === 'POST' && c.name !== body.name),
      );
      state.commands.splice(0, state.commands.length, ...kept, ...registered);
      return { status: method === 'PUT' ? 200 : 201, body: method === 'PUT' ? registered : registered[0] };
    };

  const webhookPath = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/;
  const commandsPath = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/;
  const gateway: Handler = () => ({
    status: 200,
    body: {
      url: state.gatewayUrl,
      shards: state.shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    },
  });
  const channelMessage: Handler = ([, id]) => {
    const message = state.channelMessages.get(id ?? '');
    return message
      ? { status: 200, body: message }
      : failure(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
  };
  const route = (method: string, path: RegExp, name: string, handle: Handler): Route => ({
    method,
    path,
    name,
    handle,
  });
  return [
    route('GET', /^\/gateway(?:\/bot)?$/, 'gateway', gateway),
    route('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, 'interaction.callback', callback),
    route('GET', webhookPath, 'webhook.getMessage', webhookMessage('GET')),
    route('PATCH', webhookPath, 'webhook.editMessage', webhookMessage('PATCH')),
    route('DELETE', webhookPath, 'webhook.deleteMessage', webhookMessage('DELETE')),
    route('POST', /^\/webhooks\/(\d+)\/([^/]+)$/, 'webhook.followUp', followUp),
    route('GET', commandsPath, 'commands.list', commands('GET')),
    route('PUT', commandsPath, 'commands.set', commands('PUT')),
    route('POST', commandsPath, 'commands.create', commands('POST')),
    route('POST', /^\/channels\/(\d+)\/messages$/, 'channel.createMessage', createChannelMessage),
    route('GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, 'channel.getMessage', channelMessage),
  ];
}
