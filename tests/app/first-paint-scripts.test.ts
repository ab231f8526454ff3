/**
 * What the kiosk and the phone status page evaluate before their first paint (issue #15,
 * bench/first-paint.ts): no zod. The kiosk's data is checked in the boot worker, and the socket's
 * acknowledgements with schemas loaded behind an `import()` (renderer/common/hub-client-checks.ts),
 * so a fifth of the script is no longer parsed and run before the welcome screen. The status page
 * draws its first answer and checks it once painted (renderer/status/ticket-checks.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRendererApps, type AppScripts } from '../../scripts/build-renderer.js';

const out = mkdtempSync(join(tmpdir(), 'dawr-first-paint-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** One app built alone into the test's folder. */
async function buildOne(app: string): Promise<AppScripts | undefined> {
  const only = process.env.DAWR_APPS;
  process.env.DAWR_APPS = app;
  try {
    return (await buildRendererApps({ out, quiet: true }))[app];
  } finally {
    if (only === undefined) delete process.env.DAWR_APPS;
    else process.env.DAWR_APPS = only;
  }
}

describe('the kiosk first paint', () => {
  it('bundles React and the socket but not zod', async () => {
    const kiosk = await buildOne('kiosk');
    expect(kiosk).toBeDefined();
    const sources = kiosk!.firstPaintSources;
    // The list is real: what the welcome screen needs is in it.
    expect(sources).toEqual(
      expect.arrayContaining([
        'node_modules/react-dom',
        'node_modules/socket.io-client',
        'renderer/common/hub-client.ts',
        'renderer/kiosk/screens/welcome.tsx',
      ]),
    );
    expect(sources).not.toContain('node_modules/zod');
  }, 120_000);
});

describe('the phone status page first paint', () => {
  it('bundles React and the page but neither zod nor the socket', async () => {
    const status = await buildOne('status');
    expect(status).toBeDefined();
    const sources = status!.firstPaintSources;
    expect(sources).toEqual(
      expect.arrayContaining([
        'node_modules/react-dom',
        'renderer/status/main.tsx',
        'renderer/status/first-status.ts',
      ]),
    );
    expect(sources).not.toContain('node_modules/zod');
    expect(sources).not.toContain('renderer/status/ticket-checks.ts');
    expect(sources).not.toContain('node_modules/socket.io-client');
  }, 120_000);
});
