/**
 * "Notify me on this phone": registers the status page's service worker, subscribes to push with
 * the hub's VAPID key and gives the subscription to the hub for this ticket. The notification text
 * is written by the hub in the page's language, so the page sends its language along. The answers'
 * schemas come with the page's other checks, loaded after its first paint (./ticket-checks.ts).
 */
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { getJson, postJson } from '../common/phone-api.js';

export type PushOutcome = 'on' | 'denied' | 'failed';

/** Web push needs both; iOS Safari has them only for a page added to the home screen. */
export function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function subscribeToPush(ticketApi: string, language: VisitorLanguage): Promise<PushOutcome> {
  try {
    if ((await Notification.requestPermission()) !== 'granted') return 'denied';
    const { PushPublicKey, PushSaved } = await import('./ticket-checks.js');
    const key = await getJson('/api/v1/public/push/key', PushPublicKey);
    if (!key.ok) return 'failed';
    await navigator.serviceWorker.register('/t/sw.js', { scope: '/t/' });
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: base64UrlToBytes(key.data.publicKey),
      }));
    const saved = await postJson(`${ticketApi}/push`, { ...subscription.toJSON(), language }, PushSaved);
    return saved.ok ? 'on' : 'failed';
  } catch {
    // No push service reachable, the browser refused, or the worker failed to install.
    return 'failed';
  }
}
