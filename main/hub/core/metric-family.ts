/**
 * One Prometheus metric family in the text format GET /metrics serves: its # HELP and # TYPE
 * lines, then its samples. The name is written once here, so a module's HELP, TYPE and sample
 * lines cannot drift apart (a sample under a misspelt name is not tied to its HELP by a scraper).
 */
export type MetricType = 'gauge' | 'counter';

/** A sample's value, or its labels (already in `key="value"` form) and value. */
export type MetricSample = number | string | { labels: string; value: number | string };

export function metricFamily(
  name: string,
  type: MetricType,
  help: string,
  samples: readonly MetricSample[],
): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...samples.map((s) => (typeof s === 'object' ? `${name}{${s.labels}} ${s.value}` : `${name} ${s}`)),
  ];
}

/** A family of one unlabelled gauge: the common case. */
export const gauge = (name: string, help: string, value: number | string): string[] =>
  metricFamily(name, 'gauge', help, [value]);
