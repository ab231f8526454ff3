/** The SMS routes (this folder's handlers) as the hub's OpenAPI document shows them. */
import * as z from 'zod';
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import { DemoOutbox, SmsReceiptCallback, SmsReceiptResult } from '../../../../shared/contract/sms.js';
import { SMS_RECEIPTS_PATH } from './receipt-callback.js';

const DEMO_ONLY =
  'Only with DAWR_SMS_GATEWAY=demo (what `npm start` uses), and only to the machine the hub runs on; 404 otherwise.';

export const smsRoutes: RouteDoc[] = routeDocs('sms-provider', {
  smsReceipt: {
    route: `POST ${SMS_RECEIPTS_PATH}`,
    summary: 'A delivery receipt from the HTTPS SMS provider, by its message id or the hub’s ({{id}}).',
    description:
      'Authorization: Bearer DAWR_SMS_RECEIPT_TOKEN. Repeating a receipt changes nothing more. ' +
      'Plain words (delivered, undelivered, failed, expired, rejected, …) or SMPP stat words (DELIVRD, UNDELIV, …). ' +
      '404 for a message the hub does not know, and on a hub without DAWR_SMS_RECEIPT_TOKEN.',
    body: SmsReceiptCallback,
    answers: ok(SmsReceiptResult, 'Recorded: the message and its state now'),
    refuses: [404],
  },
  demoOutboxPage: {
    caller: 'anyone',
    route: 'GET /demo/outbox',
    summary: 'The demo’s SMS outbox as a page: every message it would have sent, in full, newest first.',
    description: DEMO_ONLY,
    answers: {
      status: 200,
      mediaType: 'text/html',
      schema: z.string(),
      description: 'An HTML page that refreshes itself',
    },
    refuses: [404],
  },
  demoOutbox: {
    caller: 'anyone',
    route: 'GET /demo/outbox.json',
    summary: 'The demo’s SMS outbox for scripts: every message it would have sent, newest first.',
    description: DEMO_ONLY,
    answers: ok(DemoOutbox, 'The messages'),
    refuses: [404],
  },
});
