/**
 * The kiosk's question box end to end, in Arabic and English: a question typed (partly on the
 * on-screen keyboard) finds the right service, whose button opens its page; nonsense gets the
 * handover offer, which raises a help request a floor assistant in another browser receives with
 * the reason "unanswered question". axe (WCAG 2.1 AA) on the new screens in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import type { HelpRequest } from '../../shared/contract/assisted.js';
import { connect, emitAck, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
let assistantSocket: Socket;

test.beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startE2eHub();
  assistantSocket = await connect(hub.url, '/counter', { token: await login(hub.url, 'manager', '246810') });
});
test.afterAll(async () => {
  assistantSocket?.close();
  await hub?.cleanup();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/kiosk-ask-${name}.png`, fullPage: true });

async function openAsk(page: Page, lang: 'ar' | 'en') {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await page.getByRole('button', { name: lang === 'ar' ? 'العربية' : 'English' }).click();
  await page.getByRole('button', { name: lang === 'ar' ? 'اسأل سؤالاً' : 'Ask a question' }).click();
  await expect(page.getByTestId('screen-ask')).toBeVisible();
}

const cases = [
  {
    lang: 'ar' as const,
    keys: ['ك', 'ي', 'ف'],
    question: 'كيف أجدد الهوية؟',
    service: 'تجديد بطاقة الهوية',
    nonsense: 'قطط زرقاء تطير فوق القمر',
    call: 'سأطلب لك مساعداً',
    called: 'طلبنا مساعداً',
  },
  {
    lang: 'en' as const,
    keys: ['h', 'o', 'w'],
    question: 'How do I renew my Emirates ID?',
    service: 'Renew Emirates ID',
    nonsense: 'purple giraffes dancing xylophone',
    call: 'I’ll call an assistant',
    called: 'An assistant has been called',
  },
];

for (const c of cases) {
  test(`question box (${c.lang}): a question finds its service; the service opens`, async ({ page }) => {
    await openAsk(page, c.lang);
    await expectAccessible(page, `question box (${c.lang})`);
    await shot(page, `empty-${c.lang}`);
    const input = page.locator('#ask-question');
    for (const k of c.keys)
      await page.getByTestId('ask-osk').getByRole('button', { name: k, exact: true }).click();
    await expect(input).toHaveValue(c.keys.join(''));
    await input.fill(c.question);
    await page.getByRole('button', { name: c.lang === 'ar' ? 'اسأل' : 'Ask', exact: true }).click();

    const first = page.getByTestId('ask-service').first();
    await expect(first).toHaveAttribute('data-service-id', 'eid-renew');
    await expect(page.getByTestId('ask-answer')).toHaveAttribute('data-outcome', 'answered');
    await expect(page.getByTestId('ask-handover')).toHaveCount(0);
    // The service comes with its documents.
    await expect(first.locator('.documents li').first()).toBeVisible();
    await expectAccessible(page, `question box answer (${c.lang})`);
    await shot(page, `answer-${c.lang}`);

    await first.getByRole('button', { name: new RegExp(c.service) }).click();
    await expect(page.getByTestId('screen-service')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.service);
  });

  test(`question box (${c.lang}): nonsense is handed over to a floor assistant`, async ({ browser }) => {
    const floorCtx = await browser.newContext();
    const kioskCtx = await browser.newContext();
    const floor = await floorCtx.newPage();
    const kiosk = await kioskCtx.newPage();
    await floor.goto(`${hub.url}/floor/${c.lang === 'en' ? '?lang=en' : ''}`);
    await floor.locator('input[name="username"]').fill('floor');
    await floor.locator('input[name="pin"]').fill('112233');
    await floor.locator('form.sign-in button[type="submit"]').click();
    await expect(floor.getByTestId('help-requests')).toBeVisible();

    await openAsk(kiosk, c.lang);
    await kiosk.locator('#ask-question').fill(c.nonsense);
    await kiosk.getByRole('button', { name: c.lang === 'ar' ? 'اسأل' : 'Ask', exact: true }).click();
    const handover = kiosk.getByTestId('ask-handover');
    await expect(handover).toBeVisible();
    await expect(kiosk.getByTestId('ask-answer')).not.toHaveAttribute('data-outcome', 'answered');
    await expectAccessible(kiosk, `question box handover (${c.lang})`);
    await shot(kiosk, `handover-${c.lang}`);

    await handover.getByRole('button', { name: c.call }).click();
    await expect(kiosk.getByTestId('ask-help-status')).toContainText(c.called);
    const request = floor.getByTestId('help-request');
    await expect(request).toContainText('Test kiosk');
    await expect(request).toContainText(c.lang === 'ar' ? 'سؤال لم يُجب عنه' : 'Unanswered question');
    // The floor assistant accepts; the kiosk says who is coming.
    await request.getByRole('button', { name: c.lang === 'ar' ? 'قبول' : 'Accept' }).click();
    await expect(kiosk.getByTestId('ask-help-status')).toContainText(c.lang === 'ar' ? 'قادم' : 'on the way');
    await expectAccessible(kiosk, `question box assistant coming (${c.lang})`);
    // Once helped, the kiosk closes the request (one open request per kiosk), ready for the next citizen.
    const raised = (await emitAck<HelpRequest[]>(assistantSocket, 'openHelpRequests', {})) as {
      ok: true;
      data: HelpRequest[];
    };
    const mine = raised.data.find((r) => r.reason === 'assistant_handover');
    expect(mine).toBeDefined();
    const kioskSocket = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    expect((await emitAck(kioskSocket, 'closeHelp', { requestId: mine!.id })).ok).toBe(true);
    kioskSocket.close();
    await floorCtx.close();
    await kioskCtx.close();
  });
}
