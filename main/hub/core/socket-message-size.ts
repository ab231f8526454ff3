/**
 * The same size limit on socket events as on HTTP bodies, answered the same way. socket.io cannot
 * answer a message larger than its transport limit (`maxHttpBufferSize`): it closes the connection
 * ("transport close") before the message is decoded, so there is no acknowledgement to send. The
 * transport limit is therefore set well above any real message (SOCKET_TRANSPORT_LIMIT, socket.io's
 * own default), and each event is measured here against the HTTP body limit: one over it is refused
 * with `payload_too_large`, as HTTP answers 413, and runs nothing. Only a message above the
 * transport limit still just drops the connection.
 */
import type { Socket } from 'socket.io';

/** What socket.io's transport accepts in one message (its default): far above any real event. */
export const SOCKET_TRANSPORT_LIMIT = 1_000_000;

/** Refuses each event of `socket` whose arguments, as JSON, are longer than `limit` bytes. */
export function refuseOversizedEvents(socket: Socket, limit: number): void {
  socket.use((packet, next) => {
    const ack: unknown = packet.at(-1);
    const args = typeof ack === 'function' ? packet.slice(1, -1) : packet.slice(1);
    if (Buffer.byteLength(JSON.stringify(args) ?? '') <= limit) return next();
    if (typeof ack === 'function')
      (ack as (r: unknown) => void)({
        ok: false,
        error: { code: 'payload_too_large', message: `socket messages are limited to ${limit} bytes` },
      });
  });
}
