/**
 * What the hub's log must never hold: a ticket's public token (it cancels and postpones the
 * ticket), a session token, a device key, a PIN, a pairing, join or booking code. The log is read
 * by more people than those who may act as a citizen, a device or a member of staff. The hub logs
 * through a child of whatever logger it is given, with these serializers and redactions, so every
 * caller (the CLI, the demo, a test) gets them.
 */
import type { Logger } from 'pino';
import { stdSerializers } from 'pino';

export const REDACTED = '[redacted]';

/**
 * Path segments that are bearer secrets: /t/<token>, /r/<token>, the public API under them, and
 * a booking's code (DELETE /api/v1/booking/appointments/<code>), which checks it in at the kiosk.
 */
const SECRET_PATH_SEGMENT =
  /(\/(?:t|r|api\/v1\/public\/tickets|api\/v1\/public\/requests|api\/v1\/booking\/appointments)\/)(?!sw\.js(?:[?#]|$))[^/?#\s]+/g;
/** Query parameters that carry credentials, should a client put one in a URL. */
const SECRET_QUERY_PARAM = /([?&](?:token|key|deviceKey|device_key|access_token|code|pin)=)[^&#\s]*/gi;
/** A run of four or more digits (a one-time code, a PIN, a phone number), ASCII or Arabic-Indic; not a port. */
const DIGIT_RUN = /(?<![\d٠-٩۰-۹:])[\d٠-٩۰-۹]{4,}(?![\d٠-٩۰-۹])/g;

/** A URL or path with its secret segments and parameters masked. */
export function maskUrl(url: string): string {
  return url.replace(SECRET_PATH_SEGMENT, `$1${REDACTED}`).replace(SECRET_QUERY_PARAM, `$1${REDACTED}`);
}

/** Free text that may quote a link or a code (an SMS): links and digit runs masked. */
export function maskMessageText(text: string): string {
  return maskUrl(text).replace(DIGIT_RUN, REDACTED);
}

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  id?: string;
}

/** A request as logged: method, masked URL, client address. No headers (Authorization, cookies). */
export function requestForLog(req: LoggedRequest) {
  return { method: req.method, url: maskUrl(req.url ?? ''), remoteAddress: req.ip };
}

function errorForLog(err: Error) {
  const e = stdSerializers.err(err);
  return { ...e, message: maskUrl(e.message), ...(e.stack ? { stack: maskUrl(e.stack) } : {}) };
}

function smsForLog(sms: { to?: string; text?: string }) {
  return { ...sms, ...(sms.text !== undefined ? { text: maskMessageText(sms.text) } : {}) };
}

/** Keys whose values are credentials wherever they appear in a logged object (one level deep). */
export const REDACT_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  ...['token', 'publicToken', 'deviceKey', 'key', 'pin', 'pairingCode'].flatMap((k) => [k, `*.${k}`]),
];

/** The hub's logger: a child of `logger` that masks secrets in requests, errors and SMS texts. */
export function redactingLogger(logger: Logger): Logger {
  return logger.child(
    {},
    {
      serializers: { req: requestForLog, err: errorForLog, sms: smsForLog },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
  );
}
