/**
 * Real-process fixtures for the sync tests: central and hubs as child processes (node --import tsx),
 * traffic through the hub's HTTP API, and direct reads of central's database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import pg from 'pg';
import { hashToken } from '../../main/central/sources.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { api, login, openAllDay } from '../support/hub.js';

export const IDENTITY_KEY = 'sync-test-identity-key-0123456789abcdef';

export interface CentralDb {
  url: string;
  schema?: string;
}

export interface SourceCredential {
  id: string;
  kind: 'hub' | 'call_centre';
  eventSource: string;
  token: string;
}

export function credential(id: string, kind: 'hub' | 'call_centre', eventSource: string): SourceCredential {
  return { id, kind, eventSource, token: randomBytes(24).toString('base64url') };
}

export interface Proc {
  proc: ChildProcess;
  port: number;
  url: string;
  kill(): Promise<void>;
}

function waitFor(
  proc: ChildProcess,
  name: string,
  match: (line: string) => number | undefined,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    let done = false;
    lines.on('line', (line) => {
      if (done) return;
      const port = match(line);
      if (port !== undefined) {
        done = true;
        resolve(port);
      }
    });
    proc.once('exit', (code) => {
      if (!done) reject(new Error(`${name} exited early with ${code}`));
    });
  });
}

function procOf(proc: ChildProcess, port: number): Proc {
  return {
    proc,
    port,
    url: `http://127.0.0.1:${port}`,
    kill: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((res) => proc.once('exit', res));
      proc.kill('SIGKILL');
      await exited;
    },
  };
}

export async function startCentralProcess(db: CentralDb, sources: SourceCredential[]): Promise<Proc> {
  const databaseUrl = db.schema ? `${db.url}${db.url.includes('?') ? '&' : '?'}schema=${db.schema}` : db.url;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'main/central/cli.ts'], {
    env: {
      ...process.env,
      DAWR_CENTRAL_DATABASE_URL: databaseUrl,
      DAWR_CENTRAL_PORT: '0',
      DAWR_CENTRAL_LOG_LEVEL: 'info',
      DAWR_CENTRAL_SOURCES: JSON.stringify(
        sources.map((s) => ({
          id: s.id,
          kind: s.kind,
          tokenSha256: hashToken(s.token),
          eventSources: [s.eventSource],
          canRead: true,
        })),
      ),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await waitFor(proc, 'central', (line) => {
    const m = /"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(line);
    return m ? Number(m[1]) : undefined;
  });
  proc.stdout!.resume();
  return procOf(proc, port);
}

export async function startHubProcess(
  dataDir: string,
  env: { centralUrl: string; token: string; centreId: string; extra?: Record<string, string> },
): Promise<Proc> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'main/hub/cli.ts'], {
    env: {
      ...process.env,
      DAWR_DATA_DIR: dataDir,
      DAWR_PORT: '0',
      DAWR_SEED_DEMO: '1',
      DAWR_LOG_LEVEL: 'error',
      DAWR_IDENTITY_KEY: IDENTITY_KEY,
      DAWR_CENTRAL_URL: env.centralUrl,
      DAWR_CENTRAL_TOKEN: env.token,
      DAWR_CENTRE_ID: env.centreId,
      DAWR_SYNC_BATCH: '25',
      DAWR_SYNC_IN_FLIGHT: '3',
      DAWR_SYNC_BACKOFF_BASE_MS: '20',
      DAWR_SYNC_BACKOFF_CAP_MS: '250',
      DAWR_SYNC_IDLE_MS: '50',
      DAWR_SYNC_TIMEOUT_MS: '1500',
      DAWR_HISTORY_TIMEOUT_MS: '1000',
      DAWR_HISTORY_CACHE_MS: '0',
      ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await waitFor(proc, 'hub', (line) => {
    try {
      const msg = JSON.parse(line) as { event?: string; port?: number };
      return msg.event === 'ready' ? msg.port : undefined;
    } catch {
      return undefined;
    }
  });
  return procOf(proc, port);
}

/** A valid Emirates ID number (Luhn check digit) from a serial number. */
export function emiratesId(serial: number): string {
  const body = `7841990${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export interface HubTraffic {
  kioskKey: string;
  agentToken: string;
  managerToken: string;
}

export async function trafficCredentials(hub: Proc, dataDir: string): Promise<HubTraffic> {
  const devices = JSON.parse(readFileSync(join(dataDir, 'demo-devices.json'), 'utf8')) as {
    role: string;
    key: string;
  }[];
  const agentToken = await login(hub.url, 'agent1', '111111');
  const opened = await api(hub.url, 'POST', '/counters/c4/open', `Bearer ${agentToken}`, {});
  if (opened.status !== 200 && opened.body.code !== 'counter_busy')
    throw new Error(`could not open counter c4: ${JSON.stringify(opened.body)}`);
  const managerToken = await login(hub.url, 'manager', '246810');
  // The kiosk refuses walk-ins outside the demo centre's hours; these tests run at any hour.
  const current = await api(hub.url, 'POST', '/manager/catalogue', `Bearer ${managerToken}`, {});
  const open = await api(hub.url, 'POST', '/manager/updateCatalogue', `Bearer ${managerToken}`, {
    catalogue: openAllDay(current.body as unknown as Catalogue),
  });
  if (open.status !== 200) throw new Error(`could not open the centre all day: ${JSON.stringify(open.body)}`);
  return { kioskKey: devices.find((d) => d.role === 'kiosk')!.key, agentToken, managerToken };
}

type Identity = { kind: 'emiratesId' | 'mobile'; value: string } | null;

/** Issues one ticket at the kiosk and calls it to counter c4, where the citizen is now at the desk; returns its id. */
export async function issueAndCall(hub: Proc, creds: HubTraffic, idempotencyKey: string, identity: Identity) {
  const issued = await api(hub.url, 'POST', '/visits', `Device ${creds.kioskKey}`, {
    serviceId: 'licence-renew',
    idempotencyKey,
    identity,
  });
  if (issued.status !== 200) throw new Error(`issue failed: ${JSON.stringify(issued.body)}`);
  const visitId = (issued.body.visit as { id: string }).id;
  const called = await api(hub.url, 'POST', `/counters/c4/call/${visitId}`, `Bearer ${creds.agentToken}`, {});
  if (called.status !== 200) throw new Error(`call failed: ${JSON.stringify(called.body)}`);
  return visitId;
}

/** Serves a visit called to counter c4 (serving_started, completed), which frees the counter. */
export async function serveCalled(hub: Proc, creds: HubTraffic, visitId: string): Promise<void> {
  const agent = `Bearer ${creds.agentToken}`;
  await api(hub.url, 'POST', `/counters/c4/start/${visitId}`, agent, {});
  const done = await api(hub.url, 'POST', `/counters/c4/complete/${visitId}`, agent, {
    services: [{ serviceId: 'licence-renew', outcome: 'done' }],
  });
  if (done.status !== 200) throw new Error(`complete failed: ${JSON.stringify(done.body)}`);
}

/**
 * Issues `count` tickets (most with an Emirates ID, some with a mobile, some anonymous) and serves
 * them at counter c4: issued, called, serving_started, completed. Returns the visit ids.
 */
export async function serveVisits(
  hub: Proc,
  creds: HubTraffic,
  count: number,
  tag: string,
  identityOf: (i: number) => Identity,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const visitId = await issueAndCall(hub, creds, `sync-${tag}-${i}`, identityOf(i));
    ids.push(visitId);
    await serveCalled(hub, creds, visitId);
  }
  return ids;
}

export interface SyncHealthBody {
  backlog: number;
  deadLetterCount: number;
  totals: { accepted: number; duplicate: number; rejected: number; skipped: number };
  lastError: string | null;
}

export async function health(hub: Proc, managerToken: string): Promise<SyncHealthBody> {
  const r = await api(hub.url, 'GET', '/sync/health', `Bearer ${managerToken}`);
  if (r.status !== 200) throw new Error(`health ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as unknown as SyncHealthBody;
}

export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface CentralEventRow {
  source: string;
  id: string;
  type: string;
  seq: number;
  subject: string;
  /** Arrival order (SQLite rowid); null on PostgreSQL. */
  arrival: number | null;
}

/** Every event central stored, read straight from its database. */
export async function centralEvents(db: CentralDb): Promise<CentralEventRow[]> {
  if (db.url.startsWith('sqlite:')) {
    const file = db.url.slice('sqlite:'.length);
    const conn = new Database(file, { readonly: true });
    try {
      return conn
        .prepare('SELECT source, id, type, seq, subject, rowid AS arrival FROM events ORDER BY rowid')
        .all() as CentralEventRow[];
    } finally {
      conn.close();
    }
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const r = await client.query<CentralEventRow>(
      `SELECT source, id, type, seq, subject, NULL AS arrival FROM ${db.schema}.events`,
    );
    return r.rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  } finally {
    await client.end();
  }
}

/** The hub's events that should reach central (mapped types), from its own database. */
export function hubEvents(dataDir: string): { id: string; type: string; seq: number; visitId: string }[] {
  const conn = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    return conn
      .prepare(
        `SELECT id, type, seq, visit_id AS visitId FROM visit_events
         WHERE type IN ('visit.issued','visit.called','visit.recalled','visit.serving_started','visit.no_show',
                        'visit.transferred','visit.completed','visit.cancelled','visit.removed')
         ORDER BY seq`,
      )
      .all() as { id: string; type: string; seq: number; visitId: string }[];
  } finally {
    conn.close();
  }
}
