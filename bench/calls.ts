/**
 * Call-to-display latency with 200 connected displays (and 10 manager dashboards connected beside them,
 * which also receive every call and visit change; counter screens learn of their own calls through
 * `visit`, so they do not receive calls):
 * from a counter sending a call to each client receiving the `call` event, per delivery and
 * until the last client. In the same run, a bare socket.io server broadcasting the same payload
 * to 200 clients on request gives the floor to compare against. Run: npx tsx bench/calls.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io as connectClient, type Socket } from 'socket.io-client';
import { api, emitAck, login } from '../tests/support/hub.js';
import { spawnReady } from './support/spawn-ready.js';
import { line, ms, summarise } from './stats.js';

const CLIENTS = 200;
const MANAGERS = 10;
const ROUNDS = Number(process.env.ROUNDS ?? 100);

/** Sends one request, resolves with every client's delay from the send and the delay to the last. */
async function round(clients: Socket[], send: () => void): Promise<{ each: number[]; last: number }> {
  const t0 = performance.now();
  const each: number[] = [];
  await new Promise<void>((resolve) => {
    for (const c of clients)
      c.once('call', () => {
        each.push(performance.now() - t0);
        if (each.length === clients.length) resolve();
      });
    send();
  });
  return { each, last: Math.max(...each) };
}

async function measure(clients: Socket[], send: () => void) {
  const each: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < 10; i++) await round(clients, send); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    const r = await round(clients, send);
    each.push(...r.each);
    last.push(r.last);
  }
  return { each: summarise(each), last: summarise(last) };
}

function open(url: string, namespace: string, auth: Record<string, string>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connectClient(`${url}${namespace}`, {
      auth,
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

/** The hub runs in its own process, as in a centre; the 200 clients share this one. */
async function hubRun() {
  const dataDir = mkdtempSync(join(tmpdir(), 'dawr-bench-calls-'));
  const hub = await spawnReady('main/hub/cli.ts', {
    DAWR_DATA_DIR: dataDir,
    DAWR_PORT: '0',
    DAWR_SEED_DEMO: '1',
    DAWR_LOG_LEVEL: 'error',
    // One desk calls back to back as fast as the displays answer: the per-socket limit is off.
    DAWR_SOCKET_EVENTS_PER_SECOND: '0',
  });
  const keys = JSON.parse(readFileSync(join(dataDir, 'demo-devices.json'), 'utf8')) as {
    role: string;
    key: string;
  }[];
  const displayKey = keys.find((k) => k.role === 'display')!.key;
  const kioskKey = keys.find((k) => k.role === 'kiosk')!.key;
  const token = await login(hub.url, 'agent1', '111111');
  const managerToken = await login(hub.url, 'manager', '246810');
  const clients: Socket[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await open(hub.url, '/display', { deviceKey: displayKey }));
  const dashboards: Socket[] = [];
  for (let i = 0; i < MANAGERS; i++)
    dashboards.push(await open(hub.url, '/manager', { token: managerToken }));
  const desk = await open(hub.url, '/counter', { token });
  await api(hub.url, 'POST', '/visits', `Device ${kioskKey}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'bench-calls-1',
  });
  await emitAck(desk, 'openCounter', { counterId: 'c1' });
  const called = await emitAck<{ id: string }>(desk, 'callNext', { counterId: 'c1' });
  if (!called.ok) throw new Error('call failed');
  const visitId = called.data.id;
  // Each recall is a call the display announces; it keeps one visit at the counter for the whole run.
  const result = await measure(
    clients,
    () => void emitAck(desk, 'recall', { counterId: 'c1', visitId }).catch(() => undefined),
  );
  await new Promise((r) => setTimeout(r, 50)); // let the last acknowledgement arrive
  for (const c of [...clients, ...dashboards, desk]) c.close();
  await hub.stop();
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}

/** The same shape of run against a bare socket.io server in its own process. */
async function bareRun() {
  const bare = await spawnReady('bench/support/bare-broadcast-server.ts');
  const payload = {
    visitId: '01a20836-adf7-7361-84a3-d2412c0c584a',
    ticket: 'A001',
    prefix: 'A',
    number: 1,
    counterId: 'c1',
    counterLabel: '1',
    queueId: 'q-identity',
    recall: true,
    at: Date.now(),
  };
  const clients: Socket[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await open(bare.url, '', {}));
  const sender = await open(bare.url, '', {});
  const result = await measure(clients, () => void sender.emitWithAck('go', payload).catch(() => undefined));
  for (const c of [...clients, sender]) c.close();
  await bare.stop();
  return result;
}

const hubResult = await hubRun();
const bare = await bareRun();
console.log(
  `Call → display with ${CLIENTS} clients (displays; ${MANAGERS} manager dashboards also connected), ${ROUNDS} calls:`,
);
line('hub: each delivery p50 / p99', `${ms(hubResult.each.p50)} / ${ms(hubResult.each.p99)}`);
line(
  'hub: until the last client p50 / p99',
  `${ms(hubResult.last.p50)} / ${ms(hubResult.last.p99)}`,
  '< 50 ms',
  hubResult.last.p99 < 50,
);
line('bare socket.io: each delivery p50 / p99', `${ms(bare.each.p50)} / ${ms(bare.each.p99)}`);
line('bare socket.io: until the last client p50 / p99', `${ms(bare.last.p50)} / ${ms(bare.last.p99)}`);
const ratio = hubResult.last.p99 / bare.last.p99;
line('ratio hub / bare (p99 until the last)', ratio.toFixed(2), '≤ 1.5', ratio <= 1.5);
process.exit(0);
