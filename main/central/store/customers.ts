// Resolving identifier hashes to customers inside an ingest transaction, creating and merging
// customers as needed. Rules (docs/central.md, "Identity"):
// - The EID is the durable identity. A mobile number can change hands.
// - EID and mobile on different customers: if the mobile's customer has no EID it is the same
//   person seen earlier by phone only, so it is merged into the EID customer; if it has another
//   EID the number has been reassigned, so the mobile moves and the two people stay apart.
// - A mobile alone joins whoever holds it now.
import { randomUUID } from 'node:crypto';
import type { CustomerRef } from '../../../shared/central/events.js';
import { chunk, inList, valuesList, type SqlExecutor } from './driver.js';

type Kind = 'eid' | 'mobile';
const ident = (kind: Kind, hash: string): string => `${kind}:${hash}`;

/** Tables whose rows follow a customer into a merge. */
const CUSTOMER_TABLES = [
  'interactions',
  'requests',
  'consents',
  'access_log',
  'customer_identifiers',
] as const;

export class CustomerResolver {
  private readonly owner = new Map<string, string>();
  private readonly eidOf = new Map<string, string>();
  private readonly mergedInto = new Map<string, string>();
  private readonly created: string[] = [];
  private readonly merges: Array<{ from: string; into: string }> = [];
  private readonly changed = new Map<string, { kind: Kind; hash: string }>();

  private constructor(private readonly now: string) {}

  /** Loads what the database knows about every hash in refs. */
  static async load(tx: SqlExecutor, refs: readonly CustomerRef[], now: string): Promise<CustomerResolver> {
    const resolver = new CustomerResolver(now);
    const keys = new Set<string>();
    // One query per kind so each uses the (kind, hash) primary key instead of scanning.
    for (const kind of ['eid', 'mobile'] as const) {
      const hashes = [
        ...new Set(
          refs.map((r) => (kind === 'eid' ? r.idHash : r.mobileHash)).filter((h): h is string => !!h),
        ),
      ];
      for (const part of chunk(hashes, 1)) {
        const rows = await tx.query<{ hash: string; customer_key: string }>(
          `SELECT hash, customer_key FROM customer_identifiers WHERE kind = ? AND hash IN (${inList(part.length)})`,
          [kind, ...part],
        );
        for (const r of rows) {
          resolver.owner.set(ident(kind, r.hash), r.customer_key);
          keys.add(r.customer_key);
        }
      }
    }
    for (const part of chunk([...keys], 1)) {
      const rows = await tx.query<{ hash: string; customer_key: string }>(
        `SELECT hash, customer_key FROM customer_identifiers WHERE kind = 'eid' AND customer_key IN (${inList(part.length)})`,
        part,
      );
      for (const r of rows) resolver.eidOf.set(r.customer_key, r.hash);
    }
    return resolver;
  }

  /** The customer for a ref, creating or merging as the rules say. Call in event order. */
  resolve(ref: CustomerRef): string {
    const { idHash, mobileHash } = ref;
    const byEid = idHash ? this.current(this.owner.get(ident('eid', idHash))) : undefined;
    const byMobile = mobileHash ? this.current(this.owner.get(ident('mobile', mobileHash))) : undefined;
    let key: string;
    if (idHash) {
      if (byEid) key = byEid;
      else if (byMobile && !this.eidOf.has(byMobile)) key = byMobile;
      else key = this.create();
      if (byMobile && byMobile !== key) {
        if (!this.eidOf.has(byMobile)) this.merge(byMobile, key);
      }
      this.assign('eid', idHash, key);
      this.eidOf.set(key, idHash);
    } else {
      key = byMobile ?? this.create();
    }
    if (mobileHash) this.assign('mobile', mobileHash, key);
    return key;
  }

  /** The surviving key for one resolved earlier (a later event in the batch may have merged it). */
  current(key: string | undefined): string | undefined {
    let k = key;
    while (k !== undefined && this.mergedInto.has(k)) k = this.mergedInto.get(k);
    return k;
  }

  /** Writes new customers, merges and identifier moves. */
  async flush(tx: SqlExecutor): Promise<void> {
    for (const part of chunk(this.created, 2)) {
      await tx.run(
        `INSERT INTO customers (customer_key, created_at) VALUES ${valuesList(part.length, 2)}`,
        part.flatMap((k) => [k, this.now]),
      );
    }
    for (const { from, into } of this.merges) {
      for (const table of CUSTOMER_TABLES) {
        await tx.run(`UPDATE ${table} SET customer_key = ? WHERE customer_key = ?`, [into, from]);
      }
      await tx.run(`UPDATE customer_merges SET into_key = ? WHERE into_key = ?`, [into, from]);
      await tx.run(`INSERT INTO customer_merges (merged_key, into_key, merged_at) VALUES (?, ?, ?)`, [
        from,
        into,
        this.now,
      ]);
      await tx.run(`DELETE FROM customers WHERE customer_key = ?`, [from]);
    }
    const rows = [...this.changed.values()].map(({ kind, hash }) => [
      kind,
      hash,
      this.current(this.owner.get(ident(kind, hash)))!,
    ]);
    for (const part of chunk(rows, 4)) {
      await tx.run(
        `INSERT INTO customer_identifiers (kind, hash, customer_key, added_at) VALUES ${valuesList(part.length, 4)}
         ON CONFLICT (kind, hash) DO UPDATE SET customer_key = excluded.customer_key`,
        part.flatMap(([kind, hash, key]) => [kind!, hash!, key!, this.now]),
      );
    }
  }

  private create(): string {
    const key = randomUUID();
    this.created.push(key);
    return key;
  }

  private assign(kind: Kind, hash: string, key: string): void {
    const id = ident(kind, hash);
    if (this.current(this.owner.get(id)) === key) return;
    this.owner.set(id, key);
    this.changed.set(id, { kind, hash });
  }

  private merge(from: string, into: string): void {
    this.mergedInto.set(from, into);
    this.merges.push({ from, into });
    for (const [id, owner] of this.owner) {
      if (owner === from) {
        this.owner.set(id, into);
      }
    }
  }
}
