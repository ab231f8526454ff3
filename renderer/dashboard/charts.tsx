/**
 * Charts a manager reads at a glance: arrivals vs served per hour, today's wait distribution,
 * service level over the day. Chart.js (canvas, tree-shaken to the parts used) with its RTL
 * options: legends and tooltips read right-to-left and the time axis runs from the right in Arabic.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveMetrics } from '../../shared/contract/manager.js';
import type { Lang } from './format.js';
import { counted } from '../../shared/i18n/durations.js';

ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

const BLUE = '#1f5fa8';
const GREEN = '#1b7a3d';

export function Charts({ metrics, lang }: { metrics: LiveMetrics; lang: Lang }) {
  const { t } = useTranslation();
  const rtl = lang === 'ar';
  // Opening hours only: from the first to the last hour that saw anyone (at least 07–20).
  const active = metrics.hourly.filter((h) => h.arrivals > 0 || h.served > 0).map((h) => h.hour);
  const first = Math.min(7, ...active);
  const last = Math.max(20, ...active);
  const hours = metrics.hourly.slice(first, last + 1);
  const hourLabels = hours.map((h) => String(h.hour).padStart(2, '0'));
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale: lang === 'ar' ? 'ar-AE' : 'en-AE',
    plugins: {
      legend: { rtl, textDirection: rtl ? 'rtl' : 'ltr', labels: { font: { size: 14 } } },
      tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' },
    },
  };
  const xAxis = { reverse: rtl, ticks: { font: { size: 13 } } };
  const yPosition = rtl ? ('right' as const) : ('left' as const);
  const bandLabels = metrics.waitBands.map((b, i) =>
    b.upToMinutes === null
      ? t('dashboard.chartOver', {
          // After "أكثر من" and "حتى": the genitive ("دقيقتين").
          minutes: counted(t, 'minutes', metrics.waitBands[i - 1]?.upToMinutes ?? 0, undefined, 'genitive'),
        })
      : t('dashboard.chartWaitsLabel', {
          minutes: counted(t, 'minutes', b.upToMinutes, undefined, 'genitive'),
        }),
  );
  const summary = (label: string, values: (number | null)[], labels: string[]) =>
    `${label}: ${labels.map((l, i) => `${l} ${values[i] ?? '—'}`).join('، ')}`;

  const levels = hours.map((h) => (h.serviceLevel === null ? null : Math.round(h.serviceLevel * 100)));

  /** A chart under its caption. */
  const figure = (caption: string, chart: ReactNode) => (
    <figure>
      <figcaption>{caption}</figcaption>
      <div className="chart">{chart}</div>
    </figure>
  );
  /** Bars of whole counts from zero; screen readers hear the first series, named `spoken`. */
  const countBars = (
    caption: string,
    spoken: string,
    labels: string[],
    series: { label: string; data: number[]; color: string }[],
  ) =>
    figure(
      caption,
      <Bar
        role="img"
        aria-label={summary(spoken, series[0]?.data ?? [], labels)}
        options={{
          ...common,
          scales: { x: xAxis, y: { position: yPosition, beginAtZero: true, ticks: { precision: 0 } } },
        }}
        data={{
          labels,
          datasets: series.map((x) => ({ label: x.label, data: x.data, backgroundColor: x.color })),
        }}
      />,
    );

  return (
    <section aria-labelledby="charts-h" className="charts">
      <h2 id="charts-h" className="visually-hidden">
        {t('dashboard.chartArrivalsServed')}
      </h2>
      {countBars(t('dashboard.chartArrivalsServed'), t('dashboard.chartArrivals'), hourLabels, [
        { label: t('dashboard.chartArrivals'), data: hours.map((h) => h.arrivals), color: BLUE },
        { label: t('dashboard.chartServed'), data: hours.map((h) => h.served), color: GREEN },
      ])}
      {countBars(t('dashboard.chartWaits'), t('dashboard.chartWaits'), bandLabels, [
        { label: t('dashboard.chartVisits'), data: metrics.waitBands.map((b) => b.visits), color: BLUE },
      ])}
      {figure(
        t('dashboard.chartServiceLevel'),
        <Line
          role="img"
          aria-label={summary(t('dashboard.chartServiceLevel'), levels, hourLabels)}
          options={{ ...common, scales: { x: xAxis, y: { position: yPosition, min: 0, max: 100 } } }}
          data={{
            labels: hourLabels,
            datasets: [
              {
                label: t('dashboard.serviceLevel'),
                data: levels,
                borderColor: GREEN,
                backgroundColor: GREEN,
                spanGaps: true,
              },
            ],
          }}
        />,
      )}
    </section>
  );
}
