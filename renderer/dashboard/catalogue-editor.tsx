/**
 * Per-entity configuration: the centre and its hours, agencies, services, queues, counters, work
 * profiles, displays, kiosks and the happiness meter, each as a list with an edit form; plus the
 * whole catalogue as JSON ("advanced"). Every save sends the whole edited catalogue through the
 * hub's 'manager.updateCatalogue', so validation, the audit row and the live apply stay in one place.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  DEFAULT_DISPLAY,
  DEFAULT_FEEDBACK,
  PriorityReason,
  type Catalogue,
  type DeviceRole,
} from '../../shared/contract/catalogue.js';
import type { Alert } from '../../shared/contract/manager.js';
import { printerUri, type PrinterConfigInput } from '../../shared/contract/printer.js';
import { AckResultSchema, type AckResult } from '../../shared/contract/socket.js';
import type { HubClient } from '../common/hub-client.js';
import { managerCall } from './manager-client.js';

type Lang = 'ar' | 'en';
type Entity = Record<string, unknown>;
type Option = { value: string; label: string };

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
  'advanced',
] as const;
export type Kind = (typeof KINDS)[number];

interface Device {
  id: string;
  role: DeviceRole;
  name: string;
}

type Input =
  | { type: 'text'; dir: 'rtl' | 'ltr'; optional?: boolean }
  | { type: 'number'; scale?: number; step?: number; optional?: boolean }
  | { type: 'checkbox' }
  | { type: 'time' }
  | { type: 'select'; options: (c: Catalogue, lang: Lang, t: TFunction) => Option[] }
  | { type: 'checks'; options: (c: Catalogue, lang: Lang, t: TFunction) => Option[] }
  | { type: 'json' }
  | { type: 'languages' }
  | { type: 'hours' }
  | { type: 'printer' };

interface Field {
  /** Dotted path in the entity, e.g. "name.ar". */
  path: string;
  /** Key in configEditor.* (or a full key with a dot). */
  label: string;
  hint?: string;
  input: Input;
  /** Only editable while adding (ids other things refer to). */
  fixed?: boolean;
}

interface Row {
  key: string;
  entity: Entity;
  name: string;
  details: string;
  /** Devices without an entry show their defaults and have nothing to remove. */
  removable: boolean;
}

interface ListSpec {
  rows(c: Catalogue, devices: Device[], lang: Lang, t: TFunction): Row[];
  fields: Field[];
  /** A new entity, or undefined when this list has no "add" (devices are registered elsewhere). */
  blank?(c: Catalogue): Entity;
  upsert(c: Catalogue, originalKey: string | null, e: Entity): Catalogue;
  remove(c: Catalogue, key: string): Catalogue;
  /** Tidies a form's result before saving (e.g. drops an empty optional interleave). */
  finish?(e: Entity): Entity;
}

interface SingleSpec {
  get(c: Catalogue): Entity;
  set(c: Catalogue, e: Entity): Catalogue;
  fields: Field[];
}

// --- paths -------------------------------------------------------------------------------------

function getPath(o: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Entity)[k] : undefined), o);
}

function setPath(o: Entity, path: string, value: unknown): void {
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

type HoursRow = { closed: boolean; open: string; close: string };

function toForm(e: Entity, fields: Field[]): Entity {
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
      default:
        out[f.path] = typeof v === 'string' ? v : '';
    }
  }
  return out;
}

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function fromForm(values: Entity, fields: Field[], base: Entity): Entity {
  const e = structuredClone(base);
  for (const f of fields) {
    const v = values[f.path];
    let out: unknown;
    switch (f.input.type) {
      case 'number':
        out = v === '' && f.input.optional ? undefined : Number(v) / (f.input.scale ?? 1);
        break;
      case 'checkbox':
      case 'checks':
        out = v;
        break;
      case 'json':
        try {
          out = JSON.parse(String(v));
        } catch (err) {
          throw new FieldError(f.label, err instanceof Error ? err.message : String(err));
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
      default:
        out = v === '' && 'optional' in f.input && f.input.optional ? undefined : String(v).trim();
    }
    setPath(e, f.path, out);
  }
  return e;
}

/** A kiosk's printer as the catalogue holds it (the id comes from the device). */
type KioskPrinter = Omit<PrinterConfigInput, 'id'> & { id?: string };

/** A kiosk's printer in the form: the address empty = no printer of its own (the environment's applies). */
type PrinterRow = {
  address: string;
  type: 'epson' | 'star';
  paperWidthMm: '80' | '58';
  mode: 'bitmap' | 'text';
};

function printerToForm(p: KioskPrinter | undefined): PrinterRow {
  return {
    address: p ? printerUri(p.connection) : '',
    type: p?.type ?? 'epson',
    paperWidthMm: p?.paperWidthMm === 58 ? '58' : '80',
    mode: p?.mode ?? 'bitmap',
  };
}

/** The hub validates the rest (address, STAR + text…); settings the form does not show are kept. */
function printerFromForm(row: PrinterRow, base: KioskPrinter | undefined): unknown {
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

const LISTS: Record<Exclude<Kind, 'centre' | 'feedback' | 'advanced'>, ListSpec> = {
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
      `${nameOf(c.agencies, s.agencyId, lang)} · ${nameOf(c.queues, s.queueId, lang)} · ${s.expectedMinutes} ${t('dashboard.minutesShort')}`,
  ),
  queues: idList(
    'queues',
    [
      idField,
      ...nameFields,
      { path: 'prefix', label: 'prefix', input: { type: 'text', dir: 'ltr' } },
      { path: 'open', label: 'queueOpen', input: { type: 'checkbox' } },
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

const SINGLES: Record<'centre' | 'feedback', SingleSpec> = {
  centre: {
    get: (c) => c.centre as unknown as Entity,
    set: (c, e) => ({ ...c, centre: e as unknown as Catalogue['centre'] }),
    fields: [
      ...nameFields,
      { path: 'timeZone', label: 'timeZone', input: { type: 'text', dir: 'ltr' } },
      { path: 'openingHours', label: 'openingHours', input: { type: 'hours' } },
      { path: 'recallsBeforeNoShow', label: 'recallsBeforeNoShow', input: { type: 'number' } },
      { path: 'recycleMinutes', label: 'recycleMinutes', input: { type: 'number' } },
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

/** An id made safe for the audit label (the hub validates the id itself). */
const auditKey = (id: string) => id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 60) || 'new';

// --- hub calls -----------------------------------------------------------------------------------

async function listDevices(hub: HubClient): Promise<Device[]> {
  if (!hub.socket.connected) return [];
  try {
    const raw: unknown = await hub.socket.timeout(15_000).emitWithAck('manager.devices');
    const r = AckResultSchema.safeParse(raw);
    return r.success && r.data.ok ? (r.data.data as Device[]) : [];
  } catch {
    return [];
  }
}

// --- components ----------------------------------------------------------------------------------

export function CatalogueEditor(props: {
  hub: HubClient;
  catalogue: Catalogue | null;
  onSaved(): void;
  /** The dashboard's alerts: a kiosk's open printer alert is shown next to it. */
  alerts?: Alert[];
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ar';
  const [kind, setKind] = useState<Kind>('services');
  const [devices, setDevices] = useState<Device[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (kind === 'displays' || kind === 'kiosks') void listDevices(props.hub).then(setDevices);
  }, [props.hub, kind]);

  /** Sends the whole edited catalogue; returns the hub's error text, or null when applied. */
  const save = async (next: Catalogue, done: string, what: string): Promise<string | null> => {
    setNotice(null);
    const r: AckResult = await managerCall(props.hub, 'manager.updateCatalogue', { catalogue: next, what });
    if (!r.ok)
      return t('configEditor.notSaved', {
        message: `${t(`errors.${r.error.code}`, { defaultValue: '' })} ${r.error.message}`.trim(),
      });
    setNotice(done);
    props.onSaved();
    return null;
  };

  const c = props.catalogue;
  return (
    <section aria-labelledby="cfg-title" data-testid="catalogue-editor">
      <h2 id="cfg-title">{t('configEditor.title')}</h2>
      <p className="muted">{t('configEditor.intro')}</p>
      <div role="group" aria-label={t('configEditor.chooseKind')} className="kinds">
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={kind === k}
            data-kind={k}
            onClick={() => {
              setKind(k);
              setNotice(null);
            }}
          >
            {t(`configEditor.kind_${k}`)}
          </button>
        ))}
      </div>
      <p role="status" className="cfg-notice" data-testid="cfg-notice">
        {notice}
      </p>
      {c &&
        (kind === 'advanced' ? (
          <JsonEditor catalogue={c} save={save} />
        ) : kind === 'centre' || kind === 'feedback' ? (
          <SingleEditor key={kind} kind={kind} spec={SINGLES[kind]} catalogue={c} lang={lang} save={save} />
        ) : (
          <ListEditor
            key={kind}
            kind={kind}
            spec={LISTS[kind]}
            catalogue={c}
            devices={devices}
            alerts={props.alerts ?? []}
            lang={lang}
            save={save}
          />
        ))}
    </section>
  );
}

/** Sends the edited catalogue; `what` labels the audit row (e.g. "services:eid-renew"). */
type Save = (next: Catalogue, done: string, what: string) => Promise<string | null>;

function ListEditor(props: {
  kind: Kind;
  spec: ListSpec;
  catalogue: Catalogue;
  devices: Device[];
  alerts: Alert[];
  lang: Lang;
  save: Save;
}) {
  const { t } = useTranslation();
  const { spec, catalogue: c } = props;
  const rows = spec.rows(c, props.devices, props.lang, t);
  /** null = no form; '' key with adding = a new entity. */
  const [editing, setEditing] = useState<{ key: string | null; base: Entity; name: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const device = props.kind === 'displays' || props.kind === 'kiosks';

  const remove = async (row: Row) => {
    setConfirming(null);
    const e = await props.save(
      spec.remove(c, row.key),
      t('configEditor.removed'),
      `${props.kind}.remove:${row.key}`,
    );
    setError(e);
  };

  return (
    <div data-testid={`cfg-${props.kind}`}>
      <h3>{t(`configEditor.kind_${props.kind}`)}</h3>
      {rows.length === 0 ? (
        <p>{t(device ? 'configEditor.noDevices' : 'configEditor.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(device ? 'configEditor.device' : 'configEditor.colName')}</th>
              <th scope="col">{t('configEditor.colDetails')}</th>
              <th scope="col">{t('configEditor.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-entity={r.key}>
                <th scope="row">
                  {r.name}
                  {!device && (
                    <>
                      {' '}
                      <span className="muted" dir="ltr">
                        ({r.key})
                      </span>
                    </>
                  )}
                </th>
                <td>
                  {r.details}
                  {props.kind === 'kiosks' && <PrinterStatus alerts={props.alerts} kioskId={r.key} />}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    aria-label={`${t('configEditor.edit')}: ${r.name}`}
                    onClick={() => {
                      setError(null);
                      setEditing({ key: r.key, base: r.entity, name: r.name });
                    }}
                  >
                    {t('configEditor.edit')}
                  </button>
                  {r.removable &&
                    (confirming === r.key ? (
                      <button type="button" className="danger" onClick={() => void remove(r)}>
                        {t('configEditor.confirmRemove', { name: r.name })}
                      </button>
                    ) : (
                      <button
                        type="button"
                        aria-label={`${t(device ? 'configEditor.resetDefaults' : 'configEditor.remove')}: ${r.name}`}
                        onClick={() => setConfirming(r.key)}
                      >
                        {t(device ? 'configEditor.resetDefaults' : 'configEditor.remove')}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {spec.blank && !editing && (
        <button
          type="button"
          onClick={() => {
            setError(null);
            setEditing({ key: null, base: spec.blank!(c), name: '' });
          }}
        >
          {t('configEditor.add')}
        </button>
      )}
      {!editing && error && (
        <p role="alert" className="cfg-error">
          {error}
        </p>
      )}
      {editing && (
        <EntityForm
          key={editing.key ?? '+'}
          title={
            editing.key === null
              ? t('configEditor.adding')
              : t('configEditor.editing', { name: editing.name })
          }
          fields={spec.fields}
          adding={editing.key === null}
          base={editing.base}
          catalogue={c}
          lang={props.lang}
          error={error}
          onCancel={() => {
            setEditing(null);
            setError(null);
          }}
          onSubmit={async (e) => {
            const entity = spec.finish ? spec.finish(e) : e;
            const key = editing.key ?? String(entity.id ?? entity.deviceId ?? '');
            const err = await props.save(
              spec.upsert(c, editing.key, entity),
              t('configEditor.saved'),
              `${props.kind}${editing.key === null ? '.add' : ''}:${auditKey(key)}`,
            );
            setError(err);
            if (!err) setEditing(null);
          }}
          onLocalError={setError}
        />
      )}
    </div>
  );
}

/**
 * What the hub last learnt about a kiosk's printer (its prints and the kiosk's own reports raise and
 * clear the printer alerts): a problem while one is open, "working" once one has cleared, else nothing.
 */
function PrinterStatus(props: { alerts: Alert[]; kioskId: string }) {
  const { t } = useTranslation();
  const mine = props.alerts
    .filter(
      (a) => a.subject === props.kioskId && (a.kind === 'printer_offline' || a.kind === 'printer_paper_out'),
    )
    .sort((a, b) => b.raisedAt - a.raisedAt);
  const open = mine.find((a) => a.clearedAt === null);
  if (!open && mine.length === 0) return null;
  return (
    <>
      {' · '}
      <span className={open ? 'cfg-error' : undefined} data-testid="printer-status">
        {t(
          open
            ? open.kind === 'printer_paper_out'
              ? 'configEditor.printerPaperOut'
              : 'configEditor.printerOffline'
            : 'configEditor.printerWorking',
        )}
      </span>
    </>
  );
}

function SingleEditor(props: { kind: Kind; spec: SingleSpec; catalogue: Catalogue; lang: Lang; save: Save }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const base = props.spec.get(props.catalogue);
  return (
    <div data-testid={`cfg-${props.kind}`}>
      <EntityForm
        // A change from elsewhere (another manager, a cut-off) refreshes the form.
        key={JSON.stringify(base)}
        title={t(`configEditor.kind_${props.kind}`)}
        fields={props.spec.fields}
        adding={false}
        base={base}
        catalogue={props.catalogue}
        lang={props.lang}
        error={error}
        onSubmit={async (e) =>
          setError(await props.save(props.spec.set(props.catalogue, e), t('configEditor.saved'), props.kind))
        }
        onLocalError={setError}
      />
    </div>
  );
}

function EntityForm(props: {
  title: string;
  fields: Field[];
  adding: boolean;
  base: Entity;
  catalogue: Catalogue;
  lang: Lang;
  error: string | null;
  onSubmit(e: Entity): Promise<void>;
  onCancel?(): void;
  onLocalError(message: string): void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Entity>(() => toForm(props.base, props.fields));
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const formId = useRef(`cfg-form-${Math.random().toString(36).slice(2, 8)}`).current;
  useEffect(() => {
    if (props.onCancel)
      form.current?.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus();
  }, []);
  const set = (path: string, v: unknown) => setValues((old) => ({ ...old, [path]: v }));
  const label = (key: string) => t(key.includes('.') ? key : `configEditor.${key}`);

  const field = (f: Field) => {
    const id = `${formId}-${f.path.replace(/\./g, '-')}`;
    const hint = f.hint ? (
      <small id={`${id}-hint`} className="muted">
        {label(f.hint)}
      </small>
    ) : null;
    const described = f.hint ? `${id}-hint` : undefined;
    const v = values[f.path];
    const inp = f.input;
    switch (inp.type) {
      case 'checkbox':
        return (
          <div key={f.path} className="cfg-field cfg-check">
            <input
              id={id}
              type="checkbox"
              checked={v === true}
              onChange={(e) => set(f.path, e.target.checked)}
            />
            <label htmlFor={id}>{label(f.label)}</label>
          </div>
        );
      case 'checks': {
        const chosen = v as string[];
        return (
          <fieldset key={f.path} className="cfg-field">
            <legend>{label(f.label)}</legend>
            {inp.options(props.catalogue, props.lang, t).map((o) => (
              <label key={o.value} className="cfg-check">
                <input
                  type="checkbox"
                  checked={chosen.includes(o.value)}
                  onChange={(e) =>
                    set(f.path, e.target.checked ? [...chosen, o.value] : chosen.filter((x) => x !== o.value))
                  }
                />
                {o.label}
              </label>
            ))}
          </fieldset>
        );
      }
      case 'hours': {
        const rows = v as HoursRow[];
        const put = (i: number, patch: Partial<HoursRow>) =>
          set(
            f.path,
            rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
          );
        return (
          <fieldset key={f.path} className="cfg-field cfg-hours">
            <legend>{label(f.label)}</legend>
            {rows.map((r, i) => {
              const day = t(`dashboard.weekday_${i}`);
              return (
                <div key={i} className="cfg-day" role="group" aria-label={day}>
                  <span className="cfg-dayname" aria-hidden="true">
                    {day}
                  </span>
                  <label className="cfg-check">
                    <input
                      type="checkbox"
                      checked={r.closed}
                      onChange={(e) => put(i, { closed: e.target.checked })}
                    />
                    {t('configEditor.closedDay')}
                  </label>
                  <label>
                    {t('configEditor.opens')}
                    <input
                      type="time"
                      dir="ltr"
                      disabled={r.closed}
                      value={r.open}
                      onChange={(e) => put(i, { open: e.target.value })}
                    />
                  </label>
                  <label>
                    {t('configEditor.closes')}
                    <input
                      type="time"
                      dir="ltr"
                      disabled={r.closed}
                      value={r.close}
                      onChange={(e) => put(i, { close: e.target.value })}
                    />
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      }
      case 'printer': {
        const p = v as PrinterRow;
        const put = (patch: Partial<PrinterRow>) => set(f.path, { ...p, ...patch });
        const none = p.address.trim() === '';
        const select = (key: 'type' | 'paperWidthMm' | 'mode', options: Option[]) => (
          <div className="cfg-field">
            <label htmlFor={`${id}-${key}`}>{t(`configEditor.printer_${key}`)}</label>
            <select
              id={`${id}-${key}`}
              value={p[key]}
              onChange={(e) => put({ [key]: e.target.value } as Partial<PrinterRow>)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
        return (
          <fieldset
            key={f.path}
            className="cfg-field cfg-wide"
            aria-describedby={`${id}-state`}
            data-testid="cfg-printer"
          >
            <legend>{label(f.label)}</legend>
            <p id={`${id}-state`} className="muted cfg-printer-state">
              {none ? t('configEditor.printerNone') : label(f.hint ?? 'printerHint')}
            </p>
            <div className="cfg-printer-grid">
              <div className="cfg-field">
                <label htmlFor={`${id}-address`}>{t('configEditor.printer_address')}</label>
                <input
                  id={`${id}-address`}
                  type="text"
                  dir="ltr"
                  spellCheck={false}
                  placeholder="tcp://10.0.0.20:9100"
                  aria-describedby={`${id}-address-hint`}
                  value={p.address}
                  onChange={(e) => put({ address: e.target.value })}
                />
                <small id={`${id}-address-hint`} className="muted">
                  {t('configEditor.printerAddressHint')}{' '}
                  <bdi dir="ltr">tcp://10.0.0.20:9100 · serial:/dev/ttyUSB0 · printer:NAME</bdi>
                </small>
              </div>
              {select('type', [
                { value: 'epson', label: 'EPSON (ESC/POS)' },
                { value: 'star', label: 'STAR (Line Mode)' },
              ])}
              {select('paperWidthMm', [
                { value: '80', label: t('configEditor.paper', { mm: 80 }) },
                { value: '58', label: t('configEditor.paper', { mm: 58 }) },
              ])}
              {select('mode', [
                { value: 'bitmap', label: t('configEditor.printerMode_bitmap') },
                { value: 'text', label: t('configEditor.printerMode_text') },
              ])}
            </div>
          </fieldset>
        );
      }
      default: {
        let control;
        if (inp.type === 'select' || inp.type === 'languages') {
          const options =
            inp.type === 'select'
              ? inp.options(props.catalogue, props.lang, t)
              : (['ar,en', 'en,ar', 'ar', 'en'] as const).map((o) => ({
                  value: o,
                  label: t(`configEditor.lang_${o.replace(',', '_')}`),
                }));
          control = (
            <select
              id={id}
              aria-describedby={described}
              value={String(v)}
              onChange={(e) => set(f.path, e.target.value)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        } else if (inp.type === 'json') {
          control = (
            <textarea
              id={id}
              dir="ltr"
              rows={5}
              spellCheck={false}
              aria-describedby={described}
              value={String(v)}
              onChange={(e) => set(f.path, e.target.value)}
            />
          );
        } else {
          control = (
            <input
              id={id}
              type={inp.type === 'number' ? 'number' : inp.type === 'time' ? 'time' : 'text'}
              step={inp.type === 'number' ? (inp.step ?? 1) : undefined}
              dir={inp.type === 'text' ? inp.dir : 'ltr'}
              required={
                inp.type === 'text' ? !inp.optional : inp.type === 'number' ? !inp.optional : undefined
              }
              readOnly={f.fixed && !props.adding}
              aria-describedby={described}
              value={String(v)}
              onChange={(e) => set(f.path, e.target.value)}
            />
          );
        }
        return (
          <div key={f.path} className={`cfg-field${inp.type === 'json' ? ' cfg-wide' : ''}`}>
            <label htmlFor={id}>{label(f.label)}</label>
            {control}
            {hint}
          </div>
        );
      }
    }
  };

  return (
    <form
      ref={form}
      className="cfg-form"
      aria-labelledby={`${formId}-title`}
      aria-describedby={props.error ? `${formId}-error` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        let entity: Entity;
        try {
          entity = fromForm(values, props.fields, props.base);
        } catch (err) {
          if (err instanceof FieldError)
            return props.onLocalError(
              t('configEditor.invalidJson', { field: label(err.field), message: err.message }),
            );
          throw err;
        }
        setBusy(true);
        void props.onSubmit(entity).finally(() => setBusy(false));
      }}
    >
      <h4 id={`${formId}-title`}>{props.title}</h4>
      <div className="cfg-fields">{props.fields.map(field)}</div>
      {props.error && (
        <p role="alert" id={`${formId}-error`} className="cfg-error" data-testid="cfg-error">
          {props.error}
        </p>
      )}
      <div className="cfg-actions">
        <button type="submit" disabled={busy}>
          {t('configEditor.save')}
        </button>
        {props.onCancel && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('configEditor.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function JsonEditor(props: { catalogue: Catalogue; save: Save }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(props.catalogue, null, 2));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(JSON.stringify(props.catalogue, null, 2)), [props.catalogue]);
  return (
    <div data-testid="cfg-advanced">
      <h3 id="catalogue-h">{t('dashboard.catalogue')}</h3>
      <p className="muted" id="catalogue-help">
        {t('dashboard.catalogueHelp')}
      </p>
      <textarea
        aria-labelledby="catalogue-h"
        aria-describedby={error ? 'catalogue-help catalogue-error' : 'catalogue-help'}
        dir="ltr"
        spellCheck={false}
        rows={16}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p role="alert" id="catalogue-error" className="cfg-error">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          let catalogue: Catalogue;
          try {
            catalogue = JSON.parse(text) as Catalogue;
          } catch (e) {
            return setError(`${t('errors.validation')} ${e instanceof Error ? e.message : ''}`);
          }
          void props.save(catalogue, t('configEditor.saved'), 'json').then(setError);
        }}
      >
        {t('dashboard.apply')}
      </button>
    </div>
  );
}
