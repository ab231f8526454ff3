// Serial device configuration (per counter or per kiosk), validated before any port opens.
import { z } from 'zod';
import { parseDeviceInput } from '../parse-input.js';

export const SerialDeviceConfigSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: z.enum(['display', 'keypad', 'scanner']),
    /** Driver name; 'dawr-generic' is the documented protocol, vendors add their own. */
    protocol: z.literal('dawr-generic').default('dawr-generic'),
    path: z.string().regex(/^\/[^\0]{1,254}$/, 'an absolute device path such as /dev/ttyUSB0'),
    baudRate: z.number().int().positive().max(921600).default(9600),
    counterId: z.string().min(1).max(64).optional(),
    heartbeatMs: z.number().int().min(50).max(60_000).default(1000),
    ackTimeoutMs: z.number().int().min(20).max(5000).default(150),
    retries: z.number().int().min(0).max(10).default(3),
    backoff: z
      .object({
        initialMs: z.number().int().min(10).max(60_000),
        maxMs: z.number().int().min(10).max(600_000),
      })
      .refine((b) => b.initialMs <= b.maxMs, 'initialMs must not exceed maxMs')
      .default({ initialMs: 200, maxMs: 10_000 }),
  })
  .strict();

export type SerialDeviceConfig = z.infer<typeof SerialDeviceConfigSchema>;
export type SerialDeviceConfigInput = z.input<typeof SerialDeviceConfigSchema>;

export function parseSerialDeviceConfig(input: unknown): SerialDeviceConfig {
  return parseDeviceInput(
    SerialDeviceConfigSchema,
    input,
    (problems) => new Error(`invalid serial device config: ${problems}`),
  );
}
