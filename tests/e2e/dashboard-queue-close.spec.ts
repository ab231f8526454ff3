/**
 * Closing a queue from the live view (1440×900) is asked again: one misclick on "Close" would stop
 * the queue's tickets at the kiosks and the phone page at once. The dialog names the queue and says
 * what closing does; Escape and Cancel leave the queue open on the hub; only the dialog's own button
 * closes it. Reopening stays one click. In English and Arabic, axe clean with the dialog open.
 */
import { expect, test } from '@playwright/test';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { signInToDashboard } from './dashboard-support.js';
import { expectNoAxeViolations } from './counter-support.js';

let hub: TestHub;
let tap = 0;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

/** Whether the hub issues a walk-in ticket for the service now: the queue's real state, not the screen's. */
async function issues(serviceId: string): Promise<boolean> {
  const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId,
    idempotencyKey: `dash-close-${process.pid}-${++tap}`,
  });
  if (r.status !== 200) expect(r.body).toMatchObject({ code: 'queue_closed' });
  return r.status === 200;
}

const words = {
  en: {
    close: 'Close',
    reopen: 'Reopen',
    closed: 'Closed',
    cancel: 'Cancel',
    title: 'Close the queue E · Labour?',
    what: 'stop issuing new tickets',
    yes: 'Close E · Labour now',
  },
  ar: {
    close: 'إغلاق',
    reopen: 'إعادة فتح',
    closed: 'مغلق',
    cancel: 'إلغاء',
    title: 'إغلاق طابور E · العمل؟',
    what: 'عن إصدار تذاكر جديدة',
    yes: 'إغلاق E · العمل الآن',
  },
} as const;

for (const lang of ['en', 'ar'] as const)
  test(`${lang}: "Close" asks first; Escape and Cancel keep the queue open; confirmed, it closes`, async ({
    page,
  }) => {
    const w = words[lang];
    await signInToDashboard(page, hub.url, lang);
    await page.setViewportSize({ width: 1440, height: 900 });
    const labour = page.locator('[data-queue="q-labour"]');
    const close = labour.getByRole('button', { name: w.close, exact: false }).first();
    const dialog = page.getByRole('dialog', { name: w.title });

    await close.click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(w.what);
    // Nothing changed yet: the queue is open on the hub, and the dialog starts on Cancel.
    expect(await issues('work-permit')).toBe(true);
    await expect(labour.locator('th')).not.toContainText(w.closed);
    await expect(dialog.getByRole('button', { name: w.cancel })).toBeFocused();
    await page.screenshot({ path: `test-results/screenshots/dashboard-close-queue-${lang}.png` });
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await issues('work-permit')).toBe(true);

    await close.click();
    await dialog.getByRole('button', { name: w.cancel }).click();
    await expect(dialog).toHaveCount(0);
    expect(await issues('work-permit')).toBe(true);

    await close.click();
    await dialog.getByRole('button', { name: w.yes }).click();
    await expect(dialog).toHaveCount(0);
    await expect(labour.locator('th')).toContainText(w.closed);
    expect(await issues('work-permit')).toBe(false);

    // Reopening harms nobody: one click.
    await labour.getByRole('button', { name: w.reopen }).click();
    await expect(labour.locator('th')).not.toContainText(w.closed);
    expect(await issues('work-permit')).toBe(true);
  });
