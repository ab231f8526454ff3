/**
 * Notifications to phones: one when the turn is near (the estimate within the lead time, or few
 * enough ahead: shared/domain/estimate-notice.ts), one when the ticket is called,
 * by SMS (remote joins) and web push (any ticket whose page subscribed). A subscriber on hub
 * commits; each notification is claimed in the store before it is sent, so it goes once even if
 * the hub restarts.
 */
import type { Visit } from '../../../../shared/contract/visit.js';
import { estimateVisit } from '../../../../shared/domain/estimate.js';
import { turnIsNear, type NearNoticeRule } from '../../../../shared/domain/estimate-notice.js';
import { isTerminal } from '../../../../shared/domain/state.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import { visitorText } from '../../../../shared/i18n/locales/all.js';
import type { Committed, Hub } from '../../core/hub.js';
import type { SmsGateway } from '../../core/services/ids.js';
import type { PhoneBook } from './join.js';
import { deletePushSubscription, pushSubscribedVisits } from './push-store.js';
import { claimNotification } from './store.js';

export type NotificationKind = 'ahead' | 'called';

/** The notification as a title and body, in the language a channel asks for. */
export type NotificationTextIn = (language: VisitorLanguage) => { title: string; body: string };

/** A way to reach the citizen's phone (SMS, web push). `text` is the SMS in the ticket's language. */
export interface PhoneNotifier {
  notify(visit: Visit, kind: NotificationKind, text: string, textIn?: NotificationTextIn): Promise<void>;
}

/** Every notifier gets every notification; one failing does not stop the others. */
export function allNotifiers(notifiers: PhoneNotifier[], onError: (e: unknown) => void): PhoneNotifier {
  return {
    async notify(visit, kind, text, textIn) {
      await Promise.all(notifiers.map((n) => n.notify(visit, kind, text, textIn).catch(onError)));
    },
  };
}

export function smsNotifier(sms: SmsGateway, phones: PhoneBook): PhoneNotifier {
  return {
    async notify(visit, kind, text) {
      const to = phones.byVisit.get(visit.id);
      if (to) await sms.send(to.mobile, text, { kind });
    },
  };
}

/** The status page's string in the visitor's language, falling back to English, then Arabic (#19). */
const statusText = (language: VisitorLanguage, key: string) => visitorText(language, 'statusPage', key);

const counterLabel = (hub: Hub, v: Visit) =>
  v.counterId ? (hub.catalogue.counters.find((c) => c.id === v.counterId)?.label ?? '') : '';

/** The SMS, in the language the ticket was taken in. */
export function notificationText(hub: Hub, v: Visit, kind: NotificationKind, ahead: number): string {
  if (kind === 'called')
    return statusText(v.language, 'smsCalled')
      .replace('{{ticket}}', v.ticket)
      .replace('{{counter}}', counterLabel(hub, v));
  return statusText(v.language, 'smsAhead')
    .replace('{{ticket}}', v.ticket)
    .replace('{{count}}', String(ahead));
}

/** Title and body of a push notification, in the language the subscribing page was in. */
export function pushText(hub: Hub, v: Visit, kind: NotificationKind, ahead: number): NotificationTextIn {
  const counter = counterLabel(hub, v);
  return (language) => {
    const fill = (key: string) =>
      statusText(language, key)
        .replace('{{ticket}}', v.ticket)
        .replace('{{counter}}', counter)
        .replace('{{count}}', String(ahead));
    return kind === 'called'
      ? { title: fill('pushCalledTitle'), body: fill('pushCalledBody') }
      : { title: fill('pushAheadTitle'), body: fill('pushAheadBody') };
  };
}

/** Subscribes to the hub; returns the unsubscribe function. */
export function startNotifications(
  hub: Hub,
  phones: PhoneBook,
  notifier: PhoneNotifier,
  near: NearNoticeRule,
  onError: (e: unknown) => void,
): () => void {
  const nearOn = near.leadMinutes > 0 || near.ahead > 0;
  const send = (v: Visit, kind: NotificationKind, ahead: number) => {
    if (!claimNotification(hub.db, v.id, kind, hub.clock.now())) return;
    notifier
      .notify(v, kind, notificationText(hub, v, kind, ahead), pushText(hub, v, kind, ahead))
      .catch(onError);
  };
  return hub.subscribe((_batch: Committed[]) => {
    // Any commit can move people forward, so every followed phone is looked at (there are few).
    const followed = new Set([...phones.byVisit.keys(), ...pushSubscribedVisits(hub.db)]);
    for (const visitId of followed) {
      const v = hub.visit(visitId);
      if (!v || isTerminal(v)) {
        phones.byVisit.delete(visitId);
        deletePushSubscription(hub.db, visitId);
        continue;
      }
      if (v.status === 'called') send(v, 'called', 0);
      else if (v.status === 'waiting' && nearOn) {
        // The same estimate the status page shows (one look-ahead per commit serves every phone).
        const estimate = estimateVisit(hub.state, v, hub.clock.now());
        if (turnIsNear(estimate, near)) send(v, 'ahead', estimate.ahead);
      }
    }
  });
}
