import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIMessage, APIUser } from 'discord.js';
import {
  type DiscordErrorBody,
  isEmptyMessage,
  validateChoices,
  validateCommands,
  validateMessage,
  validateModal,
} from './limits.ts';
import {
  applyEdit,
  attachmentFor,
  buildMessage,
  MessageFlag,
  type StoredAttachment,
  snowflake,
} from './messages.ts';

type Json = Record<string, unknown>;

/** One HTTP request the mock answered, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`; attachment downloads keep theirs. */
  path: string;
  /** What the route does, e.g. `interaction.callback`, `webhook.followUp`; `unknown` for an unhandled route. */
  route: string;
  body: unknown;
  status: number;
  response?: unknown;
  /** The message this request created or changed, as Discord stores it. */
  message?: APIMessage;
  interactionId?: string;
  at: number;
}

/** Server-side state of one dispatched interaction. */
export interface InteractionState {
  id: string;
  token: string;
  type: number;
  payload: Json;
  deliveredAt?: number;
  acknowledged: boolean;
  /** Set once the first response came too late; the interaction stays unknown from then on. */
  expired: boolean;
  ephemeral?: boolean;
  original?: APIMessage;
  followUps: Map<string, APIMessage>;
}

/** A command as registered, with the fields Discord adds. */
export type RegisteredCommand = Json & { id: string; name: string; type: number; guild_id?: string };

export interface RestState {
  baseUrl: string;
  gatewayUrl: string;
  applicationId: string;
  botUser: APIUser;
  interactionDeadlineMs: number;
  tokenLifetimeMs: number;
  interactions: Map<string, InteractionState>;
  commands: RegisteredCommand[];
  channelMessages: Map<string, APIMessage>;
  attachments: Map<string, StoredAttachment>;
  record: (request: RecordedRequest) => void;
}

interface Reply {
  status: number;
  body?: unknown;
  message?: APIMessage;
  interactionId?: string;
}

type Handler = (params: string[], body: Json, query: URLSearchParams) => Reply;

const failure = (status: number, code: number, message: string): Reply => ({
  status,
  body: { code, message },
});
const invalid = (body: DiscordErrorBody): Reply => ({ status: 400, body });
const EMPTY_MESSAGE = failure(400, 50006, 'Cannot send an empty message');

/** Callback types Discord accepts per interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

/** The node:http handler for the REST API and attachment downloads. */
export function restHandler(state: RestState): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = buildRoutes(state);
  return (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', state.baseUrl);
      const path = decodeURIComponent(url.pathname);
      if (req.method === 'GET' && path.startsWith('/attachments/')) return serveAttachment(state, path, res);
      const apiPath = path.replace(/^\/api\/v\d+/, '');
      const route = routes.find(([method, pattern]) => method === req.method && pattern.test(apiPath));
      let body: Json = {};
      let reply: Reply;
      try {
        body = await readBody(state, req);
        reply = route
          ? route[3](pattern(route[1], apiPath), body, url.searchParams)
          : failure(404, 0, '404: Not Found');
      } catch (error) {
        reply =
          error instanceof SyntaxError
            ? failure(400, 50109, 'The request body contains invalid JSON.')
            : failure(500, 0, `mock error: ${(error as Error).message}`);
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: apiPath,
        route: route?.[2] ?? 'unknown',
        body,
        status: reply.status,
        at: Date.now(),
      };
      if (reply.body !== undefined) recorded.response = reply.body;
      if (reply.message) recorded.message = reply.message;
      if (reply.interactionId) recorded.interactionId = reply.interactionId;
      // Record before answering so a test awaiting the client's promise already sees the request.
      state.record(recorded);
      // A 204 must carry no content-type, or discord.js tries to parse the empty body as JSON.
      if (reply.body === undefined) res.writeHead(reply.status).end();
      else
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    })();
  };
}

const pattern = (regex: RegExp, path: string): string[] => (regex.exec(path) ?? []).slice(1);

async function readBody(state: RestState, req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return JSON.parse(raw.toString()) as Json;
  // Messages with files arrive as multipart: the JSON in `payload_json`, each file as `files[n]`.
  const form = await new Request(state.baseUrl, {
    method: 'POST',
    headers: { 'content-type': type },
    body: raw,
  }).formData();
  const body = JSON.parse(String(form.get('payload_json') ?? '{}')) as Json;
  const target = (body.data as Json | undefined) ?? body;
  const uploads = [...form.entries()].filter(
    (entry): entry is [string, File] => typeof entry[1] !== 'string',
  );
  target.attachments = await Promise.all(
    uploads.map(async ([, file]) => {
      const bytes = Buffer.from(await file.arrayBuffer());
      const attachment = attachmentFor(state.baseUrl, file.name, file.type, bytes);
      state.attachments.set(attachment.id, { attachment, bytes });
      return attachment;
    }),
  );
  return body;
}

function serveAttachment(state: RestState, path: string, res: ServerResponse): void {
  const stored = state.attachments.get(path.split('/')[2] ?? '');
  const status = stored ? 200 : 404;
  state.record({ method: 'GET', path, route: 'attachment', body: {}, status, at: Date.now() });
  if (!stored) return void res.writeHead(404).end();
  res
    .writeHead(200, { 'content-type': stored.attachment.content_type ?? 'application/octet-stream' })
    .end(stored.bytes);
}

function buildRoutes(state: RestState): Array<[string, RegExp, string, Handler]> {
  const { applicationId, botUser } = state;
  const byToken = (app: string | undefined, token: string | undefined): InteractionState | Reply => {
    const interaction = [...state.interactions.values()].find((i) => i.token === token);
    const alive = interaction && Date.now() - (interaction.deliveredAt ?? 0) <= state.tokenLifetimeMs;
    if (app !== applicationId || !interaction?.acknowledged || !alive)
      return failure(404, 10015, 'Unknown Webhook');
    return interaction;
  };
  const messageExtra = (i: InteractionState) => ({
    webhook_id: applicationId,
    application_id: applicationId,
    type: i.type === 2 ? 20 : 0,
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
    if (!interaction || interaction.token !== token) return failure(404, 10062, 'Unknown interaction');
    const reply = (r: Reply): Reply => ({ ...r, interactionId: interaction.id });
    const late = Date.now() - (interaction.deliveredAt ?? 0) > state.interactionDeadlineMs;
    if (interaction.expired || (!interaction.acknowledged && late)) {
      interaction.expired = true;
      return reply(failure(404, 10062, 'Unknown interaction'));
    }
    if (interaction.acknowledged)
      return reply(failure(400, 40060, 'Interaction has already been acknowledged.'));
    const type = Number(body.type);
    const data = (body.data as Json | undefined) ?? {};
    if (!ALLOWED_CALLBACKS[interaction.type]?.includes(type)) {
      return reply(
        invalid({
          code: 50035,
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
      type === 4 || type === 7
        ? validateMessage(data, 'data')
        : type === 8
          ? validateChoices(data.choices)
          : type === 9
            ? validateModal(data)
            : null;
    if (problem) return reply(invalid(problem));
    const componentMessage = interaction.payload.message as APIMessage | undefined;
    let message: APIMessage | undefined;
    if (type === 4)
      message = buildMessage(
        botUser,
        String(interaction.payload.channel_id),
        data,
        messageExtra(interaction),
      );
    if (type === 7 && componentMessage) message = applyEdit(componentMessage, data);
    if (message && isEmptyMessage(message)) return reply(EMPTY_MESSAGE);
    interaction.acknowledged = true;
    if (type === 5) {
      const flags = (Number(data.flags ?? 0) & MessageFlag.Ephemeral) | MessageFlag.Loading;
      interaction.original = buildMessage(
        botUser,
        String(interaction.payload.channel_id),
        { flags },
        messageExtra(interaction),
      );
    } else if (type === 6) interaction.original = componentMessage;
    else if (message) interaction.original = message;
    interaction.ephemeral = Boolean((interaction.original?.flags ?? 0) & MessageFlag.Ephemeral);
    if (query.get('with_response') !== 'true') return reply({ status: 204, ...(message ? { message } : {}) });
    const callbackInfo = {
      id: interaction.id,
      type,
      response_message_id: interaction.original?.id,
      response_message_loading: type === 5,
      response_message_ephemeral: interaction.ephemeral,
    };
    const resource = {
      type,
      ...(interaction.original && type !== 9 ? { message: interaction.original } : {}),
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
      if (!message) return reply(failure(404, 10008, 'Unknown Message'));
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
      const edited = applyEdit({ ...message, flags: (message.flags ?? 0) & ~MessageFlag.Loading }, body);
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
    const problem = validateMessage(body);
    if (problem) return invalid(problem);
    if (isEmptyMessage(body)) return EMPTY_MESSAGE;
    const reference = body.message_reference as Json | undefined;
    const extra = (
      reference ? { type: 19, message_reference: { channel_id: channelId, ...reference } } : {}
    ) as Partial<APIMessage>;
    const message = buildMessage(botUser, channelId ?? '', body, extra);
    state.channelMessages.set(message.id, message);
    return { status: 200, body: message, message };
  };

  const commands =
    (method: string): Handler =>
    ([app, guildId], body) => {
      if (app !== applicationId) return failure(404, 10002, 'Unknown Application');
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
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    },
  });
  return [
    ['GET', /^\/gateway(?:\/bot)?$/, 'gateway', gateway],
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, 'interaction.callback', callback],
    ['GET', webhookPath, 'webhook.getMessage', webhookMessage('GET')],
    ['PATCH', webhookPath, 'webhook.editMessage', webhookMessage('PATCH')],
    ['DELETE', webhookPath, 'webhook.deleteMessage', webhookMessage('DELETE')],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, 'webhook.followUp', followUp],
    ['GET', commandsPath, 'commands.list', commands('GET')],
    ['PUT', commandsPath, 'commands.set', commands('PUT')],
    ['POST', commandsPath, 'commands.create', commands('POST')],
    ['POST', /^\/channels\/(\d+)\/messages$/, 'channel.createMessage', createChannelMessage],
    [
      'GET',
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      'channel.getMessage',
      ([, id]) => {
        const message = state.channelMessages.get(id ?? '');
        return message ? { status: 200, body: message } : failure(404, 10008, 'Unknown Message');
      },
    ],
  ];
}
