// Standalone configuration and the served OpenAPI document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadCentralConfig } from '../../main/central/config.js';
import { hashToken } from '../../main/central/sources.js';
import { startCentral } from '../../main/central/start.js';

const source = {
  id: 'hub-a',
  kind: 'hub',
  tokenSha256: hashToken('t'.repeat(32)),
  eventSources: ['urn:dawr:hub:a'],
};

describe('central configuration', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads sources from the environment and defaults the rest', () => {
    const config = loadCentralConfig({ DAWR_CENTRAL_SOURCES: JSON.stringify([source]) });
    expect(config).toMatchObject({
      databaseUrl: 'sqlite:data/central.db',
      port: 8090,
      maxBatchEvents: 1000,
      profileReadsPerMinute: 120,
    });
    expect(
      loadCentralConfig({
        DAWR_CENTRAL_SOURCES: JSON.stringify([{ ...source, readsPerMinute: 600 }]),
        DAWR_CENTRAL_READS_PER_MINUTE: '0',
      }),
    ).toMatchObject({ profileReadsPerMinute: 0, sources: [{ readsPerMinute: 600 }] });
    expect(config.sources[0]).toMatchObject({ id: 'hub-a', canRead: true });
    expect(
      loadCentralConfig({
        DAWR_CENTRAL_SOURCES: JSON.stringify([source]),
        DATABASE_URL: 'postgres://x@127.0.0.1/db',
      }).databaseUrl,
    ).toBe('postgres://x@127.0.0.1/db');
  });

  it('names the variable at fault when configuration is bad', () => {
    expect(() => loadCentralConfig({})).toThrow(ConfigError);
    expect(() => loadCentralConfig({ DAWR_CENTRAL_SOURCES: '[' })).toThrow(
      /DAWR_CENTRAL_SOURCES: not valid JSON/,
    );
    expect(() =>
      loadCentralConfig({
        DAWR_CENTRAL_SOURCES: JSON.stringify([{ ...source, tokenSha256: 'plain-token' }]),
      }),
    ).toThrow(/0\.tokenSha256: SHA-256/);
    expect(() => loadCentralConfig({ DAWR_CENTRAL_SOURCES: JSON.stringify([source, source]) })).toThrow(
      /unique/,
    );
    expect(() =>
      loadCentralConfig({ DAWR_CENTRAL_SOURCES: JSON.stringify([source]), DAWR_CENTRAL_PORT: 'eighty' }),
    ).toThrow(/DAWR_CENTRAL_PORT/);
    expect(() =>
      loadCentralConfig({
        DAWR_CENTRAL_SOURCES: JSON.stringify([source]),
        DAWR_CENTRAL_READS_PER_MINUTE: '-1',
      }),
    ).toThrow(/DAWR_CENTRAL_READS_PER_MINUTE/);
    expect(() => loadCentralConfig({ DAWR_CENTRAL_SOURCES_FILE: '/nonexistent/sources.json' })).toThrow(
      /cannot read/,
    );
  });

  it('starts on 127.0.0.1 and serves an OpenAPI document covering every route', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-central-cfg-'));
    dirs.push(dir);
    const central = await startCentral({
      ...loadCentralConfig({
        DAWR_CENTRAL_SOURCES: JSON.stringify([source]),
        DAWR_CENTRAL_DATABASE_URL: `sqlite:${join(dir, 'c.db')}`,
        DAWR_CENTRAL_PORT: '0',
      }),
      logLevel: 'silent',
    });
    try {
      expect(new URL(central.url).hostname).toBe('127.0.0.1');
      const res = await fetch(`${central.url}/api/v1/openapi.json`);
      expect(res.status).toBe(200);
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(
        [
          '/api/v1/events:batch',
          '/api/v1/customers:lookup',
          '/api/v1/customers/{customerKey}/timeline',
          '/api/v1/customers/{customerKey}/consents',
          '/api/v1/customers/{customerKey}/access-log',
          '/api/v1/requests/{number}',
          '/api/v1/openapi.json',
          '/healthz',
        ].sort(),
      );
      expect(doc.components.schemas['data.ae.gov.dawr.visit.issued']).toMatchObject({
        type: 'object',
        required: expect.arrayContaining(['visitId', 'occurredAt']),
      });
      // Every documented path answers (with 401 for want of a credential, never 404).
      for (const path of Object.keys(doc.paths)) {
        const concrete = path.replace('{customerKey}', 'k').replace('{number}', 'n');
        const method = path.endsWith(':batch') || path.endsWith(':lookup') ? 'POST' : 'GET';
        const reply = await fetch(`${central.url}${concrete}`, { method });
        expect(reply.status, path).not.toBe(404);
      }
    } finally {
      await central.stop();
    }
  });
});
