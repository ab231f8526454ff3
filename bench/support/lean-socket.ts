/**
 * A minimal socket.io client for the load generator: the socket.io v5 / engine.io v4 protocol
 * over a plain WebSocket (the `ws` package), enough to connect to a namespace, emit events with
 * acknowledgements and answer pings.
 *
 * Why not socket.io-client: 70 simulated kiosks and counters share one process here, and
 * socket.io-client parses every broadcast (a 16 KB centre snapshot to each kiosk twice a second),
 * so the load generator's own parsing and garbage collection showed up as the hub's latency.
 * Real kiosks are separate machines. This client still receives every broadcast the hub sends
 * (the hub does the same work) but only parses the acknowledgements it waits for.
 */
import WebSocket from 'ws';

type Ack = (payload: unknown) => void;

// engine.io packet types (first character) and socket.io packet types (second character).
const ENGINE_PING = '2';
const ENGINE_MESSAGE = '4';
const SOCKET_CONNECT = '0';
const SOCKET_EVENT = '2';
const SOCKET_ACK = '3';
const SOCKET_CONNECT_ERROR = '4';

export class LeanSocket {
  private nextAckId = 0;
  private readonly acks = new Map<number, Ack>();

  private constructor(
    private readonly ws: WebSocket,
    private readonly namespace: string,
  ) {}

  /** Opens a WebSocket to the hub and joins `namespace` with the given auth payload. */
  static connect(url: string, namespace: string, auth: Record<string, string>): Promise<LeanSocket> {
    const wsUrl = `${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    const socket = new LeanSocket(ws, namespace);
    return new Promise((resolve, reject) => {
      ws.once('error', reject);
      ws.on('message', (data: Buffer) => {
        const head = data[0] === undefined ? '' : String.fromCharCode(data[0]);
        if (head === ENGINE_PING) return ws.send('3');
        if (head === '0')
          return ws.send(`${ENGINE_MESSAGE}${SOCKET_CONNECT}${namespace},${JSON.stringify(auth)}`);
        if (head !== ENGINE_MESSAGE) return;
        const kind = String.fromCharCode(data[1]!);
        if (kind === SOCKET_CONNECT) return resolve(socket);
        if (kind === SOCKET_CONNECT_ERROR) return reject(new Error(`refused: ${data.toString()}`));
        // Broadcast events are received but not parsed: a real kiosk would be another machine.
        if (kind === SOCKET_ACK) socket.onAck(data.toString());
      });
    });
  }

  /** Emits an event and resolves with the hub's acknowledgement. */
  emitWithAck(event: string, payload: unknown): Promise<unknown> {
    const id = this.nextAckId++;
    return new Promise((resolve) => {
      this.acks.set(id, resolve);
      this.ws.send(
        `${ENGINE_MESSAGE}${SOCKET_EVENT}${this.namespace},${id}${JSON.stringify([event, payload])}`,
      );
    });
  }

  close(): void {
    this.ws.close();
  }

  /** `43/kiosk,12[{…}]`: the namespace, the ack id, then the arguments as a JSON array. */
  private onAck(text: string): void {
    const afterNamespace = text.indexOf(',') + 1;
    const bracket = text.indexOf('[', afterNamespace);
    const id = Number(text.slice(afterNamespace, bracket));
    const ack = this.acks.get(id);
    if (!ack) return;
    this.acks.delete(id);
    ack((JSON.parse(text.slice(bracket)) as unknown[])[0]);
  }
}
