import { expect, test } from '@playwright/test';
import { api, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test('a phone follows a ticket from issue to call, in Arabic, with nothing personal', async ({ page }) => {
  const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'tap-status-page-1',
    identity: { kind: 'mobile', value: '0501234567' },
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${hub.url}${String(issued.body.statusPath)}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('A001')).toBeVisible();
  await expect(page.getByTestId('position')).toHaveText('1');
  await expect(page.locator('body')).not.toContainText('050');
  const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
  await api(hub.url, 'POST', '/counters/c1/open', agent);
  await api(hub.url, 'POST', '/counters/c1/call-next', agent);
  await expect(page.getByRole('alert')).toContainText('1');
  await expect(page.getByRole('alert')).toContainText('تم النداء');
});
