/**
 * Optional identification (Emirates ID or UAE mobile, checked here before the hub checks again),
 * then the priority self-declaration and whether the ticket is taken for someone else.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseEmiratesId, normaliseUaeMobile } from '../../../shared/domain/identity.js';
import { useKiosk } from '../context.js';
import { RELATIONS, type Relation, type WalkInPriority } from '../flow.js';
import { Keypad, StepScreen } from '../ui.js';

type Kind = 'emiratesId' | 'mobile';
const MAX_DIGITS: Record<Kind, number> = { emiratesId: 15, mobile: 12 };

/** 784-YYYY-NNNNNNN-C as the digits are typed, so the citizen can compare with the card. */
export function groupEmiratesId(digits: string): string {
  const parts = [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7, 14), digits.slice(14, 15)];
  return parts.filter(Boolean).join('-');
}

export function IdentifyScreen() {
  const { t } = useTranslation();
  const { dispatch } = useKiosk();
  const [kind, setKind] = useState<Kind | null>(null);
  const [digits, setDigits] = useState('');
  const [invalid, setInvalid] = useState(false);

  const choose = (k: Kind) => {
    setKind(k);
    setDigits('');
    setInvalid(false);
  };
  const submit = () => {
    if (!kind) return;
    const valid = kind === 'emiratesId' ? normaliseEmiratesId(digits) : normaliseUaeMobile(digits);
    if (!valid) return setInvalid(true);
    dispatch({ type: 'identify', identity: { kind, value: digits } });
  };
  const shown = kind === 'emiratesId' ? groupEmiratesId(digits) : digits;
  const label = kind === 'emiratesId' ? t('kiosk.emiratesIdLabel') : t('kiosk.mobileLabel');

  return (
    <StepScreen
      title={t('kiosk.identifyTitle')}
      spoken={`${t('kiosk.identifyTitle')}. ${t('kiosk.identifyHint')}`}
      testId="screen-identify"
    >
      <p className="hint">{t('kiosk.identifyHint')}</p>
      <div className="choices row" role="group" aria-label={t('kiosk.identifyTitle')}>
        {(['emiratesId', 'mobile'] as const).map((k) => (
          <button
            type="button"
            key={k}
            className="big-button"
            aria-pressed={kind === k}
            onClick={() => choose(k)}
          >
            {t(k === 'emiratesId' ? 'kiosk.useEmiratesId' : 'kiosk.useMobile')}
          </button>
        ))}
        <button
          type="button"
          className="big-button"
          onClick={() => dispatch({ type: 'identify', identity: null })}
        >
          {t('kiosk.skip')}
        </button>
      </div>
      {kind && (
        <div className="entry">
          <label className="number-field">
            <span>{label}</span>
            <input
              dir="ltr"
              inputMode="none"
              autoComplete="off"
              value={shown}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'identity-error' : undefined}
              onChange={(e) => {
                setDigits(e.target.value.replace(/\D/g, '').slice(0, MAX_DIGITS[kind]));
                setInvalid(false);
              }}
              onKeyDown={(e) => e.key === 'Enter' && submit()}
            />
          </label>
          {invalid && (
            <p id="identity-error" className="error" role="alert">
              {t(kind === 'emiratesId' ? 'kiosk.invalidEmiratesId' : 'kiosk.invalidMobile')}
            </p>
          )}
          <Keypad
            onKey={(d) => {
              setDigits((x) => (x + d).slice(0, MAX_DIGITS[kind]));
              setInvalid(false);
            }}
            onDelete={() => setDigits((x) => x.slice(0, -1))}
            onClear={() => setDigits('')}
          />
          <button
            type="button"
            className="big-button primary"
            onClick={submit}
            disabled={digits.length === 0}
          >
            {t('kiosk.continue')}
          </button>
        </div>
      )}
    </StepScreen>
  );
}

export const RELATION_KEY: Record<Relation, string> = {
  family: 'kiosk.relationFamily',
  employer: 'kiosk.relationEmployer',
  other: 'kiosk.relationOther',
};

export function PriorityScreen() {
  const { t } = useTranslation();
  const { catalogue, state, dispatch } = useKiosk();
  const service = catalogue.services.find((s) => s.id === state.serviceId);
  const eligible = (service?.priorityEligible ?? []).filter((p): p is WalkInPriority => p !== 'appointment');
  const [priority, setPriority] = useState<WalkInPriority | null>(state.priority);
  const [forOther, setForOther] = useState(state.representative !== null);
  const [relation, setRelation] = useState<Relation | null>(state.representative);
  const ready = !forOther || relation !== null;

  return (
    <StepScreen
      title={t('kiosk.priorityTitle')}
      spoken={`${t('kiosk.priorityTitle')} ${t('kiosk.priorityNote')}`}
      testId="screen-priority"
    >
      <div className="choices row" role="group" aria-label={t('kiosk.priorityTitle')}>
        <button
          type="button"
          className="big-button"
          aria-pressed={priority === null}
          onClick={() => setPriority(null)}
        >
          {t('kiosk.priorityNone')}
        </button>
        {eligible.map((p) => (
          <button
            type="button"
            key={p}
            className="big-button"
            aria-pressed={priority === p}
            onClick={() => setPriority(p)}
          >
            {t(`priority.${p}`)}
          </button>
        ))}
      </div>
      <p className="note">{t('kiosk.priorityNote')}</p>
      <button
        type="button"
        className="big-button toggle"
        aria-pressed={forOther}
        onClick={() => {
          setForOther(!forOther);
          setRelation(null);
        }}
      >
        {t('kiosk.forSomeoneElse')}
      </button>
      {forOther && (
        <div className="choices row" role="group" aria-label={t('kiosk.relationTitle')}>
          {RELATIONS.map((r) => (
            <button
              type="button"
              key={r}
              className="big-button"
              aria-pressed={relation === r}
              onClick={() => setRelation(r)}
            >
              {t(RELATION_KEY[r])}
            </button>
          ))}
        </div>
      )}
      <div className="primary-action">
        <button
          type="button"
          className="big-button primary"
          disabled={!ready}
          onClick={() => dispatch({ type: 'priority', priority, representative: forOther ? relation : null })}
        >
          {t('kiosk.continue')}
        </button>
      </div>
    </StepScreen>
  );
}
