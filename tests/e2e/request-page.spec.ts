/**
 * The public request status page (/r/<token>, the receipt's link) on a phone: the status and its
 * history in Arabic and English, central's history when central answers (a status change made at
 * central by another channel shows up), the hub's own status otherwise, a clear message for a link
 * that opens nothing (the request number alone among them),
 * nothing personal on the page, and axe (WCAG 2.1 AA) in both languages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDemoCentral, type DemoCentral } from '../../main/demo/central.js';
import { CLOUDEVENTS_BATCH_MEDIA_TYPE } from '../../shared/central/api.js';
import type { SubmittedRequest } from '../../shared/contract/assisted.js';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { goodEidRenew } from '../assisted/support.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
let central: DemoCentral;
let centralDir: string;
let centralRunning = true;

test.beforeAll(async () => {
  centralDir = mkdtempSync(join(tmpdir(), 'dawr-central-request-'));
  central = await startDemoCentral({ dataDir: centralDir, centreId: 'e2e-centre', logLevel: 'silent' });
  Object.assign(process.env, central.env, { DAWR_SYNC_IDLE_MS: '100' });
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startE2eHub();
});
test.afterAll(async () => {
  await hub?.cleanup();
  if (centralRunning) await central?.stop();
  rmSync(centralDir, { recursive: true, force: true });
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/request-${name}.png`, fullPage: true });

async function submit(key: string): Promise<{ number: string; link: string }> {
  const r = await api(hub.url, 'POST', '/service-requests', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    data: goodEidRenew(),
    documents: ['eid-card', 'photo'],
    idempotencyKey: key,
  });
  expect(r.status).toBe(201);
  const sub = r.body as unknown as SubmittedRequest;
  return { number: sub.request.number, link: new URL(sub.statusUrl).pathname };
}

/** The agency moves the request on at central, through another channel (the call centre's credential). */
async function progressAtCentral(number: string) {
  const res = await fetch(`${central.env.DAWR_CENTRAL_URL}/api/v1/events:batch`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${central.callCentreToken}`,
      'content-type': CLOUDEVENTS_BATCH_MEDIA_TYPE,
    },
    body: JSON.stringify([
      {
        specversion: '1.0',
        id: `progress-${number}`,
        source: 'urn:dawr:call-centre',
        type: 'ae.gov.dawr.request.status_changed',
        time: new Date().toISOString(),
        datacontenttype: 'application/json',
        data: {
          requestNumber: number,
          status: 'in_progress',
          agencyId: 'icp',
          note: 'private staff note',
          occurredAt: new Date(Date.now() + 1000).toISOString(),
        },
      },
    ]),
  });
  expect(res.ok).toBe(true);
}

test('status and history from central, in Arabic then English, with nothing personal', async ({ page }) => {
  const { number, link } = await submit('request-page-0001');
  await expect
    .poll(async () => (await api(hub.url, 'GET', `/public/requests/${link.slice(3)}`)).body.source)
    .toBe('central');
  await progressAtCentral(number);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${hub.url}${link}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('request-number')).toHaveText(number);
  await expect(page.getByTestId('request-status')).toHaveText('قيد المعالجة');
  await expect(page.getByTestId('request-service')).toHaveText('تجديد بطاقة الهوية');
  const history = page.getByTestId('request-history').locator('li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('تم التقديم');
  await expect(history.nth(1)).toContainText('قيد المعالجة');
  const text = await page.locator('body').innerText();
  for (const personal of [goodEidRenew().emiratesId, '0501234567', 'Al Barsha', 'private staff note'])
    expect(text).not.toContain(personal);
  await expectAccessible(page, 'request page (ar)');
  await shot(page, 'ar');

  // The language button's list (every shipped language) has English.
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('request-status')).toHaveText('In progress');
  await expect(page.getByTestId('request-service')).toHaveText('Renew Emirates ID');
  await expectAccessible(page, 'request page (en)');
  await shot(page, 'en');
});

test('a link that opens nothing says so (the number alone too); the hub status stands when central is away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { number, link } = await submit('request-page-0002');
  await page.goto(`${hub.url}/r/${number}?lang=en`);
  await expect(page.getByTestId('request-error')).toContainText('This link does not open a request');
  await expect(page.getByTestId('request-number')).toHaveCount(0);
  await expectAccessible(page, 'request page not found (en)');

  await central.stop();
  centralRunning = false;
  await page.goto(`${hub.url}${link}?lang=ar`);
  await expect(page.getByTestId('request-number')).toHaveText(number);
  await expect(page.getByTestId('request-status')).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByText('هذه آخر حالة يعرفها المركز')).toBeVisible();
  await expect(page.getByTestId('request-history').locator('li')).toHaveCount(1);
  await expectAccessible(page, 'request page from the hub (ar)');
  await shot(page, 'hub-ar');
});
