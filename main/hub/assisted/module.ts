/**
 * Assisted digital service at the kiosk (hub side): help requests from kiosks to floor assistants
 * with a live shared form, service requests created by a submission (synced to central), and the
 * public status of a request. Contract: shared/contract/assisted.ts; docs/assisted.md.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io';
import type * as z from 'zod';
import {
  FormUpdateInput,
  RaiseHelpInput,
  RequestRef,
  SubmitServiceRequestInput,
  type HelpRequest,
  type SubmittedRequest,
} from '../../../shared/contract/assisted.js';
import { kioskSettingsFor } from '../../../shared/contract/catalogue.js';
import type { AckResult } from '../../../shared/contract/socket.js';
import { PublicRequestPage } from '../../../shared/contract/request-status.js';
import { DomainError } from '../../../shared/domain/errors.js';
import { businessDay } from '../../../shared/domain/time.js';
import type { Hub, Principal } from '../hub.js';
import type { HubModule, HubModuleContext } from '../modules.js';
import { bodyOf, callerWith, originOf, refuse } from '../kiosk/http.js';
import { publicOriginFromEnv } from '../public-origin.js';
import { scopedIdempotencyKey } from '../issue-policy.js';
import { loadForms } from '../../forms/load.js';
import type { CompiledForm } from '../../../shared/domain/forms/validator.js';
import { syncConfigFromEnv } from '../sync/config.js';
import { HelpDesk } from './help-desk.js';
import { ServiceRequestStore } from './service-requests.js';
import { startRequestSync, type RequestSync } from './request-sync.js';
import { requestCustomer } from './request-customer.js';
import { printReceipt, receiptPrintData } from './receipt-print.js';

const ASSISTANT_ROLES = ['floor_assistant', 'manager', 'admin'] as const;
const ASSISTANTS_ROOM = 'assisted:assistants';
const kioskRoom = (kioskId: string) => `assisted:kiosk:${kioskId}`;
const HELP_PURGE_EVERY_MS = 60_000;
/** A form update is small; this bounds what one socket message may carry. */
const MAX_UPDATE_BYTES = 16 * 1024;

type Ack = (r: AckResult) => void;

function refusal(e: unknown): AckResult {
  if (e instanceof DomainError) return { ok: false, error: { code: e.code, message: e.message } };
  return { ok: false, error: { code: 'internal', message: 'the hub could not do this' } };
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success)
    throw new DomainError(
      'validation',
      r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '),
    );
  return r.data;
}

export interface AssistedModuleOptions {
  /** Defaults to the environment (DAWR_CENTRAL_URL …); without central, requests wait in their outbox. */
  env?: NodeJS.ProcessEnv;
  publicOrigin?: string;
}

export function assistedModule(opts: AssistedModuleOptions = {}): HubModule {
  // HUB_MODULES is one list for the process, and tests run several hubs in one: state is per hub.
  const perHub = new WeakMap<
    Hub,
    { desk: HelpDesk; store: ServiceRequestStore; sync?: RequestSync; forms?: Map<string, CompiledForm> }
  >();
  const stateOf = (ctx: HubModuleContext) => {
    let s = perHub.get(ctx.hub);
    if (!s) {
      s = {
        desk: new HelpDesk({
          now: () => ctx.hub.clock.now(),
          newId: () => randomUUID(),
          keepMs: ctx.personalData.retention.helpRequestMinutes * 60_000,
        }),
        store: new ServiceRequestStore(ctx.hub.db, ctx.personalData.sealer),
      };
      perHub.set(ctx.hub, s);
    }
    return s;
  };
  const deskOf = (ctx: HubModuleContext) => stateOf(ctx).desk;
  const storeOf = (ctx: HubModuleContext) => stateOf(ctx).store;
  const formsOf = (ctx: HubModuleContext) => stateOf(ctx).forms ?? new Map<string, CompiledForm>();

  const announce = (ctx: HubModuleContext, r: HelpRequest) => {
    ctx.io.of('/counter').to(ASSISTANTS_ROOM).emit('helpRequest', r);
    ctx.io.of('/kiosk').to(kioskRoom(r.kioskId)).emit('helpAccepted', r);
  };

  const shareForm = (ctx: HubModuleContext, requestId: string) => {
    const d = deskOf(ctx);
    const r = d.get(requestId);
    const form = d.form(requestId);
    if (!r || !form) return form;
    ctx.io.of('/kiosk').to(kioskRoom(r.kioskId)).emit('formState', form);
    if (r.acceptedBy) ctx.io.of('/counter').to(`s:${r.acceptedBy}`).emit('formState', form);
    return form;
  };

  // The location label the manager gave this kiosk (catalogue.kiosks), else its registered name.
  const kioskName = (ctx: HubModuleContext, kioskId: string) =>
    kioskSettingsFor(ctx.hub.catalogue, kioskId).location ||
    ((
      ctx.hub.db.prepare('SELECT name FROM devices WHERE id = ?').get(kioskId) as { name: string } | undefined
    )?.name ??
      kioskId);

  const on = (socket: Socket, event: string, handler: (input: unknown) => unknown) => {
    socket.on(event, (input: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      try {
        if (JSON.stringify(input ?? null).length > MAX_UPDATE_BYTES)
          throw new DomainError('payload_too_large', `at most ${MAX_UPDATE_BYTES} bytes per message`);
        (ack as Ack)({ ok: true, data: handler(input) });
      } catch (e) {
        (ack as Ack)(refusal(e));
      }
    });
  };

  return {
    name: 'assisted',
    registerSocket(role, socket, principal, ctx) {
      if (!principal) return;
      const d = deskOf(ctx);
      if (role === 'kiosk' && principal.actor.kind === 'device') {
        const kioskId = principal.actor.deviceId;
        void socket.join(kioskRoom(kioskId));
        on(socket, 'raiseHelp', (input) => {
          const i = parsed(RaiseHelpInput, input);
          if (i.serviceId && !ctx.hub.catalogue.services.some((s) => s.id === i.serviceId))
            throw new DomainError('validation', `unknown service ${i.serviceId}`);
          const r = d.raise({
            kioskId,
            location: kioskName(ctx, kioskId),
            serviceId: i.serviceId ?? null,
            reason: i.reason,
            language: i.language,
          });
          ctx.io.of('/counter').to(ASSISTANTS_ROOM).emit('helpRequest', r);
          return r;
        });
        on(socket, 'formUpdate', (input) => {
          const i = parsed(FormUpdateInput, input);
          d.checkEditor(i.requestId, { kind: 'kiosk', kioskId });
          d.update(i.requestId, 'kiosk', i.fields);
          return shareForm(ctx, i.requestId);
        });
        on(socket, 'closeHelp', (input) => {
          const { requestId } = parsed(RequestRef, input);
          d.checkEditor(requestId, { kind: 'kiosk', kioskId });
          const r = d.close(requestId);
          announce(ctx, r);
          return r;
        });
        return;
      }
      if (role !== 'counter' || principal.actor.kind !== 'staff') return;
      if (!principal.roles.some((r) => (ASSISTANT_ROLES as readonly string[]).includes(r))) return;
      const staffId = principal.actor.staffId;
      const staffName = principal.staff?.displayName ?? staffId;
      void socket.join(ASSISTANTS_ROOM);
      on(socket, 'openHelpRequests', () => d.open());
      on(socket, 'acceptHelp', (input) => {
        const { requestId } = parsed(RequestRef, input);
        const r = d.accept(requestId, staffId, staffName);
        announce(ctx, r);
        return { request: r, form: d.form(requestId) };
      });
      on(socket, 'formUpdate', (input) => {
        const i = parsed(FormUpdateInput, input);
        d.checkEditor(i.requestId, { kind: 'assistant', staffId });
        d.update(i.requestId, 'assistant', i.fields);
        return shareForm(ctx, i.requestId);
      });
    },

    registerHttp(app, ctx) {
      const forms = loadForms(
        process.env.DAWR_FORMS_FILE,
        ctx.hub.catalogue.services.map((s) => s.id),
      );
      stateOf(ctx).forms = forms;
      const publicOrigin = opts.publicOrigin ?? publicOriginFromEnv(process.env);

      app.get('/api/v1/help-requests', async (req, reply) => {
        if (!callerWith(ctx, req, reply, [...ASSISTANT_ROLES])) return reply;
        return { helpRequests: deskOf(ctx).open() };
      });

      app.post('/api/v1/service-requests', { bodyLimit: 32 * 1024 }, async (req, reply) => {
        const caller = callerWith(ctx, req, reply, ['kiosk', ...ASSISTANT_ROLES]);
        if (!caller) return reply;
        const input = bodyOf(SubmitServiceRequestInput, req, reply);
        if (!input) return reply;
        // Before anything is stored: the receipt's link needs a trustworthy origin.
        const origin = originOf(req, reply, publicOrigin);
        if (!origin) return reply;
        const service = ctx.hub.catalogue.services.find((s) => s.id === input.serviceId);
        const form = forms.get(input.serviceId);
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
          const help = deskOf(ctx).get(input.helpRequestId);
          if (!help || (kioskId && help.kioskId !== kioskId))
            return refuse(reply, 'not_found', 'no such help request for this kiosk');
          assistedBy = help.acceptedBy ?? assistedBy;
        }
        const now = ctx.hub.clock.now();
        const { request } = storeOf(ctx).create({
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
        if (input.helpRequestId && deskOf(ctx).get(input.helpRequestId)?.status !== 'closed')
          announce(ctx, deskOf(ctx).close(input.helpRequestId));
        void stateOf(ctx).sync?.flush();
        const statusUrl = `${origin}/r/${request.number}`;
        const onlineUrl = service.onlineUrl ?? null;
        const printed = await printReceipt(
          ctx.hub,
          kioskId,
          receiptPrintData(ctx.hub, request, statusUrl, onlineUrl),
          opts.env,
        );
        const answer: SubmittedRequest = { request, statusUrl, onlineUrl, ...printed };
        return reply.code(201).send(answer);
      });

      app.get<{ Params: { number: string } }>('/api/v1/public/requests/:number', async (req, reply) => {
        const own = storeOf(ctx).get(req.params.number);
        if (!own) return refuse(reply, 'not_found', 'no request with this number');
        const service = ctx.hub.catalogue.services.find((x) => x.id === own.serviceId);
        let status = own.status;
        let source: 'central' | 'hub' = 'hub';
        let history = [{ status: own.status, at: own.submittedAt }];
        try {
          const central = await stateOf(ctx).sync?.status(own.number, 1500);
          if (central) {
            status = central.status;
            source = 'central';
            // Status and time only: notes and channels stay with staff.
            if (central.history.length)
              history = central.history
                .map((h) => ({ status: h.status, at: Date.parse(h.occurredAt) }))
                .sort((a, b) => a.at - b.at);
          }
        } catch {
          // Central is away: the hub's own status stands, and says so.
        }
        return PublicRequestPage.parse({
          number: own.number,
          status,
          serviceId: own.serviceId,
          serviceName: service?.name ?? { ar: own.serviceId, en: own.serviceId },
          submittedAt: own.submittedAt,
          source,
          history,
        });
      });
    },

    metrics(ctx) {
      return [
        '# HELP dawr_service_requests_unsent Service request status changes not yet acknowledged by central.',
        '# TYPE dawr_service_requests_unsent gauge',
        `dawr_service_requests_unsent ${storeOf(ctx).backlog()}`,
      ];
    },

    start(ctx) {
      // Help requests past their retention leave memory even when no kiosk raises a new one.
      const forgetTimer = setInterval(() => deskOf(ctx).forget(), HELP_PURGE_EVERY_MS);
      forgetTimer.unref();
      const config = syncConfigFromEnv(opts.env ?? process.env);
      if (!config.central) return () => clearInterval(forgetTimer);
      const sync = startRequestSync({
        store: storeOf(ctx),
        link: config.central,
        centreId: config.central.centreId ?? ctx.hub.catalogue.centre.id,
        now: () => ctx.hub.clock.now(),
        idleMs: config.idleMs,
        timeoutMs: config.requestTimeoutMs,
        log: (msg, err) => console.error(msg, err ?? ''),
        customerOf: (number) => {
          const request = storeOf(ctx).get(number);
          const data = storeOf(ctx).data(number);
          const schema = request && formsOf(ctx).get(request.serviceId)?.definition.schema;
          if (!schema || !data) return undefined;
          return requestCustomer(schema, data, (kind, n) => ctx.hub.hashIdentity(kind, n));
        },
      });
      stateOf(ctx).sync = sync;
      return () => {
        clearInterval(forgetTimer);
        sync.stop();
      };
    },
  };
}

export type { Principal };
