/** Remote join and the phone's ticket actions (this folder's handlers) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { BODY_ERRORS } from '../../api-docs/route-doc.js';
import {
  ConfirmJoinInput,
  ConfirmJoinResult,
  PushPublicKey,
  PushSubscriptionInput,
  RequestJoinCodeInput,
  RequestJoinCodeResult,
  TicketOptions,
} from '../../../shared/contract/remote.js';
import {
  PushSubscribed,
  TicketCancelResult,
  TicketLateResult,
} from '../../../shared/contract/http-responses.js';

export const remoteRoutes: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/remote/code',
    operationId: 'requestJoinCode',
    summary: 'Join a queue from a phone, step 1: a one-time code by SMS to a UAE mobile.',
    security: 'public',
    body: RequestJoinCodeInput,
    response: { status: 200, schema: RequestJoinCodeResult, description: 'Code sent (number masked)' },
    errors: [...BODY_ERRORS, 404, 409, 429, 503],
  },
  {
    method: 'post',
    path: '/api/v1/remote/join',
    operationId: 'confirmJoin',
    summary: 'Join a queue from a phone, step 2: the code from the SMS issues the ticket.',
    security: 'public',
    body: ConfirmJoinInput,
    response: { status: 200, schema: ConfirmJoinResult, description: 'The ticket and its status page' },
    errors: [...BODY_ERRORS, 404, 409, 429, 503],
  },
  {
    method: 'get',
    path: '/api/v1/public/tickets/:token/options',
    operationId: 'ticketOptions',
    summary: 'What the holder of a ticket may do from the phone now (move back, cancel).',
    security: 'public',
    response: { status: 200, schema: TicketOptions, description: 'Options' },
    errors: [404, 429],
  },
  {
    method: 'post',
    path: '/api/v1/public/tickets/:token/late',
    operationId: 'ticketLate',
    summary: '"I\'m running late": move the waiting ticket back the configured number of places.',
    security: 'public',
    response: { status: 200, schema: TicketLateResult, description: 'Moved (or not), and the new status' },
    errors: [404, 409, 429, 503],
  },
  {
    method: 'post',
    path: '/api/v1/public/tickets/:token/cancel',
    operationId: 'ticketCancel',
    summary: 'The holder gives the ticket up from the phone.',
    security: 'public',
    response: { status: 200, schema: TicketCancelResult, description: 'Cancelled' },
    errors: [404, 409, 429, 503],
  },
  {
    method: 'get',
    path: '/api/v1/public/push/key',
    operationId: 'pushPublicKey',
    summary: "The hub's VAPID public key for Web Push subscriptions.",
    security: 'public',
    response: { status: 200, schema: PushPublicKey, description: 'Key' },
    errors: [],
  },
  {
    method: 'post',
    path: '/api/v1/public/tickets/:token/push',
    operationId: 'ticketPush',
    summary: 'Subscribe a browser to Web Push notifications for this ticket ("your turn is near").',
    security: 'public',
    body: PushSubscriptionInput,
    response: { status: 201, schema: PushSubscribed, description: 'Subscribed' },
    errors: [...BODY_ERRORS, 404, 409, 429, 503],
  },
];
