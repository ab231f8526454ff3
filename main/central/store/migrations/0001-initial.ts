// Initial central schema (issue 7). Times are ISO-8601 UTC text with milliseconds
// (Date#toISOString), which sorts correctly as text on both engines and keeps one SQL layer.
import type { Migration } from './types.js';

export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  statements: (dialect) => {
    const autoId =
      dialect === 'sqlite'
        ? 'INTEGER PRIMARY KEY AUTOINCREMENT'
        : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
    return [
      // Every accepted event, keyed by CloudEvents' (source, id): the dedupe record, the audit
      // trail, and (through interaction_id) the steps of a visit in the timeline.
      `CREATE TABLE events (
        source TEXT NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        seq INTEGER,
        occurred_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        subject TEXT,
        interaction_id TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (source, id)
      )`,
      `CREATE INDEX events_interaction ON events (interaction_id, seq, occurred_at) WHERE interaction_id IS NOT NULL`,
      `CREATE TABLE customers (
        customer_key TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      )`,
      // kind is 'eid' or 'mobile'; hash is the keyed HMAC the sender computed.
      `CREATE TABLE customer_identifiers (
        kind TEXT NOT NULL,
        hash TEXT NOT NULL,
        customer_key TEXT NOT NULL REFERENCES customers (customer_key),
        added_at TEXT NOT NULL,
        PRIMARY KEY (kind, hash)
      )`,
      `CREATE INDEX customer_identifiers_customer ON customer_identifiers (customer_key)`,
      // A merged-away key keeps resolving to the surviving customer (links already handed out stay valid).
      `CREATE TABLE customer_merges (
        merged_key TEXT PRIMARY KEY,
        into_key TEXT NOT NULL,
        merged_at TEXT NOT NULL
      )`,
      // One row per timeline item: a visit (folded from its events), a contact on another
      // channel, or a request status change.
      `CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        customer_key TEXT,
        channel TEXT NOT NULL,
        visit_channel TEXT,
        centre_id TEXT,
        agency_id TEXT,
        service_ids TEXT NOT NULL,
        ticket TEXT,
        status TEXT,
        outcome TEXT,
        topic TEXT,
        staff_id TEXT,
        assisted INTEGER NOT NULL,
        on_behalf INTEGER NOT NULL,
        feedback_rating INTEGER,
        feedback_comment TEXT,
        request_number TEXT,
        request_status TEXT,
        occurred_at TEXT NOT NULL,
        ended_at TEXT,
        last_seq INTEGER,
        last_at TEXT,
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX interactions_timeline ON interactions (customer_key, occurred_at, id)`,
      `CREATE INDEX interactions_timeline_channel ON interactions (customer_key, channel, occurred_at, id)`,
      `CREATE TABLE requests (
        number TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        service_id TEXT,
        customer_key TEXT,
        started_channel TEXT NOT NULL,
        started_at TEXT NOT NULL,
        status_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX requests_customer ON requests (customer_key)`,
      `CREATE TABLE request_history (
        source TEXT NOT NULL,
        event_id TEXT NOT NULL,
        number TEXT NOT NULL,
        status TEXT NOT NULL,
        channel TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        note TEXT,
        PRIMARY KEY (source, event_id)
      )`,
      `CREATE INDEX request_history_number ON request_history (number, occurred_at)`,
      `CREATE TABLE consents (
        source TEXT NOT NULL,
        event_id TEXT NOT NULL,
        customer_key TEXT NOT NULL,
        scope TEXT NOT NULL,
        granted INTEGER NOT NULL,
        method TEXT,
        occurred_at TEXT NOT NULL,
        PRIMARY KEY (source, event_id)
      )`,
      `CREATE INDEX consents_customer ON consents (customer_key, occurred_at)`,
      `CREATE TABLE access_log (
        id ${autoId},
        customer_key TEXT NOT NULL,
        at TEXT NOT NULL,
        reader TEXT NOT NULL,
        actor TEXT NOT NULL,
        purpose TEXT NOT NULL,
        action TEXT NOT NULL
      )`,
      `CREATE INDEX access_log_customer ON access_log (customer_key, id)`,
    ];
  },
};
