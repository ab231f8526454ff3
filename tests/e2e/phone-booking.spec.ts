/** A website booking, checked in at the kiosk by its code, then followed on a phone to its call. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bookingModule } from '../../main/hub/features/booking/module.js';
import { DEFAULT_BOOKING_SETTINGS } from '../../main/hub/features/booking/settings.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { sha256 } from '../../main/hub/core/security.js';
import { api, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';

const WEBSITE = 'website-token-e2e-0123456789';
/** Sunday 2 March 2025, 09:50 in Dubai; the hub's clock runs on from there. */
const START = Date.UTC(2025, 2, 2, 5, 50);
const TEN = Date.UTC(2025, 2, 2, 6, 0);

/** @axe-core/playwright types its page against its own playwright-core copy: same object at runtime. */
const axeOptions = (page: Page) => ({ page }) as unknown as ConstructorParameters<typeof AxeBuilder>[0];

let hub: TestHub;
test.beforeAll(async () => {
  const offset = START - Date.now();
  const booking = bookingModule({
    settings: { ...DEFAULT_BOOKING_SETTINGS, sources: [{ name: 'website', tokenHash: sha256(WEBSITE) }] },
  });
  hub = await startE2eHub({
    clock: { now: () => Date.now() + offset },
    modules: HUB_MODULES.map((m) => (m.name === 'booking' ? booking : m)),
  });
});
test.afterAll(async () => hub?.cleanup());
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('booking then check-in: the code becomes an appointment ticket the phone follows', async ({ page }) => {
  const slots = await api(hub.url, 'GET', '/booking/services/eid-renew/slots?date=2025-03-02');
  expect((slots.body.slots as { startsAt: number }[])[0]!.startsAt).toBe(TEN);
  const booked = await api(hub.url, 'POST', '/booking/appointments', `Bearer ${WEBSITE}`, {
    serviceId: 'eid-renew',
    startsAt: TEN,
    mobile: '0501231234',
    language: 'en',
  });
  expect(booked.status).toBe(201);
  const checkIn = await api(hub.url, 'POST', '/kiosk/check-in', `Device ${KIOSK_KEY}`, {
    code: booked.body.code,
  });
  expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200);
  const ticket = checkIn.body.ticket as { statusPath: string; visit: { id: string; ticket: string } };

  await page.goto(`${hub.url}${ticket.statusPath}?lang=en`);
  await expect(page.getByText(ticket.visit.ticket)).toBeVisible();
  await expect(page.getByTestId('ahead')).toHaveText('Nobody ahead of you in this line');
  const agent = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
  await api(hub.url, 'POST', '/counters/c2/open', agent);
  await api(hub.url, 'POST', '/counters/c2/call-next', agent);
  await expect(page.getByTestId('counter')).toHaveText('2');
  await expect(page.getByRole('alert')).toContainText('It is your turn');
  const axe = await new AxeBuilder(axeOptions(page))
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/phone-booking-called-en.png', fullPage: true });
});
