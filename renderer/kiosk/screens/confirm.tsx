/**
 * The print tap issues the ticket: there is no separate confirm screen. One idempotency key per
 * request, reused on every retry of it, so a lost answer or a second touch never gives two tickets.
 * When the hub is away the request is retried by itself as soon as the connection is back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { IssuedTicket } from '../../../shared/contract/views.js';
import type { IdentityInput } from '../../../shared/contract/operations.js';
import { useKiosk } from '../context.js';
import { newIdempotencyKey, type Relation, type WalkInPriority } from '../flow.js';

export const RETRYABLE = new Set(['offline', 'timeout', 'storage_unavailable']);

export interface TicketRequest {
  serviceId: string;
  identity: IdentityInput | null;
  priority: WalkInPriority | null;
  representative: Relation | null;
}

/** Issues the ticket for the request; `error` is the hub's refusal code, if any. */
export function usePrintTicket(request: TicketRequest | null) {
  const { hub, state, language, dispatch } = useKiosk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const requestJson = JSON.stringify(request);

  // Another request than the one tried: its key and its error no longer apply.
  useEffect(() => {
    if (!request) return;
    dispatch({
      type: 'details',
      identity: request.identity,
      priority: request.priority,
      representative: request.representative,
    });
    setError(null);
  }, [requestJson]);

  const issue = useCallback(async () => {
    if (inFlight.current || !request) return;
    inFlight.current = true;
    const idempotencyKey = state.idempotencyKey ?? newIdempotencyKey();
    dispatch({ type: 'printTap', idempotencyKey });
    setBusy(true);
    setError(null);
    const r = await hub.call('issueTicket', {
      serviceId: request.serviceId,
      priority: request.priority,
      // The visitor's own language: the ticket, its phone page and its messages follow it (#19).
      language,
      identity: request.identity,
      representative: request.representative ? { relation: request.representative } : null,
      idempotencyKey,
    });
    inFlight.current = false;
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    const ticket = IssuedTicket.safeParse(r.data);
    if (!ticket.success) return setError('internal');
    dispatch({ type: 'issued', ticket: ticket.data });
  }, [requestJson, state.idempotencyKey, language, hub, dispatch]);

  // Recover by itself: a request that failed for want of the hub goes again once it is back.
  useEffect(() => {
    if (!error || !RETRYABLE.has(error)) return;
    return hub.onConnection((c) => {
      if (c === 'connected') void issue();
    });
  }, [error, hub, issue]);

  return { issue, busy, error };
}
