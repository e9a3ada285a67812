import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type APIMessage,
  type APIUser,
  type InteractionType,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';
import { attachmentFor, type StoredAttachment } from './messages.ts';
import { buildRoutes, failure, type Reply } from './routes.ts';

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
  type: InteractionType;
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
  /** Shards GET /gateway/bot tells the bot to use. */
  shards: number;
  applicationId: string;
  botUser: APIUser;
  interactionDeadlineMs: number;
  tokenLifetimeMs: number;
  interactions: Map<string, InteractionState>;
  commands: RegisteredCommand[];
  channelMessages: Map<string, APIMessage>;
  /** Whether the bot may post in a channel: one of the guilds' or a DM it has, and not taken from it. */
  channelAccess: (channelId: string) => 'ok' | 'unknown' | 'forbidden';
  attachments: Map<string, StoredAttachment>;
  record: (request: RecordedRequest) => void;
}

/** The node:http handler for the REST API and attachment downloads. */
export function restHandler(state: RestState): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = buildRoutes(state);
  return (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', state.baseUrl);
      const path = decodeURIComponent(url.pathname);
      if (req.method === 'GET' && path.startsWith('/attachments/')) return serveAttachment(state, path, res);
      const apiPath = path.replace(/^\/api\/v\d+/, '');
      const route = routes.find((r) => r.method === req.method && r.path.test(apiPath));
      let body: Json = {};
      let reply: Reply;
      try {
        body = await readBody(state, req);
        reply = route
          ? route.handle(captures(route.path, apiPath), body, url.searchParams)
          : failure(404, 0, '404: Not Found');
      } catch (error) {
        reply =
          error instanceof SyntaxError
            ? failure(
                400,
                RESTJSONErrorCodes.RequestBodyContainsInvalidJSON,
                'The request body contains invalid JSON.',
              )
            : failure(500, 0, `mock error: ${(error as Error).message}`);
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: apiPath,
        route: route?.name ?? 'unknown',
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

const captures = (regex: RegExp, path: string): string[] => (regex.exec(path) ?? []).slice(1);

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
  // Each file `files[n]` may be described (alt text) by the entry of `attachments` whose id is n.
  const described = new Map(
    ((target.attachments as Json[] | undefined) ?? []).map((entry) => [String(entry.id), entry]),
  );
  target.attachments = await Promise.all(
    uploads.map(async ([field, file]) => {
      const bytes = Buffer.from(await file.arrayBuffer());
      const attachment = attachmentFor(state.baseUrl, file.name, file.type, bytes);
      const description = described.get(/^files\[(\d+)\]$/.exec(field)?.[1] ?? '')?.description;
      if (typeof description === 'string') attachment.description = description;
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
