// Fewer and narrower index entries per ingested event (issue 13: draining a hub's backlog at
// 20,000 events/s). Every index an event or timeline row touches is pages written to the WAL on
// each commit and copied back at the checkpoint, and that write set is most of an ingest's cost.
// - events_interaction held (interaction_id, seq, occurred_at); the only reader (the timeline's
//   steps, sql-store.ts) looks a page of rows up by interaction_id and sorts a visit's handful of
//   steps itself, so the two trailing columns only made every entry longer.
// - interactions_timeline_channel duplicated interactions_timeline with channel in the middle.
//   A timeline filtered by channel now walks the customer's rows in time order through
//   interactions_timeline and skips the other channels: one customer has tens of rows, not millions.
import type { Migration } from './types.js';

export const m0002LeanIngestIndexes: Migration = {
  version: 2,
  name: 'lean-ingest-indexes',
  statements: () => [
    `DROP INDEX events_interaction`,
    `CREATE INDEX events_interaction ON events (interaction_id) WHERE interaction_id IS NOT NULL`,
    `DROP INDEX interactions_timeline_channel`,
  ],
};
