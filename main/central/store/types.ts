// The central data-access interface. One implementation (SqlCentralStore) over two drivers
// (SQLite, PostgreSQL); the same test suite runs against both.
import type { AccessLogEntry, RequestResponse, TimelineItem } from '../../../shared/central/api.js';
import type { CentralEvent, CustomerRef, TimelineChannel } from '../../../shared/central/events.js';
import type { Dialect } from './driver.js';

/** A validated, authorised event ready to store; channel comes from the sender's credential. */
export interface IngestEvent {
  event: CentralEvent;
  channel: TimelineChannel;
}

export type IngestOutcome = 'accepted' | 'duplicate';

export interface TimelinePosition {
  occurredAt: string;
  id: string;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** Position of the last item when more items follow, else null. */
  next: TimelinePosition | null;
}

export interface AccessRecord {
  customerKey: string;
  at: string;
  reader: string;
  actor: string;
  purpose: string;
  action: AccessLogEntry['action'];
}

export interface ConsentRecord {
  scope: string;
  granted: boolean;
  method: string | null;
  source: string;
  occurredAt: string;
}

export interface CentralStore {
  readonly dialect: Dialect;
  /** Stores a batch in one transaction; an event already stored under its (source, id) is a duplicate. */
  ingest(events: readonly IngestEvent[], receivedAt: string): Promise<IngestOutcome[]>;
  /** The customer holding these identifiers, or null. With both, the EID decides. */
  findCustomer(ref: CustomerRef): Promise<string | null>;
  /** The current key for a customer key (following merges), or null when unknown. */
  resolveCustomerKey(customerKey: string): Promise<string | null>;
  timeline(
    customerKey: string,
    options: { channel?: TimelineChannel; before?: TimelinePosition; limit: number },
  ): Promise<TimelinePage>;
  request(number: string): Promise<RequestResponse | null>;
  consents(customerKey: string): Promise<ConsentRecord[]>;
  recordAccess(record: AccessRecord): Promise<void>;
  accessLog(
    customerKey: string,
    options: { beforeId?: number; limit: number },
  ): Promise<{ entries: AccessLogEntry[]; nextId: number | null }>;
  close(): Promise<void>;
}
