/** A line of visits kept sorted by place (sortKey, then id), with O(log n) lookup. */
export interface LineEntry {
  readonly key: number;
  readonly id: string;
}

function compare(a: LineEntry, b: LineEntry): number {
  return a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class WaitingLine {
  private readonly entries: LineEntry[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Index where `e` is or would be inserted. */
  private locate(e: LineEntry): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.entries[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(e: LineEntry): void {
    this.entries.splice(this.locate(e), 0, e);
  }

  remove(e: LineEntry): boolean {
    const i = this.locate(e);
    const found = this.entries[i];
    if (found && found.id === e.id && found.key === e.key) {
      this.entries.splice(i, 1);
      return true;
    }
    return false;
  }

  /** Number of entries ahead of `e` (its position counted from 0). */
  indexOf(e: LineEntry): number {
    return this.locate(e);
  }

  /** The first entry accepted by `eligible`, scanning from the front. */
  first(eligible: (id: string) => boolean = () => true): LineEntry | undefined {
    for (const e of this.entries) if (eligible(e.id)) return e;
    return undefined;
  }

  /** Smallest and largest keys, for placing a transferred visit first or last. */
  minKey(): number | undefined {
    return this.entries[0]?.key;
  }

  maxKey(): number | undefined {
    return this.entries[this.entries.length - 1]?.key;
  }

  /** The ids of the first `n` entries. */
  head(n: number): string[] {
    return this.entries.slice(0, n).map((e) => e.id);
  }

  /** The ids from the front, for a reader that may stop early (no copy of the whole line). */
  *idsFromFront(): IterableIterator<string> {
    for (const e of this.entries) yield e.id;
  }

  /**
   * A copy for a look-ahead that costs nothing to make however long the line: it reads this line's
   * entries in place and keeps its own removals and insertions. Valid only while this line does not
   * change (the look-ahead runs synchronously, between two changes).
   */
  overlay(): WaitingLine {
    return new LineOverlay(this.entries);
  }

  ids(): string[] {
    return this.entries.map((e) => e.id);
  }
}

/** WaitingLine.overlay(): a base line read in place, minus its own removals, plus its own insertions. */
class LineOverlay extends WaitingLine {
  /** Base entries before this index are removed (the look-ahead mostly removes from the front). */
  private start = 0;
  /** Base entries removed at or after `start`. */
  private readonly removed = new Set<string>();
  /** Inserted entries, sorted. */
  private readonly added: LineEntry[] = [];

  constructor(private readonly base: readonly LineEntry[]) {
    super();
  }

  override get size(): number {
    return this.base.length - this.start - this.removed.size + this.added.length;
  }

  override insert(e: LineEntry): void {
    this.added.splice(locateIn(this.added, e, 0), 0, e);
  }

  override remove(e: LineEntry): boolean {
    const a = locateIn(this.added, e, 0);
    if (sameEntry(this.added[a], e)) {
      this.added.splice(a, 1);
      return true;
    }
    const i = locateIn(this.base, e, this.start);
    if (!sameEntry(this.base[i], e) || this.removed.has(e.id)) return false;
    if (i > this.start) {
      this.removed.add(e.id);
      return true;
    }
    this.start++;
    while (this.start < this.base.length && this.removed.delete(this.base[this.start]!.id)) this.start++;
    return true;
  }

  /** Every entry in line order: the base's not removed, merged with the inserted ones. */
  private inOrder(): LineEntry[] {
    const { base, added, removed } = this;
    const out: LineEntry[] = [];
    let i = this.start;
    let j = 0;
    while (i < base.length || j < added.length) {
      if (j >= added.length || (i < base.length && compare(base[i]!, added[j]!) < 0)) {
        const e = base[i++]!;
        if (removed.size === 0 || !removed.has(e.id)) out.push(e);
      } else out.push(added[j++]!);
    }
    return out;
  }

  override indexOf(e: LineEntry): number {
    return locateIn(this.inOrder(), e, 0);
  }

  /** The hot path of the look-ahead (every rule asks every line for its first callable visit). */
  override first(eligible: (id: string) => boolean = () => true): LineEntry | undefined {
    const { base, added, removed } = this;
    let i = this.start;
    let j = 0;
    while (i < base.length || j < added.length) {
      let e: LineEntry;
      if (j >= added.length || (i < base.length && compare(base[i]!, added[j]!) < 0)) {
        e = base[i++]!;
        if (removed.size > 0 && removed.has(e.id)) continue;
      } else e = added[j++]!;
      if (eligible(e.id)) return e;
    }
    return undefined;
  }

  override minKey(): number | undefined {
    return this.first()?.key;
  }

  override maxKey(): number | undefined {
    return this.inOrder().at(-1)?.key;
  }

  override head(n: number): string[] {
    const out: string[] = [];
    for (const e of this.inOrder()) {
      if (out.length >= n) break;
      out.push(e.id);
    }
    return out;
  }

  override *idsFromFront(): IterableIterator<string> {
    for (const e of this.inOrder()) yield e.id;
  }

  override ids(): string[] {
    return this.size === 0 ? [] : this.inOrder().map((e) => e.id);
  }
}

function sameEntry(found: LineEntry | undefined, e: LineEntry): boolean {
  return found !== undefined && found.id === e.id && found.key === e.key;
}

/** Index in the sorted `entries` (from `from` on) where `e` is or would be inserted. */
function locateIn(entries: readonly LineEntry[], e: LineEntry, from: number): number {
  let lo = from;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(entries[mid]!, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
