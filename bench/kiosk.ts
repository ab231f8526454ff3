// Kiosk timings in Debian's Chromium against a real hub with the ESC/POS printer emulator:
// first render, tap-to-ticket-shown, tap-to-ticket-printed (last byte at the emulator), and
// every app's JavaScript size (gzip), the kiosk's target being under 250 KB.
// Run: npx tsx bench/kiosk.ts [tickets]
import { chromium, type Page } from '@playwright/test';
import { buildRenderer } from '../scripts/build-renderer.js';
import { startKioskE2e } from '../tests/kiosk/e2e-fixture.js';
import { line, ms, summarise } from './stats.js';

const N = Number(process.argv[2] ?? 10);

console.log('Kiosk benchmark (Chromium, real hub, ESC/POS emulator)');
const sizes = await buildRenderer({ quiet: true });
const k = await startKioskE2e();
const browser = await chromium.launch({
  executablePath: process.env.DAWR_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});

async function toConfirm(page: Page) {
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('button', { name: 'أخذ تذكرة لخدمة' }).click();
  await page.getByRole('button', { name: 'الهوية والجنسية والإقامة' }).click();
  await page.getByRole('button', { name: 'تجديد بطاقة الهوية' }).click();
  await page.getByRole('button', { name: 'أخذ تذكرة لخدمة' }).click();
  await page.getByRole('button', { name: 'تخطي' }).click();
  await page.getByRole('button', { name: 'متابعة' }).click();
}

try {
  const firstRender: number[] = [];
  const shown: number[] = [];
  const printed: number[] = [];
  for (let i = 0; i < N; i++) {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1600 } });
    const t0 = performance.now();
    await page.goto(k.kioskUrl);
    await page.getByTestId('screen-welcome').waitFor();
    firstRender.push(performance.now() - t0);
    await toConfirm(page);
    const jobs = k.printer.jobs.length;
    const tap = performance.now();
    await page.getByRole('button', { name: 'تأكيد وإصدار التذكرة' }).click();
    await page.getByTestId('ticket-number').waitFor();
    shown.push(performance.now() - tap);
    await page.getByText('تمت الطباعة').waitFor();
    const job = k.printer.jobs[jobs];
    if (job) printed.push(job.lastByteAt - tap);
    await page.close();
  }
  const report = (label: string, xs: number[]) => {
    const s = summarise(xs);
    line(label, `p50 ${ms(s.p50)}  max ${ms(s.max)}  (n=${s.n})`);
  };
  report('first render (navigation to welcome screen)', firstRender);
  report('tap to ticket shown', shown);
  report('tap to ticket printed (last byte at emulator)', printed);
  for (const [app, bytes] of Object.entries(sizes))
    line(
      `${app} JavaScript (gzip)`,
      `${(bytes / 1024).toFixed(1)} KB`,
      app === 'kiosk' ? '< 250 KB' : undefined,
      app === 'kiosk' ? bytes < 250 * 1024 : undefined,
    );
} finally {
  await browser.close();
  await k.cleanup();
}
