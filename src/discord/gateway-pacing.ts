import { WebSocket } from 'ws';

type SetSocket = (this: WebSocket, socket: unknown, head: unknown, options: Record<string, unknown>) => void;

/**
 * Reads the gateway one message per event-loop turn. By default `ws` emits every message of a
 * received chunk at once, so a burst of thousands of interactions is read in one stall of seconds
 * during which no defer, reply or timer can run. Its `allowSynchronousEvents: false` paces the
 * messages (with backpressure on the socket), but discord.js builds its sockets without a way to
 * pass options, so the option is set where `ws` hands it to every socket's receiver.
 */
export function paceGatewayReading(): void {
  const prototype = WebSocket.prototype as unknown as { setSocket?: SetSocket; paced?: boolean };
  const setSocket = prototype.setSocket;
  if (prototype.paced || typeof setSocket !== 'function') return;
  prototype.setSocket = function paced(socket, head, options) {
    setSocket.call(this, socket, head, { ...options, allowSynchronousEvents: false });
  };
  prototype.paced = true;
}
