import { type APIMessage, InteractionResponseType } from 'discord-api-types/v10';
import type { RecordedRequest } from './rest.ts';

type Json = Record<string, unknown>;

export const DEFAULT_WAIT_MS = 5000;

/** What an InteractionResult needs of the mock: its requests, past and future. */
export interface RequestLog {
  readonly requests: RecordedRequest[];
  waitFor(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs?: number,
    what?: string,
  ): Promise<RecordedRequest>;
}

/** The state of a dispatched interaction that its result reads. */
export interface DispatchedInteraction {
  id: string;
  payload: Json;
  ephemeral?: boolean;
  original?: APIMessage;
}

export const succeeded = (r: RecordedRequest) => r.status < 300;
export const describeRequests = (requests: RecordedRequest[]) =>
  requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join('\n  ') || '(none)';

/** A dispatched interaction, with ways to await what the bot did about it. */
export class InteractionResult {
  constructor(
    private readonly mock: RequestLog,
    private readonly state: DispatchedInteraction,
  ) {}

  get id(): string {
    return this.state.id;
  }

  /** The INTERACTION_CREATE payload as sent. */
  get payload(): Json {
    return this.state.payload;
  }

  /** All REST requests tied to this interaction, in order. */
  get requests(): RecordedRequest[] {
    return this.mock.requests.filter((r) => r.interactionId === this.state.id);
  }

  /** Whether the initial response was ephemeral; undefined until the bot responded. */
  get ephemeral(): boolean | undefined {
    return this.state.ephemeral;
  }

  /** The original response message as it is now (after any edits); undefined before a response or after deletion. */
  get original(): APIMessage | undefined {
    return this.state.original;
  }

  /** The first message the user gets to see: the reply or update, or the first edit of a deferred reply. */
  async reply(timeoutMs = DEFAULT_WAIT_MS): Promise<APIMessage> {
    const isReply = (r: RecordedRequest) =>
      succeeded(r) &&
      r.message !== undefined &&
      (r.route === 'interaction.callback' ||
        (r.route === 'webhook.editMessage' && r.path.endsWith('/@original')));
    return (await this.waitFor(isReply, timeoutMs, 'a reply')).message as APIMessage;
  }

  /** The `index`-th (0-based) follow-up message the bot sent. */
  async followUp(index = 0, timeoutMs = DEFAULT_WAIT_MS): Promise<APIMessage> {
    let seen = 0;
    const isFollowUp = (r: RecordedRequest) =>
      succeeded(r) && r.route === 'webhook.followUp' && seen++ === index;
    return (await this.waitFor(isFollowUp, timeoutMs, `follow-up #${index}`)).message as APIMessage;
  }

  /** The choices of an accepted autocomplete response. */
  async choices(timeoutMs = DEFAULT_WAIT_MS): Promise<Array<{ name: string; value: string | number }>> {
    const request = await this.waitFor(
      (r) => succeeded(r) && callbackType(r) === InteractionResponseType.ApplicationCommandAutocompleteResult,
      timeoutMs,
      'autocomplete choices',
    );
    return ((request.body as Json).data as { choices: Array<{ name: string; value: string | number }> })
      .choices;
  }

  /** The modal the bot showed (the Modal callback's `data`). */
  async modal(timeoutMs = DEFAULT_WAIT_MS): Promise<Json> {
    const request = await this.waitFor(
      (r) => succeeded(r) && callbackType(r) === InteractionResponseType.Modal,
      timeoutMs,
      'a modal',
    );
    return (request.body as Json).data as Json;
  }

  /** The first request of this interaction, past or future, matching `predicate` (e.g. a rejected one). */
  waitFor(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
    what = 'a matching request',
  ): Promise<RecordedRequest> {
    return this.mock.waitFor(
      (r) => r.interactionId === this.state.id && predicate(r),
      timeoutMs,
      `${what} to interaction ${this.describe()}`,
    );
  }

  private describe(): string {
    const data = this.state.payload.data as Json;
    return String(data.name ?? data.custom_id ?? this.state.id);
  }
}

export const callbackType = (r: RecordedRequest) =>
  r.route === 'interaction.callback' ? (r.body as Json).type : undefined;
