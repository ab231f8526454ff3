/** Central's OpenAPI document against the routes its app really registered, and its validator. */
import { afterAll, expect, it } from 'vitest';
import { validate, compileErrors } from '@readme/openapi-parser';
import { createCentralServer } from '../../main/central/server.js';
import { buildOpenApiDocument } from '../../main/central/openapi.js';
import { loadForms } from '../../main/forms/load.js';
import { storeVariants } from './helpers.js';
import { registeredRoutes } from '../support/fastify-routes.js';

const variant = storeVariants()[0]!;
afterAll(() => variant.cleanup());

it.each([{ forms: false }, { forms: true }])(
  'documents exactly the routes central registered, in a valid OpenAPI 3.1 document (%o)',
  async ({ forms }) => {
    const store = await variant.open();
    const app = createCentralServer({
      store,
      sources: [],
      ...(forms ? { forms: loadForms(undefined, 'any') } : {}),
    });
    try {
      await app.ready();
      const doc = buildOpenApiDocument({ forms });
      const result = await validate(structuredClone(doc) as never);
      expect(result.valid ? '' : compileErrors(result)).toBe('');

      const registered = new Set(registeredRoutes(app));
      // Fastify adds a HEAD route to every GET; Fastify writes a literal ':' in a path as '::'.
      const routes = [...registered]
        .filter((r) => !(r.startsWith('HEAD ') && registered.has(`GET ${r.slice(5)}`)))
        .map((r) => r.replace(/::/g, ':'))
        .sort();
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
        .flatMap(([path, item]) =>
          Object.keys(item).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
        )
        .sort();
      expect(routes).toEqual(documented);
    } finally {
      await app.close();
    }
  },
);
