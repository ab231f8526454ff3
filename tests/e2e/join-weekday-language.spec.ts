/**
 * /join/ closed: "opens {{day}}" names the day in the page's own language (issue #15), not "Sunday"
 * inside a Hindi, Urdu, Malayalam, Persian, Bengali or Tagalog sentence. The demo centre's hours on
 * a clock set to Friday 13:00 in Dubai, after it closed at 12:00: it opens on Sunday.
 */
import { expect, test } from '@playwright/test';
import { hubAt } from './support/hub.js';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const SUNDAY: Record<string, string> = {
  hi: 'रविवार',
  ur: 'اتوار',
  ml: 'ഞായറാഴ്‌ച',
  fa: 'یکشنبه',
  bn: 'রবিবার',
  tl: 'Linggo',
};

test.describe('Friday afternoon, after the centre closed at 12:00', () => {
  // Friday 28 February 2025, 13:00 in Dubai.
  const hub = hubAt(Date.UTC(2025, 1, 28, 9, 0));

  for (const [language, sunday] of Object.entries(SUNDAY))
    test(`${language}: the next opening names Sunday as ${sunday}`, async ({ page }) => {
      await page.goto(`${hub().url}/join/?lang=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const next = page.getByTestId('next-opening');
      await expect(next).toContainText(sunday);
      await expect(next).not.toContainText('Sunday');
    });
});
