/**
 * The question box's answers from the centre's data (issue #16), end to end: a fee from the service
 * form with its source, "not at this centre" with where to go, and an unsure answer that puts the
 * hand-over first and its guesses under "Did you mean…?". axe (WCAG 2.1 AA) on each.
 */
import { expect, test, type Page } from '@playwright/test';
import { KIOSK_KEY, type TestHub } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;

test.beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startE2eHub();
});
test.afterAll(async () => {
  await hub?.cleanup();
});

async function ask(page: Page, lang: 'ar' | 'en', question: string) {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await page.getByRole('button', { name: lang === 'ar' ? 'العربية' : 'English' }).click();
  await page.getByRole('button', { name: lang === 'ar' ? 'اسأل سؤالاً' : 'Ask a question' }).click();
  await page.locator('#ask-question').fill(question);
  await page.getByRole('button', { name: lang === 'ar' ? 'اسأل' : 'Ask', exact: true }).click();
}

test('a fee comes from the service form and says so', async ({ page }) => {
  await ask(page, 'en', 'how much is the emirates id renewal fee');
  const facts = page.getByTestId('ask-facts');
  await expect(facts).toHaveAttribute('data-kind', 'fees');
  await expect(facts).toContainText('Total: AED 140');
  await expect(facts).toContainText('Source: the service form');
  await expect(page.getByTestId('ask-handover')).toHaveCount(0);
  await expectAccessible(page, 'question box fee answer (en)');
});

test('a service offered elsewhere gets "not at this centre" with where to go', async ({ page }) => {
  await ask(page, 'ar', 'كيف اقدم على الاقامه الذهبيه');
  await expect(page.getByTestId('ask-answer')).toHaveAttribute('data-outcome', 'not_offered');
  const facts = page.getByTestId('ask-facts');
  await expect(facts).toContainText('هذه الخدمة غير متوفرة في هذا المركز');
  await expect(facts).toContainText('https://icp.gov.ae');
  await expect(page.getByTestId('ask-service')).toHaveCount(0);
  await expectAccessible(page, 'question box not offered (ar)');
});

test('an unsure answer offers a person first, then "did you mean"', async ({ page }) => {
  await ask(page, 'en', 'Can I attest an expired tenancy contract?');
  await expect(page.getByTestId('ask-answer')).toHaveAttribute('data-outcome', 'unsure');
  await expect(page.getByTestId('ask-did-you-mean')).toHaveText('Did you mean…?');
  await expect(page.getByTestId('ask-service').first()).toHaveAttribute('data-service-id', 'tenancy-attest');
  // The hand-over comes before the guesses in reading order.
  const handoverFirst = await page.evaluate(() => {
    const handover = document.querySelector('[data-testid="ask-handover"]');
    const answer = document.querySelector('[data-testid="ask-answer"]');
    return (
      !!handover &&
      !!answer &&
      !!(handover.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(handoverFirst).toBe(true);
  await expectAccessible(page, 'question box did you mean (en)');
});

test('opening hours name the days in the visitor’s own language, not in English (Hindi)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await page.getByTestId('more-languages').click();
  await page.locator('[data-language=hi]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.getByTestId('open-ask').click();
  // The assistant reads Arabic and English: a Hindi visitor's kiosk asks in English.
  await page.locator('#ask-question').fill('What are your opening hours?');
  await page.locator('.ask-form button[type=submit]').click();
  const days = page.getByTestId('ask-facts').locator('li');
  await expect(days).toHaveCount(7);
  // The catalogue's week starts on Sunday: रविवार, then सोमवार (Monday).
  await expect(days.nth(0)).toContainText('रविवार');
  await expect(days.nth(1)).toContainText('सोमवार');
  await expect(page.getByTestId('ask-facts')).not.toContainText(/Sunday|Monday|Friday/);
  await expectAccessible(page, 'question box opening hours (hi)');
});
