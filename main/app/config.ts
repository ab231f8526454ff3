/**
 * The machine's configuration file: role, hub address, device key, printer. Validated with zod;
 * a missing or bad file is reported as a problem (shown on the pairing page), never a crash.
 */
import * as z from 'zod';
import { AppRole } from '../../shared/contract/ipc.js';
import { PrinterConfigSchema } from '../../devices/printer/config.js';
import { webOrigin } from './navigation.js';
import { pinProblem, type HubPin } from './hub-certificate.js';
import { CertificateFingerprint, PemCertificate } from '../../shared/contract/pairing.js';
import { describeIssues } from '../../shared/contract/validation-errors.js';

/** `hub.local:8080` → `http://hub.local:8080`; anything with a path, query or credentials is refused. */
export function parseHubUrl(raw: string): { ok: true; origin: string } | { ok: false; message: string } {
  const text = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: false, message: `"${raw}" is not a hub address (e.g. http://192.168.1.10:8080)` };
  }
  const origin = webOrigin(withScheme);
  if (!origin)
    return { ok: false, message: 'the hub address must be http:// or https:// without a user name' };
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash)
    return { ok: false, message: 'the hub address is only scheme, host and port (no path)' };
  return { ok: true, origin };
}

const HubUrl = z.string().transform((s, ctx) => {
  const r = parseHubUrl(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  return r.origin;
});

export const AppConfigSchema = z
  .object({
    role: AppRole,
    hubUrl: HubUrl,
    deviceId: z.string().min(1).max(64).optional(),
    deviceKey: z.string().min(16).max(200).optional(),
    deviceName: z.string().min(1).max(80).optional(),
    /** The hub's CA, pinned at pairing: only chains leading to it are trusted (main/app/hub-certificate.ts). */
    hubCaFingerprint: CertificateFingerprint.optional(),
    hubCaCertificate: PemCertificate.optional(),
    /** The kiosk's own ticket printer, driven from the main process (devices/printer). */
    printer: PrinterConfigSchema.optional(),
    language: z.enum(['ar', 'en']).default('ar'),
    /** Extra fragment parameters for the role's app, e.g. a display's `{ "queues": "q-a,q-b" }`. */
    appParams: z.record(z.string().regex(/^[a-z][a-zA-Z]{0,30}$/), z.string().max(300)).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.role === 'kiosk' || c.role === 'display') && !c.deviceKey)
      ctx.addIssue({
        code: 'custom',
        path: ['deviceKey'],
        message: `a ${c.role} needs a device key (pair it with the hub)`,
      });
    if (c.appParams && 'key' in c.appParams)
      ctx.addIssue({
        code: 'custom',
        path: ['appParams', 'key'],
        message: 'the device key goes in deviceKey',
      });
    if (!c.hubCaFingerprint !== !c.hubCaCertificate)
      ctx.addIssue({
        code: 'custom',
        path: ['hubCaFingerprint'],
        message: 'the hub CA is pinned with both its fingerprint and its certificate',
      });
    const pin = hubPinOf(c);
    const problem = pin && pinProblem(pin);
    if (problem) ctx.addIssue({ code: 'custom', path: ['hubCaCertificate'], message: problem });
    if (pin && !c.hubUrl.startsWith('https:'))
      ctx.addIssue({
        code: 'custom',
        path: ['hubUrl'],
        message: 'a hub with a pinned CA is reached over https://',
      });
    if (c.printer && c.role !== 'kiosk')
      ctx.addIssue({ code: 'custom', path: ['printer'], message: 'only a kiosk has a ticket printer' });
  });

export type AppConfig = z.infer<typeof AppConfigSchema>;

/** The pinned hub CA of a config, if it has one. */
export function hubPinOf(
  config: { hubCaFingerprint?: string; hubCaCertificate?: string } | null | undefined,
): HubPin | undefined {
  return config?.hubCaFingerprint && config.hubCaCertificate
    ? { fingerprint: config.hubCaFingerprint, certificate: config.hubCaCertificate }
    : undefined;
}
export type AppConfigInput = z.input<typeof AppConfigSchema>;

export type ConfigProblem = { kind: 'missing' | 'unreadable' | 'invalid'; message: string };
export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problem: ConfigProblem };

/** From the file's text (undefined when there is no file). */
export function parseConfigText(text: string | undefined): ConfigResult {
  if (text === undefined)
    return { ok: false, problem: { kind: 'missing', message: 'this machine has not been set up yet' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      problem: { kind: 'invalid', message: `the config file is not JSON: ${(err as Error).message}` },
    };
  }
  const r = AppConfigSchema.safeParse(json);
  if (!r.success)
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        message: describeIssues(r.error, { root: '(file)' }),
      },
    };
  return { ok: true, config: r.data };
}
