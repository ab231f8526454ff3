/** The live view: alerts, agencies, queues (with close/reopen), the counters grid and manager actions. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubClient } from '../common/hub-client.js';
import { useFormat } from '../common/numbers.js';
import { DEFAULT_THRESHOLDS } from '../../shared/contract/manager.js';
import { Charts } from './charts.js';
import { DeviceHealthPanel } from './device-health/panel.js';
import type { Lang } from './format.js';
import { AgenciesTable } from './live/agencies-table.js';
import { AlertsSection } from './live/alerts-section.js';
import { AnnounceAndClose } from './live/announce-and-close.js';
import { CountersList } from './live/counters-list.js';
import { QueuesTable } from './live/queues-table.js';
import type { Report } from './live/report.js';
import type { LiveState } from './use-live.js';

/** The dashboard's live page: alerts, agencies, queues, counters, devices, charts and actions. */
export function LiveView({
  hub,
  live,
  lang,
  staffNames,
}: {
  hub: HubClient;
  live: LiveState;
  lang: Lang;
  staffNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const { snapshot, metrics, catalogue } = live;
  // Every count, wait, duration and share in the centre's digits (issue #15): the live catalogue's
  // (CentreDigits, main.tsx) so a change applies at once; the page's until the catalogue has come.
  const fmt = useFormat();
  const report: Report = (r, ok) => setNotice(r.ok ? ok : t(`errors.${r.error?.code ?? 'internal'}`));

  const queueName = (id: string) => catalogue?.queues.find((q) => q.id === id)?.name[lang] ?? id;
  const counterName = (id: string) => catalogue?.counters.find((c) => c.id === id)?.name[lang] ?? id;
  const subjectName = (id: string) => (id.startsWith('q-') ? queueName(id) : counterName(id));

  return (
    <>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <AlertsSection alerts={live.alerts} hub={hub} name={subjectName} />
      <AgenciesTable metrics={metrics} catalogue={catalogue} lang={lang} fmt={fmt} />
      <QueuesTable
        hub={hub}
        queues={snapshot?.queues}
        metrics={metrics}
        cutoffs={live.cutoffs}
        lang={lang}
        fmt={fmt}
        report={report}
      />
      <CountersList
        hub={hub}
        counters={snapshot?.counters}
        catalogue={catalogue}
        staffNames={staffNames}
        now={live.now}
        lang={lang}
        fmt={fmt}
        report={report}
        thresholds={metrics?.thresholds ?? DEFAULT_THRESHOLDS}
      />
      <DeviceHealthPanel hub={hub} now={live.now} lang={lang} />
      {metrics && <Charts metrics={metrics} lang={lang} />}
      <AnnounceAndClose hub={hub} report={report} />
    </>
  );
}
