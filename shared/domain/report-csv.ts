/**
 * A report as people read it, in Arabic or English: column headers, group names, and the CSV file
 * the dashboard downloads and the hub serves at GET /api/v1/manager/reports.csv (one function for
 * both, so the two files are byte for byte the same).
 */
import type { Catalogue } from '../contract/catalogue.js';
import type { Report, ReportGroupBy, ReportQuery } from '../contract/manager.js';
import { dashboard } from '../i18n/apps/dashboard.js';
import { CHANNELS, NO_GROUP, reportCsv } from './reports.js';

export type ReportLanguage = 'ar' | 'en';

export interface ReportNames {
  lang: ReportLanguage;
  /** Names services, agencies and counters; null (not loaded yet) shows their ids. */
  catalogue: Catalogue | null;
  /** Staff id → display name. */
  staffNames: ReadonlyMap<string, string>;
}

const COLUMNS = [
  'col_visits',
  'col_avgWait',
  'col_medianWait',
  'col_p90Wait',
  'col_avgTransaction',
  'col_avgWalking',
  'col_serviceLevel',
  'col_noShowRate',
  'col_abandonmentRate',
  'col_transfers',
  'col_happy',
  'col_neutral',
  'col_unhappy',
] as const;

/** The header row: the grouping, then the figures of `reportCells` in order, then the channels. */
export function reportHeaders(groupBy: ReportGroupBy, lang: ReportLanguage): string[] {
  const s = dashboard[lang];
  return [s[`group_${groupBy}`], ...COLUMNS.map((c) => s[c]), ...CHANNELS.map((c) => s[`channel_${c}`])];
}

const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

/** A group key as people read it: a service's name, a weekday, an hour range… */
export function reportGroupLabel(key: string, groupBy: ReportGroupBy, names: ReportNames): string {
  const s = dashboard[names.lang];
  const { catalogue, lang } = names;
  if (key === 'total') return s.total;
  if (key === NO_GROUP) return s.none;
  switch (groupBy) {
    case 'service':
      return catalogue?.services.find((x) => x.id === key)?.name[lang] ?? key;
    case 'agency':
      return catalogue?.agencies.find((x) => x.id === key)?.name[lang] ?? key;
    case 'counter':
      return catalogue?.counters.find((x) => x.id === key)?.name[lang] ?? key;
    case 'staff':
      return names.staffNames.get(key) ?? key;
    case 'hour':
      return `${key.padStart(2, '0')}:00–${key.padStart(2, '0')}:59`;
    case 'weekday': {
      const day = WEEKDAYS.find((d) => d === key);
      return day ? s[`weekday_${day}`] : key;
    }
  }
}

/**
 * The report as a CSV file's text: a UTF-8 byte-order mark (so spreadsheet programs read Arabic
 * names correctly), the header row, one line per group and the total (RFC 4180 quoting, CRLF).
 */
export function reportCsvFile(report: Report, names: ReportNames): string {
  const { groupBy } = report.query;
  return `\ufeff${reportCsv(report, reportHeaders(groupBy, names.lang), (k) => reportGroupLabel(k, groupBy, names))}`;
}

/** The download's file name, e.g. dawr-report-service-2025-01-01-2025-01-31.csv (ASCII only). */
export function reportCsvFilename(query: ReportQuery): string {
  return `dawr-report-${query.groupBy}-${query.from}-${query.to}.csv`;
}
