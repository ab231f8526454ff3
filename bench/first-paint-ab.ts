// The kiosk's cold first render, two (or more) checkouts compared in the same minutes: each root
// builds its own apps and starts its own hub here, and the loads alternate between them, so a
// machine whose load moves from one minute to the next moves them alike (bench/first-paint.ts alone
// varies by ±100 ms from run to run on this two-core machine). Painted = the first contentful paint,
// which on the kiosk is the welcome screen (bench/first-paint.ts shows both agree).
// Run: npx tsx bench/first-paint-ab.ts <runs per root> <root> <root> [...]
//   e.g. git worktree add --detach /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/
//        npx tsx bench/first-paint-ab.ts 15 /tmp/base "$PWD"
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { ms, summarise } from './stats.js';

interface Started {
  kioskUrl: string;
  cleanup: () => Promise<void>;
}
type BuildModule = { buildRendererApps: (o: { quiet: boolean }) => Promise<unknown> };
type FixtureModule = { startKioskE2e: () => Promise<Started> };

const runs = Number(process.argv[2]);
const roots = process.argv.slice(3).map((r) => resolve(r));
if (!Number.isInteger(runs) || runs < 1 || roots.length < 2) {
  console.error('usage: npx tsx bench/first-paint-ab.ts <runs per root> <root> <root> [...]');
  process.exit(2);
}

// A string: the page runs it. Resolves with the first contentful paint's time once it is reported.
const FIRST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  const cap = setTimeout(() => resolve(NaN), 5000);
  new PerformanceObserver((list) => {
    const e = list.getEntriesByName('first-contentful-paint')[0];
    if (e) { clearTimeout(cap); resolve(e.startTime); }
  }).observe({ type: 'paint', buffered: true });
})`;

const hubs: Started[] = [];
for (const root of roots) {
  const build = (await import(`${root}/scripts/build-renderer.ts`)) as BuildModule;
  await build.buildRendererApps({ quiet: true });
  const fixture = (await import(`${root}/tests/kiosk/e2e-fixture.ts`)) as FixtureModule;
  hubs.push(await fixture.startKioskE2e());
}
const browser = await chromium.launch({
  executablePath: process.env.DAWR_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const painted = roots.map((): number[] => []);
const inDom = roots.map((): number[] => []);
const loadBefore = loadavg()[0]!;
try {
  for (let i = 0; i < runs * roots.length; i++) {
    const r = i % roots.length;
    // A new context each time: a cold cache, as after a kiosk restart.
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(hubs[r]!.kioskUrl);
    await page.getByTestId('screen-welcome').waitFor();
    inDom[r]!.push(performance.now() - t0);
    painted[r]!.push(await page.evaluate<number>(FIRST_CONTENTFUL_PAINT));
    await context.close();
  }
} finally {
  await browser.close();
  for (const h of hubs) await h.cleanup();
}
console.log(`Kiosk cold first render, ${runs} loads per root, alternating`);
roots.forEach((root, r) => {
  const p = summarise(painted[r]!.filter(Number.isFinite));
  const d = summarise(inDom[r]!);
  console.log(`  ${root}\n    painted p50 ${ms(p.p50)} (n=${p.n})   in the DOM p50 ${ms(d.p50)}`);
});
console.log(
  `  load average (1 min) ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
);
