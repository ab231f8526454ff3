/**
 * The hub serves an app's chunks (scripts/build-renderer.ts: content-hashed names) as immutable,
 * and its entry and page as before, so a rebuilt app still shows on reload.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerStaticApps } from '../../main/hub/core/static-apps.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dist(): string {
  const d = mkdtempSync(join(tmpdir(), 'dawr-chunks-'));
  dirs.push(d);
  mkdirSync(join(d, 'kiosk', 'chunks'), { recursive: true });
  writeFileSync(join(d, 'kiosk', 'index.html'), '<!doctype html>\n<html lang="ar">\n<head></head></html>\n');
  writeFileSync(join(d, 'kiosk', 'app.js'), 'import "./chunks/boot-AB12CD34.js";');
  writeFileSync(join(d, 'kiosk', 'chunks', 'boot-AB12CD34.js'), 'export {};');
  writeFileSync(join(d, 'kiosk', 'chunks', 'boot-AB12CD34.js.br'), 'BROTLI');
  return d;
}

describe('chunks are cached for good, the entry is not (main/hub/core/static-apps.ts)', () => {
  it('marks chunks immutable, plain and precompressed, and leaves app.js revalidated', async () => {
    const app = Fastify();
    await registerStaticApps(app, dist());
    for (const encoding of ['identity', 'br']) {
      const chunk = await app.inject({
        url: '/kiosk/chunks/boot-AB12CD34.js',
        headers: { 'accept-encoding': encoding },
      });
      expect(chunk.statusCode).toBe(200);
      expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const entry = await app.inject({ url: '/kiosk/app.js' });
    expect(entry.statusCode).toBe(200);
    expect(String(entry.headers['cache-control'])).not.toContain('immutable');
    expect((await app.inject({ url: '/kiosk/' })).headers['cache-control']).toBe('no-cache');
    await app.close();
  });
});
