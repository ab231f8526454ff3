import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the browser's own <dialog>: it keeps focus inside, makes the page behind it
 * inert, closes on Escape, and gives focus back to the button that opened it.
 */
export function Modal(props: { titleId: string; onClose(): void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone (a revoked row loses its buttons); then focus stays where the browser puts it.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={props.titleId}
      className={props.className ? `modal ${props.className}` : 'modal'}
      onCancel={(e) => {
        e.preventDefault();
        onClose.current();
      }}
    >
      {props.children}
    </dialog>
  );
}
