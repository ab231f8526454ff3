/**
 * Per-screen configuration. The hub sends each display its settings (catalogue.displays, edited on
 * the dashboard; `deviceSettings` socket event); values in the URL fragment override them, e.g.
 * /display/#key=…&queues=q-identity,q-traffic&lang=ar,en&history=6&waiting=1
 * Precedence, per setting: URL fragment > hub settings for this device > built-in defaults
 * (all queues, Arabic then English, 6 earlier calls, waiting counts shown).
 * The device key is moved to sessionStorage and dropped from the address bar.
 */
import type { DisplayDeviceSettings } from '../../shared/contract/catalogue.js';
import type { StaffLanguage } from '../../shared/i18n/languages.js';

export interface ScreenConfig {
  deviceKey: string | null;
  /** Only calls and counts for these queues; empty = all. */
  queueIds: string[];
  /** The screen's own labels: Arabic and English (a visitor's language gets the line under the call). */
  languages: StaffLanguage[];
  historySize: number;
  showWaiting: boolean;
}

/** Only what the fragment states explicitly. */
export type ScreenOverrides = Partial<Omit<ScreenConfig, 'deviceKey'>>;

const KEY_STORAGE = 'dawr.display.key';
const DEFAULTS: Omit<ScreenConfig, 'deviceKey'> = {
  queueIds: [],
  languages: ['ar', 'en'],
  historySize: 6,
  showWaiting: true,
};

export function parseScreenFragment(
  hash: string,
  storedKey: string | null,
): { deviceKey: string | null; overrides: ScreenOverrides } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string) =>
    (p.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const overrides: ScreenOverrides = {};
  if (p.has('queues')) overrides.queueIds = list('queues');
  const languages = list('lang').filter((l): l is StaffLanguage => l === 'ar' || l === 'en');
  if (languages.length) overrides.languages = [...new Set(languages)];
  const history = Number(p.get('history') ?? NaN);
  if (p.has('history') && Number.isInteger(history) && history >= 0 && history <= 20)
    overrides.historySize = history;
  if (p.has('waiting')) overrides.showWaiting = p.get('waiting') !== '0';
  return { deviceKey: p.get('key') || storedKey, overrides };
}

/** The settings this screen uses: fragment overrides, then the hub's settings, then the defaults. */
export function effectiveScreenConfig(
  deviceKey: string | null,
  overrides: ScreenOverrides,
  fromHub?: Pick<DisplayDeviceSettings, 'queueIds' | 'languages' | 'historySize' | 'showWaiting'>,
): ScreenConfig {
  const base = fromHub ?? DEFAULTS;
  return {
    deviceKey,
    queueIds: overrides.queueIds ?? base.queueIds,
    languages: overrides.languages ?? base.languages,
    historySize: overrides.historySize ?? base.historySize,
    showWaiting: overrides.showWaiting ?? base.showWaiting,
  };
}

/** The fragment alone over the defaults (before the hub has answered). */
export function parseScreenConfig(hash: string, storedKey: string | null): ScreenConfig {
  const { deviceKey, overrides } = parseScreenFragment(hash, storedKey);
  return effectiveScreenConfig(deviceKey, overrides);
}

export function readScreenFragment(): { deviceKey: string | null; overrides: ScreenOverrides } {
  const parsed = parseScreenFragment(location.hash, sessionStorage.getItem(KEY_STORAGE));
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (p.has('key') && parsed.deviceKey) {
    sessionStorage.setItem(KEY_STORAGE, parsed.deviceKey);
    p.delete('key');
    history.replaceState(null, '', `${location.pathname}${location.search}#${p.toString()}`);
  }
  return parsed;
}
