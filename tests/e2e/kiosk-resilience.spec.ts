/** The kiosk on its own for hours: idle warning and reset, and the hub going away and coming back. */
import { expect, test } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { checkScreen, expectAccessible, keepScreenshot } from '../kiosk/e2e-helpers.js';

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e({ idleSeconds: 90, warningSeconds: 30 });
});
test.afterAll(async () => k?.cleanup());

test('idle: a warning with at least 20 s to continue, then back to the start with nothing personal', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /^Renew Emirates ID/ }).click();
  await page.getByRole('button', { name: 'Optional: identification and priority' }).click();
  await page.getByRole('button', { name: 'Mobile number', exact: true }).click();
  for (const d of '0501234567') await page.getByRole('button', { name: d, exact: true }).click();

  await page.clock.runFor(91_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expectAccessible(page, 'idle warning (en)');
  await keepScreenshot(page, 'idle-warning-en');
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, continue' }).click();
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  await expect(page.getByLabel(/Mobile number \(/)).toHaveValue('0501234567');

  await page.clock.runFor(91_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('body')).not.toContainText('0501234567');
  // Back in the flow, nothing of the last citizen remains.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /^Renew Emirates ID/ }).click();
  await page.getByRole('button', { name: 'Optional: identification and priority' }).click();
  await page.getByRole('button', { name: 'Mobile number', exact: true }).click();
  await expect(page.getByLabel(/Mobile number \(/)).toHaveValue('');
});

test('the accessibility modes: high contrast, larger text, low reach; axe-clean', async ({ page }) => {
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: /Accessibility/ }).click();
  await checkScreen(page, 'a11y-panel', 'ar', 'accessibility-panel');
  for (const mode of ['تباين عالٍ', 'نص أكبر', 'الأزرار في أسفل الشاشة'])
    await page.getByRole('button', { name: mode }).click();
  await expect(page.getByRole('button', { name: 'تباين عالٍ' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'إغلاق' }).click();
  await checkScreen(page, 'screen-welcome', 'ar', 'start-accessible');
  // Measured from the top of the page, whatever the scroll: no control in the upper part.
  const firstTile = page.getByTestId('top-services').getByRole('button').first();
  const top = await firstTile.evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeGreaterThan(page.viewportSize()!.height * 0.35);
  const box = await firstTile.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(64);
});

test('the hub goes away and comes back: both languages say so, and a ticket asked for meanwhile is issued once', async ({
  page,
}) => {
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: /^تجديد بطاقة الهوية/ }).click();
  // The service screen is a chunk loaded from the hub after the first paint: stopping the hub before it
  // has loaded left a blank screen once in CI (the print button never came). The test is about the hub
  // going away while the citizen is on the service screen, so it waits for that screen first.
  await expect(page.getByRole('button', { name: 'اطبع تذكرتي' })).toBeVisible();

  await k.stopHub();
  // A citizen's words and what to do (issue #15), not a technician's "no connection to the server";
  // each half keeps its full stop at its own end: the English one, right of its last word even on
  // this Arabic screen (it used to sit at the far left, "…No connection to the server. Retrying").
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toContainText(
    'The ticket machine is reconnecting… Please ask a member of staff if it takes long.',
  );
  await expect(banner).toContainText('جهاز التذاكر يعيد الاتصال… إن طال ذلك، يُرجى مراجعة أحد الموظفين.');
  const stop = await banner.evaluate((el) => {
    const text = el.firstChild as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    const end = text.data.lastIndexOf('long.') + 'long'.length;
    return { lastLetterRight: at(end - 1).right, stopLeft: at(end).left };
  });
  expect(stop.stopLeft).toBeGreaterThanOrEqual(stop.lastLetterRight - 1);
  await page.getByRole('button', { name: 'اطبع تذكرتي' }).click();
  // What becomes of the ticket, not "no connection to the server" (kiosk-print-error.spec.ts).
  await expect(page.getByRole('alert')).toContainText('تذكرتك لم تصدر بعد.');
  await expect(page.getByRole('alert')).not.toContainText('لا يوجد اتصال بالخادم');
  await expectAccessible(page, 'offline print (ar)');
  await keepScreenshot(page, 'offline-ar');

  await k.restartHub();
  await expect(page.getByTestId('connection-banner')).toBeHidden({ timeout: 15_000 });
  await expect(page.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/, { timeout: 15_000 });
  const res = await fetch(`${k.hub.url}/api/v1/snapshot`, {
    headers: { authorization: `Device test-kiosk-key-0123456789` },
  });
  const snapshot = (await res.json()) as { queues: { queueId: string; waiting: number }[] };
  expect(snapshot.queues.find((q) => q.queueId === 'q-identity')?.waiting).toBe(1);
});
