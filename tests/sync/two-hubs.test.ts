/**
 * Two hubs (real processes) syncing into one central, plus a call-centre contact: the citizen
 * who visited both centres and called has one merged timeline, which the counter panel reads
 * through the hub while the citizen is at the desk; with central down the panel gets the hub's own
 * records and the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashIdentifier } from '../../main/common/identity-hash.js';
import { storeVariants } from '../central/helpers.js';
import { api } from '../support/hub.js';
import type { CustomerHistory } from '../../shared/contract/customer-history.js';
import {
  IDENTITY_KEY,
  credential,
  emiratesId,
  health,
  issueAndCall,
  serveCalled,
  serveVisits,
  startCentralProcess,
  startHubProcess,
  trafficCredentials,
  waitUntil,
  type Proc,
} from './processes.js';

const variants = storeVariants();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  for (const v of variants) await v.cleanup();
});

describe.each(variants.map((v) => [v.name, v] as const))('two hubs, one central (%s)', (_name, variant) => {
  it('merges visits at both centres and a call-centre contact into one timeline, shown at the counter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-sync-two-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const db =
      variant.name === 'sqlite' ? { url: `sqlite:${join(dir, 'central.db')}` } : variant.freshDatabase();
    const hubA = credential('hub-a', 'hub', 'urn:dawr:hub:centre-a');
    const hubB = credential('hub-b', 'hub', 'urn:dawr:hub:centre-b');
    const callCentre = credential('call-centre', 'call_centre', 'urn:dawr:call-centre');
    const central: Proc = await startCentralProcess(db, [hubA, hubB, callCentre]);
    cleanups.push(() => central.kill());
    const hubs: Proc[] = [];
    for (const [name, cred] of [
      ['a', hubA],
      ['b', hubB],
    ] as const) {
      const hub = await startHubProcess(join(dir, name), {
        centralUrl: central.url,
        token: cred.token,
        centreId: `centre-${name}`,
      });
      cleanups.push(() => hub.kill());
      hubs.push(hub);
    }
    const citizen = emiratesId(4242);
    const credsA = await trafficCredentials(hubs[0]!, join(dir, 'a'));
    const credsB = await trafficCredentials(hubs[1]!, join(dir, 'b'));
    await serveVisits(hubs[0]!, credsA, 1, 'two-a', () => ({ kind: 'emiratesId', value: citizen }));
    await serveVisits(hubs[1]!, credsB, 1, 'two-b', () => ({ kind: 'emiratesId', value: citizen }));
    // The call centre hashes with the deployment key, exactly as the hubs do.
    const call = await fetch(`${central.url}/api/v1/events:batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${callCentre.token}`, 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          specversion: '1.0',
          id: randomUUID(),
          source: 'urn:dawr:call-centre',
          type: 'ae.gov.dawr.interaction.recorded',
          data: {
            interactionId: 'call-1',
            customer: { idHash: hashIdentifier(IDENTITY_KEY, 'eid', citizen) },
            topic: 'licence renewal question',
            startedAt: new Date().toISOString(),
          },
        },
      ]),
    });
    expect(((await call.json()) as { accepted: number }).accepted).toBe(1);
    for (const [hub, creds] of [
      [hubs[0]!, credsA],
      [hubs[1]!, credsB],
    ] as const)
      await waitUntil('the hub backlog to drain', async () =>
        (await health(hub, creds.managerToken)).backlog === 0 ? true : undefined,
      );

    // A third visit at centre A, called to the agent's counter: its panel shows the merged timeline.
    const readHistory = (visitId: string, authorization?: string) =>
      api(hubs[0]!.url, 'GET', `/visits/${visitId}/customer-history`, authorization);
    const agent = `Bearer ${credsA.agentToken}`;
    const visitId = await issueAndCall(hubs[0]!, credsA, 'sync-two-a2', {
      kind: 'emiratesId',
      value: citizen,
    });
    const r = await readHistory(visitId, agent);
    expect(r.status).toBe(200);
    const history = r.body as unknown as CustomerHistory;
    expect(history.source).toBe('central');
    const centres = history.items.filter((i) => i.kind === 'visit').map((i) => i.centreId);
    expect(centres).toEqual(expect.arrayContaining(['centre-a', 'centre-b']));
    expect(
      history.items.some((i) => i.channel === 'call_centre' && i.summary.includes('licence renewal')),
    ).toBe(true);

    // Central down: the panel says so and shows what the hub knows locally (the earlier visit at A).
    await central.kill();
    const local = await readHistory(visitId, agent);
    expect(local.status).toBe(200);
    const fallback = local.body as unknown as CustomerHistory;
    expect(fallback.source).toBe('local');
    expect(fallback.reason).toMatch(/^central_/);
    expect(fallback.items).toHaveLength(1);
    expect(fallback.items[0]!.centreId).toBe('centre-a');

    // Served and gone from the desk: the agent no longer needs it; a manager still reads it.
    await serveCalled(hubs[0]!, credsA, visitId);
    expect(await readHistory(visitId, agent)).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await readHistory(visitId, `Bearer ${credsA.managerToken}`)).status).toBe(200);
    expect((await readHistory(visitId, `Device ${credsA.kioskKey}`)).status).toBe(403);
    expect((await readHistory(visitId)).status).toBe(401);

    // An anonymous visit at the desk has nothing to show.
    const anonymous = await issueAndCall(hubs[0]!, credsA, 'sync-two-anon', null);
    expect((await readHistory(anonymous, agent)).body).toMatchObject({ source: 'none', items: [] });
    await serveCalled(hubs[0]!, credsA, anonymous);
    // Sync health for managers only.
    expect((await api(hubs[0]!.url, 'GET', '/sync/health', agent)).status).toBe(403);
    // Three process starts; on a machine shared with other suites they took over a minute.
  }, 120_000);
});
