/**
 * The counter desk: status, queue overview, the visit in hand with its actions, parked and
 * transferred tickets, walk-direct calls, and the customer panel. Keyboard-first: every main
 * action has a single-key shortcut (by physical key, so it works on an Arabic layout too).
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { OperationName, TransferTarget } from '../../shared/contract/operations.js';
import type { DeliveredService, Visit } from '../../shared/contract/visit.js';
import { CentreSnapshot } from '../../shared/contract/views.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import type { StaffSession } from './sign-in.js';
import { fetchStaff, fetchWorklist, type StaffSummary, type Worklist } from './staff-api.js';
import { QueueOverview, profileQueueIds } from './queue-overview.js';
import { TransferForm } from './transfer-form.js';
import { CompleteForm, OUTCOME_CODES } from './complete-form.js';
import { CustomerPanel } from './customer-panel.js';
import { normaliseTicket } from './ticket-input.js';
import { counted } from '../../shared/i18n/durations.js';

const COUNTER_KEY = 'dawr.counter.counterId';

interface DeskAction {
  id: 'callNext' | 'recall' | 'startServing' | 'noShow' | 'park' | 'transfer' | 'complete';
  label: string;
  key: string;
  enabled: boolean;
  run: () => void;
}
type Form = 'none' | 'transfer' | 'complete' | 'noShow' | 'break' | 'close';
type Message = { kind: 'error' | 'info'; text: string } | null;

export function Desk(props: {
  session: StaffSession;
  catalogue: Catalogue;
  onSignOut: () => void;
  onSessionEnded: (reason: SessionEndReason) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const { session, catalogue } = props;
  const token = session.token;
  const hubRef = useRef<HubClient | null>(null);
  const sessionEndedRef = useRef(props.onSessionEnded);
  sessionEndedRef.current = props.onSessionEnded;
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  const [counterId, setCounterId] = useState(
    () => sessionStorage.getItem(COUNTER_KEY) ?? catalogue.counters[0]?.id ?? '',
  );
  const [worklist, setWorklist] = useState<Worklist | null>(null);
  const [staff, setStaff] = useState<StaffSummary[]>([]);
  const [form, setForm] = useState<Form>('none');
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPendingState] = useState(false);
  // The key handler reads the ref, so a key pressed right after an acknowledgement is not lost to a stale render.
  const pendingRef = useRef(false);
  const setPending = useCallback((value: boolean) => {
    pendingRef.current = value;
    setPendingState(value);
  }, []);

  const counterView = snapshot?.counters.find((c) => c.counterId === counterId);
  const isOpen = counterView?.staffId === session.staff.id && counterView.status !== 'closed';
  const inHand = worklist?.inHand ?? null;
  const needed = catalogue.centre.recallsBeforeNoShow;

  const refresh = useCallback(async () => {
    if (!counterId) return;
    const r = await fetchWorklist(token, counterId);
    if (r.ok) setWorklist(r.data);
  }, [token, counterId]);

  useEffect(() => {
    const hub = new HubClient({ role: 'counter', app: 'counter', auth: { token } });
    hubRef.current = hub;
    hub.onConnection(setConnection);
    hub.onSessionEnded((e) => sessionEndedRef.current(e.reason));
    hub.socket.on('snapshot', (raw: unknown) => {
      const s = CentreSnapshot.safeParse(raw);
      if (s.success) setSnapshot(s.data);
    });
    return () => {
      hub.close();
      hubRef.current = null;
    };
  }, [token]);

  // The visit room is joined by openCounter, so after every (re)connect an open counter re-joins it.
  useEffect(() => {
    const hub = hubRef.current;
    if (!hub) return;
    const onVisit = () => void refresh();
    hub.socket.on('visit', onVisit);
    const onConnect = () => {
      if (isOpen) void hub.call('openCounter', { counterId });
      void refresh();
    };
    hub.socket.on('connect', onConnect);
    return () => {
      hub.socket.off('visit', onVisit);
      hub.socket.off('connect', onConnect);
    };
  }, [refresh, isOpen, counterId]);

  useEffect(() => {
    void refresh();
  }, [refresh, snapshot?.at]);

  useEffect(() => {
    void fetchStaff(token).then((r) => r.ok && setStaff(r.data));
  }, [token]);

  const act = useCallback(
    async (name: OperationName, input: Record<string, unknown>): Promise<unknown> => {
      const hub = hubRef.current;
      if (!hub) return undefined;
      setPending(true);
      const r = await hub.call(name, input);
      setPending(false);
      if (!r.ok) {
        setMessage({ kind: 'error', text: t(`errors.${r.error.code}`, { defaultValue: r.error.message }) });
        void refresh();
        return undefined;
      }
      setMessage(null);
      setForm('none');
      await refresh();
      return r.data ?? null;
    },
    [refresh, setPending, t],
  );

  const visitAction = (name: OperationName, extra: Record<string, unknown> = {}) =>
    inHand ? act(name, { counterId, visitId: inHand.id, ...extra }) : Promise.resolve(undefined);

  const callNext = async () => {
    const r = await act('callNext', { counterId });
    if (r === null) setMessage({ kind: 'info', text: t('counter.nobodyWaiting') });
  };

  const openCounter = async () => {
    sessionStorage.setItem(COUNTER_KEY, counterId);
    await act('openCounter', { counterId });
    await hubRef.current?.call('snapshot').then((r) => {
      const s = r.ok ? CentreSnapshot.safeParse(r.data) : null;
      if (s?.success) setSnapshot(s.data);
    });
  };

  // The local list may lag a ticket issued a moment ago, so look it up fresh.
  const walkDirect = async (ticket: string) => {
    const r = await fetchWorklist(token, counterId);
    const hit = r.ok ? r.data.waiting.find((x) => x.ticket === normaliseTicket(ticket)) : undefined;
    if (!hit) return setMessage({ kind: 'error', text: t('counter.noSuchTicket') });
    await act('callVisit', { counterId, visitId: hit.visitId });
  };

  const canRecall = inHand?.status === 'called';
  const canNoShow = inHand?.status === 'called' && inHand.recallCount >= needed;
  const canStart = inHand?.status === 'called';
  const canWork = inHand !== null && (inHand.status === 'called' || inHand.status === 'serving');
  const canCallNext = isOpen && inHand === null && counterView.status === 'available';

  // The desk's buttons in one list, so the one that moves the work on is drawn first and biggest:
  // "Call next" when idle, "Start serving" while the citizen walks up, "Complete" while serving.
  const actions: DeskAction[] = [
    { id: 'callNext', label: 'counter.callNext', key: 'N', enabled: canCallNext, run: () => void callNext() },
    {
      id: 'recall',
      label: 'counter.recall',
      key: 'R',
      enabled: canRecall,
      run: () => void visitAction('recall'),
    },
    {
      id: 'startServing',
      label: 'counter.startServing',
      key: 'S',
      enabled: canStart,
      run: () => void visitAction('startServing'),
    },
    { id: 'noShow', label: 'counter.noShow', key: 'X', enabled: canNoShow, run: () => setForm('noShow') },
    { id: 'park', label: 'counter.park', key: 'P', enabled: canWork, run: () => void visitAction('park') },
    { id: 'transfer', label: 'counter.transfer', key: 'T', enabled: canWork, run: () => setForm('transfer') },
    { id: 'complete', label: 'counter.complete', key: 'C', enabled: canWork, run: () => setForm('complete') },
  ];
  const primary: DeskAction['id'] | null =
    inHand?.status === 'serving'
      ? 'complete'
      : inHand?.status === 'called'
        ? 'startServing'
        : canCallNext
          ? 'callNext'
          : null;

  // Single-key shortcuts, ignored while typing in a field or with a modifier held.
  const keys = useRef<Record<string, () => void>>({});
  keys.current = {
    KeyN: () => canCallNext && void callNext(),
    KeyR: () => canRecall && void visitAction('recall'),
    KeyS: () => canStart && void visitAction('startServing'),
    KeyP: () => canWork && void visitAction('park'),
    KeyT: () => canWork && setForm('transfer'),
    KeyC: () => canWork && setForm('complete'),
    KeyX: () => canNoShow && setForm('noShow'),
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || pendingRef.current) return;
      const el = e.target as HTMLElement | null;
      if (el && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
      const handler = keys.current[e.code];
      if (handler) {
        e.preventDefault();
        handler();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const profileId = counterView?.workProfileId ?? null;
  const profile = catalogue.workProfiles.find((p) => p.id === profileId);
  const statusKey = !isOpen
    ? 'closed'
    : counterView.status === 'break'
      ? 'break'
      : inHand
        ? 'serving'
        : 'available';

  const signOut = async () => {
    if (isOpen) {
      const r = await act('setCounterStatus', {
        counterId,
        status: 'closed',
        ...(inHand ? { outcome: 'signed_out' } : {}),
      });
      if (r === undefined) return;
    }
    props.onSignOut();
  };

  return (
    <div className="desk">
      <header className="bar">
        <h1>
          {t('counter.title')}
          {counterView && <span className="counter-label"> · {counterView.name[lang]}</span>}
        </h1>
        <p className="who">
          {t('counter.staff')}:{' '}
          <strong>
            <bdi>{session.staff.displayName}</bdi>
          </strong>
          {profile && (
            <>
              {' · '}
              {t('counter.workProfile')}: <strong data-testid="work-profile">{profile.name[lang]}</strong>
            </>
          )}
          {' · '}
          {t('counter.statusLabel')}:{' '}
          <strong data-testid="counter-status" className={`status status-${statusKey}`}>
            {t(`counter.status_${statusKey}`)}
            {isOpen && counterView.status === 'break' && counterView.breakReason
              ? ` (${counterView.breakReason})`
              : ''}
          </strong>
        </p>
        <div className="row">
          <button type="button" onClick={() => void i18n.changeLanguage(lang === 'ar' ? 'en' : 'ar')}>
            <span lang={lang === 'ar' ? 'en' : 'ar'}>{lang === 'ar' ? 'English' : 'العربية'}</span>
          </button>
          <button type="button" onClick={() => void signOut()}>
            {t('counter.signOut')}
          </button>
        </div>
      </header>
      {connection === 'disconnected' && (
        <p className="banner" role="status">
          {t('common.connectionLost')}
        </p>
      )}
      <div aria-live="polite" className="messages">
        {message && (
          <p
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={message.kind}
            data-testid="message"
          >
            {message.text}
          </p>
        )}
      </div>

      {!isOpen && (
        <section className="panel" aria-labelledby="choose-title">
          <h2 id="choose-title">{t('counter.chooseCounter')}</h2>
          <div className="row">
            <label>
              {t('common.counter')}
              <select name="counter" value={counterId} onChange={(e) => setCounterId(e.target.value)}>
                {catalogue.counters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name[lang]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" disabled={pending} onClick={() => void openCounter()}>
              {t('counter.openCounter')}
            </button>
          </div>
        </section>
      )}

      {isOpen && (
        <main className="work">
          <div className="column">
            <StatusControls
              onBreak={(reason) => void act('setCounterStatus', { counterId, status: 'break', reason })}
              onAvailable={() => void act('setCounterStatus', { counterId, status: 'available' })}
              onClose={(outcome) =>
                void act('setCounterStatus', { counterId, status: 'closed', ...(outcome ? { outcome } : {}) })
              }
              onBreakForm={() => setForm('break')}
              onCloseForm={() => setForm('close')}
              form={form}
              status={counterView.status}
              inHandTicket={inHand?.ticket ?? null}
              onCancel={() => setForm('none')}
            />
            <section className="panel current" aria-labelledby="current-title">
              <h2 id="current-title">{t('counter.current')}</h2>
              {inHand ? (
                <CurrentVisit visit={inHand} needed={needed} />
              ) : (
                <p data-testid="current-ticket-empty">{t('counter.noVisit')}</p>
              )}
              <div className="actions" data-testid="actions">
                {actions
                  .slice()
                  .sort((x, y) => Number(y.id === primary) - Number(x.id === primary))
                  .map((a) => (
                    <button
                      key={a.id}
                      type="button"
                      data-action={a.id}
                      className={[
                        a.id === 'callNext' ? 'call-next' : '',
                        a.id === primary ? 'primary-action' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      aria-keyshortcuts={a.key}
                      disabled={pending || !a.enabled}
                      onClick={a.run}
                    >
                      {t(a.label)} <kbd>{a.key}</kbd>
                    </button>
                  ))}
              </div>
              <p className="hint">
                {t('counter.shortcuts')}: {t('counter.shortcutsHelp')} · X: {t('counter.noShow')}
              </p>
            </section>
            {form === 'noShow' && inHand && (
              <section className="panel confirm" role="alertdialog" aria-labelledby="noshow-title">
                <p id="noshow-title">{t('counter.noShowConfirm', { ticket: inHand.ticket })}</p>
                <div className="row">
                  <button
                    type="button"
                    className="danger"
                    autoFocus
                    onClick={() => void visitAction('markNoShow')}
                  >
                    {t('common.confirm')}
                  </button>
                  <button type="button" onClick={() => setForm('none')}>
                    {t('common.cancel')}
                  </button>
                </div>
              </section>
            )}
            {form === 'transfer' && inHand && (
              <TransferForm
                catalogue={catalogue}
                staff={staff}
                ownCounterId={counterId}
                currentQueueId={inHand.queueId}
                onCancel={() => setForm('none')}
                onSubmit={(target: TransferTarget, note: string) =>
                  void visitAction('transfer', { target, note })
                }
              />
            )}
            {form === 'complete' && inHand && (
              <CompleteForm
                catalogue={catalogue}
                serviceIds={inHand.serviceIds}
                onCancel={() => setForm('none')}
                onSubmit={(services: DeliveredService[]) => void visitAction('complete', { services })}
              />
            )}
            <Lists
              worklist={worklist}
              busy={inHand !== null || pending}
              onResume={(v) => void act('resume', { counterId, visitId: v.id })}
              onCall={(visitId) => void act('callVisit', { counterId, visitId })}
              onWalkDirect={(ticket) => void walkDirect(ticket)}
            />
          </div>
          <div className="column">
            {snapshot && (
              <QueueOverview
                catalogue={catalogue}
                queues={snapshot.queues}
                queueIds={profileQueueIds(catalogue, profileId)}
              />
            )}
            {inHand && <CustomerPanel token={token} visit={inHand} catalogue={catalogue} />}
          </div>
        </main>
      )}
    </div>
  );
}

function CurrentVisit(props: { visit: Visit; needed: number }) {
  const { t } = useTranslation();
  const v = props.visit;
  return (
    <div className={v.priority ? 'visit visit-priority' : 'visit'}>
      <p className="ticket" data-testid="current-ticket">
        {v.ticket}
      </p>
      {v.priority && (
        <p className={`priority-badge priority-${v.priority}`} data-testid="current-priority">
          {t(`priority.${v.priority}`)}
        </p>
      )}
      <p data-testid="current-status">{t(`status.${v.status}`)}</p>
      {v.status === 'called' && (
        <p data-testid="recall-count">
          {t('counter.recallCount', { count: v.recallCount, needed: props.needed })}
        </p>
      )}
      {v.servingStartedAt !== null && v.calledAt !== null && (
        <p data-testid="walking-time">
          {t('counter.walkingTime', {
            duration: counted(t, 'seconds', (v.servingStartedAt - v.calledAt) / 1000),
          })}
        </p>
      )}
    </div>
  );
}

function StatusControls(props: {
  form: Form;
  status: 'available' | 'break' | 'closed';
  inHandTicket: string | null;
  onBreakForm: () => void;
  onCloseForm: () => void;
  onBreak: (reason: string) => void;
  onAvailable: () => void;
  onClose: (outcome: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string>(OUTCOME_CODES[0]);
  const submitBreak = (e: FormEvent) => {
    e.preventDefault();
    props.onBreak(reason.trim());
  };
  return (
    <section className="panel status-controls" aria-label={t('counter.statusLabel')}>
      <div className="row">
        {props.status === 'break' ? (
          <button type="button" onClick={props.onAvailable}>
            {t('counter.backAvailable')}
          </button>
        ) : (
          <button type="button" onClick={props.onBreakForm}>
            {t('counter.takeBreak')}
          </button>
        )}
        <button
          type="button"
          onClick={() => (props.inHandTicket ? props.onCloseForm() : props.onClose(null))}
        >
          {t('counter.closeCounter')}
        </button>
      </div>
      {props.form === 'break' && (
        <form className="row" onSubmit={submitBreak}>
          <label>
            {t('counter.breakReason')}
            <input
              name="break-reason"
              maxLength={80}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit">{t('counter.takeBreak')}</button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {props.form === 'close' && props.inHandTicket && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            props.onClose(outcome);
          }}
        >
          <p>{t('counter.closeWithVisit', { ticket: props.inHandTicket })}</p>
          <label>
            {t('counter.outcome')}
            <select name="close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              {OUTCOME_CODES.map((o) => (
                <option key={o} value={o}>
                  {t(`counter.outcome_${o}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="danger">
            {t('counter.closeCounter')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}

function Lists(props: {
  worklist: Worklist | null;
  busy: boolean;
  onResume: (v: Visit) => void;
  onCall: (visitId: string) => void;
  onWalkDirect: (ticket: string) => void;
}) {
  const { t } = useTranslation();
  const [ticket, setTicket] = useState('');
  const w = props.worklist;
  const walkDirect = (e: FormEvent) => {
    e.preventDefault();
    props.onWalkDirect(ticket);
    setTicket('');
    // Hand the keyboard back to the shortcuts once the call is sent.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  return (
    <>
      {w && w.parked.length > 0 && (
        <section className="panel" aria-labelledby="parked-title">
          <h2 id="parked-title">{t('counter.parked')}</h2>
          <ul className="tickets" data-testid="parked-list">
            {w.parked.map((v) => (
              <li key={v.id}>
                <span className="ticket-small">{v.ticket}</span>
                {v.priority && <span className="priority-badge small">{t(`priority.${v.priority}`)}</span>}
                <button type="button" disabled={props.busy} onClick={() => props.onResume(v)}>
                  {t('counter.resume')} {v.ticket}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {w && w.assigned.length > 0 && (
        <section className="panel" aria-labelledby="assigned-title">
          <h2 id="assigned-title">{t('counter.assigned')}</h2>
          <ul className="tickets" data-testid="assigned-list">
            {w.assigned.map((v) => (
              <li key={v.id}>
                <span className="ticket-small">{v.ticket}</span>
                {v.priority && <span className="priority-badge small">{t(`priority.${v.priority}`)}</span>}
                {v.note && <span className="note">{v.note}</span>}
                <button type="button" disabled={props.busy} onClick={() => props.onCall(v.id)}>
                  {t('counter.callThis')} {v.ticket}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form className="panel row" aria-labelledby="walk-title" onSubmit={walkDirect}>
        <h2 id="walk-title">{t('counter.walkDirect')}</h2>
        <label>
          {t('counter.ticketNumber')}
          <input
            name="walk-direct"
            value={ticket}
            onChange={(e) => setTicket(e.target.value)}
            autoComplete="off"
            dir="ltr"
          />
        </label>
        <button type="submit" disabled={props.busy || !ticket.trim()}>
          {t('counter.callThis')}
        </button>
      </form>
    </>
  );
}
