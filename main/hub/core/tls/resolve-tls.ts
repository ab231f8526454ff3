/** From a TLS setting to the key and certificates the hub serves (or none, for loopback HTTP). */
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateCentreTls } from './centre-tls-store.js';
import { loadDeploymentTls } from './deployment-tls.js';
import type { HubTlsMaterial } from './material.js';
import { serverNames } from './names.js';
import type { HubTlsSetting } from './settings.js';

export const tlsDir = (dataDir: string) => join(dataDir, 'tls');

/** `created` says what the centre CA store had to make on this call (absent for a deployment certificate). */
export type ResolvedTls = HubTlsMaterial & { created?: { ca: boolean; server: boolean } };

export async function resolveHubTls(
  setting: HubTlsSetting,
  opts: { dataDir: string; host: string; now: number },
): Promise<ResolvedTls | undefined> {
  if (setting.mode === 'off') return undefined;
  if (setting.mode === 'deployment') return loadDeploymentTls(setting, opts.now);
  return loadOrCreateCentreTls({
    dir: tlsDir(opts.dataDir),
    // The listening host is a name clients use too (unless it is a wildcard address).
    names: serverNames({
      hostname: hostname(),
      interfaces: networkInterfaces(),
      extra: [...(setting.extraNames ?? []), ...(['0.0.0.0', '::'].includes(opts.host) ? [] : [opts.host])],
    }),
    now: opts.now,
    centreName: hostname(),
  });
}
