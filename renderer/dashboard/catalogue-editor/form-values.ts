/**
 * The pure mapping between a catalogue entity and its edit form's values (one value per field path),
 * and back. No React: the form only holds what toForm gives and hands it to fromForm.
 */
import { printerUri, type PrinterConfigInput } from '../../../shared/contract/printer.js';
import type { Entity, Field } from './types.js';

// --- paths -------------------------------------------------------------------------------------

export function getPath(o: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Entity)[k] : undefined), o);
}

export function setPath(o: Entity, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = o;
  for (const k of keys.slice(0, -1)) {
    if (!cur[k] || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Entity;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

// --- form values <-> entities ------------------------------------------------------------------

export type HoursRow = { closed: boolean; open: string; close: string };

/** The rows with row `i` changed by `patch`: how the editor's row lists take one input's change. */
export function patchRow<Row>(rows: readonly Row[], i: number, patch: Partial<Row>): Row[] {
  return rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
}

/** One public holiday or special day in the form; `special`: open `open`–`close` instead of closed. */
export type ClosedDateRow = {
  date: string;
  ar: string;
  en: string;
  special: boolean;
  open: string;
  close: string;
};

type ClosedDateEntry = {
  date: string;
  reason: Record<string, string> & { ar: string; en: string };
  hours?: { open: string; close: string };
};

/**
 * The rows whose date an earlier row already has: the form says so in the manager's language before
 * sending (the hub would refuse the whole edit), on the later row, the one just typed.
 */
export function repeatedClosedDates(rows: readonly Pick<ClosedDateRow, 'date'>[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  rows.forEach((r, i) => {
    const date = r.date.trim();
    if (date === '') return;
    if (seen.has(date)) repeated.add(i);
    seen.add(date);
  });
  return repeated;
}

export function closedDatesToForm(v: unknown): ClosedDateRow[] {
  return (Array.isArray(v) ? (v as ClosedDateEntry[]) : []).map((d) => ({
    date: d.date,
    ar: d.reason.ar,
    en: d.reason.en,
    special: d.hours !== undefined,
    open: d.hours?.open ?? '08:00',
    close: d.hours?.close ?? '12:00',
  }));
}

/**
 * Back to the catalogue's list (left out when empty). The hub checks the dates (ISO, each once) and
 * refuses the whole edit with 400; a reason's other languages (from the missing-strings view) are kept.
 */
export function closedDatesFromForm(rows: ClosedDateRow[], base: unknown): ClosedDateEntry[] | undefined {
  if (rows.length === 0) return undefined;
  const before = Array.isArray(base) ? (base as ClosedDateEntry[]) : [];
  return rows.map((r) => {
    const kept = before.find((d) => d.date === r.date)?.reason ?? {};
    return {
      date: r.date.trim(),
      reason: { ...kept, ar: r.ar.trim(), en: r.en.trim() },
      ...(r.special ? { hours: { open: r.open, close: r.close } } : {}),
    };
  });
}

export function toForm(e: Entity, fields: Field[]): Entity {
  const out: Entity = {};
  for (const f of fields) {
    const v = getPath(e, f.path);
    switch (f.input.type) {
      case 'number':
        out[f.path] = typeof v === 'number' ? String(Math.round(v * (f.input.scale ?? 1) * 1000) / 1000) : '';
        break;
      case 'checkbox':
        out[f.path] = v === true;
        break;
      case 'checks':
        out[f.path] = Array.isArray(v) ? [...(v as string[])] : [];
        break;
      case 'json':
        out[f.path] = JSON.stringify(v ?? [], null, 2);
        break;
      case 'languages':
        out[f.path] = Array.isArray(v) ? (v as string[]).join(',') : 'ar,en';
        break;
      case 'hours':
        out[f.path] = (Array.isArray(v) ? (v as ({ open: string; close: string } | null)[]) : []).map(
          (h): HoursRow => (h ? { closed: false, ...h } : { closed: true, open: '08:00', close: '14:00' }),
        );
        break;
      case 'printer':
        out[f.path] = printerToForm(v as KioskPrinter | undefined);
        break;
      case 'closedDates':
        out[f.path] = closedDatesToForm(v);
        break;
      default:
        out[f.path] = typeof v === 'string' ? v : '';
    }
  }
  return out;
}

export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** The field's text and the parser's error, to say where the mistake is in the manager's language. */
    readonly text: string = '',
    readonly parseError: unknown = null,
  ) {
    super(message);
  }
}

export function fromForm(values: Entity, fields: Field[], base: Entity): Entity {
  const e = structuredClone(base);
  for (const f of fields) {
    const v = values[f.path];
    let out: unknown;
    switch (f.input.type) {
      case 'number':
        out = v === '' && f.input.optional ? undefined : Number(v) / (f.input.scale ?? 1);
        break;
      case 'checkbox':
        out = v;
        break;
      case 'checks':
        // An optional list the entity did not have stays absent when nothing is ticked, so an
        // untouched form saves the entity unchanged (a queue without added announcement languages).
        out = Array.isArray(v) && v.length === 0 && getPath(base, f.path) === undefined ? undefined : v;
        break;
      case 'json':
        try {
          out = JSON.parse(String(v));
        } catch (err) {
          throw new FieldError(f.label, err instanceof Error ? err.message : String(err), String(v), err);
        }
        break;
      case 'languages':
        out = String(v).split(',');
        break;
      case 'hours':
        out = (v as HoursRow[]).map((h) => (h.closed ? null : { open: h.open, close: h.close }));
        break;
      case 'printer':
        out = printerFromForm(v as PrinterRow, getPath(base, f.path) as KioskPrinter | undefined);
        break;
      case 'closedDates':
        out = closedDatesFromForm(v as ClosedDateRow[], getPath(base, f.path));
        break;
      default:
        out = v === '' && 'optional' in f.input && f.input.optional ? undefined : String(v).trim();
    }
    setPath(e, f.path, out);
  }
  return e;
}

/** A kiosk's printer as the catalogue holds it (the id comes from the device). */
export type KioskPrinter = Omit<PrinterConfigInput, 'id'> & { id?: string };

/** A kiosk's printer in the form: the address empty = no printer of its own (the environment's applies). */
export type PrinterRow = {
  address: string;
  type: 'epson' | 'star';
  paperWidthMm: '80' | '58';
  mode: 'bitmap' | 'text';
};

export function printerToForm(p: KioskPrinter | undefined): PrinterRow {
  return {
    address: p ? printerUri(p.connection) : '',
    type: p?.type ?? 'epson',
    paperWidthMm: p?.paperWidthMm === 58 ? '58' : '80',
    mode: p?.mode ?? 'bitmap',
  };
}

/** The hub validates the rest (address, STAR + text…); settings the form does not show are kept. */
export function printerFromForm(row: PrinterRow, base: KioskPrinter | undefined): unknown {
  const address = row.address.trim();
  if (!address) return undefined;
  const { connection: _old, ...kept } = base ?? {};
  return {
    ...kept,
    connection: address,
    type: row.type,
    paperWidthMm: Number(row.paperWidthMm),
    mode: row.mode,
  };
}
