import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { Alert } from '../../../shared/contract/manager.js';
import { EntityForm } from './entity-form.js';
import type { ListSpec, Row } from './entity-specs.js';
import { PrinterStatus } from './printer-status.js';
import type { Device, Entity, Kind, Lang, Save } from './types.js';
import { ColumnHeads } from '../../common/column-heads.js';

/** An id made safe for the audit label (the hub validates the id itself). */
const auditKey = (id: string) => id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 60) || 'new';

/** A kind kept as a list (agencies … kiosks): its rows, and add / edit / remove through an EntityForm. */
export function ListEditor(props: {
  kind: Kind;
  spec: ListSpec;
  catalogue: Catalogue;
  devices: Device[];
  alerts: Alert[];
  lang: Lang;
  save: Save;
}) {
  const { t } = useTranslation();
  const { spec, catalogue: c } = props;
  const rows = spec.rows(c, props.devices, props.lang, t);
  /** null = no form; '' key with adding = a new entity. */
  const [editing, setEditing] = useState<{ key: string | null; base: Entity; name: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const device = props.kind === 'displays' || props.kind === 'kiosks';

  const remove = async (row: Row) => {
    setConfirming(null);
    const e = await props.save(
      spec.remove(c, row.key),
      t('configEditor.removed'),
      `${props.kind}.remove:${row.key}`,
    );
    setError(e);
  };

  return (
    <div data-testid={`cfg-${props.kind}`}>
      <h3>{t(`configEditor.kind_${props.kind}`)}</h3>
      {rows.length === 0 ? (
        <p>{t(device ? 'configEditor.noDevices' : 'configEditor.empty')}</p>
      ) : (
        <table>
          <ColumnHeads
            heads={[
              t(device ? 'configEditor.device' : 'configEditor.colName'),
              t('configEditor.colDetails'),
              t('configEditor.colActions'),
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-entity={r.key}>
                <th scope="row">
                  <bdi>{r.name}</bdi>
                  {!device && (
                    <>
                      {' '}
                      <bdi className="muted" dir="ltr">
                        ({r.key})
                      </bdi>
                    </>
                  )}
                </th>
                <td>
                  {r.details}
                  {props.kind === 'kiosks' && <PrinterStatus alerts={props.alerts} kioskId={r.key} />}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    aria-label={`${t('configEditor.edit')}: ${r.name}`}
                    onClick={() => {
                      setError(null);
                      setEditing({ key: r.key, base: r.entity, name: r.name });
                    }}
                  >
                    {t('configEditor.edit')}
                  </button>
                  {r.removable &&
                    (confirming === r.key ? (
                      <button type="button" className="danger" onClick={() => void remove(r)}>
                        {t('configEditor.confirmRemove', { name: r.name })}
                      </button>
                    ) : (
                      <button
                        type="button"
                        aria-label={`${t(device ? 'configEditor.resetDefaults' : 'configEditor.remove')}: ${r.name}`}
                        onClick={() => setConfirming(r.key)}
                      >
                        {t(device ? 'configEditor.resetDefaults' : 'configEditor.remove')}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {spec.blank && !editing && (
        <button
          type="button"
          onClick={() => {
            setError(null);
            setEditing({ key: null, base: spec.blank!(c), name: '' });
          }}
        >
          {t('configEditor.add')}
        </button>
      )}
      {!editing && error && (
        <p role="alert" className="cfg-error">
          {error}
        </p>
      )}
      {editing && (
        <EntityForm
          key={editing.key ?? '+'}
          title={
            editing.key === null
              ? t('configEditor.adding')
              : t('configEditor.editing', { name: editing.name })
          }
          fields={spec.fields}
          adding={editing.key === null}
          base={editing.base}
          catalogue={c}
          lang={props.lang}
          error={error}
          onCancel={() => {
            setEditing(null);
            setError(null);
          }}
          onSubmit={async (e) => {
            const entity = spec.finish ? spec.finish(e) : e;
            const key = editing.key ?? String(entity.id ?? entity.deviceId ?? '');
            const err = await props.save(
              spec.upsert(c, editing.key, entity),
              t('configEditor.saved'),
              `${props.kind}${editing.key === null ? '.add' : ''}:${auditKey(key)}`,
            );
            setError(err);
            if (!err) setEditing(null);
          }}
          onLocalError={setError}
        />
      )}
    </div>
  );
}
