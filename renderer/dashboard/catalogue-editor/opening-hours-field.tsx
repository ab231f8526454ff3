import { useTranslation } from 'react-i18next';
import type { HoursRow } from './form-values.js';

/** The centre's week, Sunday first: a row a day, either closed or open from one time to another. */
export function OpeningHoursField(props: {
  legend: string;
  rows: HoursRow[];
  onChange(rows: HoursRow[]): void;
}) {
  const { t } = useTranslation();
  const rows = props.rows;
  const put = (i: number, patch: Partial<HoursRow>) =>
    props.onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="cfg-field cfg-hours">
      <legend>{props.legend}</legend>
      {rows.map((r, i) => {
        const day = t(`dashboard.weekday_${i}`);
        return (
          <div key={i} className="cfg-day" role="group" aria-label={day}>
            <span className="cfg-dayname" aria-hidden="true">
              {day}
            </span>
            <label className="cfg-check">
              <input
                type="checkbox"
                checked={r.closed}
                onChange={(e) => put(i, { closed: e.target.checked })}
              />
              {t('configEditor.closedDay')}
            </label>
            <label>
              {t('configEditor.opens')}
              <input
                type="time"
                dir="ltr"
                disabled={r.closed}
                value={r.open}
                onChange={(e) => put(i, { open: e.target.value })}
              />
            </label>
            <label>
              {t('configEditor.closes')}
              <input
                type="time"
                dir="ltr"
                disabled={r.closed}
                value={r.close}
                onChange={(e) => put(i, { close: e.target.value })}
              />
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
