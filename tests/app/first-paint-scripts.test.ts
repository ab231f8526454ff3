/**
 * What the kiosk evaluates before its first paint (issue #15, bench/first-paint.ts): no zod. The
 * hub's data is checked in the boot worker, and the socket's acknowledgements with schemas loaded
 * behind an `import()` (renderer/common/hub-client-checks.ts), so a fifth of the script is no
 * longer parsed and run before the welcome screen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRendererApps, type AppScripts } from '../../scripts/build-renderer.js';

const out = mkdtempSync(join(tmpdir(), 'dawr-first-paint-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the kiosk first paint', () => {
  it('bundles React and the socket but not zod', async () => {
    const only = process.env.DAWR_APPS;
    process.env.DAWR_APPS = 'kiosk';
    let kiosk: AppScripts | undefined;
    try {
      kiosk = (await buildRendererApps({ out, quiet: true })).kiosk;
    } finally {
      if (only === undefined) delete process.env.DAWR_APPS;
      else process.env.DAWR_APPS = only;
    }
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
