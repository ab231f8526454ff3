/**
 * A visitor's own language writes numbers as the language registry says (shared/i18n/languages.ts
 * `numerals`): Arabic in the centre's digits, every other language in Latin digits, the digits of
 * the ticket numbers, the counters and the board. The phone's status page of a centre set to
 * Arabic-Indic digits wrote an Urdu, Persian, Hindi or Bengali visitor's place in line in
 * Arabic-Indic ("٣") beside "2 people ahead of you" in Latin: useFormat took every language but
 * English for Arabic. At a phone's size (390×844).
 */
import { expect, test } from '@playwright/test';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { remoteModule } from '../../main/hub/features/remote/module.js';
import { DEFAULT_REMOTE_SETTINGS } from '../../main/hub/features/remote/settings.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { api, KIOSK_KEY, type TestHub } from '../support/hub.js';
import { CapturingSms } from '../remote/support.js';
import { startE2eHub } from './support/hub.js';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Any digit that is not Latin: Arabic-Indic, Persian, Devanagari, Bengali. */
const NOT_LATIN = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/g;

let hub: TestHub;
test.beforeAll(async () => {
  const remote = remoteModule({ sms: new CapturingSms(), settings: DEFAULT_REMOTE_SETTINGS });
  hub = await startE2eHub({
    catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits: 'arab' } },
    modules: HUB_MODULES.map((m) => (m.name === 'remote' ? remote : m)),
  });
});
test.afterAll(async () => hub?.cleanup());

/** Each language's test has a queue of its own, so each ticket's place in line is its own test's. */
const SERVICE_OF = {
  ur: 'eid-renew',
  fa: 'residency-renew',
  hi: 'licence-renew',
  bn: 'building-permit',
  ar: 'work-permit',
} as const;

/** Three tickets taken in `language`: the status page's path of the third, third in line. */
async function thirdTicketIn(language: keyof typeof SERVICE_OF): Promise<string> {
  let path = '';
  for (let i = 1; i <= 3; i++) {
    const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: SERVICE_OF[language],
      idempotencyKey: `visitor-digits-${language}-${i}`,
      language,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    path = String(r.body.statusPath);
  }
  return path;
}

for (const language of ['ur', 'fa', 'hi', 'bn'] as const)
  test(`${language}: the place in line and the people ahead in Latin digits on an Arabic-Indic centre`, async ({
    page,
  }) => {
    await page.goto(`${hub.url}${await thirdTicketIn(language)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('position')).toHaveText('3');
    await expect(page.getByTestId('ahead')).toContainText('2');
    const text = await page.locator('main').innerText();
    expect(text.match(NOT_LATIN) ?? []).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/visitor-digits-${language}.png` });
  });

test('ar: the place in line and the people ahead in the centre’s Arabic-Indic digits', async ({ page }) => {
  await page.goto(`${hub.url}${await thirdTicketIn('ar')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('position')).toHaveText('٣');
  await expect(page.getByTestId('ahead')).not.toContainText(/[0-9]/);
});
