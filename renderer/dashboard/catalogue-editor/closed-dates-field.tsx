import { useTranslation } from 'react-i18next';
import { repeatedClosedDates, type ClosedDateRow } from './form-values.js';

/**
 * The centre's public holidays and special days (issue #15): a row a date, with its reason in Arabic
 * and English, closed all day or open its own hours. The hub validates the list (ISO dates, each
 * once) and refuses a bad one with 400, changing nothing; a date given twice is caught here first,
 * in the manager's language (the form's check shows it and focuses the row's date).
 */
export function ClosedDatesField(props: {
  legend: string;
  hint: string;
  rows: ClosedDateRow[];
  onChange(rows: ClosedDateRow[]): void;
}) {
  const { t } = useTranslation();
  const rows = props.rows;
  const repeated = repeatedClosedDates(rows);
  const put = (i: number, patch: Partial<ClosedDateRow>) =>
    props.onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () =>
    props.onChange([...rows, { date: '', ar: '', en: '', special: false, open: '08:00', close: '12:00' }]);
  return (
    <fieldset className="cfg-field cfg-wide cfg-closed-dates" data-testid="closed-dates">
      <legend>{props.legend}</legend>
      <p className="hint">{props.hint}</p>
      {rows.map((r, i) => (
        <div key={i} className="cfg-closed-date" role="group" aria-label={r.date || props.legend}>
          <label>
            {t('configEditor.closedDateDay')}
            <input
              type="date"
              dir="ltr"
              required
              value={r.date}
              // A new callback each render, so React calls it again and the message follows the rows.
              ref={(el) =>
                el?.setCustomValidity(
                  repeated.has(i) ? t('configEditor.closedDateRepeated', { date: r.date }) : '',
                )
              }
              aria-invalid={repeated.has(i) || undefined}
              onChange={(e) => put(i, { date: e.target.value })}
            />
          </label>
          <label>
            {t('configEditor.closedDateReasonAr')}
            <input
              dir="rtl"
              lang="ar"
              required
              value={r.ar}
              onChange={(e) => put(i, { ar: e.target.value })}
            />
          </label>
          <label>
            {t('configEditor.closedDateReasonEn')}
            <input
              dir="ltr"
              lang="en"
              required
              value={r.en}
              onChange={(e) => put(i, { en: e.target.value })}
            />
          </label>
          <label className="cfg-check">
            <input
              type="checkbox"
              checked={r.special}
              onChange={(e) => put(i, { special: e.target.checked })}
            />
            {t('configEditor.closedDateSpecialHours')}
          </label>
          {r.special && (
            <>
              <label>
                {t('configEditor.opens')}
                <input
                  type="time"
                  dir="ltr"
                  value={r.open}
                  onChange={(e) => put(i, { open: e.target.value })}
                />
              </label>
              <label>
                {t('configEditor.closes')}
                <input
                  type="time"
                  dir="ltr"
                  value={r.close}
                  onChange={(e) => put(i, { close: e.target.value })}
                />
              </label>
            </>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => props.onChange(rows.filter((_, j) => j !== i))}
          >
            {t('configEditor.closedDateRemove')}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={add}>
        {t('configEditor.closedDateAdd')}
      </button>
    </fieldset>
  );
}
