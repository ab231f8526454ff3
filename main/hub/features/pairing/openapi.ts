/** The pairing routes (this folder's handlers) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import {
  ClaimPairingInput,
  CreatePairingCodeInput,
  CreatedPairingCode,
  PAIRING_ROUTES,
  PairingClaimed,
} from '../../../../shared/contract/pairing.js';

export const pairingRoutes: RouteDoc[] = routeDocs('staff-with-role', {
  createPairingCode: {
    route: `POST ${PAIRING_ROUTES.createCode}`,
    summary: 'A one-time code a new kiosk or display pairs with (managers and admins).',
    body: CreatePairingCodeInput,
    answers: ok(CreatedPairingCode, 'The code and until when it works', 201),
    refuses: [409, 503],
  },
  claimPairing: {
    caller: 'anyone-limited',
    route: `POST ${PAIRING_ROUTES.claim}`,
    summary: 'A device exchanges the code for its key (and the centre CA to pin); failures are limited.',
    body: ClaimPairingInput,
    answers: ok(PairingClaimed, 'The device key'),
    refuses: [404, 409, 503],
  },
});
