import { chromium, type Page } from '@playwright/test';
import { startTestHub, KIOSK_KEY, DISPLAY_KEY, api, login } from '../tests/support/hub.js';

const out = '/tmp/shots';
const hub = await startTestHub();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = (w: number, h: number) => browser.newContext({ viewport: { width: w, height: h }, locale: 'ar-AE', timezoneId: 'Asia/Dubai' });
try {
  const kioskCtx = await ctx(1080, 1920);
  const kiosk = await kioskCtx.newPage();
  await kiosk.goto(`${hub.url}/kiosk/#key=${KIOSK_KEY}`);
  await kiosk.getByTestId('screen-welcome').waitFor();
  const boardCtx = await ctx(1920, 1080);
  const board = await boardCtx.newPage();
  await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
  await board.waitForTimeout(1500);

  const dashCtx = await ctx(1366, 768);
  const page = await dashCtx.newPage();
  const signIn = async (p: Page, lang: string) => {
    await p.goto(`${hub.url}/dashboard/${lang === 'en' ? '?lang=en' : ''}`);
    await p.getByLabel(lang === 'en' ? 'Username' : 'اسم المستخدم').fill('manager');
    await p.getByLabel(lang === 'en' ? 'PIN' : 'الرقم السري').fill('246810');
    await p.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'دخول' }).click();
    await p.getByTestId('queues').waitFor();
    await p.getByRole('button', { name: lang === 'en' ? 'Configuration' : 'الإعدادات' }).click();
    await p.getByTestId('device-keys').locator('tbody tr').first().waitFor();
  };
  await signIn(page, 'ar');
  // An expiry on the display, so the column shows a date.
  const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  await api(hub.url, 'POST', '/manager/setDeviceExpiry', manager, { deviceId: 'display-t', expiresAt: Date.now() + 90 * 86400_000 });
  await page.getByRole('button', { name: 'تحديث القائمة' }).click();
  await page.waitForTimeout(500);
  const section = page.getByTestId('device-keys');
  await section.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('[data-testid="device-keys"]')!.scrollIntoView());
  await page.screenshot({ path: `${out}/01-dash-devices-ar.png` });
  await page.getByRole('button', { name: 'إبطال المفتاح: Test kiosk' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('سُرق الجهاز من المدخل');
  await page.screenshot({ path: `${out}/02-revoke-step1-ar.png` });
  await page.getByRole('button', { name: 'متابعة' }).click();
  await page.screenshot({ path: `${out}/03-revoke-step2-ar.png` });
  await page.getByRole('button', { name: 'نعم، أبطِل المفتاح' }).click();
  await page.getByTestId('device-notice').filter({ hasText: 'أُبطل' }).waitFor();
  await page.evaluate(() => document.querySelector('[data-testid="device-keys"]')!.scrollIntoView());
  await page.screenshot({ path: `${out}/04-revoked-row-ar.png` });
  await kiosk.getByRole('alert').waitFor();
  await kiosk.screenshot({ path: `${out}/05-kiosk-ended.png` });
  await page.getByRole('button', { name: 'مفتاح جديد: Test display' }).click();
  await page.getByTestId('pairing-code').waitFor();
  await page.screenshot({ path: `${out}/06-rekey-ar.png` });
  await page.getByRole('button', { name: 'تم' }).click();
  await page.getByRole('button', { name: 'تاريخ الانتهاء: Test display' }).click();
  await page.screenshot({ path: `${out}/07-expiry-ar.png` });
  await page.keyboard.press('Escape');

  const en = await dashCtx.newPage();
  await signIn(en, 'en');
  await en.evaluate(() => document.querySelector('[data-testid="device-keys"]')!.scrollIntoView());
  await en.screenshot({ path: `${out}/08-dash-devices-en.png` });
  await en.getByRole('button', { name: 'New key: Test display' }).click();
  await en.getByTestId('pairing-code').waitFor();
  await en.screenshot({ path: `${out}/09-rekey-en.png` });
  await en.getByRole('button', { name: 'Done' }).click();
  await en.getByRole('button', { name: 'Revoke key: Test display' }).click();
  await en.getByRole('dialog').getByRole('textbox').fill('Screen replaced');
  await en.getByRole('button', { name: 'Continue' }).click();
  await en.screenshot({ path: `${out}/10-revoke-step2-en.png` });
  await en.getByRole('button', { name: 'Yes, revoke the key' }).click();
  await board.getByRole('alert').waitFor();
  await board.screenshot({ path: `${out}/11-display-ended.png` });

  // Counter and dashboard sign-in after a logout elsewhere.
  const counterCtx = await ctx(1366, 768);
  const counter = await counterCtx.newPage();
  await counter.goto(`${hub.url}/counter/`);
  await counter.locator('input[name="username"]').fill('agent1');
  await counter.locator('input[name="pin"]').fill('111111');
  await counter.locator('form.sign-in button[type="submit"]').click();
  await counter.locator('select[name="counter"]').waitFor();
  const token = await counter.evaluate(() => JSON.parse(sessionStorage.getItem('dawr.counter.session')!).token as string);
  await api(hub.url, 'POST', '/auth/logout', `Bearer ${token}`);
  await counter.locator('form.sign-in .notice').waitFor();
  await counter.screenshot({ path: `${out}/12-counter-ended.png` });

  const dtoken = await en.evaluate(() => sessionStorage.getItem('dawr.dashboard.token')!);
  await api(hub.url, 'POST', '/auth/logout', `Bearer ${dtoken}`);
  await en.locator('.sign-in .notice').waitFor();
  await en.screenshot({ path: `${out}/13-dash-ended-en.png` });

  const floorCtx = await ctx(1366, 768);
  const floor = await floorCtx.newPage();
  await floor.goto(`${hub.url}/floor/`);
  await floor.locator('input[name="username"]').fill('floor');
  await floor.locator('input[name="pin"]').fill('112233');
  await floor.locator('form.sign-in button[type="submit"]').click();
  await floor.waitForTimeout(1500);
  const ftoken = await floor.evaluate(() => JSON.parse(sessionStorage.getItem('dawr.floor.session')!).token as string);
  await api(hub.url, 'POST', '/auth/logout', `Bearer ${ftoken}`);
  await floor.locator('form.sign-in .notice').waitFor();
  await floor.screenshot({ path: `${out}/14-floor-ended.png` });
} finally {
  await browser.close();
  await hub.cleanup();
}
