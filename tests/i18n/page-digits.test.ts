import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerStaticApps } from '../../main/hub/core/static-apps.js';
import type { DigitSystem } from '../../shared/i18n/numbers.js';

const PAGE = '<!doctype html>\n<html lang="ar" dir="rtl">\n<head></head><body></body></html>\n';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dist(): string {
  const d = mkdtempSync(join(tmpdir(), 'dawr-pages-'));
  dirs.push(d);
  for (const app of ['kiosk', 'status', 'request']) {
    mkdirSync(join(d, app));
    writeFileSync(join(d, app, 'index.html'), PAGE);
    writeFileSync(join(d, app, 'app.js'), 'export {};');
  }
  return d;
}

describe("every app's page carries the centre's digit setting (main/hub/core/static-apps.ts)", () => {
  it('writes data-digits into each page, follows a changed setting, and is not cached stale', async () => {
    let digits: DigitSystem = 'latn';
    const app = Fastify();
    await registerStaticApps(app, dist(), () => digits);
    for (const url of ['/kiosk/', '/kiosk/index.html', '/t/abc', '/r/SR-1']) {
      const res = await app.inject({ url });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      expect(res.body).toContain('<html data-digits="latn" lang="ar" dir="rtl">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    digits = 'arab';
    expect((await app.inject({ url: '/kiosk/' })).body).toContain('data-digits="arab"');
    // Other files are served as they are.
    expect((await app.inject({ url: '/kiosk/app.js' })).body).toBe('export {};');
    await app.close();
  });

  it("the ticket page preloads the ticket's status, and a hostile token cannot leave the attribute", async () => {
    const app = Fastify();
    await registerStaticApps(app, dist());
    const page = (await app.inject({ url: '/t/abc_DEF-1' })).body;
    expect(page).toContain(
      '<link rel="preload" href="/api/v1/public/tickets/abc_DEF-1" as="fetch" crossorigin="anonymous" />',
    );
    const hostile = (await app.inject({ url: `/t/${encodeURIComponent('x"><script>alert(1)</script>')}` }))
      .body;
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('href="/api/v1/public/tickets/x%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"');
    await app.close();
  });

  it('serves the precompressed bundle to a browser that accepts brotli', async () => {
    const d = dist();
    writeFileSync(join(d, 'kiosk', 'app.js.br'), 'BROTLI');
    const app = Fastify();
    await registerStaticApps(app, d);
    const res = await app.inject({ url: '/kiosk/app.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body).toBe('BROTLI');
    expect((await app.inject({ url: '/kiosk/' })).body).toContain('data-digits="latn"');
    await app.close();
  });
});
