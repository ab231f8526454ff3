/** Remote join and the phone's ticket actions (this folder's handlers) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import {
  ConfirmJoinInput,
  ConfirmJoinResult,
  PushPublicKey,
  PushSubscriptionInput,
  RequestJoinCodeInput,
  RequestJoinCodeResult,
  TicketLanguageInput,
  TicketOptions,
} from '../../../../shared/contract/remote.js';
import {
  PushSubscribed,
  TicketCancelResult,
  TicketLanguageResult,
  TicketLateResult,
} from '../../../../shared/contract/http-responses.js';

export const remoteRoutes: RouteDoc[] = routeDocs('anyone-limited', {
  requestJoinCode: {
    route: 'POST /api/v1/remote/code',
    summary: 'Join a queue from a phone, step 1: a one-time code by SMS to a UAE mobile.',
    body: RequestJoinCodeInput,
    answers: ok(RequestJoinCodeResult, 'Code sent (number masked)'),
    refuses: [404, 409, 503],
  },
  confirmJoin: {
    route: 'POST /api/v1/remote/join',
    summary: 'Join a queue from a phone, step 2: the code from the SMS issues the ticket.',
    body: ConfirmJoinInput,
    answers: ok(ConfirmJoinResult, 'The ticket and its status page'),
    refuses: [404, 409, 503],
  },
  ticketOptions: {
    route: 'GET /api/v1/public/tickets/:token/options',
    summary: 'What the holder of a ticket may do from the phone now (move back, cancel).',
    answers: ok(TicketOptions, 'Options'),
    refuses: [404],
  },
  ticketLate: {
    route: 'POST /api/v1/public/tickets/:token/late',
    summary: '"I\'m running late": move the waiting ticket back the configured number of places.',
    answers: ok(TicketLateResult, 'Moved (or not), and the new status'),
    refuses: [404, 409, 503],
  },
  ticketCancel: {
    route: 'POST /api/v1/public/tickets/:token/cancel',
    summary: 'The holder gives the ticket up from the phone.',
    answers: ok(TicketCancelResult, 'Cancelled'),
    refuses: [404, 409, 503],
  },
  ticketLanguage: {
    route: 'POST /api/v1/public/tickets/:token/language',
    summary:
      "The visitor's language chosen on the status page: the visit's later SMS follow it (unknown code 400, ended ticket 409).",
    body: TicketLanguageInput,
    answers: ok(TicketLanguageResult, 'The status in the new language'),
    refuses: [404, 409, 503],
  },
  pushPublicKey: {
    caller: 'anyone',
    route: 'GET /api/v1/public/push/key',
    summary: "The hub's VAPID public key for Web Push subscriptions.",
    answers: ok(PushPublicKey, 'Key'),
  },
  ticketPush: {
    route: 'POST /api/v1/public/tickets/:token/push',
    summary: 'Subscribe a browser to Web Push notifications for this ticket ("your turn is near").',
    body: PushSubscriptionInput,
    answers: ok(PushSubscribed, 'Subscribed', 201),
    refuses: [404, 409, 503],
  },
});
