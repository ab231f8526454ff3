/** Helpers for the attack tests: requests from another loopback address, a clock tests move, session-end waits. */
import { request } from 'node:http';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { TestHub } from '../support/hub.js';
import type { SessionEnded } from '../../shared/contract/auth.js';

/** A JSON POST from a chosen local address (127.0.0.2 reaches a server on 127.0.0.1: another client). */
export function postFrom(
  url: string,
  path: string,
  body: unknown,
  localAddress = '127.0.0.1',
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}> {
  const target = new URL(`/api/v1${path}`, url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.now()) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** Resolves with the hub's `session_ended` message and the disconnect reason that followed it. */
export function sessionEnd(socket: Socket): Promise<{ ended: SessionEnded; disconnect: string }> {
  return new Promise((resolve) => {
    let ended: SessionEnded | undefined;
    socket.once('session_ended', (m: SessionEnded) => (ended = m));
    socket.once('disconnect', (reason) => resolve({ ended: ended!, disconnect: reason }));
  });
}

/** How socket.io-client reports a refused connection: the hub's code is the message. */
export type SocketRefusal = Error & { data?: { code: string; message: string } };

/** A `/public` socket from a chosen local address (127.0.0.2 reaches a server on 127.0.0.1: another client). */
export function publicSocketFrom(url: string, localAddress = '127.0.0.1'): Promise<Socket> {
  // engine.io-client hands `localAddress` to its WebSocket in Node, though its types leave it out.
  const options: Partial<ManagerOptions & SocketOptions> & { localAddress: string } = {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    localAddress,
  };
  const socket = io(`${url}/public`, options);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e: SocketRefusal) => {
      socket.close();
      reject(e);
    });
  });
}

/** Resolves once the hub has seen this client `/public` socket go (so its place is free). */
export function hubSeesDisconnect(hub: TestHub, client: Socket): Promise<unknown> {
  const serverSide = hub.server.io.of('/public').sockets.get(client.id ?? '');
  if (!serverSide) throw new Error('the hub has no such public socket');
  return new Promise((resolve) => serverSide.once('disconnect', resolve));
}
