/** Reports over any date range and grouping: the table on screen, the same figures as CSV, and print. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { Report, ReportGroupBy, type ReportRow } from '../../shared/contract/manager.js';
import { CHANNELS, formatNumber, percent, reportCsv } from '../../shared/domain/reports.js';
import type { HubClient } from '../common/hub-client.js';
import { groupLabel, todayIso, type Lang } from './format.js';
import { managerCall } from './manager-client.js';

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

/** The figures in the same order and units as the CSV (minutes for waits, % for shares). */
function cells(r: ReportRow): (number | null)[] {
  const min = (s: number | null) => (s === null ? null : s / 60);
  return [
    r.visits,
    min(r.avgWaitS),
    min(r.medianWaitS),
    min(r.p90WaitS),
    min(r.avgTransactionS),
    r.avgWalkingS,
    percent(r.serviceLevel),
    percent(r.noShowRate),
    percent(r.abandonmentRate),
    r.transfers,
    percent(r.happiness.happy),
    percent(r.happiness.neutral),
    percent(r.happiness.unhappy),
    ...CHANNELS.map((c) => r.channels[c] ?? 0),
  ];
}

export function ReportsView({
  hub,
  catalogue,
  lang,
  staffNames,
}: {
  hub: HubClient;
  catalogue: Catalogue | null;
  lang: Lang;
  staffNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(todayIso());
  const [to, setTo] = useState(todayIso());
  const [groupBy, setGroupBy] = useState<ReportGroupBy>('service');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headers = [
    t(`dashboard.group_${report?.query.groupBy ?? groupBy}`),
    ...COLUMNS.map((c) => t(`dashboard.${c}`)),
    ...CHANNELS.map((c) => t(`dashboard.channel_${c}`)),
  ];
  const label = (k: string) =>
    groupLabel(k, report?.query.groupBy ?? groupBy, catalogue, lang, t, staffNames);

  const run = async () => {
    const r = await managerCall<unknown>(hub, 'manager.report', { from, to, groupBy });
    if (!r.ok) return setError(t(`errors.${r.error.code}`, { defaultValue: r.error.message }));
    setError(null);
    setReport(Report.parse(r.data));
  };
  const download = () => {
    if (!report) return;
    // A byte-order mark so spreadsheet programs read the Arabic names as UTF-8.
    const blob = new Blob(['\ufeff', reportCsv(report, headers, label)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `dawr-report-${report.query.groupBy}-${report.query.from}-${report.query.to}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <section aria-labelledby="reports-h">
      <h2 id="reports-h" className="no-print">
        {t('dashboard.tabReports')}
      </h2>
      <form
        className="row no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label>
          {t('dashboard.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          {t('dashboard.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <label>
          {t('dashboard.groupBy')}
          <select value={groupBy} onChange={(e) => setGroupBy(ReportGroupBy.parse(e.target.value))}>
            {ReportGroupBy.options.map((g) => (
              <option key={g} value={g}>
                {t(`dashboard.group_${g}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('dashboard.run')}</button>
        <button type="button" onClick={download} disabled={!report}>
          {t('dashboard.exportCsv')}
        </button>
        <button type="button" onClick={() => window.print()} disabled={!report}>
          {t('dashboard.print')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {report && (
        <div className="report">
          <h3>{t('dashboard.reportTitle', { from: report.query.from, to: report.query.to })}</h3>
          {report.rows.length === 0 ? (
            <p>{t('dashboard.noData')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.tabReports')}>
              <table data-testid="report">
                <thead>
                  <tr>
                    {headers.map((h, i) => (
                      <th key={i} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...report.rows, report.total].map((r) => (
                    <tr key={r.key} className={r.key === 'total' ? 'total' : undefined}>
                      <th scope="row">{label(r.key)}</th>
                      {cells(r).map((c, i) => (
                        <td key={i}>{c === null ? '' : formatNumber(c)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
