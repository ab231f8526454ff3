/**
 * Which SMS gateway the hub uses, from the environment, checked with zod before the hub starts:
 *   DAWR_SMS_GATEWAY=log|demo|smpp|https (default log)
 *   smpp:  DAWR_SMPP_HOST, DAWR_SMPP_PORT (2775), DAWR_SMPP_SYSTEM_ID, DAWR_SMPP_PASSWORD,
 *          DAWR_SMPP_SOURCE_ADDR (sender id), DAWR_SMPP_SYSTEM_TYPE, DAWR_SMPP_TLS=1
 *   https: DAWR_SMS_HTTPS_URL, DAWR_SMS_HTTPS_AUTH (header value), DAWR_SMS_HTTPS_AUTH_HEADER
 *          (Authorization), DAWR_SMS_HTTPS_BODY (JSON template), DAWR_SMS_HTTPS_CA (PEM file)
 *   retries: DAWR_SMS_RETRY_ATTEMPTS (4), DAWR_SMS_RETRY_BASE_MS (1000), DAWR_SMS_THROTTLE_BACKOFF_MS (5000)
 *   receipts: DAWR_SMS_RECEIPT_TOKEN (at least 16 characters): the bearer token a provider posts
 *          delivery receipts to POST /api/v1/sms/receipts with (unset: that route answers 404)
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../core/config.js';
import { isLoopbackHost } from '../../core/tls/settings.js';
import type { HttpsGatewaySettings, JsonValue } from './https-gateway.js';
import { DEFAULT_SMS_RETRY, type SmsRetryPolicy } from './outbox.js';
import { SMPP_DEFAULTS, type SmppSettings } from './smpp-gateway.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

export type SmsSettings = (
  | { gateway: 'log'; retry: SmsRetryPolicy }
  | { gateway: 'demo'; retry: SmsRetryPolicy }
  | { gateway: 'smpp'; retry: SmsRetryPolicy; smpp: SmppSettings }
  | { gateway: 'https'; retry: SmsRetryPolicy; https: HttpsGatewaySettings }
) & {
  /** The shared secret of the delivery-receipt callback (receipt-callback.ts); absent: none taken. */
  receiptToken?: string;
};

const ReceiptToken = z
  .string()
  .min(16, 'DAWR_SMS_RECEIPT_TOKEN is at least 16 characters')
  .regex(/^[\x21-\x7e]+$/, 'DAWR_SMS_RECEIPT_TOKEN is printable ASCII without spaces')
  .optional();

export const DEFAULT_HTTPS_BODY: JsonValue = { to: '{{to}}', text: '{{text}}', reference: '{{id}}' };

const required = (what: string) => z.string({ error: `${what} is required` }).min(1, `${what} is required`);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const Retry = z.object({
  attempts: int(1, 20).default(DEFAULT_SMS_RETRY.attempts),
  baseMs: int(1, 600_000).default(DEFAULT_SMS_RETRY.baseMs),
  throttledMs: int(1, 600_000).default(DEFAULT_SMS_RETRY.throttledMs),
});

const Smpp = z.object({
  host: required('DAWR_SMPP_HOST'),
  port: int(1, 65_535).default(SMPP_DEFAULTS.port),
  systemId: required('DAWR_SMPP_SYSTEM_ID').max(15, 'DAWR_SMPP_SYSTEM_ID is at most 15 characters'),
  password: required('DAWR_SMPP_PASSWORD').max(8, 'DAWR_SMPP_PASSWORD is at most 8 characters (SMPP 3.4)'),
  systemType: z.string().max(12).default(SMPP_DEFAULTS.systemType),
  sourceAddr: required('DAWR_SMPP_SOURCE_ADDR').regex(
    /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$|^\+?\d{3,15}$/,
    'DAWR_SMPP_SOURCE_ADDR is a sender id of up to 11 letters and digits, or a number',
  ),
  tls: z.boolean(),
});

const Https = z.object({
  url: required('DAWR_SMS_HTTPS_URL')
    .url('DAWR_SMS_HTTPS_URL is not a URL')
    .transform((u) => new URL(u))
    .refine(
      (u) => u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname)),
      'DAWR_SMS_HTTPS_URL must be https:// (plain http only to a loopback address)',
    ),
  auth: z.string().min(1).optional(),
  authHeader: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'DAWR_SMS_HTTPS_AUTH_HEADER is a header name')
    .default('Authorization'),
  body: z
    .string()
    .optional()
    .transform((raw, ctx): JsonValue => {
      if (raw === undefined || raw === '') return DEFAULT_HTTPS_BODY;
      try {
        return JSON.parse(raw) as JsonValue;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'DAWR_SMS_HTTPS_BODY is not valid JSON' });
        return z.NEVER;
      }
    })
    .refine((b) => JSON.stringify(b).includes('{{text}}'), 'DAWR_SMS_HTTPS_BODY must place {{text}}')
    .refine(
      (b) => JSON.stringify(b).includes('{{to}}') || JSON.stringify(b).includes('{{toDigits}}'),
      'DAWR_SMS_HTTPS_BODY must place {{to}} or {{toDigits}}',
    ),
  ca: z.string().optional(),
});

const Gateway = z.enum(['log', 'demo', 'smpp', 'https'], {
  message: 'DAWR_SMS_GATEWAY is one of log, demo, smpp, https',
});

const flag = (v: string | undefined) => v === '1' || v === 'true';

export function smsSettingsFromEnv(env: NodeJS.ProcessEnv): SmsSettings {
  const problems = (e: z.ZodError) => describeIssues(e, { paths: false });
  const token = ReceiptToken.safeParse(env.DAWR_SMS_RECEIPT_TOKEN || undefined);
  if (!token.success) throw new ConfigError(`invalid SMS configuration: ${problems(token.error)}`);
  const gateway = gatewaySettings(env, problems);
  return token.data === undefined ? gateway : { ...gateway, receiptToken: token.data };
}

function gatewaySettings(env: NodeJS.ProcessEnv, problems: (e: z.ZodError) => string): SmsSettings {
  const gateway = Gateway.safeParse(env.DAWR_SMS_GATEWAY || 'log');
  if (!gateway.success) throw new ConfigError(`invalid SMS configuration: ${problems(gateway.error)}`);
  const retryParsed = Retry.safeParse({
    attempts: env.DAWR_SMS_RETRY_ATTEMPTS || undefined,
    baseMs: env.DAWR_SMS_RETRY_BASE_MS || undefined,
    throttledMs: env.DAWR_SMS_THROTTLE_BACKOFF_MS || undefined,
  });
  if (!retryParsed.success)
    throw new ConfigError(`invalid SMS configuration: ${problems(retryParsed.error)}`);
  const retry: SmsRetryPolicy = {
    ...retryParsed.data,
    maxMs: Math.max(DEFAULT_SMS_RETRY.maxMs, retryParsed.data.baseMs),
  };
  switch (gateway.data) {
    case 'log':
    case 'demo':
      return { gateway: gateway.data, retry };
    case 'smpp': {
      const parsed = Smpp.safeParse({
        host: env.DAWR_SMPP_HOST,
        port: env.DAWR_SMPP_PORT || undefined,
        systemId: env.DAWR_SMPP_SYSTEM_ID,
        password: env.DAWR_SMPP_PASSWORD,
        systemType: env.DAWR_SMPP_SYSTEM_TYPE || undefined,
        sourceAddr: env.DAWR_SMPP_SOURCE_ADDR,
        tls: flag(env.DAWR_SMPP_TLS),
      });
      if (!parsed.success) throw new ConfigError(`invalid SMPP configuration: ${problems(parsed.error)}`);
      return { gateway: 'smpp', retry, smpp: { ...SMPP_DEFAULTS, ...parsed.data } };
    }
    case 'https': {
      const parsed = Https.safeParse({
        url: env.DAWR_SMS_HTTPS_URL,
        auth: env.DAWR_SMS_HTTPS_AUTH || undefined,
        authHeader: env.DAWR_SMS_HTTPS_AUTH_HEADER || undefined,
        body: env.DAWR_SMS_HTTPS_BODY,
        ca: env.DAWR_SMS_HTTPS_CA || undefined,
      });
      if (!parsed.success)
        throw new ConfigError(`invalid HTTPS SMS configuration: ${problems(parsed.error)}`);
      let ca: string | undefined;
      try {
        ca = parsed.data.ca ? readFileSync(parsed.data.ca, 'utf8') : undefined;
      } catch {
        throw new ConfigError(
          `invalid HTTPS SMS configuration: cannot read DAWR_SMS_HTTPS_CA (${parsed.data.ca})`,
        );
      }
      return { gateway: 'https', retry, https: { ...parsed.data, ca, timeoutMs: 10_000 } };
    }
  }
}
