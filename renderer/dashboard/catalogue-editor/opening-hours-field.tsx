import { useTranslation } from 'react-i18next';
import { patchRow, type HoursRow } from './form-values.js';
import { CheckLabel } from './check-label.js';

/** The centre's week, Sunday first: a row a day, either closed or open from one time to another. */
export function OpeningHoursField(props: {
  legend: string;
  rows: HoursRow[];
  onChange(rows: HoursRow[]): void;
}) {
  const { t } = useTranslation();
  const rows = props.rows;
  const put = (i: number, patch: Partial<HoursRow>) => props.onChange(patchRow(rows, i, patch));
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
            <CheckLabel
              label={t('configEditor.closedDay')}
              checked={r.closed}
              onChange={(closed) => put(i, { closed })}
            />
            <DayTimes hours={r} disabled={r.closed} onChange={(patch) => put(i, patch)} />
          </div>
        );
      })}
    </fieldset>
  );
}

const DAY_TIMES = [
  { key: 'open', label: 'configEditor.opens' },
  { key: 'close', label: 'configEditor.closes' },
] as const;

/** When a day opens and closes: a weekday of the week above, or a special day's own hours. */
export function DayTimes(props: {
  hours: Pick<HoursRow, 'open' | 'close'>;
  disabled?: boolean;
  onChange(patch: Partial<Pick<HoursRow, 'open' | 'close'>>): void;
}) {
  const { t } = useTranslation();
  return DAY_TIMES.map(({ key, label }) => (
    <label key={key}>
      {t(label)}
      <input
        type="time"
        dir="ltr"
        disabled={props.disabled}
        value={props.hours[key]}
        onChange={(e) => props.onChange({ [key]: e.target.value })}
      />
    </label>
  ));
}
