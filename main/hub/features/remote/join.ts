/**
 * Joining a queue from a phone: `POST /api/v1/remote/code` sends a one-time code by SMS,
 * `POST /api/v1/remote/join` checks it and issues a ticket on the remote channel. Every refusal
 * is a `{ code, message }` and changes nothing, except that a wrong code counts as an attempt.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  ConfirmJoinInput,
  RequestJoinCodeInput,
  type ConfirmJoinResult,
  type RequestJoinCodeResult,
} from '../../../../shared/contract/remote.js';
import type { IssuedTicket } from '../../../../shared/contract/views.js';
import { maskMobile, normaliseUaeMobile } from '../../../../shared/domain/identity.js';
import { attemptCode, codeRequestRefusal } from '../../../../shared/domain/remote/join-limits.js';
import { businessDay } from '../../../../shared/domain/time.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import { visitorCounted, visitorText } from '../../../../shared/i18n/locales/all.js';
import { DEFAULT_DIGITS, type DigitSystem } from '../../../../shared/i18n/numbers.js';
import type { SmsGateway } from '../../core/services/ids.js';
import { bodyOf, refuse } from '../../core/http-helpers.js';
import { walkInOpening, walkInRefusal } from '../../core/issue-policy.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { newToken } from '../../core/security.js';
import { mobileHash, PHONE_PRINCIPAL } from './identity.js';
import type { RemoteSettings } from './settings.js';
import {
  codeById,
  codesSince,
  type CodeRow,
  deleteCode,
  insertCode,
  markUsed,
  recordAttempt,
  remoteVisitsOf,
} from './store.js';
import { isTerminal } from '../../../../shared/domain/state.js';

const HOUR = 3600_000;

/** The code's lifetime as the visitor is told it: whole minutes, at least one. */
export function codeValidMinutes(codeTtlMs: number): number {
  return Math.max(1, Math.round(codeTtlMs / 60_000));
}

/**
 * The code SMS in the visitor's language (falling back to English, then Arabic, #19), its lifetime
 * counted with the language's plural forms and in the centre's digits for Arabic: the catalogue
 * holds no digit of its own, so "٥" never sits in a Latin-digit centre's message (issue #15).
 */
export function joinCodeSms(
  language: VisitorLanguage,
  code: string,
  validMinutes: number,
  digits: DigitSystem,
): string {
  return visitorText(language, 'join', 'smsCode')
    .replace('{{code}}', code)
    .replace('{{validFor}}', visitorCounted(language, 'minutes', validMinutes, digits, 'genitive'));
}

type JoinAnswer = { ok: true; result: ConfirmJoinResult } | { ok: false; code: string; message: string };
const answer = (reply: FastifyReply, a: JoinAnswer) => (a.ok ? a.result : refuse(reply, a.code, a.message));
const hashCode = (requestId: string, code: string) =>
  createHash('sha256').update(`${requestId}:${code}`).digest();

/** Clear numbers live in memory only, for the SMS still to send; the store keeps hashes. */
export interface PhoneBook {
  byRequest: Map<string, string>;
  byVisit: Map<string, { mobile: string; language: VisitorLanguage }>;
}

export function registerRemoteJoin(
  app: FastifyInstance,
  ctx: HubModuleContext,
  sms: SmsGateway,
  settings: RemoteSettings,
  phones: PhoneBook,
): void {
  const { hub } = ctx;
  const limits = settings.limits;
  const centreDigits = () => hub.catalogue.centre.digits ?? DEFAULT_DIGITS;

  /**
   * Joins that passed the limit and are waiting for their ticket, by number and day. They count as
   * tickets already, so two confirms of one number cannot both pass the check while the first awaits
   * its ticket; a join releases its place once its ticket is recorded or refused.
   */
  const joinsUnderway = new Map<string, number>();
  const underwayKey = (hash: string, day: string) => `${hash} ${day}`;
  /** The issue in progress per code, so a second confirm of the same code gets the same answer. */
  const issuing = new Map<string, Promise<JoinAnswer>>();

  const openRemoteTickets = (hash: string, day: string) =>
    remoteVisitsOf(hub.db, hash, day).filter((id) => {
      const v = hub.visit(id);
      return v !== undefined && !isTerminal(v);
    }).length + (joinsUnderway.get(underwayKey(hash, day)) ?? 0);

  /** Issues the ticket of a checked code and records the code as used. */
  const issueFor = async (row: CodeRow): Promise<JoinAnswer> => {
    const mobile = phones.byRequest.get(row.id);
    const issued = await hub.execute(
      'issueTicket',
      {
        serviceId: row.serviceId,
        channel: 'remote',
        language: row.language,
        // Without the number (the hub restarted since the code went out) the ticket is anonymous.
        identity: mobile ? { kind: 'mobile', value: mobile } : null,
        idempotencyKey: `remote-${row.id}`,
      },
      PHONE_PRINCIPAL,
    );
    if (!issued.ok) return { ok: false, code: issued.error.code, message: issued.error.message };
    const ticket = issued.data as IssuedTicket;
    markUsed(hub.db, row.id, ticket.visit.id);
    phones.byRequest.delete(row.id);
    if (mobile) phones.byVisit.set(ticket.visit.id, { mobile, language: row.language });
    return { ok: true, result: { ticket: ticket.visit.ticket, statusPath: ticket.statusPath } };
  };

  app.post('/api/v1/remote/code', { config: { publicLimit: 'write' } }, async (req, reply) => {
    const input = bodyOf(RequestJoinCodeInput, req, reply);
    if (!input) return reply;
    const mobile = normaliseUaeMobile(input.mobile);
    if (!mobile) return refuse(reply, 'validation', 'the mobile number is not a UAE mobile number');
    const service = hub.catalogue.services.find((s) => s.id === input.serviceId);
    if (!service) return refuse(reply, 'not_found', `no service ${input.serviceId}`);
    if (!hub.catalogue.queues.find((q) => q.id === service.queueId)?.open)
      return refuse(reply, 'queue_closed', 'this service takes no new tickets now');
    const now = hub.clock.now();
    // No code by SMS for a ticket the hours would refuse (closed, a holiday, past the last ticket).
    const hours = walkInRefusal(walkInOpening(hub.state, service.id, now));
    if (hours) return refuse(reply, hours.code, hours.message);
    const day = businessDay(now, hub.catalogue.centre.timeZone);
    const hash = mobileHash(hub, mobile);
    // Counting and recording happen before any await, so a burst cannot slip between them.
    const refusal = codeRequestRefusal(
      {
        number: codesSince(hub.db, 'mobile_hash', hash, now - HOUR),
        device: codesSince(hub.db, 'device_id', input.deviceId, now - HOUR),
        address: codesSince(hub.db, 'ip', req.ip, now - HOUR),
        openTickets: openRemoteTickets(hash, day),
      },
      limits,
    );
    if (refusal) return refuse(reply, refusal.code, refusal.message);
    const requestId = newToken(16);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = now + limits.codeTtlMs;
    const validMinutes = codeValidMinutes(limits.codeTtlMs);
    insertCode(hub.db, {
      id: requestId,
      mobileHash: hash,
      masked: maskMobile(mobile),
      serviceId: service.id,
      language: input.language,
      codeHash: hashCode(requestId, code).toString('base64url'),
      deviceId: input.deviceId,
      ip: req.ip,
      businessDay: day,
      createdAt: now,
      expiresAt,
    });
    try {
      // In the visitor's language, falling back to English, then Arabic (#19).
      await sms.send(mobile, joinCodeSms(input.language, code, validMinutes, centreDigits()), {
        kind: 'join_code',
      });
    } catch {
      deleteCode(hub.db, requestId);
      return refuse(reply, 'sms_unavailable', 'the code could not be sent now; nothing was recorded');
    }
    phones.byRequest.set(requestId, mobile);
    setTimeout(() => phones.byRequest.delete(requestId), limits.codeTtlMs + 60_000).unref();
    return { requestId, to: maskMobile(mobile), expiresAt, validMinutes } satisfies RequestJoinCodeResult;
  });

  app.post('/api/v1/remote/join', { config: { publicLimit: 'write' } }, async (req, reply) => {
    const input = bodyOf(ConfirmJoinInput, req, reply);
    if (!input) return reply;
    const row = codeById(hub.db, input.requestId);
    // A code belongs to the device that asked for it; to any other it does not exist.
    if (!row || row.deviceId !== input.deviceId) return refuse(reply, 'not_found', 'no such code request');
    const now = hub.clock.now();
    const matches = timingSafeEqual(hashCode(row.id, input.code), Buffer.from(row.codeHash, 'base64url'));
    // The answer was lost and the phone asks again: the same code gives the same ticket.
    const already = row.status === 'used' && matches && row.visitId ? hub.visit(row.visitId) : undefined;
    if (already)
      return { ticket: already.ticket, statusPath: `/t/${already.publicToken}` } satisfies ConfirmJoinResult;
    const outcome = attemptCode(row, now, matches, limits);
    if (!outcome.ok) {
      if (outcome.attempts !== row.attempts || outcome.voided !== (row.status === 'voided'))
        recordAttempt(hub.db, row.id, outcome.attempts, outcome.voided);
      return refuse(reply, outcome.code, outcome.message);
    }
    // The same code confirmed again while its ticket is being issued (a double tap, a retry).
    const underway = issuing.get(row.id);
    if (underway) return answer(reply, await underway);
    const day = businessDay(now, hub.catalogue.centre.timeZone);
    if (openRemoteTickets(row.mobileHash, day) >= limits.ticketsPerNumberPerDay)
      return refuse(reply, 'already_joined', 'this number already has a ticket today');
    // Reserve before the first await: the check above and this reservation are one step.
    const key = underwayKey(row.mobileHash, day);
    joinsUnderway.set(key, (joinsUnderway.get(key) ?? 0) + 1);
    const pending = issueFor(row).finally(() => {
      // By now the ticket is in the store (counted by remoteVisitsOf) or was refused.
      const left = (joinsUnderway.get(key) ?? 1) - 1;
      if (left > 0) joinsUnderway.set(key, left);
      else joinsUnderway.delete(key);
      issuing.delete(row.id);
    });
    issuing.set(row.id, pending);
    return answer(reply, await pending);
  });
}
