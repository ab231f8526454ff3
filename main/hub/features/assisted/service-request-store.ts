/**
 * The hub's service requests (`service_requests`, `service_request_days`, `service_request_outbox`):
 * numbered SR-YYYYMMDD-NNNN without gaps per business day,
 * stored with who assisted and on whose behalf, and queued in their own outbox for central in the
 * same transaction, so a request the kiosk was told about always reaches central. What the citizen
 * typed (`data`) and the on-behalf details are sealed at rest (personal-data/sealer.ts); this store
 * is the only place that seals and opens them. The public status page answers to a link token, not
 * to the countable number (`service_request_links`, migration 0018): each answer to a submission
 * gets a fresh token, stored only as its hash.
 */
import { randomUUID } from 'node:crypto';
import type { OnBehalf, ServiceRequest } from '../../../../shared/contract/assisted.js';
import type { Db } from '../../core/store/database.js';
import type { PersonalDataSealer } from '../../core/personal-data/sealer.js';
import { sealedColumnContext } from '../../core/personal-data/sealed-columns.js';
import { requestNumber } from './request-number.js';
import { newToken, sha256 } from '../../core/security.js';

interface Row {
  number: string;
  service_id: string;
  agency_id: string;
  status: ServiceRequest['status'];
  submitted_at: number;
  assisted_by: string | null;
  on_behalf: string | null;
}

const dataContext = (number: string) => sealedColumnContext('service_requests', 'data', number);
const onBehalfContext = (number: string) => sealedColumnContext('service_requests', 'on_behalf', number);

export interface NewServiceRequest {
  serviceId: string;
  agencyId: string;
  /** YYYY-MM-DD in the centre's time zone. */
  businessDay: string;
  data: Record<string, unknown>;
  documents: string[];
  language: 'ar' | 'en';
  kioskId: string | null;
  helpRequestId: string | null;
  assistedBy: string | null;
  onBehalf: OnBehalf | null;
  idempotencyKey: string;
  at: number;
}

export class ServiceRequestStore {
  constructor(
    private readonly db: Db,
    private readonly sealer: PersonalDataSealer,
    /** An unguessable token for a receipt's status link: 128 bits, as a ticket's public token. */
    private readonly newLinkToken: () => string = () => newToken(16),
  ) {}

  private toRequest(r: Row): ServiceRequest {
    return {
      number: r.number,
      serviceId: r.service_id,
      agencyId: r.agency_id,
      status: r.status,
      submittedAt: r.submitted_at,
      assistedBy: r.assisted_by,
      onBehalf: r.on_behalf
        ? (JSON.parse(this.sealer.unseal(r.on_behalf, onBehalfContext(r.number))) as OnBehalf)
        : null,
    };
  }

  /**
   * Creates the request (or returns the one made with the same idempotency key) and queues it for
   * central. Either way the answer carries a new status link token: a retry prints another receipt,
   * and the first receipt's link keeps working.
   */
  create(r: NewServiceRequest): { request: ServiceRequest; created: boolean; linkToken: string } {
    return this.db.transaction(() => {
      const existing = this.db
        .prepare('SELECT * FROM service_requests WHERE idempotency_key = ?')
        .get(r.idempotencyKey) as Row | undefined;
      if (existing)
        return {
          request: this.toRequest(existing),
          created: false,
          linkToken: this.link(existing.number, r.at),
        };
      const seq = this.db
        .prepare(
          `INSERT INTO service_request_days (day, last) VALUES (?, 1)
           ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last`,
        )
        .get(r.businessDay) as { last: number };
      const number = requestNumber(r.businessDay, seq.last);
      this.db
        .prepare(
          `INSERT INTO service_requests (number, service_id, agency_id, status, data, documents, language,
             kiosk_id, help_request_id, assisted_by, on_behalf, idempotency_key, submitted_at)
           VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          number,
          r.serviceId,
          r.agencyId,
          this.sealer.seal(JSON.stringify(r.data), dataContext(number)),
          JSON.stringify(r.documents),
          r.language,
          r.kioskId,
          r.helpRequestId,
          r.assistedBy,
          r.onBehalf ? this.sealer.seal(JSON.stringify(r.onBehalf), onBehalfContext(number)) : null,
          r.idempotencyKey,
          r.at,
        );
      this.db
        .prepare(
          `INSERT INTO service_request_outbox (id, request_number, status, at) VALUES (?, ?, 'submitted', ?)`,
        )
        .run(randomUUID(), number, r.at);
      return { request: this.get(number)!, created: true, linkToken: this.link(number, r.at) };
    })();
  }

  private link(number: string, at: number): string {
    const token = this.newLinkToken();
    this.db
      .prepare('INSERT INTO service_request_links (token_hash, request_number, created_at) VALUES (?, ?, ?)')
      .run(sha256(token), number, at);
    return token;
  }

  /** The request a receipt's status link names, or undefined (a number, or any other guess, names none). */
  byLinkToken(token: string): ServiceRequest | undefined {
    const row = this.db
      .prepare(
        `SELECT r.* FROM service_request_links l JOIN service_requests r ON r.number = l.request_number
          WHERE l.token_hash = ?`,
      )
      .get(sha256(token)) as Row | undefined;
    return row ? this.toRequest(row) : undefined;
  }

  get(number: string): ServiceRequest | undefined {
    const row = this.db.prepare('SELECT * FROM service_requests WHERE number = ?').get(number) as
      Row | undefined;
    return row ? this.toRequest(row) : undefined;
  }

  /**
   * What the citizen filled in, opened for those who need it (the central sync's identity hashes);
   * undefined once the retention period has purged it.
   */
  data(number: string): Record<string, unknown> | undefined {
    const row = this.db
      .prepare('SELECT data, personal_purged_at FROM service_requests WHERE number = ?')
      .get(number) as { data: string; personal_purged_at: number | null } | undefined;
    if (!row || row.personal_purged_at !== null) return undefined;
    return JSON.parse(this.sealer.unseal(row.data, dataContext(number))) as Record<string, unknown>;
  }

  /** The oldest unsent status changes, with what central needs about their request. */
  unsent(limit: number): OutboxItem[] {
    return this.db
      .prepare(
        `SELECT o.seq, o.id, o.status, o.at, r.number, r.service_id AS serviceId, r.agency_id AS agencyId,
                r.assisted_by AS assistedBy
           FROM service_request_outbox o JOIN service_requests r ON r.number = o.request_number
          WHERE o.sent_at IS NULL ORDER BY o.seq LIMIT ?`,
      )
      .all(limit) as OutboxItem[];
  }

  markSent(ids: readonly string[], at: number): void {
    const stmt = this.db.prepare(
      'UPDATE service_request_outbox SET sent_at = ?, last_error = NULL WHERE id = ?',
    );
    this.db.transaction(() => ids.forEach((id) => stmt.run(at, id)))();
  }

  markFailed(id: string, error: string): void {
    this.db
      .prepare('UPDATE service_request_outbox SET last_error = ? WHERE id = ?')
      .run(error.slice(0, 500), id);
  }

  backlog(): number {
    return (
      this.db.prepare('SELECT count(*) AS n FROM service_request_outbox WHERE sent_at IS NULL').get() as {
        n: number;
      }
    ).n;
  }
}

export interface OutboxItem {
  seq: number;
  id: string;
  status: ServiceRequest['status'];
  at: number;
  number: string;
  serviceId: string;
  agencyId: string;
  assistedBy: string | null;
}

// Retention (the assisted module's step of the purge, core/personal-data/retention.ts).

/**
 * Forgets what was typed into requests submitted before `before` (the request itself stays for
 * reports and the status page). With `keepUnsent`, a request whose status changes are not yet at
 * central keeps it.
 */
export function purgeRequestData(db: Db, before: number, now: number, keepUnsent: boolean): number {
  const unsent = keepUnsent
    ? `AND NOT EXISTS (SELECT 1 FROM service_request_outbox o
                        WHERE o.request_number = service_requests.number AND o.sent_at IS NULL)`
    : '';
  return db
    .prepare(
      `UPDATE service_requests SET data = '{}', on_behalf = NULL, personal_purged_at = ?
          WHERE submitted_at < ? AND personal_purged_at IS NULL ${unsent}`,
    )
    .run(now, before).changes;
}

/** Outbox rows central acknowledged before `before` (a log table). */
export function purgeSentOutbox(db: Db, before: number): number {
  return db
    .prepare('DELETE FROM service_request_outbox WHERE sent_at IS NOT NULL AND sent_at < ?')
    .run(before).changes;
}
