/**
 * /join/ when the centre takes no walk-ins (issue #15, "Open, closing, closed"): closed, the page
 * says so with the next opening instead of the form; after a service's last ticket, choosing that
 * service says so and the code cannot be asked for. The demo centre's own hours (Sun–Thu
 * 07:30–20:00, Fri 07:30–12:00, Sat closed), on a clock set to the moment each block needs.
 */
import { expect, test } from '@playwright/test';
import { hubAt } from './support/hub.js';
import { expectAccessiblePhoneScreen } from './phone-support.js';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe('Friday afternoon, after the centre closed at 12:00', () => {
  // Friday 28 February 2025, 13:00 in Dubai: closed until Sunday 07:30.
  const hub = hubAt(Date.UTC(2025, 1, 28, 9, 0));

  test('Arabic: the page says the centre is closed and opens on Sunday at 7:30', async ({ page }) => {
    await page.goto(`${hub().url}/join/?lang=ar`);
    await expect(page.getByTestId('centre-closed')).toContainText('المركز مغلق الآن');
    await expect(page.getByTestId('next-opening')).toContainText('يفتح الأحد');
    await expect(page.getByTestId('next-opening')).toContainText(/7:30 ص|٧:٣٠ ص/);
    // No form to send a code the hub would refuse.
    await expect(page.locator('input[type="tel"]')).toHaveCount(0);
    await expectAccessiblePhoneScreen(page, 'phone-join-closed-ar');
  });

  test('English: the same, in English', async ({ page }) => {
    await page.goto(`${hub().url}/join/?lang=en`);
    await expect(page.getByTestId('centre-closed')).toContainText('The centre is closed now');
    await expect(page.getByTestId('next-opening')).toHaveText(/It opens on Sunday at 7:30/);
  });
});

test.describe('Sunday 19:45, after the last walk-in ticket (30 minutes before 20:00)', () => {
  const hub = hubAt(Date.UTC(2025, 2, 2, 15, 45));

  test('choosing a service says its last ticket has passed; no code is sent', async ({ page }) => {
    await page.goto(`${hub().url}/join/?lang=ar`);
    await expect(page.getByTestId('centre-closed')).toHaveCount(0);
    await page.locator('select').selectOption('eid-renew');
    // The time as the kiosk, the board and the slip write it (shared/i18n/numbers.ts formatTimeOfDay).
    await expect(page.getByTestId('last-ticket-passed')).toContainText(/7:30 م|٧:٣٠ م/);
    await expect(page.getByRole('button', { name: 'أرسل رمز التحقق' })).toBeDisabled();
  });
});
