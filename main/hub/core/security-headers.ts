/**
 * Security headers on every hub response, from @fastify/helmet, and the hub's one Content Security
 * Policy. The apps talk only to the hub that served them: `connect-src 'self'` (which covers
 * socket.io's ws:/wss: to the same host and port in current browsers), never a bare `ws:`/`wss:`
 * that would let injected script send data to any host. HSTS is not set here: it is sent only
 * over TLS (./tls/hsts.ts).
 */
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/** Directives of the CSP, as helmet takes them; the Electron shell's fallback mirrors them (main/app/csp.ts). */
export const HUB_CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // The apps set element styles from script (React style props); no inline <style> from input reaches them.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The CSP header value (for tests and for comparison with the Electron fallback). */
export const HUB_CSP = Object.entries(HUB_CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    // Only the directives above: helmet's defaults add upgrade-insecure-requests, which would
    // break the plain-HTTP loopback hub.
    contentSecurityPolicy: { useDefaults: false, directives: HUB_CSP_DIRECTIVES },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    // The kiosk's camera and the display's audio are same-origin; nothing embeds hub pages.
    crossOriginEmbedderPolicy: false,
  });
}
