import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../shared/contract/manager.js';

/**
 * What the hub last learnt about a kiosk's printer (its prints and the kiosk's own reports raise and
 * clear the printer alerts): a problem while one is open, "working" once one has cleared, else nothing.
 */
export function PrinterStatus(props: { alerts: Alert[]; kioskId: string }) {
  const { t } = useTranslation();
  const mine = props.alerts
    .filter(
      (a) => a.subject === props.kioskId && (a.kind === 'printer_offline' || a.kind === 'printer_paper_out'),
    )
    .sort((a, b) => b.raisedAt - a.raisedAt);
  const open = mine.find((a) => a.clearedAt === null);
  if (!open && mine.length === 0) return null;
  return (
    <>
      {' · '}
      <span className={open ? 'cfg-error' : undefined} data-testid="printer-status">
        {t(
          open
            ? open.kind === 'printer_paper_out'
              ? 'configEditor.printerPaperOut'
              : 'configEditor.printerOffline'
            : 'configEditor.printerWorking',
        )}
      </span>
    </>
  );
}
