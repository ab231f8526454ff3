/** Services defined once for every channel: central serves the very same form definitions as a hub. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createCentralServer } from '../../main/central/server.js';
import { openCentralStore } from '../../main/central/store/open.js';
import type { CentralStore } from '../../main/central/store/types.js';
import { loadForms } from '../../main/forms/load.js';
import { startTestHub, type TestHub } from '../support/hub.js';

describe('forms at central', () => {
  let hub: TestHub;
  let central: FastifyInstance;
  let store: CentralStore;
  let centralUrl: string;
  beforeAll(async () => {
    hub = await startTestHub();
    store = await openCentralStore('sqlite::memory:');
    central = createCentralServer({ store, sources: [], forms: loadForms(undefined, 'any') });
    centralUrl = await central.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await central?.close();
    await store?.close();
    await hub?.cleanup();
  });

  it('serves the same definition as the hub, without a credential', async () => {
    const [fromHub, fromCentral] = await Promise.all(
      [hub.url, centralUrl].map(async (u) => {
        const r = await fetch(`${u}/api/v1/services/residency-renew/form`);
        expect(r.status).toBe(200);
        return (await r.json()) as unknown;
      }),
    );
    expect(fromCentral).toEqual(fromHub);
    const all = (await (await fetch(`${centralUrl}/api/v1/forms`)).json()) as {
      forms: { serviceId: string }[];
    };
    expect(all.forms.map((f) => f.serviceId)).toContain('eid-renew');
  });

  it('validates the same way, and still guards everything else with credentials', async () => {
    const bad = await fetch(`${centralUrl}/api/v1/services/eid-renew/form/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(bad.status).toBe(200);
    expect(((await bad.json()) as { valid: boolean }).valid).toBe(false);
    expect((await fetch(`${centralUrl}/api/v1/services/no-such/form`)).status).toBe(404);
    expect((await fetch(`${centralUrl}/api/v1/requests/SR-1`)).status).toBe(401);
  });

  it('lists the form routes in its OpenAPI document, as the hub does', async () => {
    const docs = await Promise.all(
      [hub.url, centralUrl].map(
        async (u) =>
          (await (await fetch(`${u}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> },
      ),
    );
    for (const doc of docs)
      for (const path of [
        '/api/v1/forms',
        '/api/v1/services/{serviceId}/form',
        '/api/v1/services/{serviceId}/form/validate',
      ])
        expect(Object.keys(doc.paths)).toContain(path);
    expect(docs[1]!.paths['/api/v1/forms']).toEqual(docs[0]!.paths['/api/v1/forms']);
  });
});
