// Checks one event of a batch: envelope, known type, that the sender may write as its
// `source` and send its type, and the data schema. A failure rejects that event only.
import {
  cloudEventEnvelope,
  eventDataSchemas,
  isCentralEventType,
  type CentralEvent,
} from '../../shared/central/events.js';
import { channelOf, type SourceConfig } from './sources.js';
import type { IngestEvent } from './store/types.js';
import { describeIssues } from '../../shared/contract/validation-errors.js';

export type EventCheck =
  | { ok: true; value: IngestEvent }
  | { ok: false; id: string | null; source: string | null; code: string; message: string };

function idOf(raw: unknown, field: 'id' | 'source'): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = (raw as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

// Only hubs see centre visits; other channels report their own contacts, requests and consents.
const HUB_ONLY_PREFIX = 'ae.gov.dawr.visit.';

export function checkEvent(raw: unknown, sender: SourceConfig): EventCheck {
  const id = idOf(raw, 'id');
  const source = idOf(raw, 'source');
  const reject = (code: string, message: string): EventCheck => ({ ok: false, id, source, code, message });

  const envelope = cloudEventEnvelope.safeParse(raw);
  if (!envelope.success) return reject('invalid_envelope', describeIssues(envelope.error));
  const ev = envelope.data;
  if (!sender.eventSources.includes(ev.source)) {
    return reject(
      'source_not_allowed',
      `credential "${sender.id}" may not send events as source "${ev.source}"`,
    );
  }
  if (!isCentralEventType(ev.type)) return reject('unknown_type', `unknown event type "${ev.type}"`);
  const data = eventDataSchemas[ev.type].safeParse(ev.data);
  if (!data.success) return reject('invalid_data', describeIssues(data.error));
  const hubOnly =
    ev.type.startsWith(HUB_ONLY_PREFIX) ||
    (ev.type === 'ae.gov.dawr.feedback.given' && (data.data as { visitId?: string }).visitId !== undefined);
  if (hubOnly && sender.kind !== 'hub') {
    return reject(
      'type_not_allowed',
      `only hubs send ${ev.type}${ev.type.endsWith('feedback.given') ? ' for visits' : ''}`,
    );
  }
  // The cast pairs the type with the data schema it was just checked against.
  const event = { ...ev, data: data.data } as CentralEvent;
  return { ok: true, value: { event, channel: channelOf(sender.kind) } };
}
