/**
 * What the editor shows and edits for each kind: the list rows and their fields (agencies, services,
 * queues, counters, work profiles, displays, kiosks) and the single settings (centre, feedback).
 */
import type { TFunction } from 'i18next';
import {
  DEFAULT_DISPLAY,
  DEFAULT_FEEDBACK,
  PriorityReason,
  type Catalogue,
  type DeviceRole,
} from '../../../shared/contract/catalogue.js';
import { printerUri } from '../../../shared/contract/printer.js';
import { counted } from '../../../shared/i18n/durations.js';
import type { KioskPrinter } from './form-values.js';
import type { Device, Entity, Field, Kind, Lang, Option } from './types.js';
import { LANGUAGES } from '../../../shared/i18n/languages.js';
import { DEFAULT_LAST_TICKET_MINUTES } from '../../../shared/domain/opening-state.js';
import { DEFAULT_BREAK_MINUTES } from '../../../shared/domain/estimate.js';

/**
 * A queue's added announcement languages (#19): every shipped language beyond the boards' own two,
 * each named in itself and in English, in the order ticked.
 */
const announcementLanguagesInput = {
  type: 'checks',
  options: () =>
    LANGUAGES.filter((l) => l.code !== 'ar' && l.code !== 'en').map((l) => ({
      value: l.code,
      label: `${l.nativeName} · ${l.englishName}`,
    })),
} as const;

export interface Row {
  key: string;
  entity: Entity;
  name: string;
  details: string;
  /** Devices without an entry show their defaults and have nothing to remove. */
  removable: boolean;
}

export interface ListSpec {
  rows(c: Catalogue, devices: Device[], lang: Lang, t: TFunction): Row[];
  fields: Field[];
  /** A new entity, or undefined when this list has no "add" (devices are registered elsewhere). */
  blank?(c: Catalogue): Entity;
  upsert(c: Catalogue, originalKey: string | null, e: Entity): Catalogue;
  remove(c: Catalogue, key: string): Catalogue;
  /** Tidies a form's result before saving (e.g. drops an empty optional interleave). */
  finish?(e: Entity): Entity;
}

export interface SingleSpec {
  get(c: Catalogue): Entity;
  set(c: Catalogue, e: Entity): Catalogue;
  fields: Field[];
}

const printerSummary = (p: KioskPrinter | undefined, t: TFunction) =>
  p
    ? [
        printerUri(p.connection),
        (p.type ?? 'epson').toUpperCase(),
        t('configEditor.paper', { mm: p.paperWidthMm ?? 80 }),
        t(`configEditor.printerMode_${p.mode ?? 'bitmap'}`),
      ].join(' · ')
    : t('configEditor.printerFromEnv');

// --- the kinds -----------------------------------------------------------------------------------

const nameFields: Field[] = [
  { path: 'name.ar', label: 'nameAr', input: { type: 'text', dir: 'rtl' } },
  { path: 'name.en', label: 'nameEn', input: { type: 'text', dir: 'ltr' } },
];
const idField: Field = {
  path: 'id',
  label: 'id',
  hint: 'idHint',
  input: { type: 'text', dir: 'ltr' },
  fixed: true,
};

const named = (x: { name: { ar: string; en: string } }, lang: Lang) => x.name[lang];

/** Minutes before closing that walk-in tickets stop; empty = the default (the contract allows 0–240). */
const lastTicketInput = { type: 'number', optional: true, min: 0, max: 240 } as const;
const lastTicketRange = { min: lastTicketInput.min, max: lastTicketInput.max };
const typicalBreakInput = { type: 'number', optional: true, min: 1, max: 240 } as const;

/** A plain id-keyed list of the catalogue (agencies, services, queues, counters, work profiles). */
function idList<K extends 'agencies' | 'services' | 'queues' | 'counters' | 'workProfiles'>(
  key: K,
  fields: Field[],
  blank: (c: Catalogue) => Entity,
  details: (x: Catalogue[K][number], c: Catalogue, lang: Lang, t: TFunction) => string,
  finish?: (e: Entity) => Entity,
): ListSpec {
  type Item = Catalogue[K][number];
  return {
    fields,
    blank,
    finish,
    rows: (c, _d, lang, t) =>
      (c[key] as Item[]).map((x) => ({
        key: x.id,
        entity: x as unknown as Entity,
        name: named(x as { name: { ar: string; en: string } }, lang),
        details: details(x, c, lang, t),
        removable: true,
      })),
    upsert: (c, original, e) => {
      const list = c[key] as Item[];
      const item = e as unknown as Item;
      return {
        ...c,
        [key]: original === null ? [...list, item] : list.map((x) => (x.id === original ? item : x)),
      };
    },
    remove: (c, id) => ({ ...c, [key]: (c[key] as Item[]).filter((x) => x.id !== id) }),
  };
}

const agencyOptions = (c: Catalogue, lang: Lang): Option[] =>
  c.agencies.map((a) => ({ value: a.id, label: a.name[lang] }));
const queueOptions = (c: Catalogue, lang: Lang): Option[] =>
  c.queues.map((q) => ({ value: q.id, label: `${q.prefix} · ${q.name[lang]}` }));
const nameOf = (xs: { id: string; name: { ar: string; en: string } }[], id: string, lang: Lang) =>
  xs.find((x) => x.id === id)?.name[lang] ?? id;

/** Device-keyed settings (displays, kiosks): every registered device, configured or on defaults. */
function deviceList<K extends 'displays' | 'kiosks'>(
  key: K,
  role: DeviceRole,
  fields: Field[],
  defaults: (deviceId: string) => Entity,
  details: (x: NonNullable<Catalogue[K]>[number], c: Catalogue, lang: Lang, t: TFunction) => string,
): ListSpec {
  type Item = NonNullable<Catalogue[K]>[number];
  return {
    fields,
    rows: (c, devices, lang, t) => {
      const entries = (c[key] ?? []) as Item[];
      const ids = [
        ...new Set([
          ...devices.filter((d) => d.role === role).map((d) => d.id),
          ...entries.map((x) => x.deviceId),
        ]),
      ];
      return ids.map((id) => {
        const entry = entries.find((x) => x.deviceId === id);
        const device = devices.find((d) => d.id === id);
        return {
          key: id,
          entity: (entry as Entity | undefined) ?? defaults(id),
          name: device ? `${device.name} (${id})` : id,
          details: entry ? details(entry, c, lang, t) : t('configEditor.deviceDefaults'),
          removable: entry !== undefined,
        };
      });
    },
    upsert: (c, original, e) => {
      const list = (c[key] ?? []) as Item[];
      const item = e as unknown as Item;
      const exists = list.some((x) => x.deviceId === original);
      return {
        ...c,
        [key]: exists ? list.map((x) => (x.deviceId === original ? item : x)) : [...list, item],
      };
    },
    remove: (c, id) => ({ ...c, [key]: ((c[key] ?? []) as Item[]).filter((x) => x.deviceId !== id) }),
  };
}

export const LISTS: Record<Exclude<Kind, 'centre' | 'feedback' | 'languages' | 'advanced'>, ListSpec> = {
  agencies: idList(
    'agencies',
    [idField, ...nameFields],
    () => ({ id: '', name: { ar: '', en: '' } }),
    (a, c) => String(c.services.filter((s) => s.agencyId === a.id).length),
  ),
  services: idList(
    'services',
    [
      idField,
      ...nameFields,
      { path: 'agencyId', label: 'agency', input: { type: 'select', options: agencyOptions } },
      { path: 'queueId', label: 'queue', input: { type: 'select', options: queueOptions } },
      { path: 'expectedMinutes', label: 'expectedMinutes', input: { type: 'number', step: 0.5 } },
      { path: 'target.share', label: 'targetShare', input: { type: 'number', scale: 100 } },
      { path: 'target.withinMinutes', label: 'targetMinutes', input: { type: 'number' } },
      {
        path: 'priorityEligible',
        label: 'priorityEligible',
        input: {
          type: 'checks',
          options: (_c, _l, t) =>
            PriorityReason.options.map((r) => ({ value: r, label: t(`priority.${r}`) })),
        },
      },
      { path: 'requiredDocuments', label: 'requiredDocuments', input: { type: 'json' } },
      { path: 'onlineUrl', label: 'onlineUrl', input: { type: 'text', dir: 'ltr', optional: true } },
    ],
    (c) => ({
      id: '',
      agencyId: c.agencies[0]?.id ?? '',
      name: { ar: '', en: '' },
      queueId: c.queues[0]?.id ?? '',
      expectedMinutes: 10,
      target: { share: 0.8, withinMinutes: 20 },
      priorityEligible: [...PriorityReason.options],
      requiredDocuments: [],
    }),
    (s, c, lang, t) =>
      `${nameOf(c.agencies, s.agencyId, lang)} · ${nameOf(c.queues, s.queueId, lang)} · ${counted(t, 'minutes', s.expectedMinutes)}`,
  ),
  queues: idList(
    'queues',
    [
      idField,
      ...nameFields,
      { path: 'prefix', label: 'prefix', input: { type: 'text', dir: 'ltr' } },
      { path: 'open', label: 'queueOpen', input: { type: 'checkbox' } },
      {
        path: 'lastTicketMinutesBeforeClose',
        label: 'lastTicketMinutes',
        hint: 'queueLastTicketHint',
        hintValues: lastTicketRange,
        input: lastTicketInput,
      },
      // Checked against the language registry by the hub too (an unknown code is a 400).
      { path: 'announcementLanguages', label: 'announcementLanguages', input: announcementLanguagesInput },
    ],
    () => ({ id: '', name: { ar: '', en: '' }, prefix: '', open: true }),
    (q, _c, _l, t) => `${q.prefix} · ${t(q.open ? 'dashboard.open' : 'dashboard.closed')}`,
  ),
  counters: idList(
    'counters',
    [
      idField,
      { path: 'label', label: 'label', input: { type: 'text', dir: 'ltr' } },
      ...nameFields,
      {
        path: 'workProfileId',
        label: 'workProfile',
        input: {
          type: 'select',
          options: (c, lang) => c.workProfiles.map((p) => ({ value: p.id, label: p.name[lang] })),
        },
      },
    ],
    (c) => ({ id: '', label: '', name: { ar: '', en: '' }, workProfileId: c.workProfiles[0]?.id ?? '' }),
    (k, c, lang) => `${k.label} · ${nameOf(c.workProfiles, k.workProfileId, lang)}`,
  ),
  workProfiles: idList(
    'workProfiles',
    [
      idField,
      ...nameFields,
      { path: 'rules', label: 'rules', input: { type: 'json' } },
      {
        path: 'interleave.priority',
        label: 'interleavePriority',
        hint: 'interleaveHint',
        input: { type: 'number', optional: true },
      },
      { path: 'interleave.normal', label: 'interleaveNormal', input: { type: 'number', optional: true } },
    ],
    () => ({ id: '', name: { ar: '', en: '' }, rules: [{ kind: 'longestWaitingAll' }] }),
    (p) => `${p.rules.length} · ${p.interleave ? `${p.interleave.priority}:${p.interleave.normal}` : '—'}`,
    (e) => {
      const il = e.interleave as { priority?: number; normal?: number } | undefined;
      if (il && il.priority === undefined && il.normal === undefined) {
        const { interleave: _drop, ...rest } = e;
        return rest;
      }
      return e;
    },
  ),
  displays: deviceList(
    'displays',
    'display',
    [
      {
        path: 'queueIds',
        label: 'queuesShown',
        input: { type: 'checks', options: queueOptions },
      },
      { path: 'languages', label: 'languages', hint: 'fragmentNote', input: { type: 'languages' } },
      { path: 'historySize', label: 'historySize', input: { type: 'number' } },
      { path: 'showWaiting', label: 'showWaiting', input: { type: 'checkbox' } },
    ],
    (deviceId) => ({ deviceId, ...structuredClone(DEFAULT_DISPLAY) }),
    (d, c, lang, t) =>
      `${d.queueIds.length ? d.queueIds.map((q) => nameOf(c.queues, q, lang)).join('، ') : t('configEditor.allQueues')} · ${d.languages.join(' → ')}`,
  ),
  kiosks: deviceList(
    'kiosks',
    'kiosk',
    [
      // Optional: a kiosk without a location is fine (the hub fills '').
      { path: 'location', label: 'location', input: { type: 'text', dir: 'rtl', optional: true } },
      { path: 'agencyIds', label: 'agenciesOffered', input: { type: 'checks', options: agencyOptions } },
      { path: 'printer', label: 'printer', hint: 'printerHint', input: { type: 'printer' } },
    ],
    (deviceId) => ({ deviceId, location: '', agencyIds: [] }),
    (k, c, lang, t) =>
      `${k.location || '—'} · ${k.agencyIds.length ? k.agencyIds.map((a) => nameOf(c.agencies, a, lang)).join('، ') : t('configEditor.allAgencies')} · ${t('configEditor.printer')}: ${printerSummary(k.printer, t)}`,
  ),
};

export const SINGLES: Record<'centre' | 'feedback', SingleSpec> = {
  centre: {
    get: (c) => c.centre as unknown as Entity,
    set: (c, e) => ({ ...c, centre: e as unknown as Catalogue['centre'] }),
    fields: [
      ...nameFields,
      { path: 'timeZone', label: 'timeZone', input: { type: 'text', dir: 'ltr' } },
      { path: 'openingHours', label: 'openingHours', input: { type: 'hours' } },
      { path: 'closedDates', label: 'closedDates', hint: 'closedDatesHint', input: { type: 'closedDates' } },
      { path: 'recallsBeforeNoShow', label: 'recallsBeforeNoShow', input: { type: 'number' } },
      { path: 'recycleMinutes', label: 'recycleMinutes', input: { type: 'number' } },
      {
        path: 'typicalBreakMinutes',
        label: 'typicalBreakMinutes',
        hint: 'typicalBreakMinutesHint',
        hintValues: {
          min: typicalBreakInput.min,
          max: typicalBreakInput.max,
          default: DEFAULT_BREAK_MINUTES,
        },
        input: typicalBreakInput,
      },
      {
        path: 'lastTicketMinutesBeforeClose',
        label: 'lastTicketMinutes',
        hint: 'lastTicketMinutesHint',
        hintValues: { ...lastTicketRange, default: DEFAULT_LAST_TICKET_MINUTES },
        input: lastTicketInput,
      },
      { path: 'interleave.priority', label: 'interleavePriority', input: { type: 'number' } },
      { path: 'interleave.normal', label: 'interleaveNormal', input: { type: 'number' } },
      {
        path: 'endOfDay',
        label: 'endOfDay',
        input: {
          type: 'select',
          options: (_c, _l, t) => [
            { value: 'remove', label: t('dashboard.endOfDayRemove') },
            { value: 'keep', label: t('dashboard.endOfDayKeep') },
          ],
        },
      },
      {
        path: 'digits',
        label: 'digits',
        input: {
          type: 'select',
          optional: true,
          options: (_c, _l, t) => [
            { value: '', label: t('configEditor.digitsDefault') },
            { value: 'latn', label: t('configEditor.digitsLatn') },
            { value: 'arab', label: t('configEditor.digitsArab') },
          ],
        },
      },
    ],
  },
  feedback: {
    get: (c) => (c.feedback ?? DEFAULT_FEEDBACK) as unknown as Entity,
    set: (c, e) => ({ ...c, feedback: e as unknown as Catalogue['feedback'] }),
    fields: [
      { path: 'enabled', label: 'feedbackEnabled', input: { type: 'checkbox' } },
      { path: 'windowMinutes', label: 'feedbackWindow', input: { type: 'number' } },
    ],
  },
};
