/** Starts a real hub (demo centre) serving the built apps, for one browser test file. */
import { buildRenderer } from '../../../scripts/build-renderer.js';
import { startTestHub, type TestHub } from '../../support/hub.js';

let built: Promise<unknown> | undefined;

/** Builds the apps once per worker (fast: esbuild), then starts a hub that serves them. */
export async function startE2eHub(opts: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  built ??= buildRenderer({ quiet: true });
  await built;
  return startTestHub(opts);
}
