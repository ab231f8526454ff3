/**
 * The form's inputs in asking order: a choice or yes/no as large tiles, anything else as a large
 * input typed on the on-screen keyboard; each with its error (from the kiosk or the hub).
 */
import { useTranslation } from 'react-i18next';
import type { AskedField } from '../assisted-form.js';
import { ChoiceTiles } from './assisted-choice-tiles.js';
import { useKiosk } from '../context.js';

export function AssistedFields(props: {
  fields: AskedField[];
  values: Record<string, string>;
  errorOf: (path: string) => string | undefined;
  onChange: (path: string, value: string) => void;
  onFocus: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useKiosk();
  const { values } = props;
  return (
    <>
      {props.fields.map((f) => {
        const id = `f-${f.path.replaceAll('.', '-')}`;
        const err = props.errorOf(f.path);
        const described = err ? `${id}-error` : undefined;
        const options = f.ui.options ? Object.entries(f.ui.options) : null;
        const boolean = !options && (f.type === 'boolean' || f.ui.widget === 'checkbox');
        const errorText = err && (
          <p className="field-error" id={`${id}-error`}>
            {err}
          </p>
        );
        if (options || boolean)
          return (
            <fieldset className="field tile-field" key={f.path} data-field={f.path}>
              <legend id={`${id}-label`}>{f.ui.label[lang]}</legend>
              <ChoiceTiles
                name={f.path}
                labelledBy={`${id}-label`}
                describedBy={described}
                invalid={!!err}
                required={f.required}
                value={values[f.path] ?? ''}
                options={
                  options
                    ? options.map(([v, label]) => ({ value: v, label: label[lang] }))
                    : [
                        { value: 'true', label: t('assisted.yes') },
                        { value: 'false', label: t('assisted.no') },
                      ]
                }
                onChange={(v) => props.onChange(f.path, v)}
              />
              {errorText}
            </fieldset>
          );
        return (
          <div className="field" key={f.path}>
            <label htmlFor={id}>{f.ui.label[lang]}</label>
            <input
              id={id}
              name={f.path}
              aria-invalid={err ? true : undefined}
              aria-describedby={described}
              aria-required={f.required || undefined}
              // Typed on the on-screen keyboard; the system keyboard stays away on a touch kiosk.
              inputMode="none"
              autoComplete="off"
              dir={
                f.ui.widget === 'tel' || f.ui.widget === 'email' || f.path === 'emiratesId'
                  ? 'ltr'
                  : undefined
              }
              value={values[f.path] ?? ''}
              onFocus={() => props.onFocus(f.path)}
              onChange={(e) => props.onChange(f.path, e.target.value)}
            />
            {errorText}
          </div>
        );
      })}
    </>
  );
}
