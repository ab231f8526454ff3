/** Transfer the visit in hand: to a queue (first, last, by original arrival), a counter, or a staff member, with a note. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { TransferTarget } from '../../shared/contract/operations.js';
import type { StaffSummary } from './staff-api.js';

type Kind = TransferTarget['kind'];
type Position = 'first' | 'last' | 'original';

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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target: TransferTarget =
      kind === 'queue'
        ? { kind, queueId, position, ...(serviceId ? { serviceId } : {}) }
        : kind === 'counter'
          ? { kind, counterId }
          : { kind, staffId };
    props.onSubmit(target, note.trim());
  };

  return (
    <form
      className="panel form"
      aria-labelledby="transfer-title"
      onSubmit={submit}
      data-testid="transfer-form"
    >
      <h2 id="transfer-title">{t('counter.transfer')}</h2>
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
          <label>
            {t('counter.toQueue')}
            <select name="queue" value={queueId} onChange={(e) => setQueueId(e.target.value)}>
              {catalogue.queues.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.prefix} · {q.name[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('counter.position')}
            <select
              name="position"
              value={position}
              onChange={(e) => setPosition(e.target.value as Position)}
            >
              {(['original', 'first', 'last'] as const).map((p) => (
                <option key={p} value={p}>
                  {t(`counter.position_${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('counter.addService')}
            <select name="service" value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
              <option value="">{t('counter.none')}</option>
              {catalogue.services
                .filter((s) => s.queueId === queueId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name[lang]}
                  </option>
                ))}
            </select>
          </label>
        </>
      )}
      {kind === 'counter' && (
        <label>
          {t('counter.toCounter')}
          <select name="counter" value={counterId} onChange={(e) => setCounterId(e.target.value)}>
            {counters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'staff' && (
        <label>
          {t('counter.toStaff')}
          <select name="staff" value={staffId} onChange={(e) => setStaffId(e.target.value)}>
            {agents.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('counter.note')}
        <textarea name="note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
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
