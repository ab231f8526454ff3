/**
 * An issued ticket's estimate is read once its whole batch is decided (OperationHooks.toSettledReply):
 * one look-ahead serves every ticket of the batch, and each reply tells the line as it stood when the
 * batch was acknowledged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/hub/core/store/database.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { Hub, type Principal } from '../../main/hub/core/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { IssuedTicket } from '../../shared/contract/views.js';
import { estimateVisit } from '../../shared/domain/estimate.js';
import { openAllDay } from '../support/hub.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';
import { testSealer } from '../support/sealer.js';
import { SUNDAY_0800 } from '../domain/helpers.js';

const KIOSK: Principal = { actor: { kind: 'device', deviceId: 'k' }, roles: ['kiosk'] };
const dbs: Db[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));

function pinnedHub(): Hub {
  const db = openDatabase(':memory:', { migrations: HUB_MIGRATIONS });
  dbs.push(db);
  seedIfEmpty(db, { catalogue: openAllDay(DEMO_CATALOGUE), staff: [], devices: [] }, SUNDAY_0800);
  return new Hub({
    db,
    clock: { now: () => SUNDAY_0800 },
    identityKey: 'test-identity-key-0123456789-abcdef',
    sealer: testSealer(),
  });
}

const issued = async (p: ReturnType<Hub['execute']>): Promise<IssuedTicket> => {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.data as IssuedTicket;
};

describe('the estimate in an issued ticket', () => {
  it('counts a priority ticket issued in the same batch that will be called first', async () => {
    const hub = pinnedHub();
    // Both requests are queued before the hub's next turn, so they are decided in one batch.
    const normal = hub.execute('issueTicket', { serviceId: 'eid-renew', idempotencyKey: 'settled-1' }, KIOSK);
    const senior = hub.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'settled-2', priority: 'senior' },
      KIOSK,
    );
    const [first, second] = [await issued(normal), await issued(senior)];
    expect(second.visit.priority).toBe('senior');
    // Read before the senior ticket was decided, it said nobody was ahead.
    expect(first.estimate.ahead).toBe(1);
    expect(first.estimate).toEqual(
      estimateVisit(hub.state, hub.state.visits.get(first.visit.id)!, SUNDAY_0800),
    );
    expect(second.estimate.ahead).toBe(0);
    await hub.close();
  });

  it('alone in its batch, is the estimate of the line it joined', async () => {
    const hub = pinnedHub();
    const one = await issued(
      hub.execute('issueTicket', { serviceId: 'eid-renew', idempotencyKey: 'settled-3' }, KIOSK),
    );
    const two = await issued(
      hub.execute('issueTicket', { serviceId: 'eid-renew', idempotencyKey: 'settled-4' }, KIOSK),
    );
    expect(one.estimate.ahead).toBe(0);
    expect(two.estimate.ahead).toBe(1);
    expect(two.estimate).toEqual(estimateVisit(hub.state, two.visit, SUNDAY_0800));
    await hub.close();
  });
});
