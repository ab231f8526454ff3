/**
 * The route doc tables say only what differs: the refusals a route's caller, body and query imply are
 * added by routeDocs, so every device route documents 401 and 403 and every body route 400, 413, 415.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ok, openApiPaths, routeDocs } from '../../main/api-docs/route-doc.js';

const Thing = z.object({ id: z.string() });

describe('routeDocs', () => {
  it("adds the caller's refusals and those of a body and a query to the route's own", () => {
    const [device, limited, staff] = [
      ...routeDocs('device', {
        putThing: {
          route: 'POST /api/v1/things',
          summary: 'Put a thing.',
          body: Thing,
          answers: ok(Thing, 'Put', 201),
          refuses: [409],
        },
      }),
      ...routeDocs('anyone-limited', {
        thing: {
          route: 'GET /api/v1/things/:id',
          summary: 'A thing.',
          answers: ok(Thing, 'Thing'),
          refuses: [404],
        },
      }),
      ...routeDocs('staff', {
        things: {
          route: 'GET /api/v1/things',
          summary: 'Things.',
          query: z.object({ q: z.string() }),
          answers: ok(z.array(Thing), 'Things'),
        },
      }),
    ];
    expect(device).toMatchObject({ method: 'post', path: '/api/v1/things', operationId: 'putThing' });
    expect(device?.security).toBe('device');
    expect([...(device?.errors ?? [])].sort()).toEqual([400, 401, 403, 409, 413, 415]);
    expect(device?.response.status).toBe(201);
    expect(limited).toMatchObject({ method: 'get', security: 'public', errors: [429, 404] });
    // A device key on a staff route is identified but not allowed: 403.
    expect(staff).toMatchObject({ security: 'session', errors: [400, 401, 403] });
  });

  it('keeps the table order and refuses a route documented twice', () => {
    const twice = [
      ...routeDocs('anyone', { a: { route: 'GET /x', summary: 'x', answers: ok(Thing, 'x') } }),
      ...routeDocs('staff', { b: { route: 'GET /x', summary: 'x', answers: ok(Thing, 'x') } }),
    ];
    expect(twice.map((r) => r.operationId)).toEqual(['a', 'b']);
    expect(() => openApiPaths(twice)).toThrow('GET /x is documented twice');
  });

  it('documents a logout that refuses nothing and a staff route with a path parameter', () => {
    const paths = openApiPaths(
      routeDocs('session-holder', {
        logout: { route: 'POST /out/:id', summary: 'Out.', answers: { status: 204, description: 'Out' } },
      }),
    );
    const op = paths['/out/{id}']?.post as { responses: Record<string, unknown>; parameters: unknown[] };
    expect(Object.keys(op.responses)).toEqual(['204']);
    expect(op.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
  });
});
