/**
 * /join/ writes its numbers in the centre's digits (issue #15): the code's lifetime was a "٥" written
 * into the catalogue, so a Latin-digit centre's Arabic page read "صالح لمدة ٥ دقائق" beside
 * "+97150*****67". Under 'arab' and 'latn' the page's text holds no digit of the other system but
 * the masked number, an identifier kept as issued (Latin) and isolated so it reads left to right.
 */
import { expect, test } from '@playwright/test';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { remoteModule } from '../../main/hub/features/remote/module.js';
import { DEFAULT_REMOTE_SETTINGS } from '../../main/hub/features/remote/settings.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import { CapturingSms } from '../remote/support.js';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const join = SOURCE_BUNDLES.ar.namespaces.join;
const MASKED = '+97150*****67';

for (const digits of ['arab', 'latn'] as const) {
  test.describe(`a centre set to ${digits} digits`, () => {
    const sms = new CapturingSms();
    let hub: TestHub | undefined;
    test.beforeAll(async () => {
      const remote = remoteModule({ sms, settings: DEFAULT_REMOTE_SETTINGS });
      hub = await startE2eHub({
        catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits } },
        modules: HUB_MODULES.map((m) => (m.name === 'remote' ? remote : m)),
      });
    });
    test.afterAll(async () => hub?.cleanup());

    test('the Arabic join page says the code’s lifetime in those digits only', async ({ page }) => {
      await page.goto(`${hub!.url}/join/?lang=ar`);
      await page.getByRole('combobox').selectOption('licence-renew');
      await page.getByRole('textbox').fill('0501234567');
      await page.getByRole('button', { name: join.sendCode }).click();
      const sent = page.getByTestId('code-sent');
      await expect(sent).toContainText(digits === 'arab' ? 'صالح لمدة ٥ دقائق' : 'صالح لمدة 5 دقائق');
      // The masked number is whole and isolated: it cannot be reordered into "67.*****97150+".
      await expect(sent).toContainText(`\u2066${MASKED}\u2069`);
      // Drawn left to right: its "+" left of its last two digits.
      const [plusX, lastX] = await sent.evaluate((p, masked) => {
        const node = p.firstChild!;
        const at = (node.textContent ?? '').indexOf(masked);
        const x = (i: number) => {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getBoundingClientRect().left;
        };
        return [x(at), x(at + masked.length - 1)];
      }, MASKED);
      expect(plusX).toBeLessThan(lastX);
      const text = (await page.locator('main').innerText()).replace(MASKED, '');
      const wrong = digits === 'arab' ? /[0-9]/g : /[\u0660-\u0669\u06F0-\u06F9]/g;
      expect(text.match(wrong) ?? []).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/join-digits-${digits}.png` });
    });
  });
}
