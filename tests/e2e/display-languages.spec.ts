/**
 * The board in the visitor's language (issue #19): a call for an Urdu visitor carries a line in
 * Urdu under the call (right to left, in the Nastaliq face) on a full board at 1920×1080 and
 * 1080×1920 with nothing spilling; a queue with added announcement languages is announced in them
 * after Arabic and English where the screen has a voice, and skipped silently where it has none
 * (the technician learns it from device health). The speech API is replaced in the page by a
 * recorder, so the test hears what is said in which `lang` on any machine.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { DeviceHealthList } from '../../shared/contract/device-health.js';
import { api, connect, DISPLAY_KEY, emitAck, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue } from './counter-support.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';

/** Monday 7 December 2026, 10:00 in Dubai at real speed: the demo centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
const openHours = { now: () => Date.now() + shift };
const QUEUE = 'q-residency';
const SERVICE = 'residency-renew';

let hub: TestHub;
let agent = '';
let manager = '';
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: openHours });
  mkdirSync('test-results/screens', { recursive: true });
  agent = `Bearer ${await login(hub.url, 'agent3', '333333')}`;
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  expect((await api(hub.url, 'POST', '/counters/c3/open', agent)).status).toBe(200);
});
test.afterAll(async () => hub?.cleanup());

async function catalogue(): Promise<Catalogue> {
  const r = await api(hub.url, 'POST', '/manager/catalogue', manager, {});
  expect(r.status).toBe(200);
  return r.body as unknown as Catalogue;
}

/** Sets the residency queue's added announcement languages through the manager's API. */
async function announceResidencyIn(languages: unknown): Promise<number> {
  const c = await catalogue();
  const queues = c.queues.map((q) => (q.id === QUEUE ? { ...q, announcementLanguages: languages } : q));
  const r = await api(hub.url, 'POST', '/manager/updateCatalogue', manager, {
    catalogue: { ...c, queues },
    what: `queues:${QUEUE}`,
  });
  return r.status;
}

/** Counter 3 finishes what it holds and calls the next residency ticket, issued in `language`. */
async function callAtCounter3(language: string): Promise<string> {
  const snap = await api(hub.url, 'GET', '/snapshot', agent);
  const held = (snap.body.counters as { counterId: string; currentVisitId: string | null }[]).find(
    (c) => c.counterId === 'c3',
  )?.currentVisitId;
  if (held) {
    await api(hub.url, 'POST', `/counters/c3/start/${held}`, agent);
    const done = await api(hub.url, 'POST', `/counters/c3/complete/${held}`, agent, {
      services: [{ serviceId: SERVICE, outcome: 'done' }],
    });
    expect(done.status).toBe(200);
  }
  const { visit } = await issue(hub.url, SERVICE, { language });
  const called = await api(hub.url, 'POST', '/counters/c3/call-next', agent);
  expect(called.status).toBe(200);
  expect(called.body.ticket).toBe(visit.ticket);
  return visit.ticket;
}

/** Ten earlier calls, once per hub: the board's fullest history beside the call. */
let history: Promise<void> | undefined;
const ensureHistory = () =>
  (history ??= (async () => {
    for (let i = 0; i < 10; i++) await callAtCounter3('ar');
  })());

/**
 * speechSynthesis with voices for Arabic, English and Urdu only (none for Malayalam), recording
 * every utterance's `lang` and text in `window.__spoken`; each ends at once. The stub's own record is
 * what the test waits on (`untilSpoken`): a promise resolved when the nth utterance is spoken, so a
 * slow machine only makes the wait longer (up to the test's timeout), never a false failure.
 */
async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { lang: string; text: string }[] = [];
    const waiters: { count: number; resolve: () => void }[] = [];
    const untilSpoken = (count: number) =>
      new Promise<void>((resolve) => {
        if (spoken.length >= count) resolve();
        else waiters.push({ count, resolve });
      });
    const voices = ['ar-AE', 'en-GB', 'ur-PK'].map((lang) => ({ lang, name: lang, default: false }));
    class Utterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => voices,
      addEventListener: () => undefined,
      speak: (u: Utterance) => {
        spoken.push({ lang: u.lang, text: u.text });
        for (const w of waiters.filter((x) => spoken.length >= x.count)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
        setTimeout(() => u.onend?.(), 0);
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, '__spoken', { value: spoken });
    Object.defineProperty(window, '__untilSpoken', { value: untilSpoken });
  });
}

interface SpeechRecord {
  __spoken: { lang: string; text: string }[];
  __untilSpoken: (count: number) => Promise<void>;
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as SpeechRecord).__spoken);
/** Resolves once the page has spoken `count` utterances in all (no deadline of its own). */
const untilSpoken = (page: Page, count: number) =>
  page.evaluate((n) => (window as unknown as SpeechRecord).__untilSpoken(n), count);

test('a queue’s added announcement languages are checked against the registry: an unknown code is a 400 that changes nothing', async () => {
  const before = await catalogue();
  expect(await announceResidencyIn(['ur', 'xx'])).toBe(400);
  expect(await announceResidencyIn(['ur', 'ur'])).toBe(400);
  expect(await catalogue()).toEqual(before);
});

for (const screen of SCREENS)
  test(`a call for an Urdu visitor shows an Urdu line (rtl, Nastaliq loaded) and a full board still fits ${screen.width}×${screen.height}`, async ({
    browser,
  }) => {
    await ensureHistory();
    const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
    const board = await ctx.newPage();
    try {
      await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en&history=10`);
      // The day's calls so far (nine or more earlier ones, as the tests before left them).
      await expect(board.getByTestId('latest-call')).toBeVisible();
      const ticket = await callAtCounter3('ur');
      await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', ticket);
      const line = board.getByTestId('visitor-line');
      await expect(line).toHaveAttribute('lang', 'ur');
      await expect(line).toHaveAttribute('dir', 'rtl');
      await expect(line).toContainText('براہ کرم کاؤنٹر 3 پر جائیں');
      await expect(line).toContainText(ticket);
      await board.evaluate(() => document.fonts.ready);
      expect(await line.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/^'?"?Dawr Urdu/);
      await expect
        .poll(() =>
          board.evaluate(() =>
            [...document.fonts].some(
              (f) => f.family.replace(/["']/g, '') === 'Dawr Urdu' && f.status === 'loaded',
            ),
          ),
        )
        .toBe(true);
      await expect(board.getByTestId('call-history').locator('li')).toHaveCount(10);
      await board.screenshot({ path: `test-results/screens/display-urdu-${screen.name}.png` });
      expect(await layoutProblems(board)).toEqual([]);
      // Only the call: no visit id, name or number beyond the ticket and counter.
      expect(await line.textContent()).not.toMatch(/visit|v-|\+971/);
      await expectNoAxeViolations(board);
      // After a reload the hub's recent calls bring the line back (its catalogue fetched again).
      await board.reload();
      await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', ticket);
      await expect(line).toContainText('براہ کرم کاؤنٹر 3 پر جائیں');

      // An Arabic visitor's call needs no line: the board already speaks their language.
      const arabic = await callAtCounter3('ar');
      await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', arabic);
      await expect(board.getByTestId('visitor-line')).toHaveCount(0);
    } finally {
      await ctx.close();
    }
  });

test('a queue with added languages is announced in them after Arabic and English; one without a voice is skipped and told to device health only', async ({
  browser,
}) => {
  expect(await announceResidencyIn(['ur', 'ml'])).toBe(200);
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await ctx.newPage();
  await recordSpeech(board);
  const managerSocket = await connect(hub.url, '/manager', { token: manager.slice('Bearer '.length) });
  try {
    await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
    // Only a call made while the board is connected is announced (one learnt from `recentCalls` on
    // connecting is shown, not spoken), and the queue's added languages come with the catalogue:
    // the board must have both before the call. The waiting table comes from the hub's snapshot
    // (so the socket is up); the centre's name in the title comes from the catalogue.
    await expect(board.getByTestId(`waiting-${QUEUE}`)).toBeVisible();
    await expect(board.locator('main.board h1')).toContainText((await catalogue()).centre.name.ar);
    const ticket = await callAtCounter3('bn');
    await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', ticket);
    const [prefix, number] = [ticket.replace(/\d+$/, ''), String(Number(ticket.replace(/^\D+/, '')))];
    await untilSpoken(board, 3);
    expect(await spoken(board)).toEqual([
      { lang: 'ar-AE', text: `التذكرة رقم ${prefix} ${number}، الكاونتر رقم 3` },
      { lang: 'en-GB', text: `Ticket ${prefix} ${number}, counter 3` },
      { lang: 'ur-PK', text: `ٹکٹ نمبر ${prefix} ${number}، کاؤنٹر نمبر 3` },
    ]);
    // The Bengali visitor reads the call in Bengali, though the queue does not announce in it.
    await expect(board.getByTestId('visitor-line')).toHaveAttribute('lang', 'bn');
    await expect(board.getByTestId('visitor-line')).toContainText('কাউন্টার 3');
    // Malayalam has no voice here: nothing on the board says so; the dashboard's device health does.
    await expect(board.locator('body')).not.toContainText(/speech|voice|صوت|നമ്പർ/i);
    await expect
      .poll(async () => {
        const r = await emitAck<DeviceHealthList>(managerSocket, 'manager.deviceHealth', {});
        return r.ok ? r.data.devices.find((d) => d.id === 'display-t')?.detail : 'refused';
      })
      .toBe('no-speech-voice:ml');

    // Without added languages the queue is announced in the screen's two again.
    expect(await announceResidencyIn([])).toBe(200);
    await expect
      .poll(async () => (await catalogue()).queues.find((q) => q.id === QUEUE)?.announcementLanguages?.length)
      .toBe(0);
    const next = await callAtCounter3('ar');
    await expect(board.getByTestId('latest-call')).toHaveAttribute('data-ticket', next);
    await untilSpoken(board, 5);
    expect((await spoken(board)).slice(3).map((s) => s.lang)).toEqual(['ar-AE', 'en-GB']);
  } finally {
    managerSocket.disconnect();
    await ctx.close();
  }
});
