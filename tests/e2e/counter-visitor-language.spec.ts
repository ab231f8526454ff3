/**
 * The counter's customer panel names the visitor's language in the agent's language and in itself
 * (issue #19), so staff can fetch a colleague who speaks it. Screenshot:
 * test-results/screenshots/counter-visitor-language.png.
 */
import { expect, test } from '@playwright/test';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue, openCounter } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
});
test.afterAll(async () => hub?.cleanup());

test('a Malayalam visitor at the counter: its name in Arabic and in Malayalam', async ({ page }) => {
  const ml = await issue(hub.url, 'eid-renew', { language: 'ml' });
  await openCounter(page, hub.url, 'agent1', '111111', 'c1');
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-ticket')).toHaveText(ml.visit.ticket);
  const language = page.getByTestId('visitor-language');
  await expect(language).toHaveText('المالايالامية · മലയാളം');
  await expect(language.locator('span[lang="ml"]')).toHaveAttribute('dir', 'ltr');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/counter-visitor-language.png', fullPage: true });
});
