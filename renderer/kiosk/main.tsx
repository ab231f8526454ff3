/**
 * The kiosk's entry, kept small: it takes the device key and asks the hub for the catalogue and
 * this kiosk's settings straight away, so the hub answers while the rest of the app (boot.tsx,
 * fetched alongside through the page's modulepreload links) is parsed and run, rather than after
 * it; and it sets up the worker that checks those answers once the first screen is painted (issue
 * #15, first render; bench/first-paint.ts).
 */
import { afterFirstPaint } from '../common/after-first-paint.js';
import { BootCheck } from './boot-check.js';
import { loadBoot } from './boot-load.js';
import { takeDeviceKey } from './device-key.js';
import { KioskApi } from './kiosk-api.js';

/** The hub went away between the page and its script: the page tries again. */
const RELOAD_AFTER_MS = 2000;

const deviceKey = takeDeviceKey();
const answers = deviceKey ? loadBoot(new KioskApi(deviceKey)) : null;
// The validation worker starts once the first screen is painted (boot-check.ts): the screen is drawn
// from the answers as they came, and stays only if its verdict passes.
const checker = deviceKey ? new BootCheck(afterFirstPaint()) : null;
const checked = answers && checker ? answers.then((a) => checker.boot(a)) : null;
import('./boot.js').then(
  (boot) => boot.startKiosk(deviceKey, checker, answers, checked),
  () => setTimeout(() => location.reload(), RELOAD_AFTER_MS),
);
