/**
 * The floor app on a phone, 390×844, in a centre set to Arabic-Indic digits (issue #15, one digit
 * setting): the waiting counts, the waits and the priorities' "(60+)" are written ٠١٢…, as on the
 * kiosk and the board; ticket numbers (C001) are identifiers and stay as issued, as in every app.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { api, login, type TestHub } from '../support/hub.js';
import { issue } from './counter-support.js';
import { drawnTexts } from './support/drawn-text.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({
    catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits: 'arab' } },
  });
});
test.afterAll(async () => hub?.cleanup());

/**
 * Latin digits in Arabic text: every text node drawn on the page and every option of the selects
 * (their lists open on a tap), outside left-to-right isolates, English, and ticket numbers.
 */
async function latinDigitsInArabic(page: Page): Promise<string[]> {
  const skip = '[lang="en"], .ltr-isolate, bdi[dir="ltr"], [translate="no"], script, style';
  const ticketNumbers = /\b[A-Z]{1,3}-?[0-9A-Z-]*[0-9]+\b/g;
  // A text's left-to-right isolate (U+2066 … U+2069) holds an identifier, as an element's would.
  const ltrIsolates = /\u2066[^\u2069]*\u2069/g;
  return (await drawnTexts(page, skip))
    .map((text) => text.replace(ltrIsolates, '').replace(ticketNumbers, ''))
    .filter((text) => /[0-9]/.test(text));
}

test('at 390×844 in Arabic, counts, waits and priorities use the centre’s Arabic-Indic digits', async ({
  page,
}) => {
  // Twelve waiting in the identity queue, with a counter open, so its wait is a figure in minutes.
  for (let i = 0; i < 12; i++) await issue(hub.url, 'eid-renew');
  const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
  expect((await api(hub.url, 'POST', '/counters/c1/open', agent)).status).toBe(200);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${hub.url}/floor/`);
  await page.locator('input[name="username"]').fill('floor');
  await page.locator('input[name="pin"]').fill('112233');
  await page.locator('form.sign-in button[type="submit"]').click();
  const identity = page.getByTestId('floor-queue-q-identity');
  await expect(identity.getByTestId('waiting')).toHaveText('١٢');
  await expect(identity.getByTestId('wait-now')).toHaveText(/[\u0660-\u0669]/);
  await expect(page.getByTestId('floor-queue-q-traffic').getByTestId('waiting')).toHaveText('٠');

  await page.locator('select[name="service"]').selectOption('licence-renew');
  await page.locator('select[name="priority"]').selectOption('senior');
  await expect(page.locator('select[name="priority"] option:checked')).toContainText('(٦٠+)');
  await page.locator('button[type="submit"]').click();
  // The ticket number is an identifier: as issued, in Latin digits, like the kiosk's and the board's.
  await expect(page.getByTestId('issued')).toContainText('C001');
  await expect(page.getByTestId('floor-queue-q-traffic').getByTestId('waiting')).toHaveText('١');

  await page.evaluate(() => document.fonts.ready);
  mkdirSync('artifacts/screens', { recursive: true });
  await page.screenshot({ path: 'artifacts/screens/floor-390-ar-arab.png', fullPage: true });
  expect(await latinDigitsInArabic(page)).toEqual([]);
});
