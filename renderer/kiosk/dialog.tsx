/**
 * The kiosk's one dialog: a modal panel over the screen with its heading, what it holds, and (when it
 * can be closed) one big close button. Focus moves to the heading, so a screen reader starts there;
 * a dialog that wants its button pressed (the idle warning) focuses that itself.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function KioskDialog(props: {
  /** The heading's id, which labels the dialog. */
  titleId: string;
  title: string;
  testId: string;
  /** Added to the dialog's and the overlay's classes. */
  className?: string;
  overlayClassName?: string;
  /** `alertdialog` for a warning that needs an answer; its heading is not focused. */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  onClose?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  const focusTitle = props.role !== 'alertdialog';
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);
  return (
    <div className={props.overlayClassName ? `overlay ${props.overlayClassName}` : 'overlay'}>
      <div
        className={props.className ? `dialog ${props.className}` : 'dialog'}
        role={props.role ?? 'dialog'}
        aria-modal="true"
        aria-labelledby={props.titleId}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
      >
        {focusTitle ? (
          <h2 id={props.titleId} ref={title} tabIndex={-1}>
            {props.title}
          </h2>
        ) : (
          <h2 id={props.titleId}>{props.title}</h2>
        )}
        {props.children}
        {props.onClose && (
          <button type="button" className="big-button primary" onClick={props.onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
    </div>
  );
}
