/**
 * When the print tap gives no ticket because the hub cannot be reached, the kiosk's box under the
 * print button said "لا يوجد اتصال بالخادم." ("No connection to the server."): a technician's words,
 * and no word of what becomes of the ticket. Nothing was printed because nothing was issued yet (the
 * ticket is issued first, then printed on the ticket screen); the kiosk asks again by itself, with
 * the same idempotency key, once the hub is back. So the box now says the ticket is not issued yet,
 * that it will be issued here by itself (one ticket only), and to ask staff if it takes long: in
 * every kiosk language. Then the hub comes back and the one ticket appears. Screenshots (Arabic and
 * English, larger text): kiosk-print-error-*.png in the test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { VISITOR_LANGUAGES, type VisitorLanguage } from '../../shared/i18n/languages.js';
import { LOCALES, SOURCE_BUNDLES, visitorText } from '../../shared/i18n/locales/all.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { KIOSK_KEY } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { portraitKiosk } from './support/kiosk-portrait.js';

const kiosk = portraitKiosk();

/** Switches the kiosk to `lang` from the header, as a visitor does. */
async function chooseLanguage(page: Page, lang: VisitorLanguage) {
  if (lang === 'ar' || lang === 'en')
    await page.getByRole('button', { name: lang === 'ar' ? 'العربية' : 'English', exact: true }).click();
  else {
    await page.getByTestId('more-languages').click();
    await page.locator(`[data-language=${lang}]`).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** The server-error words the box used to say, in `lang`. */
function technicianWords(lang: VisitorLanguage): string {
  const common = lang === 'ar' || lang === 'en' ? SOURCE_BUNDLES[lang].common : LOCALES[lang].common;
  return common.errors.offline;
}

test('a print tap the hub never received: the box says the ticket is not issued yet and will be, in every kiosk language', async ({
  page,
}) => {
  const k = kiosk();
  await page.goto(k.kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  // Every added language's catalogue is fetched from the hub when first chosen: once each while it is up.
  for (const lang of VISITOR_LANGUAGES) await chooseLanguage(page, lang);
  await chooseLanguage(page, 'ar');
  await page.getByRole('button', { name: kioskStrings.ar.accessibility }).first().click();
  await page.getByRole('button', { name: kioskStrings.ar.largerText, exact: true }).first().click();
  await page.getByTestId('a11y-panel').getByRole('button', { name: 'إغلاق' }).click();
  await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
  const print = page.locator('.print-button');
  await expect(print).toBeVisible();

  await k.stopHub();
  await expect(page.getByTestId('connection-banner')).toBeVisible();
  await print.click();
  const box = page.getByTestId('screen-service').getByRole('alert');
  await expect(box).toBeVisible();
  // Read where the citizen is looking, beside "Try again": on the screen and under nothing.
  const seen = await box.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { inView: r.top >= 0 && r.bottom <= window.innerHeight, uncovered: !!top && el.contains(top) };
  });
  expect(seen).toEqual({ inView: true, uncovered: true });

  for (const lang of VISITOR_LANGUAGES) {
    await chooseLanguage(page, lang);
    for (const key of ['issueNotYet', 'issueWhenConnected', 'issueAskStaff'])
      await expect(box, `${lang}: ${key}`).toContainText(visitorText(lang, 'kiosk', key));
    await expect(box, `${lang}: the technician's words`).not.toContainText(technicianWords(lang));
    if (lang === 'ar' || lang === 'en') {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: test.info().outputPath(`kiosk-print-error-${lang}.png`) });
      await expectAccessible(page, `print error (${lang})`);
    }
  }

  // The hub comes back: the kiosk asks again by itself and the one ticket is issued.
  await k.restartHub();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/, { timeout: 15_000 });
  const res = await fetch(`${k.hub.url}/api/v1/snapshot`, {
    headers: { authorization: `Device ${KIOSK_KEY}` },
  });
  const snapshot = (await res.json()) as { queues: { queueId: string; waiting: number }[] };
  expect(snapshot.queues.find((q) => q.queueId === 'q-identity')?.waiting).toBe(1);
});
