/**
 * The help request steps on the sockets. A kiosk raises one (floor assistants get `helpRequest`),
 * shares its form (`formUpdate`) and closes it; an assistant lists the open ones, accepts one (the
 * kiosk gets `helpAccepted`) and edits the same form. Both sides get every `formState`.
 */
import type { Socket } from 'socket.io';
import {
  FormUpdateInput,
  RaiseHelpInput,
  RequestRef,
  type HelpRequest,
} from '../../../../shared/contract/assisted.js';
import { kioskSettingsFor } from '../../../../shared/contract/catalogue.js';
import { DomainError } from '../../../../shared/domain/errors.js';
import type { Principal } from '../../core/hub.js';
import type { HelpDesk } from './help-desk.js';
import type { AssistedContext } from './state.js';
import { onAcked, parsed } from './socket-ack.js';
import { registeredDeviceName } from './device-name-store.js';

export const ASSISTANT_ROLES = ['floor_assistant', 'manager', 'admin'] as const;
const ASSISTANTS_ROOM = 'assisted:assistants';
const kioskRoom = (kioskId: string) => `assisted:kiosk:${kioskId}`;

/** A help request changed: to the assistants, and to the kiosk that raised it. */
export function announce(ctx: AssistedContext, r: HelpRequest): void {
  ctx.io.of('/counter').to(ASSISTANTS_ROOM).emit('helpRequest', r);
  ctx.io.of('/kiosk').to(kioskRoom(r.kioskId)).emit('helpAccepted', r);
}

function shareForm(ctx: AssistedContext, desk: HelpDesk, requestId: string) {
  const r = desk.get(requestId);
  const form = desk.form(requestId);
  if (!r || !form) return form;
  ctx.io.of('/kiosk').to(kioskRoom(r.kioskId)).emit('formState', form);
  if (r.acceptedBy) ctx.io.of('/counter').to(`s:${r.acceptedBy}`).emit('formState', form);
  return form;
}

// The location label the manager gave this kiosk (catalogue.kiosks), else its registered name.
const kioskName = (ctx: AssistedContext, kioskId: string) =>
  kioskSettingsFor(ctx.hub.catalogue, kioskId).location ||
  (registeredDeviceName(ctx.hub.db, kioskId) ?? kioskId);

export function kioskHelpEvents(ctx: AssistedContext, desk: HelpDesk, socket: Socket, kioskId: string): void {
  void socket.join(kioskRoom(kioskId));
  onAcked(socket, 'raiseHelp', (input) => {
    const i = parsed(RaiseHelpInput, input);
    if (i.serviceId && !ctx.hub.catalogue.services.some((s) => s.id === i.serviceId))
      throw new DomainError('validation', `unknown service ${i.serviceId}`);
    const r = desk.raise({
      kioskId,
      location: kioskName(ctx, kioskId),
      serviceId: i.serviceId ?? null,
      reason: i.reason,
      language: i.language,
    });
    ctx.io.of('/counter').to(ASSISTANTS_ROOM).emit('helpRequest', r);
    return r;
  });
  onAcked(socket, 'formUpdate', (input) => {
    const i = parsed(FormUpdateInput, input);
    desk.checkEditor(i.requestId, { kind: 'kiosk', kioskId });
    desk.update(i.requestId, 'kiosk', i.fields);
    return shareForm(ctx, desk, i.requestId);
  });
  onAcked(socket, 'closeHelp', (input) => {
    const { requestId } = parsed(RequestRef, input);
    desk.checkEditor(requestId, { kind: 'kiosk', kioskId });
    const r = desk.close(requestId);
    announce(ctx, r);
    return r;
  });
}

export function assistantHelpEvents(
  ctx: AssistedContext,
  desk: HelpDesk,
  socket: Socket,
  principal: Principal,
): void {
  if (principal.actor.kind !== 'staff') return;
  if (!principal.roles.some((r) => (ASSISTANT_ROLES as readonly string[]).includes(r))) return;
  const staffId = principal.actor.staffId;
  const staffName = principal.staff?.displayName ?? staffId;
  void socket.join(ASSISTANTS_ROOM);
  onAcked(socket, 'openHelpRequests', () => desk.open());
  onAcked(socket, 'acceptHelp', (input) => {
    const { requestId } = parsed(RequestRef, input);
    const r = desk.accept(requestId, staffId, staffName);
    announce(ctx, r);
    return { request: r, form: desk.form(requestId) };
  });
  onAcked(socket, 'formUpdate', (input) => {
    const i = parsed(FormUpdateInput, input);
    desk.checkEditor(i.requestId, { kind: 'assistant', staffId });
    desk.update(i.requestId, 'assistant', i.fields);
    return shareForm(ctx, desk, i.requestId);
  });
}
