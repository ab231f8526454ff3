/**
 * Configuration, applied live and audited by the hub: dashboard thresholds, the centre catalogue
 * (per-entity forms and the validated JSON, see catalogue-editor/), device keys (device-keys/), staff
 * accounts, and the change log.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { StaffRole, type Staff } from '../../shared/contract/catalogue.js';
import { AuditEntry, DashboardThresholds } from '../../shared/contract/manager.js';
import type { HubClient } from '../common/hub-client.js';
import { CatalogueEditor } from './catalogue-editor/index.js';
import { DeviceKeys } from './device-keys/index.js';
import { managerCall } from './manager-client.js';
import type { LiveState } from './use-live.js';
import { formatDateTime } from './format.js';
import { useFormat } from '../common/numbers.js';
import { useFormCheck } from '../common/form-check.js';
import { isolate } from '../../shared/i18n/bidi.js';
import { ColumnHeads } from '../common/column-heads.js';
import { TitledSection } from '../common/titled-section.js';

type StaffRow = Staff & { active: boolean };

/** A role in the manager's language; an unknown one (a newer hub) as data. */
function roleName(t: TFunction, role: string): string {
  return StaffRole.safeParse(role).success ? t(`terms.role_${role}`) : role;
}

/**
 * What an audit entry changed, in words: the hub writes `<kind>[.<part>][:<subject>]`
 * ("catalogue.services:eid-renew", "device:kiosk-1", "thresholds"). The kind and the catalogue part
 * are translated; the subject is an id, shown isolated.
 */
function AuditWhat({ what }: { what: string }) {
  const { t, i18n } = useTranslation();
  const [kind = '', subject] = what.split(/:(.*)/s, 2);
  const [head = '', part] = kind.startsWith('catalogue.')
    ? ['catalogue', kind.slice('catalogue.'.length)]
    : [kind];
  const key = `terms.audit_${head.replace(/\./g, '_')}`;
  const label = i18n.exists(key) ? t(key) : null;
  const partKey = part ? `configEditor.kind_${part}` : null;
  return (
    <>
      {label ?? <bdi>{kind}</bdi>}
      {partKey && i18n.exists(partKey) && <> · {t(partKey)}</>}
      {subject && (
        <>
          {' · '}
          <bdi dir="ltr">{subject}</bdi>
        </>
      )}
    </>
  );
}

export function ConfigView({ hub, live, onStaff }: { hub: HubClient; live: LiveState; onStaff(): void }) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const thresholdsCheck = useFormCheck();
  const staffCheck = useFormCheck();
  const [notice, setNotice] = useState<string | null>(null);
  const [thresholds, setThresholds] = useState<DashboardThresholds | null>(null);
  const [staff, setStaff] = useState<StaffRow[]>([]);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [draft, setDraft] = useState({
    id: '',
    username: '',
    displayName: '',
    role: 'agent' as StaffRole,
    pin: '',
  });

  const staffNames = new Map(staff.map((s) => [s.id, s.displayName]));
  const load = async () => {
    const [th, st, au] = await Promise.all([
      managerCall(hub, 'manager.thresholds'),
      managerCall(hub, 'manager.staff'),
      managerCall(hub, 'manager.audit'),
    ]);
    if (th.ok) setThresholds(DashboardThresholds.parse(th.data));
    if (st.ok) setStaff(st.data);
    if (au.ok) setAudit(AuditEntry.array().parse(au.data));
  };
  useEffect(() => {
    void load();
  }, [hub]);

  const done = (r: { ok: boolean; error?: { code: string; message: string } }) => {
    setNotice(
      r.ok ? t('dashboard.saved') : `${t(`errors.${r.error?.code ?? 'internal'}`)} ${r.error?.message ?? ''}`,
    );
    void load();
  };

  const number = (key: keyof DashboardThresholds, scale = 1) => (
    <label key={key}>
      {t(`dashboard.${key}`)}
      <input
        type="number"
        min={0}
        value={thresholds ? Math.round(thresholds[key] * scale) : ''}
        onChange={(e) =>
          thresholds && setThresholds({ ...thresholds, [key]: Number(e.target.value) / scale })
        }
      />
    </label>
  );

  return (
    <>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <TitledSection id="thresholds-h" title={t('dashboard.thresholds')}>
        <form
          className="row"
          noValidate
          onSubmit={thresholdsCheck.guard(() => {
            if (thresholds) void managerCall(hub, 'manager.updateThresholds', { thresholds }).then(done);
          })}
        >
          {number('amberMargin', 100)}
          {number('queueMaxWaiting')}
          {number('queueMaxWaitMinutes')}
          {number('counterIdleMinutes')}
          <button type="submit">{t('dashboard.save')}</button>
          {thresholdsCheck.alert}
        </form>
      </TitledSection>

      <CatalogueEditor
        hub={hub}
        catalogue={live.catalogue}
        alerts={live.alerts}
        onSaved={() => void load()}
      />

      <DeviceKeys hub={hub} staffNames={staffNames} onChanged={() => void load()} />

      <TitledSection id="staff-h" title={t('dashboard.staffAccounts')}>
        <table>
          <ColumnHeads
            heads={[
              t('dashboard.username'),
              t('dashboard.displayName'),
              t('dashboard.roles'),
              t('dashboard.active'),
            ]}
          />
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <bdi>{s.username}</bdi>
                </th>
                <td>
                  <bdi>{s.displayName}</bdi>
                </td>
                <td>{s.roles.map((r) => roleName(t, r)).join('، ')}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('dashboard.active')} ${isolate(s.username)}`}
                    checked={s.active}
                    onChange={(e) =>
                      void managerCall(hub, 'manager.upsertStaff', { ...s, active: e.target.checked }).then(
                        (r) => {
                          done(r);
                          onStaff();
                        },
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form
          className="row"
          noValidate
          onSubmit={staffCheck.guard(() => {
            void managerCall(hub, 'manager.upsertStaff', {
              id: draft.id,
              username: draft.username,
              displayName: draft.displayName,
              roles: [draft.role],
              pin: draft.pin || undefined,
            }).then((r) => {
              done(r);
              onStaff();
            });
          })}
        >
          {(
            [
              ['id', 'terms.staffId'],
              ['username', 'dashboard.username'],
              ['displayName', 'dashboard.displayName'],
            ] as const
          ).map(([field, label]) => (
            <label key={field}>
              {t(label)}
              <input
                required
                autoComplete="off"
                value={draft[field]}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              />
            </label>
          ))}
          <label>
            {t('dashboard.roles')}
            <select
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as StaffRole })}
            >
              {StaffRole.options.map((r) => (
                <option key={r} value={r}>
                  {roleName(t, r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dashboard.newPin')}
            <input
              inputMode="numeric"
              autoComplete="new-password"
              type="password"
              value={draft.pin}
              onChange={(e) => setDraft({ ...draft, pin: e.target.value })}
            />
          </label>
          <button type="submit">{t('dashboard.save')}</button>
          {staffCheck.alert}
        </form>
      </TitledSection>

      <TitledSection id="audit-h" title={t('dashboard.audit')}>
        <table data-testid="audit">
          <ColumnHeads
            heads={[t('dashboard.auditWhen'), t('dashboard.auditWho'), t('dashboard.auditWhat')]}
          />
          <tbody>
            {audit.map((a) => (
              <tr key={a.id}>
                <td>{formatDateTime(a.at, style)}</td>
                <td>
                  <bdi>{staffNames.get(a.staffId) ?? a.staffId}</bdi>
                </td>
                <td>
                  <AuditWhat what={a.what} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TitledSection>
    </>
  );
}
