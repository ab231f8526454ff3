/**
 * The kiosk's screens that are not on its first paint (services, ticket, check-in, feedback,
 * assisted service, questions), each in its own chunk (scripts/build-renderer.ts splits at
 * `import()`): the welcome screen is drawn without parsing them (issue #15, bench/first-paint.ts).
 * `preloadLaterScreens` fetches them all straight after the first paint, so a tap does not wait.
 */
import { createElement, use, type ComponentType } from 'react';

/** A hub that is down while a chunk loads is retried this often (the kiosk shows its offline banner). */
const RETRY_MS = 2000;

interface LaterScreen {
  Screen: ComponentType;
  preload(): Promise<unknown>;
}

/**
 * A screen loaded on first use. Once loaded it renders at once, without suspending, so going back
 * and forth between screens never shows the Suspense fallback.
 */
export function laterScreen(load: () => Promise<ComponentType>): LaterScreen {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const attempt = (): Promise<ComponentType> =>
    load().catch(
      () => new Promise<ComponentType>((resolve) => setTimeout(() => resolve(attempt()), RETRY_MS)),
    );
  const preload = () =>
    (pending ??= attempt().then((c) => {
      loaded = c;
      return c;
    }));
  function Screen() {
    const component = loaded ?? use(preload());
    return createElement(component);
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

/** Starts loading every later screen; called once the first screen is on the glass. */
export function preloadLaterScreens(): void {
  for (const s of [Services, Service, Ticket, CheckIn, Feedback, Assisted, Ask]) void s.preload();
}
