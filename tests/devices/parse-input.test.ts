// What a device driver is handed is refused the same way everywhere (devices/parse-input.ts):
// `invalid <what>: <every problem>`, a problem with the value as a whole under `(root)`.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDeviceInput } from '../../devices/parse-input.js';
import { parsePrinterConfig, PrinterConfigError } from '../../devices/printer/config.js';
import { parseTicketData, TicketDataError } from '../../devices/printer/ticket-data.js';
import { parseReceiptData } from '../../devices/printer/receipt-data.js';
import { parseSerialDeviceConfig } from '../../devices/serial/config.js';

describe('parseDeviceInput', () => {
  const Schema = z.object({ n: z.number().int() }).strict();

  it('gives back the parsed value', () => {
    expect(parseDeviceInput(Schema, { n: 3 }, (p) => new Error(p))).toEqual({ n: 3 });
  });

  it("throws the caller's error with every problem, the whole value's as (root)", () => {
    expect(() => parseDeviceInput(Schema, 'text', (p) => new RangeError(p))).toThrow(RangeError);
    expect(() => parseDeviceInput(Schema, 'text', (p) => new Error(p))).toThrow(/^\(root\): /);
    expect(() => parseDeviceInput(Schema, { n: 1.5, x: 1 }, (p) => new Error(p))).toThrow(
      /^n: .+; \(root\): .+$/,
    );
  });
});

describe('each device input keeps its error and wording', () => {
  it('printer config', () => {
    expect(() => parsePrinterConfig(null)).toThrow(PrinterConfigError);
    expect(() => parsePrinterConfig(null)).toThrow(/^invalid printer config: \(root\): /);
  });

  it('ticket data', () => {
    expect(() => parseTicketData({})).toThrow(TicketDataError);
    expect(() => parseTicketData({})).toThrow(/^invalid ticket data: \w+: /);
  });

  it('receipt data', () => {
    expect(() => parseReceiptData([])).toThrow(/^invalid receipt data: \(root\): /);
  });

  it('serial device config', () => {
    expect(() => parseSerialDeviceConfig(7)).toThrow(/^invalid serial device config: \(root\): /);
  });
});
