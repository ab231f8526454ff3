/** The shape every catalogue has; `ar.ts` is the reference, `en.ts` must match it key for key. */
import type { ErrorCode } from '../domain/errors.js';
import type { PriorityReason } from '../contract/catalogue.js';
import type { VisitStatus } from '../contract/visit.js';
import type { SessionEndReason } from '../contract/auth.js';

type Strings<K extends string> = Record<K, string>;

export interface Catalog {
  app: { name: string };
  common: Strings<
    | 'language'
    | 'arabic'
    | 'english'
    | 'back'
    | 'next'
    | 'cancel'
    | 'confirm'
    | 'close'
    | 'minutes'
    | 'minutesRange'
    | 'ticket'
    | 'counter'
    | 'waiting'
    | 'connectionLost'
    | 'connectionLostBoth'
    | 'outOfService'
  >;
  /** One human message per hub error code, plus client-side timeout/offline. */
  errors: Strings<ErrorCode | 'timeout' | 'offline'>;
  priority: Strings<PriorityReason>;
  status: Strings<VisitStatus>;
  announce: Strings<'call'>;
  /** Why the hub ended this app's session or device key (shown, then sign-in or pairing again). */
  sessionEnded: Strings<SessionEndReason>;
}

/** One app's own strings, in both languages, kept in its own file under shared/i18n/apps/. */
export interface AppStrings<K extends string = string> {
  ar: Record<K, string>;
  en: Record<K, string>;
}
