/**
 * The service form's errors lead the citizen to what to fix (S11 review, kiosk-23, 1080×1920 with
 * larger text): an Emirates ID whose last digit is wrong was told "15 digits starting with 784", a
 * rule it already met; and after "Submit" the summary showed in the bar at the foot while the flagged
 * fields were scrolled away above. Now the message names the check digit, and the first flagged field
 * takes the focus and is brought into view, uncovered by the bar and its keyboard.
 * Screenshots: kiosk-assisted-errors-*.png in each test's output folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { assisted as assistedStrings } from '../../shared/i18n/apps/assisted.js';
import { portraitKiosk } from './support/kiosk-portrait.js';
import { expectReachable } from './support/reach.js';
import { openKioskWith } from './support/kiosk-modes.js';

const kiosk = portraitKiosk();
/** 784, born 1980, 1234567, and a last digit the Luhn check refuses (the reviewer's number). */
const WRONG_CHECK_DIGIT = '784198012345671';

const CHECK_DIGIT_WORDS = { ar: /الرقم الأخير/, en: /last digit/i } as const;
const SHAPE_RULE = { ar: /15 رقماً/, en: /15 digits/ } as const;

async function openFormInLargerText(page: Page, lang: 'ar' | 'en') {
  await openKioskWith(page, kiosk().kioskUrl, lang, ['largerText']);
  await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
  await page.getByTestId('do-it-here').click();
  await expect(page.getByTestId('screen-assisted')).toBeVisible();
}

for (const lang of ['ar', 'en'] as const)
  test(`assisted form (${lang}): a wrong check digit is named, and submit leads to the first flagged field`, async ({
    page,
  }) => {
    await openFormInLargerText(page, lang);
    const form = page.getByTestId('screen-assisted');
    const emiratesId = form.locator('input[name="emiratesId"]');
    await emiratesId.click();
    await emiratesId.fill(WRONG_CHECK_DIGIT);
    // The citizen has gone on down the form, to its end, as in the reviewer's screenshot.
    const lastControl = form.locator('.on-behalf button').last();
    await lastControl.scrollIntoViewIfNeeded();
    await expectReachable(lastControl, 'the end of the form');
    await expect(emiratesId).not.toBeInViewport();

    await page.getByRole('button', { name: assistedStrings[lang].submit!, exact: true }).click();
    await expect(form.locator('.form-error')).toHaveText(assistedStrings[lang].fixErrors!);

    // The first flagged field (the ID, at the top) has the focus and is on the screen, uncovered.
    await expect(emiratesId).toHaveAttribute('aria-invalid', 'true');
    await expect(emiratesId).toBeFocused();
    await page.evaluate(() => document.fonts.ready);
    await expectReachable(emiratesId, 'the first flagged field');

    // Its message says which rule it breaks: the check digit, not the shape it already has.
    const message = form.locator('#f-emiratesId-error');
    await expectReachable(message, "the first flagged field's message");
    await expect(message).toHaveText(CHECK_DIGIT_WORDS[lang]);
    await expect(message).not.toHaveText(SHAPE_RULE[lang]);
    await expect(emiratesId).toHaveAttribute('aria-describedby', 'f-emiratesId-error');
    await page.screenshot({ path: test.info().outputPath(`kiosk-assisted-errors-${lang}.png`) });
  });
