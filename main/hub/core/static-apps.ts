/**
 * Serves the built renderer apps (dist/renderer/<app>/) from the hub, so a centre updates its
 * screens in one place. The public ticket page answers at /t/<token>, a service request's at /r/<token>
 * (the receipt's link token, not the countable request number).
 * Their Content Security Policy and the other security headers come from ./security-headers.ts.
 * Every app's page carries the centre's digit setting (`<html data-digits="latn|arab">`), so each app,
 * the phone pages included, writes its first numbers in the right digits without asking the hub first.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { DEFAULT_DIGITS, type DigitSystem } from '../../../shared/i18n/numbers.js';

/**
 * The project's root: the nearest folder above this file with a package.json. In the repository
 * this file is main/hub/core/static-apps.ts; in the Debian package it is bundled into
 * /opt/dawr/hub/main/hub/cli.js, one folder higher, so a fixed number of '..' fits only one of them.
 */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
const ROOT = projectRoot(import.meta.dirname);
export const RENDERER_DIST = join(ROOT, 'dist', 'renderer');
const STATUS_SOURCE = join(ROOT, 'renderer', 'status');
/** /<app>/chunks/<name>-<hash>.js (scripts/build-renderer.ts). */
const CHUNK_URL = /^\/[a-z-]+\/chunks\/[\w-]+\.js(\?|$)/;

export async function registerStaticApps(
  app: FastifyInstance,
  dist = RENDERER_DIST,
  digits: () => DigitSystem = () => DEFAULT_DIGITS,
): Promise<boolean> {
  if (!existsSync(dist)) return false;
  // A chunk's name carries a hash of its content, so a phone that comes back to its ticket's page,
  // or a kiosk reloading, keeps it instead of asking again (issue #15, first paint). Set on the way
  // out: @fastify/static writes its own cache-control after its `setHeaders` callback.
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode === 200 && CHUNK_URL.test(req.url))
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    return payload;
  });
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    index: ['index.html'],
    redirect: true,
    // The build writes .br and .gz beside each bundle and stylesheet (scripts/build-renderer.ts).
    preCompressed: true,
  });
  // Read on each request (a few hundred bytes): a rebuilt app or a changed setting shows on reload.
  const page = async (reply: FastifyReply, appName: string, preload?: string) => {
    const html = await readFile(join(dist, appName, 'index.html'), 'utf8');
    const withDigits = html.replace(/<html\b/, `<html data-digits="${digits()}"`);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(
        preload
          ? withDigits.replace(
              '</head>',
              `<link rel="preload" href="${preload}" as="fetch" crossorigin="anonymous" />\n</head>`,
            )
          : withDigits,
      );
  };
  for (const name of readdirSync(dist))
    if (existsSync(join(dist, name, 'index.html'))) {
      app.get(`/${name}/`, (_req, reply) => page(reply, name));
      app.get(`/${name}/index.html`, (_req, reply) => page(reply, name));
    }
  if (existsSync(join(dist, 'status', 'index.html'))) {
    // The ticket's status is fetched while the bundle downloads (renderer/status/main.tsx reads it first).
    // encodeURIComponent leaves no quote or angle bracket, so the token cannot leave the attribute.
    app.get<{ Params: { token: string } }>('/t/:token', (req, reply) =>
      page(reply, 'status', `/api/v1/public/tickets/${encodeURIComponent(req.params.token)}`),
    );
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
    app.get('/r/:token', (_req, reply) => page(reply, 'request'));
  return true;
}
