import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertCentre } from '../../main/hub/features/manager/alerts.js';
import { managerModule } from '../../main/hub/features/manager/module.js';
import { syncModule } from '../../main/hub/features/sync/module.js';
import { syncConfigFromEnv } from '../../main/hub/features/sync/config.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';

describe('sync lag alert', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // Central is configured but nothing listens there: the backlog can only grow.
    const config = syncConfigFromEnv({
      DAWR_CENTRAL_URL: 'http://127.0.0.1:9',
      DAWR_CENTRAL_TOKEN: 'a-token-of-sixteen-chars',
      DAWR_SYNC_LAG_ALERT_MS: '1000',
      DAWR_SYNC_BACKOFF_BASE_MS: '50',
      DAWR_SYNC_BACKOFF_CAP_MS: '200',
    });
    // The manager module provides the alerts (the ALERTS service) the sync module raises.
    hub = await startTestHub({ modules: [managerModule, syncModule({ config })] });
  });
  afterAll(async () => hub?.cleanup());

  it('raises a sync_lagging alert for the dashboard once the oldest unsent event is older than the threshold', async () => {
    const lagging = () =>
      alertCentre(hub.services)
        .list()
        .filter((a) => a.kind === 'sync_lagging' && a.subject === 'backlog');
    expect(lagging()).toEqual([]);
    await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: 'tap-lag-0001',
    });
    await expect.poll(() => lagging().length, { timeout: 10_000 }).toBe(1);
    expect(lagging()[0]!.detail).toMatchObject({ backlog: 1 });
  });
});
