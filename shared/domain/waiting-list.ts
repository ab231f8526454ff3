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

  ids(): string[] {
    return this.entries.map((e) => e.id);
  }
}
