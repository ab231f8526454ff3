/**
 * Per-screen configuration from the URL fragment, e.g.
 * /display/#key=…&queues=q-identity,q-traffic&lang=ar,en&history=6&waiting=1
 * The device key is moved to sessionStorage and dropped from the address bar.
 */
import type { SpeechLanguage } from '../../shared/domain/announcements.js';

export interface ScreenConfig {
  deviceKey: string | null;
  /** Only calls and counts for these queues; empty = all. */
  queueIds: string[];
  languages: SpeechLanguage[];
  historySize: number;
  showWaiting: boolean;
}

const KEY_STORAGE = 'dawr.display.key';

export function parseScreenConfig(hash: string, storedKey: string | null): ScreenConfig {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string) =>
    (p.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const languages = list('lang').filter((l): l is SpeechLanguage => l === 'ar' || l === 'en');
  const history = Number(p.get('history'));
  return {
    deviceKey: p.get('key') || storedKey,
    queueIds: list('queues'),
    languages: languages.length ? [...new Set(languages)] : ['ar', 'en'],
    historySize: Number.isInteger(history) && history >= 0 && history <= 20 ? history || 6 : 6,
    showWaiting: p.get('waiting') !== '0',
  };
}

export function readScreenConfig(): ScreenConfig {
  const config = parseScreenConfig(location.hash, sessionStorage.getItem(KEY_STORAGE));
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (p.has('key') && config.deviceKey) {
    sessionStorage.setItem(KEY_STORAGE, config.deviceKey);
    p.delete('key');
    history.replaceState(null, '', `${location.pathname}${location.search}#${p.toString()}`);
  }
  return config;
}
