/** Browser-test helpers for the kiosk: axe scans (WCAG 2.1 AA) and kept screenshots. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe's own playwright-core Page type lags the test runner's by a few methods; the object is the same. */
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page: page as unknown as AxePage })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Kept under test-results/screenshots/ as test artifacts. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/kiosk-${name}.png`, fullPage: true });
}

/** Checks a screen in one language: it is the screen we expect, it passes axe, and it is photographed. */
export async function checkScreen(
  page: Page,
  testId: string,
  lang: 'ar' | 'en',
  shot?: string,
): Promise<void> {
  await expect(page.getByTestId(testId)).toBeVisible();
  await expectAccessible(page, `${testId} (${lang})`);
  await keepScreenshot(page, `${shot ?? testId.replace('screen-', '')}-${lang}`);
}
