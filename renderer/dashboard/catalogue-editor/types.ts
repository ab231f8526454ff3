/** The catalogue editor's shared vocabulary: the kinds it edits, a form field's specification, a device. */
import type { TFunction } from 'i18next';
import type { Catalogue, DeviceRole } from '../../../shared/contract/catalogue.js';

export type Lang = 'ar' | 'en';
export type Entity = Record<string, unknown>;
export type Option = { value: string; label: string };

export const KINDS = [
  'centre',
  'agencies',
  'services',
  'queues',
  'counters',
  'workProfiles',
  'displays',
  'kiosks',
  'feedback',
  'languages',
  'advanced',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Device {
  id: string;
  role: DeviceRole;
  name: string;
}

export type Input =
  | { type: 'text'; dir: 'rtl' | 'ltr'; optional?: boolean }
  /** `min`/`max`: the contract's bounds, checked in the form before the hub sees them. */
  | { type: 'number'; scale?: number; step?: number; optional?: boolean; min?: number; max?: number }
  | { type: 'checkbox' }
  | { type: 'time' }
  /** `optional`: an empty choice means the setting is left out (the hub's default applies). */
  | { type: 'select'; options: (c: Catalogue, lang: Lang, t: TFunction) => Option[]; optional?: boolean }
  | { type: 'checks'; options: (c: Catalogue, lang: Lang, t: TFunction) => Option[] }
  | { type: 'json' }
  | { type: 'languages' }
  | { type: 'hours' }
  /** The centre's public holidays and special days (closed-dates-field.tsx). */
  | { type: 'closedDates' }
  | { type: 'printer' };

export interface Field {
  /** Dotted path in the entity, e.g. "name.ar". */
  path: string;
  /** Key in configEditor.* (or a full key with a dot). */
  label: string;
  hint?: string;
  /** The numbers the hint's sentence names ({{min}}, {{max}}, {{default}}), written in the centre's digits. */
  hintValues?: Record<string, number>;
  input: Input;
  /** Only editable while adding (ids other things refer to). */
  fixed?: boolean;
}

/** Sends the edited catalogue; `what` labels the audit row (e.g. "services:eid-renew"). */
export type Save = (next: Catalogue, done: string, what: string) => Promise<string | null>;
