/**
 * A generic HTTPS SMS gateway: most SMS providers take a POST with a JSON body and an
 * authorisation header. The body is a JSON template whose string values may hold placeholders:
 * {{to}} (+9715…), {{toDigits}} (9715…), {{text}}, {{id}} (the outbox's message id). Values are
 * substituted after the template is parsed, so a quote or a newline in the text cannot break the JSON.
 *
 * 2xx: accepted (a top-level `id`, `messageId` or `message_id` in the answer is kept as the
 * provider's id); 429 and 5xx: tried again later (429 as throttling); other 4xx: refused for good.
 * Plain http is allowed only to a loopback address (a local relay, or a test stub).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SmsSendError, type OutgoingSms, type PartAccepted, type SmsTransport } from './transport.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface HttpsGatewaySettings {
  url: URL;
  /** The header that carries the credential, e.g. "Authorization". */
  authHeader: string;
  /** Its value, e.g. "Bearer …" (undefined: no header). */
  auth?: string;
  body: JsonValue;
  /** PEM of a private CA the provider's certificate chains to (else the system's roots). */
  ca: string | undefined;
  timeoutMs: number;
}

export const PLACEHOLDERS = ['to', 'toDigits', 'text', 'id'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** The template with each placeholder in each string value replaced (keys are left alone). */
export function fillTemplate(template: JsonValue, values: Record<Placeholder, string>): JsonValue {
  if (typeof template === 'string')
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
    );
  if (Array.isArray(template)) return template.map((v) => fillTemplate(v, values));
  if (template !== null && typeof template === 'object')
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fillTemplate(v, values)]));
  return template;
}

export class HttpsSmsTransport implements SmsTransport {
  readonly kind = 'https' as const;

  constructor(private readonly settings: HttpsGatewaySettings) {}

  async send(sms: OutgoingSms, accepted: PartAccepted): Promise<void> {
    const body = JSON.stringify(
      fillTemplate(this.settings.body, {
        to: sms.to,
        toDigits: sms.to.replace(/^\+/, ''),
        text: sms.text,
        id: sms.id,
      }),
    );
    const { status, text } = await this.post(body);
    if (status === 429) throw new SmsSendError('the SMS provider is throttling (HTTP 429)', false, true);
    if (status >= 500 || status === 408)
      throw new SmsSendError(`the SMS provider failed (HTTP ${status})`, false);
    if (status < 200 || status >= 300)
      throw new SmsSendError(`the SMS provider refused the message (HTTP ${status})`, true);
    // The provider splits the text itself: one logical part is reported.
    accepted(0, providerIdOf(text));
  }

  private post(body: string): Promise<{ status: number; text: string }> {
    const { url, auth, authHeader, ca, timeoutMs } = this.settings;
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(auth !== undefined ? { [authHeader]: auth } : {}),
          },
          ...(ca ? { ca } : {}),
          timeout: timeoutMs,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => {
            // Only the start of an answer is read: a provider's id is near the top.
            if (chunks.reduce((n, b) => n + b.length, 0) < 64 * 1024) chunks.push(c);
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', (e) =>
            reject(new SmsSendError(`the SMS provider's answer broke off: ${e.message}`, false)),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('no answer in time')));
      req.on('error', (e) => reject(new SmsSendError(`cannot reach the SMS provider: ${e.message}`, false)));
      req.end(body);
    });
  }
}

function providerIdOf(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const record = parsed as Record<string, unknown>;
    const id = record.id ?? record.messageId ?? record.message_id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}
