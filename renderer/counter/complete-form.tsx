/** Complete the visit: one or more services delivered, each with an outcome code and notes. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { DeliveredService } from '../../shared/contract/visit.js';

export const OUTCOME_CODES = ['done', 'incomplete_documents', 'referred', 'rejected'] as const;

export function CompleteForm(props: {
  catalogue: Catalogue;
  serviceIds: string[];
  onSubmit: (services: DeliveredService[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const [rows, setRows] = useState<DeliveredService[]>(
    props.serviceIds.map((serviceId) => ({ serviceId, outcome: 'done', notes: '' })),
  );
  const [adding, setAdding] = useState('');
  const update = (i: number, patch: Partial<DeliveredService>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const serviceName = (id: string) => props.catalogue.services.find((s) => s.id === id)?.name[lang] ?? id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (rows.length) props.onSubmit(rows.map((r) => ({ ...r, notes: r.notes.trim() })));
  };

  return (
    <form
      className="panel form"
      aria-labelledby="complete-title"
      onSubmit={submit}
      data-testid="complete-form"
    >
      <h2 id="complete-title">{t('counter.complete')}</h2>
      <table className="services">
        <caption>{t('counter.services')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counter.service')}</th>
            <th scope="col">{t('counter.outcome')}</th>
            <th scope="col">{t('counter.notes')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('counter.removeService')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.serviceId}-${i}`} data-testid={`service-row-${r.serviceId}`}>
              <th scope="row">{serviceName(r.serviceId)}</th>
              <td>
                <select
                  aria-label={`${t('counter.outcome')} · ${serviceName(r.serviceId)}`}
                  value={r.outcome}
                  onChange={(e) => update(i, { outcome: e.target.value })}
                >
                  {OUTCOME_CODES.map((o) => (
                    <option key={o} value={o}>
                      {t(`counter.outcome_${o}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`${t('counter.notes')} · ${serviceName(r.serviceId)}`}
                  maxLength={1000}
                  value={r.notes}
                  onChange={(e) => update(i, { notes: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  disabled={rows.length === 1}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                >
                  {t('counter.removeService')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <label>
          {t('counter.addService')}
          <select name="add-service" value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('counter.none')}</option>
            {props.catalogue.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!adding || rows.length >= 10}
          onClick={() => {
            setRows((rs) => [...rs, { serviceId: adding, outcome: 'done', notes: '' }]);
            setAdding('');
          }}
        >
          +<span className="visually-hidden">{t('counter.addService')}</span>
        </button>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t('counter.submit')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
