import { useTranslation } from 'react-i18next';
import type { PrinterRow } from './form-values.js';
import type { Option } from './types.js';

/**
 * A kiosk's own receipt printer: its address (empty = none of its own, the environment's applies),
 * make, paper width and print mode. `id` prefixes the ids of its controls.
 */
export function PrinterField(props: {
  id: string;
  legend: string;
  /** Shown while an address is set. */
  hint: string;
  value: PrinterRow;
  onChange(row: PrinterRow): void;
}) {
  const { t } = useTranslation();
  const p = props.value;
  const put = (patch: Partial<PrinterRow>) => props.onChange({ ...p, ...patch });
  const none = p.address.trim() === '';
  const select = (key: 'type' | 'paperWidthMm' | 'mode', options: Option[]) => (
    <div className="cfg-field">
      <label htmlFor={`${props.id}-${key}`}>{t(`configEditor.printer_${key}`)}</label>
      <select
        id={`${props.id}-${key}`}
        value={p[key]}
        onChange={(e) => put({ [key]: e.target.value } as Partial<PrinterRow>)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="cfg-field cfg-wide" aria-describedby={`${props.id}-state`} data-testid="cfg-printer">
      <legend>{props.legend}</legend>
      <p id={`${props.id}-state`} className="muted cfg-printer-state">
        {none ? t('configEditor.printerNone') : props.hint}
      </p>
      <div className="cfg-printer-grid">
        <div className="cfg-field">
          <label htmlFor={`${props.id}-address`}>{t('configEditor.printer_address')}</label>
          <input
            id={`${props.id}-address`}
            type="text"
            dir="ltr"
            spellCheck={false}
            placeholder="tcp://10.0.0.20:9100"
            aria-describedby={`${props.id}-address-hint`}
            value={p.address}
            onChange={(e) => put({ address: e.target.value })}
          />
          <small id={`${props.id}-address-hint`} className="muted">
            {t('configEditor.printerAddressHint')}{' '}
            <bdi dir="ltr">tcp://10.0.0.20:9100 · serial:/dev/ttyUSB0 · printer:NAME</bdi>
          </small>
        </div>
        {select('type', [
          { value: 'epson', label: 'EPSON (ESC/POS)' },
          { value: 'star', label: 'STAR (Line Mode)' },
        ])}
        {select('paperWidthMm', [
          { value: '80', label: t('configEditor.paper', { mm: 80 }) },
          { value: '58', label: t('configEditor.paper', { mm: 58 }) },
        ])}
        {select('mode', [
          { value: 'bitmap', label: t('configEditor.printerMode_bitmap') },
          { value: 'text', label: t('configEditor.printerMode_text') },
        ])}
      </div>
    </fieldset>
  );
}
