/**
 * For the demo's `npm start`: runs a central profile service (SQLite in the data folder) beside
 * the hub, with a source credential for this hub and one for a simulated call centre, and returns
 * the environment the hub needs to sync to it. Set the returned env before the hub starts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../central/start.js';
import { hashToken } from '../central/sources.js';
import { loadOrCreateSecret } from '../hub/start.js';
import { loadForms } from '../forms/load.js';

export interface DemoCentral {
  central: RunningCentral;
  /** DAWR_CENTRAL_URL, DAWR_CENTRAL_TOKEN and DAWR_CENTRE_ID for the hub. */
  env: Record<'DAWR_CENTRAL_URL' | 'DAWR_CENTRAL_TOKEN' | 'DAWR_CENTRE_ID', string>;
  /** Bearer token of the demo call-centre source (source urn:dawr:call-centre). */
  callCentreToken: string;
  stop(): Promise<void>;
}

export async function startDemoCentral(opts: {
  dataDir: string;
  centreId: string;
  port?: number;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}): Promise<DemoCentral> {
  const dir = join(opts.dataDir, 'central');
  mkdirSync(dir, { recursive: true });
  const hubToken = loadOrCreateSecret(dir, 'hub.token');
  const callCentreToken = loadOrCreateSecret(dir, 'call-centre.token');
  const central = await startCentral({
    databaseUrl: `sqlite:${join(dir, 'central.db')}`,
    port: opts.port ?? 0,
    logLevel: opts.logLevel ?? 'warn',
    maxBatchEvents: 1000,
    // The same service forms as the demo hub, for the other channels.
    forms: loadForms(undefined, 'any'),
    sources: [
      {
        id: `hub-${opts.centreId}`.toLowerCase().slice(0, 64),
        kind: 'hub',
        tokenSha256: hashToken(hubToken),
        eventSources: [`urn:dawr:hub:${opts.centreId}`],
        canRead: true,
      },
      {
        id: 'call-centre',
        kind: 'call_centre',
        tokenSha256: hashToken(callCentreToken),
        eventSources: ['urn:dawr:call-centre'],
        canRead: true,
      },
    ],
  });
  return {
    central,
    env: { DAWR_CENTRAL_URL: central.url, DAWR_CENTRAL_TOKEN: hubToken, DAWR_CENTRE_ID: opts.centreId },
    callCentreToken,
    stop: () => central.stop(),
  };
}
