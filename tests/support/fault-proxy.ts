/**
 * A small fault-injecting TCP proxy for tests: it forwards 127.0.0.1:<port> to a target port and
 * can delay every chunk, cut the link (refuse and close connections), reset open connections
 * with a TCP RST, or swallow traffic (a black hole, as a dead wide-area link looks).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'cut' | 'blackhole';

export interface FaultProxy {
  port: number;
  url: string;
  /** Point at another upstream port (central restarted on a new port). */
  setTarget(port: number): void;
  /** Delay each forwarded chunk by this many milliseconds (both directions); 0 for none. */
  setDelay(ms: number): void;
  setMode(mode: ProxyMode): void;
  /** Reset (RST) every open connection now. */
  resetAll(): void;
  /** Connections accepted so far. */
  readonly connections: number;
  /** The most HTTP requests in flight through the proxy at one time (sent, not yet answered). */
  readonly mostRequestsAtOnce: number;
  close(): Promise<void>;
}

export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  let target = targetPort;
  let delay = 0;
  let mode: ProxyMode = 'pass';
  let connections = 0;
  let requestsInFlight = 0;
  let mostRequestsAtOnce = 0;
  const open = new Set<Socket>();

  const pipe = (from: Socket, to: Socket) => {
    // Chunks keep their order even when the delay changes mid-stream: none is due before the previous one.
    let lastDue = 0;
    const later = (fn: () => void) => {
      const due = Math.max(Date.now() + delay, lastDue);
      lastDue = due;
      if (due <= Date.now()) fn();
      else setTimeout(fn, due - Date.now());
    };
    from.on('data', (chunk: Buffer) => {
      if (mode === 'blackhole') return;
      later(() => {
        if (!to.destroyed) to.write(chunk);
      });
    });
    from.on('end', () => later(() => to.end()));
    from.on('error', () => to.destroy());
    from.on('close', () => {
      open.delete(from);
      if (!to.destroyed) to.destroy();
    });
  };

  const server: Server = createServer((client) => {
    connections++;
    if (mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect({ host: '127.0.0.1', port: target });
    // Requests in flight on this connection: a request head starts a chunk from the client, a
    // status line starts a chunk from upstream (bodies here are JSON, which starts neither way).
    let outstanding = 0;
    client.on('data', (chunk: Buffer) => {
      if (!/^(GET|POST|PUT|PATCH|DELETE) /.test(chunk.subarray(0, 8).toString('latin1'))) return;
      outstanding++;
      requestsInFlight++;
      mostRequestsAtOnce = Math.max(mostRequestsAtOnce, requestsInFlight);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (outstanding > 0 && chunk.subarray(0, 7).toString('latin1') === 'HTTP/1.') {
        outstanding--;
        requestsInFlight--;
      }
    });
    const forget = () => {
      requestsInFlight -= outstanding;
      outstanding = 0;
    };
    client.once('end', forget);
    client.once('close', forget);
    open.add(client);
    open.add(upstream);
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const resetAll = () => {
    for (const s of open) s.resetAndDestroy();
    open.clear();
  };

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    setTarget: (p) => {
      target = p;
    },
    setDelay: (ms) => {
      delay = ms;
    },
    setMode: (m) => {
      mode = m;
      if (m === 'cut') resetAll();
    },
    resetAll,
    get connections() {
      return connections;
    },
    get mostRequestsAtOnce() {
      return mostRequestsAtOnce;
    },
    close: () =>
      new Promise<void>((resolve) => {
        resetAll();
        server.close(() => resolve());
      }),
  };
}
