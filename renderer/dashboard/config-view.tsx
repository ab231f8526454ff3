/**
 * Configuration, applied live and audited by the hub: dashboard thresholds, the centre catalogue
 * (per-entity forms and the validated JSON, see catalogue-editor/), device keys (device-keys/), staff
 * accounts, and the change log.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffRole } from '../../shared/contract/catalogue.js';
import { AuditEntry, DashboardThresholds } from '../../shared/contract/manager.js';
import type { HubClient } from '../common/hub-client.js';
import { CatalogueEditor } from './catalogue-editor/index.js';
import { DeviceKeys } from './device-keys/index.js';
import { managerCall } from './manager-client.js';
import type { LiveState } from './use-live.js';

type StaffRow = Staff & { active: boolean };

export function ConfigView({ hub, live, onStaff }: { hub: HubClient; live: LiveState; onStaff(): void }) {
  const { t } = useTranslation();
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

  const load = async () => {
    const [th, st, au] = await Promise.all([
      managerCall<unknown>(hub, 'manager.thresholds'),
      managerCall<StaffRow[]>(hub, 'manager.staff'),
      managerCall<unknown>(hub, 'manager.audit'),
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
      <section aria-labelledby="thresholds-h">
        <h2 id="thresholds-h">{t('dashboard.thresholds')}</h2>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (thresholds) void managerCall(hub, 'manager.updateThresholds', { thresholds }).then(done);
          }}
        >
          {number('amberMargin', 100)}
          {number('queueMaxWaiting')}
          {number('queueMaxWaitMinutes')}
          {number('counterIdleMinutes')}
          <button type="submit">{t('dashboard.save')}</button>
        </form>
      </section>

      <CatalogueEditor
        hub={hub}
        catalogue={live.catalogue}
        alerts={live.alerts}
        onSaved={() => void load()}
      />

      <DeviceKeys
        hub={hub}
        staffNames={new Map(staff.map((s) => [s.id, s.displayName]))}
        onChanged={() => void load()}
      />

      <section aria-labelledby="staff-h">
        <h2 id="staff-h">{t('dashboard.staffAccounts')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.username')}</th>
              <th scope="col">{t('dashboard.displayName')}</th>
              <th scope="col">{t('dashboard.roles')}</th>
              <th scope="col">{t('dashboard.active')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.username}</th>
                <td>{s.displayName}</td>
                <td>{s.roles.join(', ')}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('dashboard.active')} ${s.username}`}
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
          onSubmit={(e) => {
            e.preventDefault();
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
          }}
        >
          <label>
            id
            <input required value={draft.id} onChange={(e) => setDraft({ ...draft, id: e.target.value })} />
          </label>
          <label>
            {t('dashboard.username')}
            <input
              required
              value={draft.username}
              onChange={(e) => setDraft({ ...draft, username: e.target.value })}
            />
          </label>
          <label>
            {t('dashboard.displayName')}
            <input
              required
              value={draft.displayName}
              onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
            />
          </label>
          <label>
            {t('dashboard.roles')}
            <select
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as StaffRole })}
            >
              {(['agent', 'floor_assistant', 'manager', 'admin'] as const).map((r) => (
                <option key={r} value={r}>
                  {r}
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
        </form>
      </section>

      <section aria-labelledby="audit-h">
        <h2 id="audit-h">{t('dashboard.audit')}</h2>
        <table data-testid="audit">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.auditWhen')}</th>
              <th scope="col">{t('dashboard.auditWho')}</th>
              <th scope="col">{t('dashboard.auditWhat')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((a) => (
              <tr key={a.id}>
                <td>{new Date(a.at).toLocaleString()}</td>
                <td>{a.staffId}</td>
                <td>{a.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
