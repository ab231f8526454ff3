/**
 * The counter desk: status, queue overview, the visit in hand with its actions, parked and
 * transferred tickets, walk-direct calls, and the customer panel. Keyboard-first: every main
 * action has a single-key shortcut (by physical key, so it works on an Arabic layout too).
 * The parts live in ./desk/: the socket (use-hub-connection), the pushed worklist (use-worklist),
 * sending operations (use-desk-actions), the visit in hand (use-serving) and the panels.
 */
import { useEffect, useState } from 'react';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { TransferTarget } from '../../shared/contract/operations.js';
import type { DeliveredService } from '../../shared/contract/visit.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { useTranslation } from 'react-i18next';
import type { StaffSession } from './sign-in.js';
import { fetchStaff, fetchWorklist, type StaffSummary } from './staff-api.js';
import { QueueOverview, profileQueueIds } from './queue-overview.js';
import { TransferForm } from './transfer-form.js';
import { CompleteForm } from './complete-form.js';
import { DialogMessage } from './form-parts.js';
import { CustomerPanel } from './customer-panel.js';
import { normaliseTicket } from './ticket-input.js';
import { useHubConnection } from './desk/use-hub-connection.js';
import { useHeldWhilePending, useRejoinOnReconnect, useWorklist } from './desk/use-worklist.js';
import { useDeskActions } from './desk/use-desk-actions.js';
import { useServing } from './desk/use-serving.js';
import { useShortcuts } from './desk/use-shortcuts.js';
import { DeskHeader, type DeskStatus } from './desk/desk-header.js';
import { DeskNotices } from './desk/notices.js';
import { ChooseCounter } from './desk/choose-counter.js';
import { StatusControls } from './desk/status-controls.js';
import { CurrentPanel } from './desk/current-panel.js';
import { NoShowConfirm } from './desk/no-show-confirm.js';
import { WorklistPanels } from './desk/worklist-panels.js';

const COUNTER_KEY = 'dawr.counter.counterId';

export function Desk(props: {
  session: StaffSession;
  catalogue: Catalogue;
  onSignOut: () => void;
  onSessionEnded: (reason: SessionEndReason) => void;
}) {
  const { t } = useTranslation();
  const { session, catalogue } = props;
  const token = session.token;
  const { hub, connection, snapshot, reloadSnapshot } = useHubConnection(token, props.onSessionEnded);
  const [counterId, setCounterId] = useState(
    () => sessionStorage.getItem(COUNTER_KEY) ?? catalogue.counters[0]?.id ?? '',
  );
  const [staff, setStaff] = useState<StaffSummary[]>([]);
  const counterView = snapshot?.counters.find((c) => c.counterId === counterId);
  const isOpen = counterView?.staffId === session.staff.id && counterView.status !== 'closed';
  const { act, pending, pendingRef, form, setForm, message, setMessage } = useDeskActions(hub);
  const worklist = useHeldWhilePending(useWorklist(hub, counterId), pending);
  useRejoinOnReconnect(hub, isOpen, counterId);
  const inHand = worklist?.inHand ?? null;
  const recallsBeforeNoShow = catalogue.centre.recallsBeforeNoShow;
  const { actions, primary, visitAction } = useServing({
    counterId,
    inHand,
    available: isOpen && counterView.status === 'available',
    recallsBeforeNoShow,
    act,
    setForm,
    setMessage,
  });
  useShortcuts(actions, pendingRef);

  useEffect(() => {
    void fetchStaff(token).then((r) => r.ok && setStaff(r.data));
  }, [token]);

  const openCounter = async () => {
    sessionStorage.setItem(COUNTER_KEY, counterId);
    await act('openCounter', { counterId });
    await reloadSnapshot();
  };

  // A ticket issued a moment ago may not be in the pushed list yet: then ask the hub once.
  const walkDirect = async (ticket: string) => {
    const wanted = normaliseTicket(ticket);
    let hit = worklist?.waiting.find((x) => x.ticket === wanted);
    if (!hit) {
      const r = await fetchWorklist(token, counterId);
      hit = r.ok ? r.data.waiting.find((x) => x.ticket === wanted) : undefined;
    }
    if (!hit) return setMessage({ kind: 'error', text: t('counter.noSuchTicket') });
    await act('callVisit', { counterId, visitId: hit.visitId });
  };

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

  const profileId = counterView?.workProfileId ?? null;
  const status: DeskStatus = !isOpen
    ? 'closed'
    : counterView.status === 'break'
      ? 'break'
      : inHand
        ? inHand.status === 'called'
          ? 'called'
          : 'serving'
        : 'available';
  // While a dialog is open its refusal shows inside it (form-parts.tsx), not behind its backdrop.
  const dialogOpen = form !== 'none' && form !== 'noShow';

  return (
    <div className="desk">
      <DeskHeader
        counterView={counterView}
        staffName={session.staff.displayName}
        profile={catalogue.workProfiles.find((p) => p.id === profileId)}
        status={status}
        onSignOut={() => void signOut()}
      />
      <DeskNotices connection={connection} message={dialogOpen ? null : message} />

      {!isOpen && (
        <ChooseCounter
          catalogue={catalogue}
          counterId={counterId}
          pending={pending}
          onChoose={setCounterId}
          onOpen={() => void openCounter()}
        />
      )}

      {isOpen && (
        <DialogMessage.Provider value={dialogOpen ? message : null}>
          <main className="work">
            {/* Each column scrolls on its own (the desk fits 1366×768), so each is a named region a
              keyboard can reach and scroll (axe: scrollable-region-focusable). */}
            <div className="column" role="region" aria-label={t('counter.workColumn')} tabIndex={0}>
              <StatusControls
                onBreak={(reason, outcome) =>
                  void act('setCounterStatus', {
                    counterId,
                    status: 'break',
                    reason,
                    ...(outcome ? { outcome } : {}),
                  })
                }
                onAvailable={() => void act('setCounterStatus', { counterId, status: 'available' })}
                onClose={(outcome) =>
                  void act('setCounterStatus', {
                    counterId,
                    status: 'closed',
                    ...(outcome ? { outcome } : {}),
                  })
                }
                onBreakForm={() => setForm('break')}
                onCloseForm={() => setForm('close')}
                form={form}
                status={counterView.status}
                inHand={inHand}
                onCancel={() => setForm('none')}
              />
              <CurrentPanel
                digits={catalogue.centre.digits}
                inHand={inHand}
                recallsBeforeNoShow={recallsBeforeNoShow}
                actions={actions}
                primary={primary}
                pending={pending}
                catalogue={catalogue}
                ownQueueIds={profileQueueIds(catalogue, profileId)}
              />
              {form === 'noShow' && inHand && (
                <NoShowConfirm
                  ticket={inHand.ticket}
                  onConfirm={() => void visitAction('markNoShow')}
                  onCancel={() => setForm('none')}
                />
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
              <WorklistPanels
                digits={catalogue.centre.digits}
                worklist={worklist}
                busy={inHand !== null || pending}
                onResume={(v) => void act('resume', { counterId, visitId: v.id })}
                onCall={(visitId) => void act('callVisit', { counterId, visitId })}
                onWalkDirect={(ticket) => void walkDirect(ticket)}
              />
            </div>
            <div className="column" role="region" aria-label={t('counter.queuesColumn')} tabIndex={0}>
              {snapshot && (
                <QueueOverview
                  queues={snapshot.queues}
                  queueIds={profileQueueIds(catalogue, profileId)}
                  digits={catalogue.centre.digits}
                />
              )}
              {inHand && <CustomerPanel token={token} visit={inHand} catalogue={catalogue} />}
            </div>
          </main>
        </DialogMessage.Provider>
      )}
    </div>
  );
}
