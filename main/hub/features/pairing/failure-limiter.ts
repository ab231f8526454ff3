/**
 * Counts failed attempts per caller and in total over a sliding window. A pairing code has
 * 31^8 ≈ 8.5e11 values and lives ten minutes; at 5 failures a minute per address and 30 for
 * the whole hub, guessing one is out of reach even from many addresses. Clock injected.
 */
export class FailureLimiter {
  private readonly byKey = new Map<string, number[]>();
  private all: number[] = [];

  constructor(
    private readonly now: () => number,
    private readonly perKey = 5,
    private readonly total = 30,
    private readonly windowMs = 60_000,
  ) {}

  private recent(list: number[] | undefined): number[] {
    const t = this.now();
    return (list ?? []).filter((at) => t - at < this.windowMs);
  }

  blocked(key: string): boolean {
    this.all = this.recent(this.all);
    const mine = this.recent(this.byKey.get(key));
    if (mine.length) this.byKey.set(key, mine);
    else this.byKey.delete(key);
    return mine.length >= this.perKey || this.all.length >= this.total;
  }

  fail(key: string): void {
    const t = this.now();
    this.byKey.set(key, [...this.recent(this.byKey.get(key)), t]);
    this.all.push(t);
  }
}
