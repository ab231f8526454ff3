/** Small display helpers shared by the dashboard's views. */
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { ReportGroupBy } from '../../shared/contract/manager.js';
import { NO_GROUP } from '../../shared/domain/reports.js';

export type Lang = 'ar' | 'en';
type T = (key: string, options?: Record<string, unknown>) => string;

export function formatMinutes(minutes: number): string {
  return minutes < 10 ? minutes.toFixed(1) : String(Math.round(minutes));
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A report group key as people read it: a service's name, a weekday, an hour range… */
export function groupLabel(
  key: string,
  by: ReportGroupBy,
  catalogue: Catalogue | null,
  lang: Lang,
  t: T,
  staffNames: Map<string, string>,
): string {
  if (key === 'total') return t('dashboard.total');
  if (key === NO_GROUP) return t('dashboard.none');
  switch (by) {
    case 'service':
      return catalogue?.services.find((s) => s.id === key)?.name[lang] ?? key;
    case 'agency':
      return catalogue?.agencies.find((a) => a.id === key)?.name[lang] ?? key;
    case 'counter':
      return catalogue?.counters.find((c) => c.id === key)?.name[lang] ?? key;
    case 'staff':
      return staffNames.get(key) ?? key;
    case 'hour':
      return `${key.padStart(2, '0')}:00–${key.padStart(2, '0')}:59`;
    case 'weekday':
      return t(`dashboard.weekday_${key}`);
  }
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
