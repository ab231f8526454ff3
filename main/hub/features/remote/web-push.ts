/**
 * Web push to the ticket status page: VAPID keys, and a `PhoneNotifier` that encrypts the message
 * for the browser's subscription (RFC 8291, aes128gcm, via the `web-push` library) and posts it to
 * the browser vendor's push service. A send never blocks the queue: it has a short timeout, a
 * 404/410 (subscription gone) deletes the subscription, anything else is only reported.
 */
import webpush from 'web-push';
import type { PushMessage } from '../../../../shared/contract/remote.js';
import type { Hub } from '../../core/hub.js';
import type { PersonalDataSealer } from '../../core/personal-data/sealer.js';
import type { NotificationKind, NotificationTextIn, PhoneNotifier } from './notifier.js';
import {
  deleteFailedPushSubscription,
  loadOrCreateVapidKeys,
  pushSubscriptionOf,
  type VapidKeys,
} from './push-store.js';

export interface VapidDetails extends VapidKeys {
  /** A contact for the push service operator: mailto: or https: URL. */
  subject: string;
}

export const DEFAULT_VAPID_SUBJECT = 'mailto:dawr-hub@example.invalid';

/** From DAWR_VAPID_* when both keys are set; otherwise the hub's own pair, made once and stored. */
export function vapidDetails(hub: Hub, env: NodeJS.ProcessEnv): VapidDetails {
  const subject = env.DAWR_VAPID_SUBJECT || DEFAULT_VAPID_SUBJECT;
  if (env.DAWR_VAPID_PUBLIC_KEY && env.DAWR_VAPID_PRIVATE_KEY)
    return { publicKey: env.DAWR_VAPID_PUBLIC_KEY, privateKey: env.DAWR_VAPID_PRIVATE_KEY, subject };
  const keys = loadOrCreateVapidKeys(hub.db, () => webpush.generateVAPIDKeys(), hub.clock.now());
  return { ...keys, subject };
}

export interface WebPushOptions {
  vapid: VapidDetails;
  /** Milliseconds before a push service is given up on. */
  timeoutMs?: number;
  /** Seconds the push service keeps an undelivered message (the phone may be offline briefly). */
  ttlSeconds?: number;
  /** Makes the status page address in the notification. */
  statusPath: (visitPublicToken: string) => string;
  onError: (e: unknown) => void;
  /** Injectable for tests; the global fetch by default. */
  fetch?: typeof fetch;
  /** Opens the stored subscriptions (sealed at rest). */
  sealer: PersonalDataSealer;
}

export class WebPushNotifier implements PhoneNotifier {
  constructor(
    private readonly hub: Hub,
    private readonly opts: WebPushOptions,
  ) {}

  async notify(
    visit: Parameters<PhoneNotifier['notify']>[0],
    kind: NotificationKind,
    _text: string,
    textIn?: NotificationTextIn,
  ): Promise<void> {
    const sub = pushSubscriptionOf(this.hub.db, this.opts.sealer, visit.id);
    if (!sub || !textIn) return;
    const message: PushMessage = {
      ...textIn(sub.language),
      language: sub.language,
      url: this.opts.statusPath(visit.publicToken),
      kind,
    };
    try {
      await this.send(sub, message);
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private async send(
    sub: { visitId: string; endpoint: string; p256dh: string; auth: string },
    m: PushMessage,
  ) {
    // web-push builds the encrypted body and VAPID headers; the request itself goes through fetch
    // so a timeout is certain and a local test push service may be plain http.
    const details = webpush.generateRequestDetails(
      { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
      JSON.stringify(m),
      {
        vapidDetails: this.opts.vapid,
        TTL: this.opts.ttlSeconds ?? 15 * 60,
        contentEncoding: 'aes128gcm',
        urgency: m.kind === 'called' ? 'high' : 'normal',
      },
    );
    const res = await (this.opts.fetch ?? fetch)(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: new Uint8Array(details.body),
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000),
    });
    if (res.status === 404 || res.status === 410) {
      deleteFailedPushSubscription(this.hub.db, this.opts.sealer, sub.visitId, sub.endpoint);
      return;
    }
    if (!res.ok)
      throw new Error(`push service answered ${res.status} for visit ${sub.visitId}: ${await res.text()}`);
  }
}
