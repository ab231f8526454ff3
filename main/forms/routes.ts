/**
 * The service forms over HTTP, the same on the hub and on central so every channel asks for the
 * same things in the same way: `GET /api/v1/forms`, `GET /api/v1/services/:serviceId/form`
 * (public, cacheable) and `POST /api/v1/services/:serviceId/form/validate` (bilingual per-field
 * errors), for clients that cannot run Ajv under their CSP.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as z from 'zod';
import { Id } from '../../shared/contract/catalogue.js';
import type { CompiledForm } from '../../shared/domain/forms/validator.js';

const CACHE_CONTROL = 'public, max-age=300';
const VALIDATE_BODY_LIMIT = 16 * 1024;
const ServiceParam = z.object({ serviceId: Id });

/** Paths anyone may read (central lets them through its credential check). */
export const PUBLIC_FORM_PATH = /^\/api\/v1\/(forms|services\/[A-Za-z0-9_.:-]+\/form(\/validate)?)$/;

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ code, message });
}

export function registerFormRoutes(app: FastifyInstance, forms: ReadonlyMap<string, CompiledForm>): void {
  const all = { forms: [...forms.values()].map((f) => f.definition) };
  const etag = `"${createHash('sha256').update(JSON.stringify(all)).digest('base64url').slice(0, 22)}"`;
  const formFor = (params: unknown) => {
    const p = ServiceParam.safeParse(params);
    return p.success ? forms.get(p.data.serviceId) : undefined;
  };

  app.get('/api/v1/forms', async (req, reply) => {
    reply.header('cache-control', CACHE_CONTROL).header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return all;
  });

  app.get('/api/v1/services/:serviceId/form', async (req, reply) => {
    const form = formFor(req.params);
    if (!form) return refuse(reply, 404, 'not_found', 'this service has no form');
    const tag = `"${form.definition.serviceId}-v${form.definition.version}"`;
    reply.header('cache-control', CACHE_CONTROL).header('etag', tag);
    if (req.headers['if-none-match'] === tag) return reply.code(304).send();
    return form.definition;
  });

  // Cheap (16 KiB checked in memory) but open to anyone, so limited per client like a public read
  // (main/hub/core/public-rate-limits.ts): a kiosk checks a form once per submission. Central
  // registers no per-client limits, so there the setting does nothing (its document says so).
  app.post(
    '/api/v1/services/:serviceId/form/validate',
    { bodyLimit: VALIDATE_BODY_LIMIT, config: { publicLimit: 'read' } },
    async (req, reply) => {
      const form = formFor(req.params);
      if (!form) return refuse(reply, 404, 'not_found', 'this service has no form');
      const body: unknown = req.body;
      if (!body || typeof body !== 'object' || Array.isArray(body))
        return refuse(reply, 400, 'validation', 'send the form data as a JSON object');
      return form.validate(body);
    },
  );
}
