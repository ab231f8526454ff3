/** Starts a real hub (demo centre) serving the built apps, for one browser test file. */
import { test } from '@playwright/test';
import { buildRenderer } from '../../../scripts/build-renderer.js';
import { startTestHub, type TestHub } from '../../support/hub.js';

let built: Promise<unknown> | undefined;

/** Builds the apps once per worker (fast: esbuild), then starts a hub that serves them. */
export async function startE2eHub(opts: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  built ??= buildRenderer({ quiet: true });
  await built;
  return startTestHub(opts);
}

/**
 * A hub for the enclosing describe block whose clock runs on, at real speed, from `start` (e.g. a
 * centre after closing time, whatever the wall clock says). Returns the hub once beforeAll has
 * started it.
 */
export function hubAt(start: number): () => TestHub {
  let hub: TestHub | undefined;
  test.beforeAll(async () => {
    const offset = start - Date.now();
    hub = await startE2eHub({ clock: { now: () => Date.now() + offset } });
  });
  test.afterAll(async () => hub?.cleanup());
  return () => {
    if (!hub) throw new Error('the hub starts in beforeAll');
    return hub;
  };
}
