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
  /** READY's `d` without the session fields, built per identify. */
  ready: () => Json;
  /** GUILD_CREATE payloads sent right after READY. */
  guildCreates: () => Json[];
}

/**
 * One bot session over the WebSocket gateway. Every dispatch is kept so a RESUME can replay what the client
 * missed, as Discord does; a new IDENTIFY starts a fresh session and the old one's undelivered events are lost.
 * Emits `identified`, `resumed` (with the replayed count) and `disconnected`.
 */
export class GatewaySession extends EventEmitter {
  private readonly server: WebSocketServer;
  private socket: WebSocket | undefined;
  private live = false;
  private sessionId = '';
  private seq = 0;
  private history: SentDispatch[] = [];
  private invalidateNextResume = false;

  constructor(
    http: Server,
    private readonly options: GatewayOptions,
  ) {
    super();
    this.server = new WebSocketServer({ server: http });
    this.server.on('connection', (socket) => this.accept(socket));
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

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
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
    this.send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
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
      ...this.options.ready(),
      session_id: this.sessionId,
      resume_gateway_url: this.options.url,
    };
    void this.dispatch('READY', ready);
    for (const guild of this.options.guildCreates()) void this.dispatch('GUILD_CREATE', guild);
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
