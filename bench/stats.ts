/** Small helpers for benchmarks: percentiles and aligned printing. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: number[]): {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
} {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? NaN,
    mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
  };
}

export const ms = (x: number) => `${x.toFixed(3)} ms`;

export function line(label: string, value: string, target?: string, pass?: boolean): void {
  const verdict = pass === undefined ? '' : pass ? '  [meets target]' : '  [MISSES target]';
  console.log(`  ${label.padEnd(48)} ${value}${target ? `   (target ${target})` : ''}${verdict}`);
}
