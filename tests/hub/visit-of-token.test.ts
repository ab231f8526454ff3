import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';

describe('hub.visitOfToken: the visit a ticket public token names', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub?.cleanup());

  it('finds an issued ticket by its token, and nothing for a token no ticket has', async () => {
    const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'licence-renew',
      idempotencyKey: 'tap-token-0001',
    });
    const token = String(issued.body.statusPath).slice('/t/'.length);
    expect(hub.hub.visitOfToken(token)?.id).toBe((issued.body.visit as { id: string }).id);
    expect(hub.hub.visitOfToken('x'.repeat(22))).toBeUndefined();
  });
});
