/** Test fixtures: a real hub on 127.0.0.1 with the demo centre, in a fresh temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startHub, type StartedHub } from '../../main/hub/start.js';
import { seedIfEmpty, type SeedDevice } from '../../main/hub/core/seed.js';
import { DEMO_CATALOGUE, DEMO_STAFF, openAroundTheClock } from '../../main/demo/catalogue.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { AckResult } from '../../shared/contract/socket.js';
import type { HubModule } from '../../main/hub/modules.js';
import type { Clock } from '../../main/hub/core/hub.js';
import type { SocketRateLimit } from '../../main/hub/core/socket-guard.js';
import type { Logger } from 'pino';

export const KIOSK_KEY = 'test-kiosk-key-0123456789';
export const DISPLAY_KEY = 'test-display-key-0123456789';
export const TEST_DEVICES: SeedDevice[] = [
  { id: 'kiosk-t', role: 'kiosk', name: 'Test kiosk', key: KIOSK_KEY },
  { id: 'display-t', role: 'display', name: 'Test display', key: DISPLAY_KEY },
];

/** Demo staff plus `n` extra agents agent-x1 … (PIN 123456) for many-counter tests. */
export function staffWithAgents(n: number) {
  const extra = Array.from({ length: n }, (_, i) => ({
    id: `s-x${i + 1}`,
    username: `agent-x${i + 1}`,
    displayName: `Agent ${i + 1}`,
    roles: ['agent' as const],
    pin: '123456',
  }));
  return [...DEMO_STAFF, ...extra];
}

/**
 * The catalogue open every day from midnight to midnight, walk-ins to the last minute. A hub on the
 * real clock refuses kiosk and phone tickets outside the opening hours (main/hub/core/issue-policy.ts),
 * so without this a suite would pass or fail by the time of day it runs. Tests about hours give
 * the hub a clock and keep the catalogue's own hours.
 */
export const openAllDay = openAroundTheClock;

export interface TestHub extends StartedHub {
  dir: string;
  cleanup(): Promise<void>;
}

export async function startTestHub(
  opts: {
    catalogue?: Catalogue;
    extraAgents?: number;
    modules?: HubModule[];
    clock?: Clock;
    /** Paired besides TEST_DEVICES, e.g. a second kiosk. */
    extraDevices?: SeedDevice[];
    /** Where the hub logs (none by default). */
    logger?: Logger;
    /** Load tests that send hundreds of events on one socket turn the per-socket limit off. */
    socketRateLimit?: SocketRateLimit;
  } = {},
): Promise<TestHub> {
  const dir = mkdtempSync(join(tmpdir(), 'dawr-hub-'));
  const started = await startHub({
    dataDir: dir,
    identityKey: 'test-identity-key-0123456789-abcdef',
    modules: opts.modules,
    clock: opts.clock,
    socketRateLimit: opts.socketRateLimit,
    logger: opts.logger,
    prepare: (db) =>
      seedIfEmpty(
        db,
        {
          catalogue: opts.clock
            ? (opts.catalogue ?? DEMO_CATALOGUE)
            : openAllDay(opts.catalogue ?? DEMO_CATALOGUE),
          staff: staffWithAgents(opts.extraAgents ?? 0),
          devices: [...TEST_DEVICES, ...(opts.extraDevices ?? [])],
        },
        Date.now(),
      ),
  });
  return {
    ...started,
    dir,
    async cleanup() {
      await started.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function login(url: string, username: string, pin: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, pin }),
  });
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * A socket on its way to connecting: listeners put on it now hear what the hub sends as part of the
 * connection (the catalogue or the settings a display gets unasked), which `connect` may miss.
 */
export function openSocket(url: string, namespace: string, auth: Record<string, string>): Socket {
  return io(`${url}${namespace}`, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
}

export function connect(url: string, namespace: string, auth: Record<string, string>): Promise<Socket> {
  const socket = openSocket(url, namespace, auth);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => reject(e));
  });
}

export function emitAck<T = unknown>(
  socket: Socket,
  event: string,
  input: unknown,
  timeoutMs = 10_000,
): Promise<AckResult<T>> {
  return socket.timeout(timeoutMs).emitWithAck(event, input) as Promise<AckResult<T>>;
}

export async function api(url: string, method: string, path: string, authorization?: string, body?: unknown) {
  const res = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(authorization ? { authorization } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Agent 1 opens counter c1, calls the next visit, serves it and completes it (`serviceId` done); returns its id. */
export async function serveNextAtCounter1(url: string, serviceId: string): Promise<string> {
  const agent = `Bearer ${await login(url, 'agent1', '111111')}`;
  await api(url, 'POST', '/counters/c1/open', agent);
  const called = await api(url, 'POST', '/counters/c1/call-next', agent);
  const visitId = String((called.body as { id: string }).id);
  await api(url, 'POST', `/counters/c1/start/${visitId}`, agent);
  await api(url, 'POST', `/counters/c1/complete/${visitId}`, agent, {
    services: [{ serviceId, outcome: 'done' }],
  });
  return visitId;
}
