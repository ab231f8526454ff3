/**
 * What the kiosk leaves out of its first frame (issue #15, renderer/common/after-first-paint.ts): a
 * trace of its cold start showed the welcome screen committed well before it was painted, the
 * raster threads waiting for a core while the later screens' chunks, the socket's handshake and the
 * fonts of the other languages' names were fetched and decoded. Now the chunks, the socket and the
 * validation worker wait until the first contentful frame is presented, and the names come in faces inlined in the kiosk's
 * stylesheet (renderer/kiosk/language-name-faces.ts), so no font file of their scripts is fetched.
 * Order only, no durations: each request's start against the first contentful paint's time.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGE_NAME_FACES, languageNameFamily } from '../../renderer/kiosk/language-name-faces.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { portraitKiosk } from './support/kiosk-portrait.js';
import { RECORD_SOCKETS } from './support/record-sockets.js';

const kiosk = portraitKiosk();

interface FirstFrame {
  firstContentfulPaint: number;
  /** Start of each request for a later screen's chunk. */
  laterChunks: number[];
  /** Start of the request for the validation worker's script (renderer/kiosk/boot-check.ts). */
  checkWorker: number[];
  socketsOpenedAt: number[];
  /** Font files fetched, by name. */
  fontFiles: string[];
}

const LATER_SCREEN_CHUNK = /\/kiosk\/chunks\/(catalogue|ticket|check-in|feedback|assisted|ask)-\w+\.js$/;

const firstFrame = (page: Page): Promise<FirstFrame> =>
  page.evaluate((chunk) => {
    const pattern = new RegExp(chunk);
    const resources = performance.getEntriesByType('resource');
    return {
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      laterChunks: resources.filter((r) => pattern.test(r.name)).map((r) => r.startTime),
      checkWorker: resources.filter((r) => r.name.endsWith('/boot-check.worker.js')).map((r) => r.startTime),
      socketsOpenedAt: (window as unknown as { __socketsOpenedAt: number[] }).__socketsOpenedAt,
      fontFiles: resources.filter((r) => r.name.endsWith('.woff2')).map((r) => r.name.split('/').pop()!),
    };
  }, LATER_SCREEN_CHUNK.source);

test('the later screens, the boot check and the socket wait for the first frame to be on the glass', async ({
  page,
}) => {
  await page.addInitScript(RECORD_SOCKETS);
  await page.goto(kiosk().kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  // Every later screen's chunk is fetched, and the socket opened (the preload and live data still come).
  await expect.poll(async () => (await firstFrame(page)).laterChunks.length).toBeGreaterThanOrEqual(6);
  await expect.poll(async () => (await firstFrame(page)).socketsOpenedAt.length).toBe(1);
  // The worker that checks the hub's answers starts after the paint too: building zod's schemas took
  // a core for ~200 ms while the welcome screen was drawn.
  await expect.poll(async () => (await firstFrame(page)).checkWorker.length).toBe(1);
  const frame = await firstFrame(page);
  expect(frame.firstContentfulPaint).toBeGreaterThan(0);
  for (const started of [...frame.laterChunks, ...frame.socketsOpenedAt, ...frame.checkWorker])
    expect(started).toBeGreaterThan(frame.firstContentfulPaint);
});

test("the other languages' names are drawn in their inline faces, with no font file of their scripts", async ({
  page,
}) => {
  await page.goto(kiosk().kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  const codes = Object.keys(LANGUAGE_NAME_FACES) as VisitorLanguage[];
  // Each name's face is the one its button names first, and it is loaded (inline: nothing to wait for).
  for (const code of codes) {
    const name = page.getByTestId('more-languages').locator(`[lang="${code}"]`);
    await expect(name).toHaveCSS('font-family', new RegExp(`^"${languageNameFamily(code)}"`));
  }
  const loaded = await page.evaluate(async (families) => {
    await document.fonts.ready;
    return families.filter((f) =>
      [...document.fonts].some((face) => face.family === f && face.status === 'loaded'),
    );
  }, codes.map(languageNameFamily));
  expect(loaded.sort()).toEqual(codes.map(languageNameFamily).sort());
  // The Arabic and Latin faces the screen's own text needs, and nothing for the names' scripts.
  expect(
    (await firstFrame(page)).fontFiles.filter((f) => /devanagari|malayalam|bengali|nastaliq/.test(f)),
  ).toEqual([]);
});
