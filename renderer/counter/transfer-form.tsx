/** Transfer the visit in hand: to a queue (first, last, by original arrival), a counter, or a staff member, with a note. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { TransferTarget } from '../../shared/contract/operations.js';
import type { StaffSummary } from './staff-api.js';
import { ChoiceField, PanelForm } from './form-parts.js';

type Kind = TransferTarget['kind'];
type Position = 'first' | 'last' | 'original';
/** In the order staff see them: keeping the citizen's place first. */
const POSITIONS: readonly Position[] = ['original', 'first', 'last'];

export function TransferForm(props: {
  catalogue: Catalogue;
  staff: StaffSummary[];
  ownCounterId: string;
  /** The queue the visit is in now: a transfer to a queue means another one, so that is not the default. */
  currentQueueId: string;
  onSubmit: (target: TransferTarget, note: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const { catalogue } = props;
  const [kind, setKind] = useState<Kind>('queue');
  const [queueId, setQueueId] = useState(
    () => (catalogue.queues.find((q) => q.id !== props.currentQueueId) ?? catalogue.queues[0])?.id ?? '',
  );
  // The citizen keeps their place unless staff choose otherwise.
  const [position, setPosition] = useState<Position>('original');
  const [serviceId, setServiceId] = useState('');
  const counters = catalogue.counters.filter((c) => c.id !== props.ownCounterId);
  const [counterId, setCounterId] = useState(counters[0]?.id ?? '');
  const agents = props.staff.filter((s) => s.roles.includes('agent'));
  const [staffId, setStaffId] = useState(agents[0]?.id ?? '');
  const [note, setNote] = useState('');

  const submit = () => {
    const target: TransferTarget =
      kind === 'queue'
        ? { kind, queueId, position, ...(serviceId ? { serviceId } : {}) }
        : kind === 'counter'
          ? { kind, counterId }
          : { kind, staffId };
    props.onSubmit(target, note.trim());
  };

  return (
    <PanelForm name="transfer" title={t('counter.transfer')} onSubmit={submit} onCancel={props.onCancel}>
      <fieldset>
        <legend>{t('counter.transferTo')}</legend>
        {(['queue', 'counter', 'staff'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="transfer-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(`counter.to${k[0]!.toUpperCase()}${k.slice(1)}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'queue' && (
        <>
          <ChoiceField
            caption={t('counter.toQueue')}
            name="queue"
            value={queueId}
            choices={catalogue.queues.map((q) => ({ value: q.id, label: `${q.prefix} · ${q.name[lang]}` }))}
            onChange={setQueueId}
          />
          <ChoiceField
            caption={t('counter.position')}
            name="position"
            value={position}
            choices={POSITIONS.map((p) => ({ value: p, label: t(`counter.position_${p}`) }))}
            onChange={(p) => setPosition(p as Position)}
          />
          <ChoiceField
            caption={t('counter.addService')}
            name="service"
            value={serviceId}
            none={t('counter.none')}
            choices={catalogue.services
              .filter((s) => s.queueId === queueId)
              .map((s) => ({ value: s.id, label: s.name[lang] }))}
            onChange={setServiceId}
          />
        </>
      )}
      {kind === 'counter' && (
        <ChoiceField
          caption={t('counter.toCounter')}
          name="counter"
          value={counterId}
          choices={counters.map((c) => ({ value: c.id, label: c.name[lang] }))}
          onChange={setCounterId}
        />
      )}
      {kind === 'staff' && (
        <ChoiceField
          caption={t('counter.toStaff')}
          name="staff"
          value={staffId}
          choices={agents.map((s) => ({ value: s.id, label: s.displayName }))}
          onChange={setStaffId}
        />
      )}
      <label>
        {t('counter.note')}
        <textarea name="note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </PanelForm>
  );
}
