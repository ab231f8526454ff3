/** Messages of the citizen's phone: joining a queue remotely, running late, cancelling. */
import * as z from 'zod';
import { Id } from './catalogue.js';
import { VisitorLanguage } from './visit.js';

/** A browser's own random id (kept in its storage); one of the keys the abuse limits count by. */
export const DeviceId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'a device id is 16 to 64 letters');

export const RequestJoinCodeInput = z.object({
  serviceId: Id,
  mobile: z.string().trim().min(9).max(20),
  language: VisitorLanguage.default('ar'),
  deviceId: DeviceId,
});
export type RequestJoinCodeInput = z.infer<typeof RequestJoinCodeInput>;

export const RequestJoinCodeResult = z.object({
  requestId: z.string(),
  /** The number the code went to, masked (+97150*****67). */
  to: z.string(),
  expiresAt: z.number(),
  /** How long the code lasts, in whole minutes, as the page tells it (the hub's setting, not a constant). */
  validMinutes: z.number().int().positive(),
});
export type RequestJoinCodeResult = z.infer<typeof RequestJoinCodeResult>;

/** The one-time code as typed: six digits (Arabic-Indic digits are accepted and converted). */
export const JoinCode = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)))
  .pipe(z.string().regex(/^\d{6}$/, 'the code is six digits'));

export const ConfirmJoinInput = z.object({
  requestId: z.string().min(8).max(64),
  code: JoinCode,
  deviceId: DeviceId,
});
export type ConfirmJoinInput = z.infer<typeof ConfirmJoinInput>;

export const ConfirmJoinResult = z.object({ ticket: z.string(), statusPath: z.string() });
export type ConfirmJoinResult = z.infer<typeof ConfirmJoinResult>;

/** What the status page may offer for a ticket; the token in the path authorises it. */
export const TicketOptions = z.object({
  canPostpone: z.boolean(),
  canCancel: z.boolean(),
  /** Places a "running late" moves the ticket back. */
  latePlaces: z.number().int().min(1),
  postponesLeft: z.number().int().min(0),
  /** Joined from a phone: the hub texts the citizen when the turn is near and when called. */
  notifiedBySms: z.boolean(),
});
export type TicketOptions = z.infer<typeof TicketOptions>;

/** The language the visitor chose on the status page (#19); the token in the path authorises it. */
export const TicketLanguageInput = z.strictObject({ language: VisitorLanguage });
export type TicketLanguageInput = z.infer<typeof TicketLanguageInput>;

/** Codes only the remote routes give; each has a human message in both languages (join/status strings). */
export const REMOTE_ERROR_CODES = [
  'code_expired',
  'code_wrong',
  'code_voided',
  'already_joined',
  'postpone_limit',
  'sms_unavailable',
] as const;
export type RemoteErrorCode = (typeof REMOTE_ERROR_CODES)[number];

/** Unpadded base64url, as browsers give push keys. */
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected base64url');
/** Bytes a base64url text decodes to (no padding), computed without Node or DOM helpers. */
const base64UrlBytes = (s: string) => Math.floor((s.length * 3) / 4);

/**
 * A browser's PushSubscription (its toJSON()) plus the page's language. The endpoint is the
 * browser vendor's push service; the hub decides separately whether a plain-http endpoint is allowed
 * (only on 127.0.0.1 with a test flag).
 */
export const PushSubscriptionInput = z.object({
  endpoint: z
    .string()
    .max(2048)
    .url('the endpoint must be a URL')
    .refine((u) => u.startsWith('https://') || u.startsWith('http://'), 'the endpoint must be https'),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    /** The browser's P-256 public key, uncompressed: 65 bytes. */
    p256dh: Base64Url.refine((k) => base64UrlBytes(k) === 65, 'p256dh must be a 65-byte P-256 key'),
    /** The 16-byte authentication secret. */
    auth: Base64Url.refine((k) => base64UrlBytes(k) === 16, 'auth must be 16 bytes'),
  }),
  language: VisitorLanguage.default('ar'),
});
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInput>;

/** The hub's VAPID public key (base64url), the browser's `applicationServerKey`. */
export const PushPublicKey = z.object({ publicKey: Base64Url });
export type PushPublicKey = z.infer<typeof PushPublicKey>;

/** What the service worker receives and shows; text already in the subscriber's language. */
export const PushMessage = z.object({
  title: z.string(),
  body: z.string(),
  language: VisitorLanguage,
  /** The status page to open when the notification is tapped. */
  url: z.string(),
  kind: z.enum(['ahead', 'called']),
});
export type PushMessage = z.infer<typeof PushMessage>;
