/** Complete the visit: one or more services delivered, each with an outcome code and notes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { DeliveredService } from '../../shared/contract/visit.js';
import { ChoiceField, ChoiceSelect, PanelForm, useOutcomeChoices } from './form-parts.js';
import { ColumnHeads, HiddenHead } from '../common/column-heads.js';

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
  const outcomes = useOutcomeChoices();

  const submit = () => {
    if (rows.length) props.onSubmit(rows.map((r) => ({ ...r, notes: r.notes.trim() })));
  };

  return (
    <PanelForm name="complete" title={t('counter.complete')} onSubmit={submit} onCancel={props.onCancel}>
      <table className="services">
        <caption>{t('counter.services')}</caption>
        <ColumnHeads
          heads={[
            ...(['service', 'outcome', 'notes'] as const).map((k) => t(`counter.${k}`)),
            <HiddenHead key="remove">{t('counter.removeService')}</HiddenHead>,
          ]}
        />
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.serviceId}-${i}`} data-testid={`service-row-${r.serviceId}`}>
              <th scope="row">{serviceName(r.serviceId)}</th>
              <td>
                <ChoiceSelect
                  label={`${t('counter.outcome')} · ${serviceName(r.serviceId)}`}
                  value={r.outcome}
                  choices={outcomes}
                  onChange={(outcome) => update(i, { outcome })}
                />
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
        <ChoiceField
          caption={t('counter.addService')}
          name="add-service"
          value={adding}
          none={t('counter.none')}
          choices={props.catalogue.services.map((s) => ({ value: s.id, label: s.name[lang] }))}
          onChange={setAdding}
        />
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
    </PanelForm>
  );
}
