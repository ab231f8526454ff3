/**
 * Identification (Emirates ID or UAE mobile, checked here before the hub checks again), the
 * priority self-declaration and whether the ticket is for someone else: all optional, all on the
 * service's own screen, folded away until the citizen opens them (skipping costs no tap).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown } from 'lucide-react';
import type { IdentityInput } from '../../../shared/contract/operations.js';
import { normaliseEmiratesId, normaliseUaeMobile } from '../../../shared/domain/identity.js';
import { localiseDigits } from '../../../shared/i18n/index.js';
import { useKiosk } from '../context.js';
import { RELATIONS, type Relation, type WalkInPriority } from '../flow.js';
import { Keypad, NumberField } from '../ui.js';

export type IdentityKind = 'emiratesId' | 'mobile';
const MAX_DIGITS: Record<IdentityKind, number> = { emiratesId: 15, mobile: 12 };

/** 784-YYYY-NNNNNNN-C as the digits are typed, so the citizen can compare with the card. */
export function groupEmiratesId(digits: string): string {
  const parts = [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7, 14), digits.slice(14, 15)];
  return parts.filter(Boolean).join('-');
}

export const RELATION_KEY: Record<Relation, string> = {
  family: 'kiosk.relationFamily',
  employer: 'kiosk.relationEmployer',
  other: 'kiosk.relationOther',
};

/** What the citizen entered; `identity` is null while nothing (or nothing valid) is typed. */
export interface Details {
  kind: IdentityKind | null;
  digits: string;
  priority: WalkInPriority | null;
  forOther: boolean;
  relation: Relation | null;
}
export const NO_DETAILS: Details = {
  kind: null,
  digits: '',
  priority: null,
  forOther: false,
  relation: null,
};

/** One of a group's choices (or, as a toggle, a yes/no of its own): pressed while chosen. */
function Choice(props: { pressed: boolean; onPick: () => void; toggle?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      className={props.toggle ? 'big-button toggle' : 'big-button'}
      aria-pressed={props.pressed}
      onClick={props.onPick}
    >
      {props.children}
    </button>
  );
}

/** The identity to send, 'invalid' when digits are typed that are not a valid number. */
export function identityOf(d: Details): IdentityInput | null | 'invalid' {
  if (!d.kind || d.digits.length === 0) return null;
  const valid = d.kind === 'emiratesId' ? normaliseEmiratesId(d.digits) : normaliseUaeMobile(d.digits);
  return valid ? { kind: d.kind, value: d.digits } : 'invalid';
}

export function OptionalDetails(props: {
  details: Details;
  onChange: (d: Details) => void;
  eligible: readonly WalkInPriority[];
  /** Set after a print tap with digits that are not a valid number. */
  invalid: boolean;
}) {
  const { t } = useTranslation();
  // The senior's "(60+)" in the centre's digits, as every figure on the kiosk (issue #15).
  const { digits } = useKiosk();
  const [open, setOpen] = useState(false);
  const d = props.details;
  const set = (patch: Partial<Details>) => props.onChange({ ...d, ...patch });
  const shown = d.kind === 'emiratesId' ? groupEmiratesId(d.digits) : d.digits;
  const label = d.kind === 'emiratesId' ? t('kiosk.emiratesIdLabel') : t('kiosk.mobileLabel');
  return (
    <section className="optional-details" data-testid="optional-details" aria-labelledby="optional-title">
      <button
        type="button"
        id="optional-title"
        className="big-button toggle optional-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span>{t('kiosk.optionalTitle')}</span>
        <ChevronDown aria-hidden="true" className="toggle-icon" />
      </button>
      {!open && <p className="hint">{t('kiosk.optionalHint')}</p>}
      {open && (
        <div className="optional-body">
          <p className="hint">{t('kiosk.identifyHint')}</p>
          <div className="choices row" role="group" aria-label={t('kiosk.identifyTitle')}>
            {(['emiratesId', 'mobile'] as const).map((k) => (
              <Choice
                key={k}
                pressed={d.kind === k}
                onPick={() => set({ kind: d.kind === k ? null : k, digits: '' })}
              >
                {t(k === 'emiratesId' ? 'kiosk.useEmiratesId' : 'kiosk.useMobile')}
              </Choice>
            ))}
          </div>
          {d.kind && (
            <div className="entry">
              <NumberField
                label={label}
                value={shown}
                invalid={props.invalid}
                errorId="identity-error"
                onChange={(typed) => set({ digits: typed.replace(/\D/g, '').slice(0, MAX_DIGITS[d.kind!]) })}
              />
              {props.invalid && (
                <p id="identity-error" className="error" role="alert">
                  {t(d.kind === 'emiratesId' ? 'kiosk.invalidEmiratesId' : 'kiosk.invalidMobile')}
                </p>
              )}
              <Keypad
                onKey={(k) => set({ digits: (d.digits + k).slice(0, MAX_DIGITS[d.kind!]) })}
                onDelete={() => set({ digits: d.digits.slice(0, -1) })}
                onClear={() => set({ digits: '' })}
              />
            </div>
          )}
          <h2 className="sub-title">{t('kiosk.priorityTitle')}</h2>
          <div className="choices row" role="group" aria-label={t('kiosk.priorityTitle')}>
            <Choice pressed={d.priority === null} onPick={() => set({ priority: null })}>
              {t('kiosk.priorityNone')}
            </Choice>
            {props.eligible.map((p) => (
              <Choice key={p} pressed={d.priority === p} onPick={() => set({ priority: p })}>
                {localiseDigits(t(`priority.${p}`), digits)}
              </Choice>
            ))}
          </div>
          <p className="note">{t('kiosk.priorityNote')}</p>
          <Choice toggle pressed={d.forOther} onPick={() => set({ forOther: !d.forOther, relation: null })}>
            {t('kiosk.forSomeoneElse')}
          </Choice>
          {d.forOther && (
            <div className="choices row" role="group" aria-label={t('kiosk.relationTitle')}>
              {RELATIONS.map((r) => (
                <Choice key={r} pressed={d.relation === r} onPick={() => set({ relation: r })}>
                  {t(RELATION_KEY[r])}
                </Choice>
              ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
