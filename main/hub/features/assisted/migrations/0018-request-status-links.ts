import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 18;
export const name = 'request-status-links';

/**
 * The links on service request receipts. The public status page answered to the request's number
 * (SR-YYYYMMDD-NNNN), which anyone can count through; it now answers only to an unguessable token
 * printed on the receipt, kept here as its SHA-256 like session tokens and pairing codes, so a copy
 * of the database opens no status page. A retried submission prints a second receipt with its own
 * token, so one request may have several links. Requests submitted before this migration have no
 * link: their number-only addresses stop answering, which is the point.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE service_request_links (
      token_hash TEXT PRIMARY KEY,
      request_number TEXT NOT NULL REFERENCES service_requests (number),
      created_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX service_request_links_request ON service_request_links (request_number);
  `);
}
