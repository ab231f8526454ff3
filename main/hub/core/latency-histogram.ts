/**
 * A Prometheus histogram of acknowledgement latency (ms), from the moment a request reaches the
 * hub to the moment its answer is handed to the socket: the hub's share of what a kiosk or counter
 * waits, without the network or the client. Cumulative buckets, so a scraper (or the benchmark)
 * takes the difference of two scrapes to see any window.
 */
export const ACK_BUCKETS_MS = [0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 100, 250, 1000] as const;

export class LatencyHistogram {
  private readonly counts = new Array<number>(ACK_BUCKETS_MS.length + 1).fill(0);
  private sum = 0;
  private total = 0;

  observe(ms: number): void {
    let i = 0;
    while (i < ACK_BUCKETS_MS.length && ms > ACK_BUCKETS_MS[i]!) i++;
    this.counts[i]!++;
    this.sum += ms;
    this.total++;
  }

  /** Prometheus text lines for a metric named `name` (in milliseconds). */
  lines(name: string, help: string): string[] {
    let cumulative = 0;
    const buckets = ACK_BUCKETS_MS.map((le, i) => {
      cumulative += this.counts[i]!;
      return `${name}_bucket{le="${le}"} ${cumulative}`;
    });
    return [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} histogram`,
      ...buckets,
      `${name}_bucket{le="+Inf"} ${this.total}`,
      `${name}_sum ${this.sum.toFixed(3)}`,
      `${name}_count ${this.total}`,
    ];
  }
}

/** Reads `name`'s cumulative buckets from Prometheus text: [upper bound, count] pairs, +Inf last. */
export function parseBuckets(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)$`, 'gm');
  for (const m of text.matchAll(re)) out.push([m[1] === '+Inf' ? Infinity : Number(m[1]), Number(m[2])]);
  return out;
}

/**
 * The upper bound of the bucket holding quantile `q` of the observations between two scrapes:
 * "p99 ≤ this", which is what a histogram can honestly say.
 */
export function quantileBound(before: [number, number][], after: [number, number][], q: number): number {
  const delta = after.map(([le, n], i) => [le, n - (before[i]?.[1] ?? 0)] as const);
  const total = delta.at(-1)?.[1] ?? 0;
  if (total === 0) return NaN;
  const wanted = q * total;
  return delta.find(([, n]) => n >= wanted)?.[0] ?? Infinity;
}
