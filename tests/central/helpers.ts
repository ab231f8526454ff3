// Shared set-up for central's tests: a store per engine, a server on 127.0.0.1:0 with one
// credential per source, event builders, and a small HTTP client.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { CLOUDEVENTS_BATCH_MEDIA_TYPE } from '../../shared/central/api.js';
import type { CentralEventType, CustomerRef } from '../../shared/central/events.js';
import { hashIdentifier } from '../../main/common/identity-hash.js';
import { createCentralServer } from '../../main/central/server.js';
import { hashToken, type SourceConfig, type SourceKind } from '../../main/central/sources.js';
import { openCentralStore } from '../../main/central/store/open.js';
import type { CentralStore } from '../../main/central/store/types.js';

export const HASH_KEY = 'test-only-key-0123456789abcdef0123456789abcdef';
export const eid = (value: string): string => hashIdentifier(HASH_KEY, 'eid', value);
export const mobile = (value: string): string => hashIdentifier(HASH_KEY, 'mobile', value);

export interface StoreVariant {
  name: 'sqlite' | 'postgres';
  /** URL (and schema for PostgreSQL) of a database nobody else uses. */
  freshDatabase(): { url: string; schema?: string };
  open(): Promise<CentralStore>;
  cleanup(): Promise<void>;
}

function sqliteVariant(): StoreVariant {
  const dirs: string[] = [];
  const fresh = (): { url: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-central-'));
    dirs.push(dir);
    return { url: `sqlite:${join(dir, 'central.db')}` };
  };
  return {
    name: 'sqlite',
    freshDatabase: fresh,
    open: () => openCentralStore(fresh().url),
    cleanup: async () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

function postgresVariant(url: string): StoreVariant {
  const schemas: string[] = [];
  const fresh = (): { url: string; schema: string } => {
    // One schema per store keeps tests independent without creating databases.
    const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
    schemas.push(schema);
    return { url, schema };
  };
  return {
    name: 'postgres',
    freshDatabase: fresh,
    open: () => {
      const db = fresh();
      return openCentralStore(db.url, { schema: db.schema });
    },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await client.end();
    },
  };
}

/** SQLite always; PostgreSQL when DAWR_TEST_PG_URL is set (scripts/postgres-for-tests.sh prints one). */
export function storeVariants(): StoreVariant[] {
  const url = process.env.DAWR_TEST_PG_URL;
  if (!url) {
    console.warn(
      'central: PostgreSQL variant skipped because DAWR_TEST_PG_URL is not set; run eval "$(bash scripts/postgres-for-tests.sh)" first',
    );
    return [sqliteVariant()];
  }
  return [sqliteVariant(), postgresVariant(url)];
}

export const SOURCES = {
  hubA: { id: 'hub-centre-a', kind: 'hub', eventSource: 'urn:dawr:hub:centre-a' },
  hubB: { id: 'hub-centre-b', kind: 'hub', eventSource: 'urn:dawr:hub:centre-b' },
  callCentre: { id: 'call-centre', kind: 'call_centre', eventSource: 'urn:dawr:call-centre' },
  website: { id: 'website', kind: 'website', eventSource: 'urn:dawr:website' },
  writeOnly: { id: 'write-only', kind: 'app', eventSource: 'urn:dawr:app', canRead: false },
} as const satisfies Record<string, { id: string; kind: SourceKind; eventSource: string; canRead?: boolean }>;
export type SourceName = keyof typeof SOURCES;

export interface TestCentral {
  url: string;
  tokens: Record<SourceName, string>;
  store: CentralStore;
  close(): Promise<void>;
}

export async function startTestCentral(
  store: CentralStore,
  options: {
    bodyLimitBytes?: number;
    maxBatchEvents?: number;
    clock?: () => Date;
    logger?: FastifyBaseLogger;
    profileReadsPerMinute?: number;
    /** A source's own reads a minute, over profileReadsPerMinute. */
    sourceReadsPerMinute?: Partial<Record<SourceName, number>>;
  } = {},
): Promise<TestCentral> {
  const { sourceReadsPerMinute, ...serverOptions } = options;
  const tokens = {} as Record<SourceName, string>;
  const sources: SourceConfig[] = (Object.keys(SOURCES) as SourceName[]).map((name) => {
    const s = SOURCES[name];
    tokens[name] = randomBytes(24).toString('base64url');
    return {
      id: s.id,
      kind: s.kind,
      tokenSha256: hashToken(tokens[name]),
      eventSources: [s.eventSource],
      canRead: !('canRead' in s) || s.canRead !== false,
      ...(sourceReadsPerMinute?.[name] !== undefined ? { readsPerMinute: sourceReadsPerMinute[name] } : {}),
    };
  });
  const app = createCentralServer({ store, sources, ...serverOptions });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, tokens, store, close: () => app.close() };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export async function call<T = unknown>(
  central: TestCentral,
  method: 'GET' | 'POST',
  path: string,
  options: {
    as?: SourceName | null;
    token?: string;
    body?: unknown;
    rawBody?: string;
    contentType?: string;
  } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  const token = options.token ?? (options.as === null ? undefined : central.tokens[options.as ?? 'hubA']);
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    body = options.rawBody ?? JSON.stringify(options.body);
  }
  const res = await fetch(`${central.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export interface BatchReply {
  accepted: number;
  duplicate: number;
  rejected: number;
  results: Array<{
    index: number;
    id: string | null;
    source: string | null;
    status: string;
    code?: string;
    message?: string;
  }>;
}

export function sendBatch(
  central: TestCentral,
  events: unknown[],
  as: SourceName = 'hubA',
): Promise<Reply<BatchReply>> {
  return call<BatchReply>(central, 'POST', '/api/v1/events:batch', {
    as,
    rawBody: JSON.stringify(events),
    contentType: CLOUDEVENTS_BATCH_MEDIA_TYPE,
  });
}

let seq = 0;

/** A CloudEvent from a named source. */
export function cloudEvent(
  from: SourceName,
  type: CentralEventType,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  seq += 1;
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: SOURCES[from].eventSource,
    type,
    time: new Date(Date.UTC(2026, 0, 1) + seq).toISOString(),
    datacontenttype: 'application/json',
    dawrseq: seq,
    data,
    ...extra,
  };
}

export type VisitStep = 'issued' | 'called' | 'serving_started' | 'completed' | 'no_show' | 'cancelled';

/** One visit event; `at` is minutes after 2026-01-01T08:00Z so tests read like a day's log. */
export function visitEvent(
  from: 'hubA' | 'hubB',
  step: VisitStep | 'transferred',
  visit: { visitId: string; at: number; customer?: CustomerRef; serviceId?: string; ticket?: string },
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return cloudEvent(from, `ae.gov.dawr.visit.${step}` as CentralEventType, {
    visitId: visit.visitId,
    centreId: from === 'hubA' ? 'centre-a' : 'centre-b',
    ticket: visit.ticket ?? 'A001',
    agencyId: 'rta',
    serviceId: visit.serviceId ?? 'licence-renewal',
    channel: 'kiosk',
    ...(visit.customer ? { customer: visit.customer } : {}),
    occurredAt: minutes(visit.at),
    ...extra,
  });
}

export function minutes(m: number): string {
  return new Date(Date.UTC(2026, 0, 1, 8, 0) + m * 60_000).toISOString();
}

/** Query string carrying the purpose and actor every read needs. */
export function readQuery(extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ purpose: 'serving the citizen at the counter', actor: 'staff-17' });
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  return params.toString();
}

export async function lookup(
  central: TestCentral,
  ref: CustomerRef,
  as: SourceName = 'hubA',
): Promise<Reply<{ customerKey?: string; code?: string }>> {
  return call(central, 'POST', '/api/v1/customers:lookup', {
    as,
    body: { ...ref, purpose: 'identify the citizen', actor: 'staff-17' },
  });
}
