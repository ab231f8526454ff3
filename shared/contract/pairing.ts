/**
 * Pairing a new kiosk or display with its hub: a manager creates a one-time code on the
 * dashboard, the device's first-run screen exchanges it for a device key.
 * `POST /api/v1/pairing/codes` (manager/admin) and `POST /api/v1/pairing/claim` (no auth).
 */
import * as z from 'zod';
import { cleanText } from './text.js';
import { DeviceRole } from './catalogue.js';

/** Unambiguous letters and digits (no 0/O, 1/I/L), so a code read off a screen is typed right. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;

/** Upper-cases and drops spaces and dashes, so "abcd-efgh" and "ABCD EFGH" are the same code. */
export function normalisePairingCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export const PairingCode = z
  .string()
  .max(32)
  .transform(normalisePairingCode)
  .pipe(
    z
      .string()
      .length(PAIRING_CODE_LENGTH, `a pairing code has ${PAIRING_CODE_LENGTH} characters`)
      .regex(new RegExp(`^[${PAIRING_ALPHABET}]+$`), 'a pairing code uses only the letters and digits shown'),
  );

export const CreatePairingCodeInput = z
  .object({ role: DeviceRole, name: cleanText().min(1).max(80) })
  .strict();
export type CreatePairingCodeInput = z.infer<typeof CreatePairingCodeInput>;

export const CreatedPairingCode = z.object({
  /** Shown as XXXX-XXXX; claims accept it with or without the dash. */
  code: z.string(),
  role: DeviceRole,
  name: z.string(),
  expiresAt: z.number().int(),
});
export type CreatedPairingCode = z.infer<typeof CreatedPairingCode>;

export const ClaimPairingInput = z.object({ code: PairingCode }).strict();
export type ClaimPairingInput = z.infer<typeof ClaimPairingInput>;

/** SHA-256 of a certificate's DER as colon-separated upper-case hex (what `openssl x509 -fingerprint -sha256` prints). */
export const CertificateFingerprint = z
  .string()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'a SHA-256 fingerprint is 32 hex bytes separated by colons');

/** One PEM certificate. */
export const PemCertificate = z
  .string()
  .max(16_000)
  .regex(
    /^-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\r?\n?$/,
    'a PEM certificate',
  );

export const PairingClaimed = z.object({
  deviceId: z.string().min(1).max(64),
  deviceKey: z.string().min(16).max(200),
  role: DeviceRole,
  name: z.string(),
  /**
   * The certificate authority of the hub's HTTPS certificate, which the device pins: later
   * connections are trusted only if their chain leads to this CA. Absent when the hub serves
   * loopback HTTP, or a deployment certificate from a public CA (the OS trust store decides).
   */
  caFingerprint: CertificateFingerprint.optional(),
  caCertificate: PemCertificate.optional(),
});
export type PairingClaimed = z.infer<typeof PairingClaimed>;

export const PAIRING_ROUTES = {
  createCode: '/api/v1/pairing/codes',
  claim: '/api/v1/pairing/claim',
} as const;
