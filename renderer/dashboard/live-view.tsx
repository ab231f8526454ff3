/** The live view: alerts, agencies, queues (with close/reopen), the counters grid and manager actions. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, ScheduledCutoff } from '../../shared/contract/manager.js';
import { alertLevel } from '../../shared/contract/manager.js';
import type { CounterView, QueueSummary } from '../../shared/contract/views.js';
import type { HubClient } from '../common/hub-client.js';
import { Charts } from './charts.js';
import { DeviceHealthPanel } from './device-health/panel.js';
import { BackupStatusLine } from './backup-status.js';
import { formatDuration, intlLocale, type Lang } from './format.js';
import { counted, minutesRange } from '../../shared/i18n/durations.js';
import { isolate } from '../../shared/i18n/bidi.js';
import { managerCall } from './manager-client.js';
import { useFormCheck } from '../common/form-check.js';
import type { LiveState } from './use-live.js';

function counterStatus(c: CounterView): 'serving' | 'idle' | 'break' | 'closed' {
  if (c.status === 'closed') return 'closed';
  if (c.status === 'break') return 'break';
  return c.busy ? 'serving' : 'idle';
}

function SlBadge({ state, share }: { state: 'green' | 'amber' | 'red'; share: number | null }) {
  const { t } = useTranslation();
  return (
    <span className={`sl sl-${state}`}>
      {share === null ? '—' : `${Math.round(share * 100)}%`} · {t(`dashboard.sl_${state}`)}
    </span>
  );
}

function AlertItem({
  alert,
  hub,
  name,
  lang,
}: {
  alert: Alert;
  hub: HubClient;
  name: (subject: string) => string;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const d = alert.detail;
  const text = t(`dashboard.alert_${alert.kind}`, {
    // A device's or queue's name as entered: isolated, so a Latin name keeps its place in Arabic.
    subject: isolate(name(alert.subject)),
    waiting: d.waiting ?? '',
    minutes: counted(t, 'minutes', Number(d.longestWaitMinutes ?? d.idleMinutes ?? 0)),
    // For sentences with the count after a preposition ("منذ دقيقتين").
    minutesAfter: counted(
      t,
      'minutes',
      Number(d.longestWaitMinutes ?? d.idleMinutes ?? 0),
      undefined,
      'genitive',
    ),
    freeMegabytes: typeof d.freeBytes === 'number' ? Math.floor(d.freeBytes / 1_048_576) : '',
  });
  return (
    <li
      className={`alert ${alertLevel(alert.kind)}${alert.acknowledgedAt ? ' acknowledged' : ''}`}
      data-kind={alert.kind}
      data-level={alertLevel(alert.kind)}
    >
      <span>{text}</span>
      <time dateTime={new Date(alert.raisedAt).toISOString()}>{clockTime(alert.raisedAt, lang)}</time>
      {alert.clearedAt !== null && <span className="muted">{t('dashboard.cleared')}</span>}
      {alert.acknowledgedAt === null ? (
        <button onClick={() => void managerCall(hub, 'manager.acknowledgeAlert', { alertId: alert.id })}>
          {t('dashboard.acknowledge')}
        </button>
      ) : (
        <span className="muted">{t('dashboard.acknowledgedBy', { who: alert.acknowledgedBy })}</span>
      )}
    </li>
  );
}

/** A clock time in the dashboard's language (not the browser's). */
const clockTime = (at: number, lang: Lang) =>
  new Date(at).toLocaleTimeString(intlLocale(lang), { hour: '2-digit', minute: '2-digit' });

/** Close or reopen a queue now; or schedule the change for later today, and see or cancel a pending one. */
function QueueActions({
  hub,
  queue,
  cutoff,
  lang,
  report,
}: {
  hub: HubClient;
  queue: QueueSummary;
  cutoff: ScheduledCutoff | undefined;
  lang: Lang;
  report: (r: { ok: boolean; error?: { code: string } }, ok: string) => void;
}) {
  const { t } = useTranslation();
  const check = useFormCheck();
  const [time, setTime] = useState('');
  const name = <span className="visually-hidden"> {queue.name[lang]}</span>;
  const schedule = () => {
    const [h, m] = time.split(':').map(Number);
    const at = new Date();
    at.setHours(h ?? 0, m ?? 0, 0, 0);
    void managerCall(hub, 'manager.setQueueOpen', {
      queueId: queue.queueId,
      open: !queue.open,
      at: at.getTime(),
    }).then((r) => {
      report(r, t('dashboard.scheduled'));
      if (r.ok) setTime('');
    });
  };
  return (
    <div className="queue-actions">
      <button
        onClick={() =>
          void managerCall(hub, 'manager.setQueueOpen', {
            queueId: queue.queueId,
            open: !queue.open,
          }).then((r) => report(r, t('dashboard.saved')))
        }
      >
        {queue.open ? t('dashboard.closeQueue') : t('dashboard.reopenQueue')}
        {name}
      </button>
      {cutoff ? (
        <span className="cutoff" data-testid="cutoff">
          {t(cutoff.open ? 'dashboard.cutoffPendingOpen' : 'dashboard.cutoffPendingClose', {
            time: clockTime(cutoff.at, lang),
          })}{' '}
          <button
            onClick={() =>
              void managerCall(hub, 'manager.cancelCutoff', { queueId: queue.queueId }).then((r) =>
                report(r, t('dashboard.cutoffCancelled')),
              )
            }
          >
            {t('dashboard.cancelCutoff')}
            {name}
          </button>
        </span>
      ) : (
        <form
          className="schedule"
          noValidate
          onSubmit={check.guard((e) => {
            e.preventDefault();
            schedule();
          })}
        >
          <label>
            {queue.open ? t('dashboard.scheduleClose') : t('dashboard.scheduleReopen')}
            {name} <input type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <button type="submit">
            {t('dashboard.schedule')}
            {name}
          </button>
          {check.alert}
        </form>
      )}
    </div>
  );
}

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
  const [announceAr, setAnnounceAr] = useState('');
  const [announceEn, setAnnounceEn] = useState('');
  const [announceMinutes, setAnnounceMinutes] = useState(5);
  const announceCheck = useFormCheck();
  const { snapshot, metrics, catalogue } = live;
  const report = (r: { ok: boolean; error?: { code: string } }, ok: string) =>
    setNotice(r.ok ? ok : t(`errors.${r.error?.code ?? 'internal'}`));

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
      <section aria-labelledby="alerts-h">
        <h2 id="alerts-h">{t('dashboard.alerts')}</h2>
        {live.alerts.length === 0 ? (
          <p className="muted">{t('dashboard.noAlerts')}</p>
        ) : (
          <ul className="alerts" data-testid="alerts">
            {live.alerts.map((a) => (
              <AlertItem key={a.id} alert={a} hub={hub} name={subjectName} lang={lang} />
            ))}
          </ul>
        )}
        <BackupStatusLine hub={hub} lang={lang} />
      </section>

      <section aria-labelledby="agencies-h">
        <h2 id="agencies-h">{t('dashboard.agencies')}</h2>
        <table data-testid="agencies">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.agency')}</th>
              <th scope="col">{t('dashboard.waitingNow')}</th>
              <th scope="col">{t('dashboard.longestWait')}</th>
              <th scope="col">{t('dashboard.servedToday')}</th>
              <th scope="col">{t('dashboard.noShows')}</th>
              <th scope="col">{t('dashboard.abandoned')}</th>
              <th scope="col">{t('dashboard.serviceLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {metrics?.agencies.map((a) => (
              <tr key={a.agencyId} data-agency={a.agencyId}>
                <th scope="row">
                  {catalogue?.agencies.find((x) => x.id === a.agencyId)?.name[lang] ?? a.agencyId}
                </th>
                <td data-col="waiting">{a.waiting}</td>
                <td>{counted(t, 'minutes', a.longestWaitMinutes)}</td>
                <td data-col="served">{a.served}</td>
                <td>{a.noShows}</td>
                <td>{a.abandoned}</td>
                <td>
                  <SlBadge state={a.state} share={a.serviceLevel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="queues-h">
        <h2 id="queues-h">{t('dashboard.queues')}</h2>
        <table data-testid="queues">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.queue')}</th>
              <th scope="col">{t('dashboard.waitingNow')}</th>
              <th scope="col">{t('dashboard.longestWait')}</th>
              <th scope="col">{t('dashboard.estimatedWait')}</th>
              <th scope="col">{t('dashboard.servedToday')}</th>
              <th scope="col">{t('dashboard.noShows')}</th>
              <th scope="col">{t('dashboard.abandoned')}</th>
              <th scope="col">{t('dashboard.serviceLevel')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('dashboard.closeQueue')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshot?.queues.map((q) => {
              const m = metrics?.queues.find((x) => x.queueId === q.queueId);
              return (
                <tr key={q.queueId} data-queue={q.queueId}>
                  <th scope="row">
                    {q.prefix} · {q.name[lang]}{' '}
                    {!q.open && <span className="closed">({t('dashboard.closed')})</span>}
                  </th>
                  <td data-col="waiting">{q.waiting}</td>
                  <td>{counted(t, 'minutes', q.longestWaitMinutes)}</td>
                  <td>{minutesRange(t, q.estimate.p50Minutes, q.estimate.p90Minutes)}</td>
                  <td data-col="served">{m?.served ?? 0}</td>
                  <td>{m?.noShows ?? 0}</td>
                  <td>{m?.abandoned ?? 0}</td>
                  <td>{m && <SlBadge state={m.state} share={m.serviceLevel} />}</td>
                  <td>
                    <QueueActions
                      hub={hub}
                      queue={q}
                      cutoff={live.cutoffs.find((k) => k.queueId === q.queueId)}
                      lang={lang}
                      report={report}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="counters-h">
        <h2 id="counters-h">{t('dashboard.counters')}</h2>
        <ul className="counters" data-testid="counters">
          {snapshot?.counters.map((c) => {
            const status = counterStatus(c);
            const profileSelect = `profile-${c.counterId}`;
            return (
              <li key={c.counterId} className={`counter counter-${status}`} data-counter={c.counterId}>
                <h3>{c.name[lang]}</h3>
                <p className="counter-status">{t(`dashboard.counterStatus_${status}`)}</p>
                <dl>
                  <dt>{t('dashboard.staff')}</dt>
                  <dd>{c.staffId ? <bdi>{staffNames.get(c.staffId) ?? c.staffId}</bdi> : '—'}</dd>
                  <dt>{t('dashboard.currentTicket')}</dt>
                  <dd data-col="ticket">{c.currentTicket ?? '—'}</dd>
                  <dt>{t('dashboard.servingFor')}</dt>
                  <dd>{status === 'serving' ? formatDuration(live.now - c.since) : '—'}</dd>
                </dl>
                <label htmlFor={profileSelect}>{t('dashboard.workProfile')}</label>
                <select
                  id={profileSelect}
                  value={catalogue?.counters.find((x) => x.id === c.counterId)?.workProfileId ?? ''}
                  onChange={(e) =>
                    void managerCall(hub, 'manager.moveCounter', {
                      counterId: c.counterId,
                      workProfileId: e.target.value,
                    }).then((r) => report(r, t('dashboard.saved')))
                  }
                >
                  {catalogue?.workProfiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name[lang]}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      </section>

      <DeviceHealthPanel hub={hub} now={live.now} lang={lang} />

      {metrics && <Charts metrics={metrics} lang={lang} />}

      <section aria-labelledby="announce-h" className="actions">
        <h2 id="announce-h">{t('dashboard.announce')}</h2>
        <form
          noValidate
          onSubmit={announceCheck.guard((e) => {
            e.preventDefault();
            void managerCall(hub, 'manager.announce', {
              text: { ar: announceAr, en: announceEn },
              minutes: announceMinutes,
            }).then((r) => report(r, t('dashboard.announced')));
          })}
        >
          <label>
            {t('dashboard.announceAr')}
            <input
              dir="rtl"
              lang="ar"
              required
              value={announceAr}
              onChange={(e) => setAnnounceAr(e.target.value)}
            />
          </label>
          <label>
            {t('dashboard.announceEn')}
            <input
              dir="ltr"
              lang="en"
              required
              value={announceEn}
              onChange={(e) => setAnnounceEn(e.target.value)}
            />
          </label>
          <label>
            {t('dashboard.announceMinutes')}
            <input
              type="number"
              min={1}
              max={240}
              value={announceMinutes}
              onChange={(e) => setAnnounceMinutes(Number(e.target.value))}
            />
          </label>
          <button type="submit">{t('dashboard.announceSend')}</button>
          {announceCheck.alert}
        </form>
        <h2>{t('dashboard.endOfDay')}</h2>
        <div className="row">
          {(['remove', 'keep'] as const).map((mode) => (
            <button
              key={mode}
              onClick={() =>
                void hub
                  .call('endOfDay', { mode })
                  .then((r) => report(r, r.ok ? t('dashboard.endOfDayDone', { count: r.data.removed }) : ''))
              }
            >
              {t(mode === 'remove' ? 'dashboard.endOfDayRemove' : 'dashboard.endOfDayKeep')}
            </button>
          ))}
        </div>
      </section>
    </>
  );
}
