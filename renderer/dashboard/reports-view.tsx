/** Reports over any date range and grouping: the table on screen, the same figures as CSV, and print. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { Report, ReportGroupBy } from '../../shared/contract/manager.js';
import { isolateLtr } from '../../shared/i18n/bidi.js';
import { intlLocale } from '../../shared/i18n/numbers.js';
import { reportCells } from '../../shared/domain/reports.js';
import {
  reportCsvFile,
  reportCsvFilename,
  reportGroupLabel,
  reportHeaders,
} from '../../shared/domain/report-csv.js';
import type { HubClient } from '../common/hub-client.js';
import { useFormat } from '../common/numbers.js';
import { todayIso, type Lang } from './format.js';
import { useFormCheck } from '../common/form-check.js';
import { managerCall } from './manager-client.js';
import { ColumnHeads } from '../common/column-heads.js';

/** A report day (YYYY-MM-DD) as written in the UAE: DD/MM/YYYY. */
const dayMonthYear = (day: string) => day.split('-').reverse().join('/');

/**
 * Figures as the CSV writes them (shared/domain/reports.ts: whole, or one decimal place, no grouping)
 * in the centre's digits and the language's decimal sign ("12.5" / "١٢٫٥"). Two formatters for the
 * whole table: a report by hour has hundreds of cells.
 */
function reportFigures(locale: string): (x: number) => string {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false });
  const tenths = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  });
  return (x) => (Number.isInteger(x) ? whole : tenths).format(x);
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
  // The live catalogue's digits (issue #15): a change of the setting shows here without a reload.
  const fmt = useFormat();
  const locale = intlLocale(fmt.style);
  const figure = useMemo(() => reportFigures(locale), [locale]);
  const check = useFormCheck();
  const [from, setFrom] = useState(todayIso());
  const [to, setTo] = useState(todayIso());
  const [groupBy, setGroupBy] = useState<ReportGroupBy>('service');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = { lang, catalogue, staffNames };
  const shownBy = report?.query.groupBy ?? groupBy;
  // The CSV's headings and hour ranges ("انتظار 90% (دقيقة)", "08:00–08:59") in the centre's digits
  // on screen; names (a counter's carries its sign's number) stay as entered.
  const headers = reportHeaders(shownBy, lang).map((h) => fmt.digits(h));
  const label = (k: string) =>
    shownBy === 'hour'
      ? fmt.digits(reportGroupLabel(k, shownBy, names))
      : reportGroupLabel(k, shownBy, names);

  const run = async () => {
    const r = await managerCall(hub, 'manager.report', { from, to, groupBy });
    if (!r.ok) return setError(t(`errors.${r.error.code}`, { defaultValue: r.error.message }));
    setError(null);
    setReport(Report.parse(r.data));
  };
  const download = () => {
    if (!report) return;
    // The same file as the hub's GET /api/v1/manager/reports.csv (byte-order mark included).
    const blob = new Blob([reportCsvFile(report, names)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = reportCsvFilename(report.query);
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
        noValidate
        onSubmit={check.guard(() => {
          void run();
        })}
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
        {check.alert}
      </form>
      {error && <p role="alert">{error}</p>}
      {report && (
        <div className="report">
          <h3>
            {t('dashboard.reportTitle', {
              from: isolateLtr(fmt.digits(dayMonthYear(report.query.from))),
              to: isolateLtr(fmt.digits(dayMonthYear(report.query.to))),
            })}
          </h3>
          {report.rows.length === 0 ? (
            <p>{t('dashboard.noData')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.tabReports')}>
              <table data-testid="report">
                <ColumnHeads heads={headers} />
                <tbody>
                  {[...report.rows, report.total].map((r) => (
                    <tr key={r.key} className={r.key === 'total' ? 'total' : undefined}>
                      <th scope="row">{label(r.key)}</th>
                      {reportCells(r).map((c, i) => (
                        <td key={i}>{c === null ? '' : figure(c)}</td>
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
