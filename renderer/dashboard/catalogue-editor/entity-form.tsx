import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import {
  FieldError,
  fromForm,
  toForm,
  type ClosedDateRow,
  type HoursRow,
  type PrinterRow,
} from './form-values.js';
import { OpeningHoursField } from './opening-hours-field.js';
import { CheckLabel } from './check-label.js';
import { ClosedDatesField } from './closed-dates-field.js';
import { PrinterField } from './printer-field.js';
import type { Entity, Field, Lang } from './types.js';
import { jsonErrorText } from './json-error.js';
import { useFormCheck } from '../../common/form-check.js';

/** One entity's edit form, built from its field specifications; submits the entity, not the form values. */
export function EntityForm(props: {
  title: string;
  fields: Field[];
  adding: boolean;
  base: Entity;
  catalogue: Catalogue;
  lang: Lang;
  error: string | null;
  onSubmit(e: Entity): Promise<void>;
  onCancel?(): void;
  onLocalError(message: string): void;
}) {
  const { t } = useTranslation();
  const check = useFormCheck();
  const [values, setValues] = useState<Entity>(() => toForm(props.base, props.fields));
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const formId = useRef(`cfg-form-${Math.random().toString(36).slice(2, 8)}`).current;
  useEffect(() => {
    if (props.onCancel)
      form.current?.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus();
  }, []);
  const set = (path: string, v: unknown) => setValues((old) => ({ ...old, [path]: v }));
  const label = (key: string, values?: Record<string, number>) =>
    t(key.includes('.') ? key : `configEditor.${key}`, values);

  const field = (f: Field) => {
    const id = `${formId}-${f.path.replace(/\./g, '-')}`;
    const hint = f.hint ? (
      <small id={`${id}-hint`} className="muted">
        {label(f.hint, f.hintValues)}
      </small>
    ) : null;
    const described = f.hint ? `${id}-hint` : undefined;
    const v = values[f.path];
    const inp = f.input;
    switch (inp.type) {
      case 'checkbox':
        return (
          <div key={f.path} className="cfg-field cfg-check">
            <input
              id={id}
              type="checkbox"
              checked={v === true}
              onChange={(e) => set(f.path, e.target.checked)}
            />
            <label htmlFor={id}>{label(f.label)}</label>
          </div>
        );
      case 'checks': {
        const chosen = v as string[];
        return (
          <fieldset key={f.path} className="cfg-field">
            <legend>{label(f.label)}</legend>
            {inp.options(props.catalogue, props.lang, t).map((o) => (
              <CheckLabel
                key={o.value}
                label={o.label}
                checked={chosen.includes(o.value)}
                onChange={(checked) =>
                  set(f.path, checked ? [...chosen, o.value] : chosen.filter((x) => x !== o.value))
                }
              />
            ))}
          </fieldset>
        );
      }
      case 'hours':
        return (
          <OpeningHoursField
            key={f.path}
            legend={label(f.label)}
            rows={v as HoursRow[]}
            onChange={(rows) => set(f.path, rows)}
          />
        );
      case 'closedDates':
        return (
          <ClosedDatesField
            key={f.path}
            legend={label(f.label)}
            hint={label(f.hint ?? 'closedDatesHint')}
            rows={v as ClosedDateRow[]}
            onChange={(rows) => set(f.path, rows)}
          />
        );
      case 'printer':
        return (
          <PrinterField
            key={f.path}
            id={id}
            legend={label(f.label)}
            hint={label(f.hint ?? 'printerHint')}
            value={v as PrinterRow}
            onChange={(row) => set(f.path, row)}
          />
        );
      default: {
        let control;
        if (inp.type === 'select' || inp.type === 'languages') {
          const options =
            inp.type === 'select'
              ? inp.options(props.catalogue, props.lang, t)
              : (['ar,en', 'en,ar', 'ar', 'en'] as const).map((o) => ({
                  value: o,
                  label: t(`configEditor.lang_${o.replace(',', '_')}`),
                }));
          control = (
            <select
              id={id}
              aria-describedby={described}
              value={String(v)}
              onChange={(e) => set(f.path, e.target.value)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        } else if (inp.type === 'json') {
          control = (
            <textarea
              id={id}
              dir="ltr"
              rows={5}
              spellCheck={false}
              aria-describedby={described}
              value={String(v)}
              onChange={(e) => set(f.path, e.target.value)}
            />
          );
        } else {
          control = (
            <input
              id={id}
              type={inp.type === 'number' ? 'number' : inp.type === 'time' ? 'time' : 'text'}
              step={inp.type === 'number' ? (inp.step ?? 1) : undefined}
              min={inp.type === 'number' ? inp.min : undefined}
              max={inp.type === 'number' ? inp.max : undefined}
              dir={inp.type === 'text' ? inp.dir : 'ltr'}
              required={
                inp.type === 'text' ? !inp.optional : inp.type === 'number' ? !inp.optional : undefined
              }
              readOnly={f.fixed && !props.adding}
              aria-describedby={described}
              value={String(v)}
              onChange={(e) => set(f.path, e.target.value)}
            />
          );
        }
        return (
          <div key={f.path} className={`cfg-field${inp.type === 'json' ? ' cfg-wide' : ''}`}>
            <label htmlFor={id}>{label(f.label)}</label>
            {control}
            {hint}
          </div>
        );
      }
    }
  };

  return (
    <form
      ref={form}
      className="cfg-form"
      aria-labelledby={`${formId}-title`}
      aria-describedby={props.error ? `${formId}-error` : undefined}
      noValidate
      onSubmit={check.guard(() => {
        let entity: Entity;
        try {
          entity = fromForm(values, props.fields, props.base);
        } catch (err) {
          if (err instanceof FieldError)
            return props.onLocalError(
              t('configEditor.invalidJson', {
                field: label(err.field),
                message: jsonErrorText(t, err.text, err.parseError),
              }),
            );
          throw err;
        }
        setBusy(true);
        void props.onSubmit(entity).finally(() => setBusy(false));
      })}
    >
      <h4 id={`${formId}-title`}>{props.title}</h4>
      <div className="cfg-fields">{props.fields.map(field)}</div>
      {check.alert}
      {props.error && (
        <p role="alert" id={`${formId}-error`} className="cfg-error" data-testid="cfg-error">
          {props.error}
        </p>
      )}
      <div className="cfg-actions">
        <button type="submit" disabled={busy}>
          {t('configEditor.save')}
        </button>
        {props.onCancel && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('configEditor.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
