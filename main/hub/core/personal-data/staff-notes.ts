/**
 * The free text staff type about a citizen: a transfer's note (`visit.note`, the `visit.transferred`
 * event's `note`) and the notes of each delivered service (`visit.deliveredServices[].notes`, the
 * `visit.completed` event's `services[].notes`). Staff write whatever the citizen's case needs there
 * (a passport number, a relative's mobile), so it is personal data: it leaves the visit's document
 * and the event's data for a sealed column of its own (`visits.notes`, `visit_events.notes`, listed
 * in SEALED_COLUMNS), and is put back when staff read the record.
 *
 * The stored text, before sealing, is `{"note": string | null, "services": string[]}` (the services'
 * notes in the order of the list they came from); migration 0020 writes the same shape from rows
 * an older hub kept in clear. A record with no text at all keeps nothing apart (the column is null).
 */

export interface StaffNotes {
  note: string | null;
  services: string[];
}

interface WithServiceNotes {
  notes?: unknown;
}

/** The notes of a list of services, in order ('' where one has none). */
function serviceNotes(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((s: WithServiceNotes) => (typeof s?.notes === 'string' ? s.notes : ''));
}

/** The same list with every service's notes emptied (the text is kept apart). */
function withoutServiceNotes<T>(list: T): T {
  if (!Array.isArray(list)) return list;
  return list.map((s: object) => ({ ...s, notes: '' })) as T;
}

/** The same list with each service's notes put back, by position. */
function withServiceNotes<T>(list: T, notes: readonly string[]): T {
  if (!Array.isArray(list)) return list;
  return list.map((s: object, i) => ({ ...s, notes: notes[i] ?? '' })) as T;
}

const hasText = (n: StaffNotes): boolean => Boolean(n.note) || n.services.some((s) => s !== '');

/** The clear text to seal, or null when the record carries no staff text. */
function stored(n: StaffNotes): string | null {
  return hasText(n) ? JSON.stringify(n) : null;
}

function parsed(text: string): StaffNotes {
  const n = JSON.parse(text) as Partial<StaffNotes>;
  return {
    note: typeof n.note === 'string' ? n.note : null,
    services: Array.isArray(n.services) ? n.services.map((s) => (typeof s === 'string' ? s : '')) : [],
  };
}

interface VisitWithNotes {
  note: string | null;
  deliveredServices: readonly WithServiceNotes[];
}

/** A visit's document without the staff's text, and that text (to seal), null when there is none. */
export function visitNotesApart<V extends VisitWithNotes>(v: V): { doc: V; notes: string | null } {
  const notes = stored({ note: v.note, services: serviceNotes(v.deliveredServices) });
  if (notes === null) return { doc: v, notes };
  return {
    doc: { ...v, note: null, deliveredServices: withoutServiceNotes(v.deliveredServices) },
    notes,
  };
}

/** The visit's document with the staff's text (opened from its column) put back. */
export function visitWithNotes<V extends VisitWithNotes>(doc: V, notes: string): V {
  const n = parsed(notes);
  return { ...doc, note: n.note, deliveredServices: withServiceNotes(doc.deliveredServices, n.services) };
}

/** An event's data without the staff's text, and that text (to seal), null when there is none. */
export function eventNotesApart(data: Record<string, unknown>): {
  data: Record<string, unknown>;
  notes: string | null;
} {
  const notes = stored({
    note: typeof data.note === 'string' ? data.note : null,
    services: serviceNotes(data.services),
  });
  if (notes === null) return { data, notes };
  const { note: _keptApart, ...rest } = data;
  return {
    data: 'services' in rest ? { ...rest, services: withoutServiceNotes(rest.services) } : rest,
    notes,
  };
}

/** An event's data with the staff's text (opened from its column) put back. */
export function eventWithNotes(data: Record<string, unknown>, notes: string): Record<string, unknown> {
  const n = parsed(notes);
  const opened: Record<string, unknown> = n.note === null ? { ...data } : { ...data, note: n.note };
  if (Array.isArray(data.services)) opened.services = withServiceNotes(data.services, n.services);
  return opened;
}
