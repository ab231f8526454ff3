/**
 * The kiosk's device key: given once in the URL fragment (`/kiosk/#key=…`, never sent to the
 * server in a request line or logged), then kept in sessionStorage so a reload keeps working.
 * The fragment is removed from the address bar straight away.
 */
const STORAGE_KEY = 'dawr.kiosk.deviceKey';

export function takeDeviceKey(loc: Location = location, storage: Storage = sessionStorage): string | null {
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const fromFragment = fragment.get('key');
  if (fromFragment) {
    storage.setItem(STORAGE_KEY, fromFragment);
    history.replaceState(null, '', loc.pathname);
  }
  return fromFragment ?? storage.getItem(STORAGE_KEY);
}
