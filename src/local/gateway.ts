import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { snowflake } from './messages.ts';

type Json = Record<string, unknown>;

interface SentDispatch {
  s: number;
  t: string;
  d: unknown;
  /** Resolves with the time the packet was written to a live session. */
  delivered: (at: number) => void;
  lost: (error: Error) => void;
}

export interface GatewayOptions {
  url: string;
  heartbeatIntervalMs: number;
  /** How many shards the bot must connect with (what GET /gateway/bot recommends). */
  shards: number;
  /** READY's `d` without the session fields, built per identify of a shard. */
  ready: (shard: number) => Json;
  /** GUILD_CREATE payloads sent right after a shard's READY. */
  guildCreates: (shard: number) => Json[];
}

/** The shard Discord sends a guild's events on: (guild_id >> 22) % shard count; DMs go to shard 0. */
export function shardOf(guildId: string | null | undefined, shards: number): number {
  return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(shards)) : 0;
}

/**
 * The gateway's WebSocket endpoint: each connection says which shard it is in its IDENTIFY
 * (`shard: [id, count]`) or which session it resumes, and is handed to that shard's session.
 */
export class Gateway {
  private readonly server: WebSocketServer;
  readonly sessions: GatewaySession[];

  constructor(
    http: Server,
    private readonly options: GatewayOptions,
  ) {
    this.sessions = Array.from({ length: options.shards }, (_, shard) => new GatewaySession(options, shard));
    this.server = new WebSocketServer({ server: http });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  /** Queues a dispatch on the shard that serves `guildId`. */
  dispatch(t: string, d: unknown, guildId?: string | null): Promise<number> {
    return (this.sessions[shardOf(guildId, this.options.shards)] as GatewaySession).dispatch(t, d);
  }

  /** Drops one shard's connection; see GatewaySession.drop. */
  drop(options: { resumable?: boolean }, shard: number): Promise<void> {
    const session = this.sessions[shard];
    return session ? session.drop(options) : Promise.reject(new Error(`there is no shard ${shard}`));
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    socket.on('error', () => {});
    const send = (payload: Json) => socket.send(JSON.stringify(payload));
    send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    const first = (raw: RawData) => {
      const { op, d } = JSON.parse(raw.toString()) as { op: number; d: Json };
      if (op === GatewayOpcodes.Heartbeat) {
        send({ op: GatewayOpcodes.HeartbeatAck });
        return;
      }
      socket.off('message', first);
      let session: GatewaySession | undefined;
      if (op === GatewayOpcodes.Identify) {
        const [id = 0, count = 1] = (d.shard as [number, number] | undefined) ?? [];
        session = count === this.options.shards ? this.sessions[id] : undefined;
        if (!session) {
          socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard');
          return;
        }
      } else if (op === GatewayOpcodes.Resume) {
        session = this.sessions.find((s) => s.owns(String(d.session_id))) ?? this.sessions[0];
      }
      if (!session) {
        socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated');
        return;
      }
      session.adopt(socket, raw);
    };
    socket.on('message', first);
  }
}

/**
 * One shard's bot session over the WebSocket gateway. Every dispatch is kept so a RESUME can replay what the client
 * missed, as Discord does; a new IDENTIFY starts a fresh session and the old one's undelivered events are lost.
 * Emits `identified`, `resumed` (with the replayed count) and `disconnected`.
 */
export class GatewaySession extends EventEmitter {
  private socket: WebSocket | undefined;
  private live = false;
  private sessionId = '';
  private seq = 0;
  private history: SentDispatch[] = [];
  private invalidateNextResume = false;

  constructor(
    private readonly options: GatewayOptions,
    private readonly shard: number,
  ) {
    super();
  }

  /** Whether `sessionId` is this shard's current session. */
  owns(sessionId: string): boolean {
    return sessionId === this.sessionId;
  }

  /** Queues a dispatch; the promise resolves with the delivery time once a live session received it. */
  dispatch(t: string, d: unknown): Promise<number> {
    return new Promise((delivered, lost) => {
      const entry = { s: ++this.seq, t, d, delivered, lost };
      this.history.push(entry);
      if (this.live) this.write(entry);
    });
  }

  /** Drops the connection (close code 4000, which discord.js resumes from); resolves once the client is back. */
  drop({ resumable = true } = {}): Promise<void> {
    if (!this.socket) return Promise.reject(new Error('no gateway client is connected'));
    this.invalidateNextResume = !resumable;
    const back = new Promise<void>((resolve) => {
      const done = () => {
        this.off('resumed', done).off('identified', done);
        resolve();
      };
      this.on('resumed', done).on('identified', done);
    });
    this.live = false;
    this.socket.close(GatewayCloseCodes.UnknownError, 'dropped by test');
    return back;
  }

  /** Takes over a connection that has had its HELLO, starting with its first (IDENTIFY or RESUME) message. */
  adopt(socket: WebSocket, first: RawData): void {
    this.socket?.terminate();
    this.socket = socket;
    this.live = false;
    socket.on('message', (raw) => this.receive(socket, raw));
    // A client dropping mid-frame raises ECONNRESET here; the close handler below is what matters.
    socket.on('error', () => {});
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.live = false;
      this.emit('disconnected');
    });
    this.receive(socket, first);
  }

  private receive(socket: WebSocket, raw: RawData): void {
    if (socket !== this.socket) return;
    const { op, d } = JSON.parse(raw.toString()) as { op: number; d: Json };
    if (op === GatewayOpcodes.Heartbeat) this.send({ op: GatewayOpcodes.HeartbeatAck });
    else if (op === GatewayOpcodes.Identify) this.identify();
    else if (op === GatewayOpcodes.Resume) this.resume(d);
  }

  private identify(): void {
    for (const entry of this.history)
      entry.lost(new Error(`dispatch ${entry.t} was lost: the client re-identified`));
    this.history = [];
    this.seq = 0;
    this.sessionId = snowflake();
    this.live = true;
    const ready = {
      ...this.options.ready(this.shard),
      session_id: this.sessionId,
      resume_gateway_url: this.options.url,
    };
    void this.dispatch('READY', ready);
    for (const guild of this.options.guildCreates(this.shard)) void this.dispatch('GUILD_CREATE', guild);
    this.emit('identified');
  }

  private resume(d: Json): void {
    if (this.invalidateNextResume || d.session_id !== this.sessionId) {
      this.invalidateNextResume = false;
      this.send({ op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    const missed = this.history.filter((entry) => entry.s > Number(d.seq));
    for (const entry of missed) this.write(entry);
    // RESUMED is not kept in history: replaying it on a later resume would confuse the client's state.
    this.send({ op: GatewayOpcodes.Dispatch, t: 'RESUMED', s: ++this.seq, d: {} });
    this.live = true;
    this.emit('resumed', missed.length);
  }

  private write(entry: SentDispatch): void {
    this.send({ op: GatewayOpcodes.Dispatch, t: entry.t, s: entry.s, d: entry.d });
    entry.delivered(Date.now());
  }

  private send(payload: Json): void {
    this.socket?.send(JSON.stringify(payload));
  }
}
