/**
 * A hub stops within a bounded time whatever its clients and modules do, and loses nothing it
 * acknowledged: the ticket issued before the stop, and its outbox row for central, are in the data
 * folder when it is opened again, and the database was closed (its WAL checkpointed away).
 *
 * Before: a WebSocket client that never answered the close (a kiosk whose network dropped) held the
 * stop for 30 s (ws's close timeout; the HTTP server waits for that connection), and a module whose
 * stop never settled (an SMSC that never closes its side, a backup stuck on a disk) held it forever.
 * The bounds are shortened here so the tests are quick; each test's own timeout is far below what
 * the unbounded waits took.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startHub, type StartedHub, type StartHubOptions } from '../../main/hub/start.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { DEMO_CATALOGUE, DEMO_STAFF } from '../../main/demo/catalogue.js';
import { HUB_MODULES, type HubModule } from '../../main/hub/modules.js';
import { syncModule } from '../../main/hub/features/sync/module.js';
import { syncConfigFromEnv } from '../../main/hub/features/sync/config.js';
import { api, KIOSK_KEY, openAllDay, TEST_DEVICES } from '../support/hub.js';

const SHORT = { modulesMs: 300, connectionsMs: 200 };
const dirs: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0)) await c();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function hubIn(dir: string, extra: Partial<StartHubOptions> = {}): Promise<StartedHub> {
  return startHub({
    dataDir: dir,
    identityKey: 'test-identity-key-0123456789-abcdef',
    closeTimeouts: SHORT,
    prepare: (db) =>
      seedIfEmpty(
        db,
        { catalogue: openAllDay(DEMO_CATALOGUE), staff: DEMO_STAFF, devices: TEST_DEVICES },
        Date.now(),
      ),
    ...extra,
  });
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dawr-stop-'));
  dirs.push(dir);
  return dir;
}

async function issueTicket(hub: StartedHub): Promise<string> {
  const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'licence-renew',
    idempotencyKey: `stop-${Math.random()}`,
  });
  expect(issued.status).toBe(200);
  return (issued.body.visit as { id: string }).id;
}

/** What the data folder holds for a visit once the hub is gone: its row and its unsent outbox rows. */
function persisted(dir: string, visitId: string) {
  const walLeft = existsSync(join(dir, 'hub.sqlite-wal'));
  const db = new Database(join(dir, 'hub.sqlite'), { readonly: true });
  try {
    const visit = db.prepare('SELECT id FROM visits WHERE id = ?').get(visitId);
    const { n } = db.prepare('SELECT count(*) AS n FROM outbox WHERE visit_id = ?').get(visitId) as {
      n: number;
    };
    return { visitFound: visit !== undefined, outboxRows: n, walLeft };
  } finally {
    db.close();
  }
}

/** A WebSocket upgraded by hand that reads what the hub sends and never answers its close frame. */
async function silentWebSocket(port: number): Promise<{ socket: Socket; closed: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  const closed = new Promise<void>((r) => socket.once('close', () => r()));
  await new Promise<void>((r) => socket.once('connect', () => r()));
  socket.write(
    'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n' +
      'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  const upgraded = await new Promise<string>((r) => socket.once('data', (b: Buffer) => r(b.toString())));
  expect(upgraded).toContain('101 Switching Protocols');
  socket.on('data', () => undefined);
  cleanups.push(() => void socket.destroy());
  return { socket, closed };
}

it(
  'stops although a WebSocket client never answers the close, cutting its connection',
  { timeout: 10_000 },
  async () => {
    const dir = freshDir();
    const hub = await hubIn(dir);
    const visitId = await issueTicket(hub);
    const client = await silentWebSocket(hub.port);
    await hub.stop();
    // The client never closes by itself: its connection ends because the hub cut it.
    await client.closed;
    expect(client.socket.destroyed).toBe(true);
    expect(persisted(dir, visitId)).toEqual({ visitFound: true, outboxRows: 1, walLeft: false });
  },
);

it(
  'stops although a module’s stop never settles, naming it; the other modules still stop',
  { timeout: 10_000 },
  async () => {
    const dir = freshDir();
    let laterStopped = false;
    const stuck: HubModule = { name: 'stuck-stop', start: () => () => new Promise<void>(() => undefined) };
    const later: HubModule = {
      name: 'later',
      start: () => () => {
        laterStopped = true;
      },
    };
    const hub = await hubIn(dir, { modules: [stuck, ...HUB_MODULES, later] });
    const visitId = await issueTicket(hub);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await hub.stop();
    expect(laterStopped).toBe(true);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      'hub module stuck-stop did not stop within 300 ms; the hub stops without it',
    ]);
    expect(persisted(dir, visitId)).toEqual({ visitFound: true, outboxRows: 1, walLeft: false });
  },
);

it(
  'a module’s stop that fails after its time ran out is logged, not an unhandled rejection',
  { timeout: 10_000 },
  async () => {
    let fail: (e: Error) => void = () => undefined;
    const late: HubModule = {
      name: 'late-failure',
      start: () => () =>
        new Promise<void>((_, reject) => {
          fail = reject;
        }),
    };
    const hub = await hubIn(freshDir(), { modules: [late] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await hub.stop();
    const logged = new Promise<void>((r) =>
      errors.mockImplementation((first: unknown) => {
        if (first === 'a hub module failed to stop') r();
      }),
    );
    fail(new Error('the gateway closed badly'));
    await logged;
    const failure = errors.mock.calls.find((c) => c[0] === 'a hub module failed to stop');
    expect(failure?.slice(1)).toEqual([{ module: 'late-failure' }, new Error('the gateway closed badly')]);
  },
);

it(
  'stops while a batch is in flight to a central that never answers; the outbox row stays for the next start',
  { timeout: 10_000 },
  async () => {
    // Accepts the connection and reads the request, never answers (a hung central or proxy).
    const received = new Set<Socket>();
    let requestArrived: () => void = () => undefined;
    const arrived = new Promise<void>((r) => (requestArrived = r));
    const central: Server = createServer((s) => {
      received.add(s);
      s.on('data', () => requestArrived());
    });
    await new Promise<void>((r) => central.listen(0, '127.0.0.1', () => r()));
    cleanups.push(async () => {
      for (const s of received) s.destroy();
      await new Promise<void>((r) => central.close(() => r()));
    });
    const address = central.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const config = syncConfigFromEnv({
      DAWR_CENTRAL_URL: `http://127.0.0.1:${port}`,
      DAWR_CENTRAL_TOKEN: 'test-central-token-0123456789',
      // Longer than the test: only the stop can end the request.
      DAWR_SYNC_TIMEOUT_MS: '300000',
    });
    const dir = freshDir();
    const modules = HUB_MODULES.map((m) => (m.name === 'sync' ? syncModule({ config }) : m));
    const hub = await hubIn(dir, { modules });
    const visitId = await issueTicket(hub);
    await arrived;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await hub.stop();
    // The worker abandoned its request at once: no module ran out of time.
    expect(errors.mock.calls.filter((c) => String(c[0]).includes('did not stop'))).toEqual([]);
    expect(persisted(dir, visitId)).toEqual({ visitFound: true, outboxRows: 1, walLeft: false });
  },
);
