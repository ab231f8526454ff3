/**
 * What the counter's forms share: a choice list, the outcome choices, the submit-or-cancel buttons,
 * and the dialog they open in, with the hub's refusal shown inside it.
 */
import { createContext, useContext, useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResultMessage } from '../common/staff-bar.js';
import type { DeskMessage } from './desk/types.js';

export const OUTCOME_CODES = ['done', 'incomplete_documents', 'referred', 'rejected'] as const;

export interface Choice {
  value: string;
  label: string;
  /** The label's own language when it is not the page's (a language's own name). */
  lang?: string;
}

/** A `<select>` of choices; `none` adds an empty first choice with that label. */
export function ChoiceSelect(props: {
  name?: string;
  label?: string;
  value: string;
  choices: readonly Choice[];
  none?: string;
  onChange: (value: string) => void;
}) {
  return (
    <select
      name={props.name}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.none !== undefined && <option value="">{props.none}</option>}
      {props.choices.map((c) => (
        <option key={c.value} value={c.value} lang={c.lang}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled choice list: the caption, then the list. */
export function ChoiceField(props: Parameters<typeof ChoiceSelect>[0] & { caption: string }) {
  const { caption, ...select } = props;
  return (
    <label>
      {caption}
      <ChoiceSelect {...select} />
    </label>
  );
}

/** The outcomes staff may record for a visit, in the staff's language. */
export function useOutcomeChoices(): Choice[] {
  const { t } = useTranslation();
  return OUTCOME_CODES.map((o) => ({ value: o, label: t(`counter.outcome_${o}`) }));
}

/** A form's submit button (labelled for what it does) and its cancel button. */
export function SubmitOrCancel(props: { submit: string; className?: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="submit" className={props.className}>
        {props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </>
  );
}

/**
 * The desk's message while a dialog is open (a refusal of what the dialog sent). Shown on the
 * desk's message line it sat behind the modal dialog's dimmed backdrop, unread (issue #15); the
 * dialog shows it instead, and the desk leaves its own line empty meanwhile.
 */
export const DialogMessage = createContext<DeskMessage>(null);

/**
 * A desk form (complete, transfer, break, close with a visit in hand) in a modal dialog over the
 * desk: opened below the ticket in hand
 * it fell below the fold at 1366×768, its submit button off screen. The browser's own <dialog> keeps
 * focus inside and makes the desk behind it inert; the form starts on its first field, Escape
 * cancels, and focus goes back to the button that opened it. Its heading labels it, and it ends with
 * submit and cancel, which stay in view when a long form scrolls. `name` gives the heading's id
 * (`<name>-title`) and the test id (`<name>-form`). The submit button says what it does when
 * `submit` is given ("Close counter"), else "Submit"; `danger` marks an end that cannot be undone.
 */
export function PanelForm(props: {
  name: string;
  title: string;
  submit?: string;
  danger?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const message = useContext(DialogMessage);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // After a submit the opener may be disabled or gone; then focus stays where the browser puts it.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <dialog
      ref={dialogRef}
      className="desk-dialog"
      aria-labelledby={`${props.name}-title`}
      onCancel={(e) => {
        // The desk's state decides whether the form is open: Escape asks it, the browser does not close it alone.
        e.preventDefault();
        props.onCancel();
      }}
    >
      <form
        className="panel form"
        aria-labelledby={`${props.name}-title`}
        onSubmit={submit}
        data-testid={`${props.name}-form`}
      >
        <h2 id={`${props.name}-title`}>{props.title}</h2>
        <div className="dialog-body">{props.children}</div>
        <ResultMessage message={message} testId="message" className="messages" />
        <div className="row dialog-buttons">
          <SubmitOrCancel
            submit={props.submit ?? t('counter.submit')}
            className={props.danger ? 'danger' : 'primary'}
            onCancel={props.onCancel}
          />
        </div>
      </form>
    </dialog>
  );
}
