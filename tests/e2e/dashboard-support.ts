/** Shared steps for the dashboard's browser tests. */
import { expect, type Page } from '@playwright/test';

/** Signs the demo manager in to the dashboard in the given language; the live view shows afterwards. */
export async function signInToDashboard(page: Page, url: string, lang: 'ar' | 'en' = 'ar') {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${url}/dashboard/${lang === 'en' ? '?lang=en' : ''}`);
  await page.getByLabel(lang === 'en' ? 'Username' : 'اسم المستخدم').fill('manager');
  await page.getByLabel(lang === 'en' ? 'PIN' : 'الرقم السري').fill('246810');
  await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'دخول' }).click();
  await expect(page.getByTestId('queues')).toBeVisible();
}
