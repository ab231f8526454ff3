/**
 * Opens the kiosk on its welcome screen in a language with accessibility modes switched on through its
 * own panel, as a citizen would (the larger-text checks at 1080×1920).
 */
import { expect, type Page } from '@playwright/test';
import { kiosk as kioskStrings } from '../../../shared/i18n/apps/kiosk.js';

export type KioskMode = 'largerText' | 'highContrast';

/** Larger text's root size on the kiosk (kiosk.css): 24 px × 1.3. */
const LARGER_TEXT_SIZE = '31.2px';

export async function openKioskWith(
  page: Page,
  kioskUrl: string,
  lang: 'ar' | 'en',
  modes: readonly KioskMode[],
): Promise<void> {
  const s = kioskStrings[lang];
  await page.goto(kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByRole('button', { name: s.accessibility }).first().click();
  for (const mode of modes) await page.getByRole('button', { name: s[mode], exact: true }).first().click();
  await page
    .getByTestId('a11y-panel')
    .getByRole('button', { name: lang === 'ar' ? 'إغلاق' : 'Close' })
    .click();
  await expect(page.getByTestId('a11y-panel')).toBeHidden();
  if (modes.includes('largerText'))
    await expect(page.locator('.kiosk')).toHaveCSS('font-size', LARGER_TEXT_SIZE);
}
