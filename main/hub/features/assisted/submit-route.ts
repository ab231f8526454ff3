/**
 * The submit step: POST /api/v1/service-requests from a kiosk (or an assistant). The form is
 * validated against the service's schema and its required documents, the request is stored once
 * per idempotency key, its help request closed, central told, and the receipt printed.
 */
import type { FastifyInstance } from 'fastify';
import type { ReceiptPrintData } from '../../../../devices/printer/receipt-data.js';
import { SubmitServiceRequestInput, type SubmittedRequest } from '../../../../shared/contract/assisted.js';
import { businessDay } from '../../../../shared/domain/time.js';
import { bodyOf, callerWith, originOf, refuse } from '../../core/http-helpers.js';
import { scopedIdempotencyKey } from '../../core/issue-policy.js';
import type { AssistedContext, AssistedState } from './state.js';
import { ASSISTANT_ROLES, announce } from './help-sockets.js';
import { receiptPrintData, type ReceiptPrintAnswer } from './receipt-print-data.js';

export function registerSubmitRoute(
  app: FastifyInstance,
  ctx: AssistedContext,
  state: AssistedState,
  publicOrigin: string | undefined,
  /** Prints the receipt on the kiosk's printer (receipt-print.ts; given, so this step needs no printers). */
  printReceipt: (kioskId: string | null, data: ReceiptPrintData) => Promise<ReceiptPrintAnswer>,
): void {
  app.post('/api/v1/service-requests', { bodyLimit: 32 * 1024 }, async (req, reply) => {
    const caller = callerWith(ctx, req, reply, ['kiosk', ...ASSISTANT_ROLES]);
    if (!caller) return reply;
    const input = bodyOf(SubmitServiceRequestInput, req, reply);
    if (!input) return reply;
    // Before anything is stored: the receipt's link needs a trustworthy origin.
    const origin = originOf(req, reply, publicOrigin);
    if (!origin) return reply;
    const service = ctx.hub.catalogue.services.find((s) => s.id === input.serviceId);
    const form = state.forms.get(input.serviceId);
    if (!service || !form) return refuse(reply, 'not_found', 'this service has no form to submit');
    const result = form.validate(input.data);
    if (!result.valid)
      return reply.code(400).send({
        code: 'validation',
        message: 'the form has errors',
        errors: result.errors,
      });
    const missing = form.definition.documents
      .filter((doc) => doc.required && !input.documents.includes(doc.id))
      .map((doc) => doc.id);
    if (missing.length)
      return refuse(reply, 'validation', `required documents not checked: ${missing.join(', ')}`);
    const kioskId = caller.actor.kind === 'device' ? caller.actor.deviceId : null;
    let assistedBy: string | null = caller.actor.kind === 'staff' ? caller.actor.staffId : null;
    if (input.helpRequestId) {
      const help = state.desk.get(input.helpRequestId);
      if (!help || (kioskId && help.kioskId !== kioskId))
        return refuse(reply, 'not_found', 'no such help request for this kiosk');
      assistedBy = help.acceptedBy ?? assistedBy;
    }
    const now = ctx.hub.clock.now();
    const { request, linkToken } = state.store.create({
      serviceId: service.id,
      agencyId: service.agencyId,
      businessDay: businessDay(now, ctx.hub.catalogue.centre.timeZone),
      data: result.data as Record<string, unknown>,
      documents: input.documents,
      language: input.language,
      kioskId,
      helpRequestId: input.helpRequestId ?? null,
      assistedBy,
      onBehalf: input.onBehalf,
      // Scoped like ticket keys: another kiosk resending this key must not get this citizen's request.
      idempotencyKey: scopedIdempotencyKey(caller.actor, undefined, input.idempotencyKey),
      at: now,
    });
    if (input.helpRequestId && state.desk.get(input.helpRequestId)?.status !== 'closed')
      announce(ctx, state.desk.close(input.helpRequestId));
    void state.sync?.flush();
    // The token, not the number: numbers are counted out day by day, so anyone could walk through them.
    const statusUrl = `${origin}/r/${linkToken}`;
    const onlineUrl = service.onlineUrl ?? null;
    const printed = await printReceipt(kioskId, receiptPrintData(ctx.hub, request, statusUrl, onlineUrl));
    const answer: SubmittedRequest = { request, statusUrl, onlineUrl, ...printed };
    return reply.code(201).send(answer);
  });
}
