/**
 * What a window shows at start: the pairing page when the machine is not (validly) configured,
 * else the 'waiting for the hub' page until the hub answers, then the role's app from the hub.
 * The hub serves every app, so a centre updates its screens in one place.
 */
import type { AppRole } from '../../shared/contract/ipc.js';
import type { ConfigResult, AppConfig } from './config.js';

/** The hub app each role loads (dist/renderer/<app>/ served at /<app>/). */
export const ROLE_APP_PATH: Record<AppRole, string> = {
  kiosk: '/kiosk/',
  counter: '/counter/',
  display: '/display/',
  manager: '/dashboard/',
  floor: '/floor/',
};

export type StartupPlan =
  | { page: 'pairing'; problem: string }
  | { page: 'hub'; config: AppConfig; appUrl: string; healthUrl: string };

/**
 * The app's URL. Kiosk and display apps read their device key (and a display its screen options)
 * from the fragment, which is never sent to the server nor logged; the app moves it to
 * sessionStorage and clears the address bar.
 */
export function appUrlFor(config: Pick<AppConfig, 'role' | 'hubUrl' | 'deviceKey' | 'appParams'>): string {
  const url = new URL(ROLE_APP_PATH[config.role], config.hubUrl);
  const fragment = new URLSearchParams(config.appParams ?? {});
  if (config.deviceKey && (config.role === 'kiosk' || config.role === 'display'))
    fragment.set('key', config.deviceKey);
  const hash = fragment.toString();
  if (hash) url.hash = hash;
  return url.toString();
}

export function startupPlan(result: ConfigResult): StartupPlan {
  if (!result.ok) return { page: 'pairing', problem: result.problem.message };
  const { config } = result;
  return {
    page: 'hub',
    config,
    appUrl: appUrlFor(config),
    healthUrl: new URL('/healthz', config.hubUrl).toString(),
  };
}
