/**
 * Hub routes for pairing (see shared/contract/pairing.ts):
 *   POST /api/v1/pairing/codes  (Bearer, manager or admin) {role, name} → 201 {code, role, name, expiresAt}
 *   POST /api/v1/pairing/claim  (no auth, rate-limited)    {code}       → 200 {deviceId, deviceKey, role, name,
 *                                                                               caFingerprint?, caCertificate?}
 */
import type { HubModule } from '../../core/module-context.js';
import { pairingRoutes } from './openapi.js';
import { httpStatusFor } from '../../core/http-errors.js';
import { staffCaller } from '../../core/http-helpers.js';
import { PAIRING_ROUTES, type PairingClaimed } from '../../../../shared/contract/pairing.js';
import { PairingService } from './pairing-service.js';
import { DEVICE_REKEYING } from '../../core/services/ids.js';
import { pairingMigrations } from './migrations/index.js';

export function pairingModule(): HubModule {
  return {
    name: 'pairing',
    migrations: pairingMigrations,
    routeDocs: pairingRoutes,
    provide(ctx) {
      // The manager's "rotate key" issues its code here, inside its own audited transaction.
      ctx.services.provide(
        DEVICE_REKEYING,
        new PairingService({ db: ctx.hub.db, now: () => ctx.hub.clock.now() }),
      );
    },
    registerHttp(app, ctx) {
      const service = new PairingService({
        db: ctx.hub.db,
        now: () => ctx.hub.clock.now(),
        replaceKey: (deviceId, keyHash) => ctx.auth.replaceDeviceKey(deviceId, keyHash),
      });
      app.post(PAIRING_ROUTES.createCode, async (req, reply) => {
        const p = staffCaller(ctx, req, reply, ['manager', 'admin']);
        if (!p) return reply;
        const r = service.create(req.body ?? {}, p.actor.staffId);
        return r.ok ? reply.code(201).send(r.data) : reply.code(httpStatusFor(r.error.code)).send(r.error);
      });
      app.post(PAIRING_ROUTES.claim, { config: { publicLimit: 'write' } }, async (req, reply) => {
        const r = service.claim(req.body ?? {}, req.ip);
        if (!r.ok) return reply.code(httpStatusFor(r.error.code)).send(r.error);
        // The device pins the hub's CA from here on (main/app/hub-certificate.ts).
        const ca = ctx.centreCa;
        const claimed: PairingClaimed = ca
          ? { ...r.data, caFingerprint: ca.fingerprint, caCertificate: ca.certificate }
          : r.data;
        return reply.code(200).send(claimed);
      });
    },
  };
}
