import { useTranslation } from 'react-i18next';
import { patchRow, repeatedClosedDates, type ClosedDateRow } from './form-values.js';
import { DayTimes } from './opening-hours-field.js';
import { CheckLabel } from './check-label.js';
import { BilingualFields } from '../bilingual-fields.js';

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
  const put = (i: number, patch: Partial<ClosedDateRow>) => props.onChange(patchRow(rows, i, patch));
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
          <BilingualFields
            captions={{ ar: t('configEditor.closedDateReasonAr'), en: t('configEditor.closedDateReasonEn') }}
            value={r}
            onChange={(lang, text) => put(i, { [lang]: text })}
          />
          <CheckLabel
            label={t('configEditor.closedDateSpecialHours')}
            checked={r.special}
            onChange={(special) => put(i, { special })}
          />
          {r.special && <DayTimes hours={r} onChange={(patch) => put(i, patch)} />}
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
