/**
 * The assisted socket events' plumbing: every event is acknowledged, its input checked against
 * its schema and its size bounded, and a refusal is `{ ok: false, error: { code, message } }`.
 */
import type { Socket } from 'socket.io';
import type * as z from 'zod';
import type { AckResult } from '../../../../shared/contract/socket.js';
import { DomainError } from '../../../../shared/domain/errors.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

/** A form update is small; this bounds what one socket message may carry. */
const MAX_UPDATE_BYTES = 16 * 1024;

type Ack = (r: AckResult) => void;

function refusal(e: unknown): AckResult {
  if (e instanceof DomainError) return { ok: false, error: { code: e.code, message: e.message } };
  return { ok: false, error: { code: 'internal', message: 'the hub could not do this' } };
}

/** The input as its schema reads it, or a `validation` DomainError naming what is wrong. */
export function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success) throw new DomainError('validation', describeIssues(r.error));
  return r.data;
}

/** Answers `event` with what `handler` returns, or with the refusal it throws. */
export function onAcked(socket: Socket, event: string, handler: (input: unknown) => unknown): void {
  socket.on(event, (first: unknown, second: unknown) => {
    // An event without input (openHelpRequests) sends its callback alone, as the contract types it.
    const [input, ack] = typeof first === 'function' ? [undefined, first] : [first, second];
    if (typeof ack !== 'function') return;
    try {
      if (JSON.stringify(input ?? null).length > MAX_UPDATE_BYTES)
        throw new DomainError('payload_too_large', `at most ${MAX_UPDATE_BYTES} bytes per message`);
      (ack as Ack)({ ok: true, data: handler(input) });
    } catch (e) {
      (ack as Ack)(refusal(e));
    }
  });
}
