/**
 * Kiosk settings from the environment, validated at start so a typo is reported clearly:
 * idle timings, digits, the appointment check-in window, and each kiosk's ticket printer.
 */
import * as z from 'zod';
import { PrinterConfigWithoutIdSchema, type PrinterConfigInput } from '../../../../devices/printer/config.js';
import { KioskSettings } from '../../../../shared/contract/kiosk.js';
import { ConfigError } from '../../core/config.js';
import { publicOriginFromEnv } from '../../core/public-origin.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

/** `DAWR_KIOSK_PRINTERS`: a JSON object, device id → printer config (see devices/printer/config.ts). */
const PrinterMap = z.record(z.string().min(1).max(64), PrinterConfigWithoutIdSchema);

export interface KioskHubSettings {
  screen: KioskSettings;
  printers: Record<string, PrinterConfigInput>;
  /** The origin written into QR codes and SMS (e.g. https://dawr.centre.example); see ../public-origin.ts. */
  publicOrigin: string | undefined;
}

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

export function kioskSettingsFromEnv(env: NodeJS.ProcessEnv): KioskHubSettings {
  const screen = KioskSettings.safeParse({
    idleSeconds: num(env.DAWR_KIOSK_IDLE_SECONDS) ?? 90,
    warningSeconds: num(env.DAWR_KIOSK_WARNING_SECONDS) ?? 30,
    accessibleIdleFactor: num(env.DAWR_KIOSK_ACCESSIBLE_IDLE_FACTOR) ?? 2,
    arabicDigits: env.DAWR_KIOSK_ARABIC_DIGITS ?? 'arabic',
    checkIn: {
      earlyMinutes: num(env.DAWR_CHECKIN_EARLY_MINUTES) ?? 30,
      lateMinutes: num(env.DAWR_CHECKIN_LATE_MINUTES) ?? 15,
    },
  });
  if (!screen.success) throw new ConfigError(`invalid kiosk settings: ${describe(screen.error)}`);
  let rawPrinters: unknown = {};
  try {
    rawPrinters = env.DAWR_KIOSK_PRINTERS ? (JSON.parse(env.DAWR_KIOSK_PRINTERS) as unknown) : {};
  } catch {
    throw new ConfigError('DAWR_KIOSK_PRINTERS is not valid JSON');
  }
  const printers = PrinterMap.safeParse(rawPrinters);
  if (!printers.success) throw new ConfigError(`invalid DAWR_KIOSK_PRINTERS: ${describe(printers.error)}`);
  return {
    screen: screen.data,
    printers: Object.fromEntries(
      Object.entries(printers.data).map(([deviceId, p]) => [deviceId, { ...p, id: p.id ?? deviceId }]),
    ) as Record<string, PrinterConfigInput>,
    publicOrigin: publicOriginFromEnv(env),
  };
}

function describe(e: z.ZodError): string {
  return describeIssues(e, { root: '(root)' });
}
