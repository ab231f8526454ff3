/** The pairing routes (this folder's handlers) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { BODY_ERRORS } from '../../api-docs/route-doc.js';
import {
  ClaimPairingInput,
  CreatePairingCodeInput,
  CreatedPairingCode,
  PAIRING_ROUTES,
  PairingClaimed,
} from '../../../shared/contract/pairing.js';

export const pairingRoutes: RouteDoc[] = [
  {
    method: 'post',
    path: PAIRING_ROUTES.createCode,
    operationId: 'createPairingCode',
    summary: 'A one-time code a new kiosk or display pairs with (managers and admins).',
    security: 'session',
    body: CreatePairingCodeInput,
    response: { status: 201, schema: CreatedPairingCode, description: 'The code and until when it works' },
    errors: [...BODY_ERRORS, 401, 403, 409, 503],
  },
  {
    method: 'post',
    path: PAIRING_ROUTES.claim,
    operationId: 'claimPairing',
    summary: 'A device exchanges the code for its key (and the centre CA to pin); failures are limited.',
    security: 'public',
    body: ClaimPairingInput,
    response: { status: 200, schema: PairingClaimed, description: 'The device key' },
    errors: [...BODY_ERRORS, 404, 409, 429, 503],
  },
];
