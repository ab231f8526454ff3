/**
 * Serves the built renderer apps (dist/renderer/<app>/) from the hub, so a centre updates its
 * screens in one place. The public ticket page answers at /t/<token>, a service request's at /r/<number>.
 * Their Content Security Policy and the other security headers come from ./security-headers.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const RENDERER_DIST = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
const STATUS_SOURCE = join(import.meta.dirname, '..', '..', 'renderer', 'status');

export async function registerStaticApps(app: FastifyInstance, dist = RENDERER_DIST): Promise<boolean> {
  if (!existsSync(dist)) return false;
  await app.register(fastifyStatic, { root: dist, prefix: '/', index: ['index.html'], redirect: true });
  if (existsSync(join(dist, 'status', 'index.html'))) {
    app.get('/t/:token', (_req, reply) => reply.sendFile('index.html', join(dist, 'status')));
    // The status page's service worker, at /t/ so its scope covers every /t/<token> page. The
    // build copies no .js files, so it comes from dist when present, else from the source folder.
    const worker = existsSync(join(dist, 'status', 'sw.js')) ? join(dist, 'status') : STATUS_SOURCE;
    app.get('/t/sw.js', (_req, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'no-cache')
        .sendFile('sw.js', worker),
    );
  }
  if (existsSync(join(dist, 'request', 'index.html')))
    app.get('/r/:number', (_req, reply) => reply.sendFile('index.html', join(dist, 'request')));
  return true;
}
