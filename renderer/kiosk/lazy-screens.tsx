/**
 * The kiosk's screens that are not on its first paint (services, ticket, check-in, feedback,
 * assisted service, questions), each in its own chunk (scripts/build-renderer.ts splits at
 * `import()`): the welcome screen is drawn without parsing them (issue #15, bench/first-paint.ts).
 * `preloadLaterScreens` fetches them all once the first paint is on the glass, so a tap does not wait.
 */
import { createElement, Suspense, use, type ComponentType } from 'react';
import { afterFirstPaint } from '../common/after-first-paint.js';
import { ScreenWaiting, type ScreenLoad } from './screen-waiting.js';

/** A chunk that did not come (the hub away) is fetched again this often, and at once when the hub is back. */
const RETRY_MS = 2000;

interface LaterScreen {
  Screen: ComponentType;
  preload(): Promise<unknown>;
}

/**
 * A screen loaded on first use. Once loaded it renders at once, without suspending, so going back
 * and forth between screens never shows the Suspense fallback. Until then the kiosk shows a screen
 * that says what is happening and offers the way back (screen-waiting.tsx), not a blank one, and
 * the screen appears by itself once its chunk comes, with the flow's state as it was: the same
 * `import()` is tried again, which a browser fetches afresh after a failure (Chromium 156 does; the
 * waiting screen reloads a page whose browser does not).
 */
export function laterScreen(load: () => Promise<ComponentType>): LaterScreen {
  let loaded: ComponentType | null = null;
  let failed = false;
  let started = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const setFailed = (value: boolean) => {
    if (failed === value) return;
    failed = value;
    for (const l of listeners) l();
  };
  let resolve!: (c: ComponentType) => void;
  // One promise for every render that suspends on this screen: `use` needs the same one each time.
  const ready = new Promise<ComponentType>((r) => (resolve = r));
  const attempt = (): Promise<boolean> => {
    started = true;
    return load().then(
      (c) => {
        if (!loaded) {
          loaded = c;
          clearTimeout(retry);
          setFailed(false);
          resolve(c);
        }
        return true;
      },
      () => {
        if (loaded) return true;
        clearTimeout(retry);
        retry = setTimeout(() => void attempt(), RETRY_MS);
        setFailed(true);
        return false;
      },
    );
  };
  const preload = () => {
    if (!started) void attempt();
    return ready;
  };
  const waiting: ScreenLoad = {
    failed: () => failed,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
    retryNow: () => (loaded ? Promise.resolve(true) : attempt()),
  };
  function Loaded() {
    return createElement(loaded ?? use(preload()));
  }
  function Screen() {
    return (
      <Suspense fallback={<ScreenWaiting load={waiting} />}>
        <Loaded />
      </Suspense>
    );
  }
  return { Screen, preload };
}

export const Services = laterScreen(() => import('./screens/catalogue.js').then((m) => m.ServicesScreen));
export const Service = laterScreen(() => import('./screens/catalogue.js').then((m) => m.ServiceScreen));
export const Ticket = laterScreen(() => import('./screens/ticket.js').then((m) => m.TicketScreen));
export const CheckIn = laterScreen(() => import('./screens/check-in.js').then((m) => m.CheckInScreen));
export const Feedback = laterScreen(() => import('./screens/feedback.js').then((m) => m.FeedbackScreen));
export const Assisted = laterScreen(() => import('./screens/assisted.js').then((m) => m.AssistedScreen));
export const Ask = laterScreen(() => import('./screens/ask.js').then((m) => m.AskScreen));

/**
 * Starts loading every later screen once the first frame has been presented: called when the first
 * screen is committed, but fetched and parsed then, they held that frame back (after-first-paint.ts).
 */
export function preloadLaterScreens(): void {
  void afterFirstPaint().then(() => {
    for (const s of [Services, Service, Ticket, CheckIn, Feedback, Assisted, Ask]) void s.preload();
  });
}
