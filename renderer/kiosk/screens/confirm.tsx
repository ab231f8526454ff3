/**
 * The confirm tap issues the ticket. One idempotency key per tap, reused on every retry of that
 * tap, so a lost answer or a second touch never gives two tickets. When the hub is away the
 * request is retried by itself as soon as the connection is back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IssuedTicket } from '../../../shared/contract/views.js';
import {
  maskEmiratesId,
  maskMobile,
  normaliseEmiratesId,
  normaliseUaeMobile,
} from '../../../shared/domain/identity.js';
import { useKiosk } from '../context.js';
import { newIdempotencyKey } from '../flow.js';
import { StepScreen, useErrorText } from '../ui.js';
import { RELATION_KEY } from './identify.js';

const RETRYABLE = new Set(['offline', 'timeout', 'storage_unavailable']);

export function ConfirmScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { catalogue, hub, state, lang, dispatch } = useKiosk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const service = catalogue.services.find((s) => s.id === state.serviceId);

  const issue = useCallback(async () => {
    if (inFlight.current || !service) return;
    inFlight.current = true;
    const idempotencyKey = state.idempotencyKey ?? newIdempotencyKey();
    dispatch({ type: 'confirmTap', idempotencyKey });
    setBusy(true);
    setError(null);
    const r = await hub.call<unknown>('issueTicket', {
      serviceId: service.id,
      priority: state.priority,
      language: lang,
      identity: state.identity,
      representative: state.representative ? { relation: state.representative } : null,
      idempotencyKey,
    });
    inFlight.current = false;
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    const ticket = IssuedTicket.safeParse(r.data);
    if (!ticket.success) return setError('internal');
    dispatch({ type: 'issued', ticket: ticket.data });
  }, [
    service,
    state.idempotencyKey,
    state.priority,
    state.identity,
    state.representative,
    lang,
    hub,
    dispatch,
  ]);

  // Recover by itself: a request that failed for want of the hub goes again once it is back.
  useEffect(() => {
    if (!error || !RETRYABLE.has(error)) return;
    return hub.onConnection((c) => {
      if (c === 'connected') void issue();
    });
  }, [error, hub, issue]);

  if (!service) return null;
  const identity = state.identity;
  const masked =
    identity?.kind === 'emiratesId'
      ? maskEmiratesId(normaliseEmiratesId(identity.value) ?? '')
      : identity?.kind === 'mobile'
        ? maskMobile(normaliseUaeMobile(identity.value) ?? '')
        : t('kiosk.confirmNoIdentity');
  return (
    <StepScreen title={t('kiosk.confirmTitle')} testId="screen-confirm">
      <dl className="summary">
        <dt>{t('kiosk.confirmService')}</dt>
        <dd>{service.name[lang]}</dd>
        <dt>{t('kiosk.confirmIdentity')}</dt>
        <dd dir={identity ? 'ltr' : undefined}>{masked}</dd>
        <dt>{t('kiosk.confirmPriority')}</dt>
        <dd>{state.priority ? t(`priority.${state.priority}`) : t('kiosk.priorityNone')}</dd>
        {state.representative && (
          <>
            <dt>{t('kiosk.confirmRepresentative')}</dt>
            <dd>{t(RELATION_KEY[state.representative])}</dd>
          </>
        )}
      </dl>
      {error && (
        <div className="error-box" role="alert">
          <p>{errorText(error)}</p>
          {RETRYABLE.has(error) && <p>{t('kiosk.retrying')}</p>}
        </div>
      )}
      <div className="primary-action">
        <button type="button" className="big-button primary" disabled={busy} onClick={() => void issue()}>
          {busy ? t('kiosk.issuing') : error ? t('kiosk.tryAgain') : t('kiosk.confirmButton')}
        </button>
      </div>
    </StepScreen>
  );
}
