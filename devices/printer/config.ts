// Per-kiosk (or per-hub) printer configuration, validated with zod so a typo in a config
// file is reported clearly at start-up instead of failing on the first ticket.
import { PrinterConfigSchema, type PrinterConfig } from '../../shared/contract/printer.js';
import { parseDeviceInput } from '../parse-input.js';

// The schemas live in shared/contract (the catalogue validates a kiosk's printer with them too).
export {
  PrinterConnectionSchema,
  PrinterConfigSchema,
  PrinterConfigWithoutIdSchema,
  parsePrinterUri,
  printerUri,
  type PrinterConfig,
  type PrinterConfigInput,
  type PrinterConnection,
} from '../../shared/contract/printer.js';

export class PrinterConfigError extends Error {
  constructor(message: string) {
    super(`invalid printer config: ${message}`);
    this.name = 'PrinterConfigError';
  }
}

export function parsePrinterConfig(input: unknown): PrinterConfig {
  return parseDeviceInput(PrinterConfigSchema, input, (problems) => new PrinterConfigError(problems));
}
