/**
 * Devices and their keys: every paired kiosk and display, whether it is connected, when the hub
 * last heard from it, its key's expiry and state; and the three things a manager does with a key:
 * revoke it (lost or replaced device; cannot be undone), give it a last day, or create a one-time
 * code that gives the device a new key. Each goes through the hub's audited manager events.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceKeyInfo } from '../../../shared/contract/auth.js';
import { CreatedPairingCode } from '../../../shared/contract/pairing.js';
import type { AckResult } from '../../../shared/contract/socket.js';
import type { HubClient } from '../../common/hub-client.js';
import { useFormat } from '../../common/numbers.js';
import { formatDate, formatDateTime } from '../format.js';
import { managerCall } from '../manager-client.js';
import { LastSeen, Moment } from '../moment.js';
import { ExpiryDialog } from './expiry-dialog.js';
import { RekeyDialog } from './rekey-dialog.js';
import { RevokeDialog } from './revoke-dialog.js';
import { isolate } from '../../../shared/i18n/bidi.js';
import { ColumnHeads } from '../../common/column-heads.js';

/** Connected / last seen change by themselves: the list is read again this often while shown. */
const REFRESH_MS = 30_000;

type Open =
  | { kind: 'revoke'; device: DeviceKeyInfo }
  | { kind: 'expiry'; device: DeviceKeyInfo }
  | { kind: 'rekey'; code: CreatedPairingCode }
  | null;

export function DeviceKeys(props: { hub: HubClient; staffNames: Map<string, string>; onChanged(): void }) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const { hub, onChanged } = props;
  const [devices, setDevices] = useState<DeviceKeyInfo[] | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  const failure = useCallback(
    (r: AckResult<unknown>) =>
      r.ok
        ? null
        : t('dashboard.deviceActionFailed', {
            message: `${t(`errors.${r.error.code}`, { defaultValue: '' })} ${r.error.message}`.trim(),
          }),
    [t],
  );

  const load = useCallback(async () => {
    const r = await managerCall(hub, 'manager.deviceKeys');
    setNow(Date.now());
    const parsed = r.ok ? DeviceKeyInfo.array().safeParse(r.data) : null;
    if (parsed?.success) {
      setDevices(parsed.data);
      setError(null);
    } else {
      const e = r.ok ? { code: 'internal', message: '' } : r.error;
      setError(
        t('dashboard.devicesLoadFailed', {
          message: `${t(`errors.${e.code}`, { defaultValue: '' })} ${e.message}`.trim(),
        }),
      );
    }
  }, [hub, t]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  /** After a change: the list and the change log are read again; returns the error text, or null. */
  const act = async (r: AckResult<unknown>, done: string): Promise<string | null> => {
    const e = failure(r);
    if (e) return e;
    setOpen(null);
    setNotice(done);
    await load();
    onChanged();
    return null;
  };

  const revoke = (d: DeviceKeyInfo) => async (reason: string) =>
    act(
      await managerCall(hub, 'manager.revokeDevice', { deviceId: d.id, reason }),
      t('dashboard.deviceRevoked', { name: d.name }),
    );
  const setExpiry = (d: DeviceKeyInfo) => async (expiresAt: number | null) =>
    act(
      await managerCall(hub, 'manager.setDeviceExpiry', { deviceId: d.id, expiresAt }),
      expiresAt === null
        ? t('dashboard.deviceExpiryCleared', { name: d.name })
        : t('dashboard.deviceExpirySaved', { name: d.name, date: formatDate(expiresAt, style) }),
    );
  const rekey = async (d: DeviceKeyInfo) => {
    setNotice(null);
    const r = await managerCall(hub, 'manager.rekeyDevice', { deviceId: d.id });
    const code = r.ok ? CreatedPairingCode.safeParse(r.data) : null;
    if (code?.success) {
      setOpen({ kind: 'rekey', code: code.data });
      onChanged();
    } else setError(failure(r.ok ? { ok: false, error: { code: 'internal', message: '' } } : r));
  };

  const openDialog = (kind: 'expiry' | 'revoke', device: DeviceKeyInfo) => {
    setNotice(null);
    setOpen({ kind, device });
  };
  /** A button on one device's row, named with the device for screen readers. */
  const deviceButton = (
    d: DeviceKeyInfo,
    label: string,
    className: string | undefined,
    onClick: () => void,
  ) => (
    <button type="button" className={className} aria-label={`${label}: ${isolate(d.name)}`} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <section aria-labelledby="devices-h" data-testid="device-keys">
      <div className="section-head">
        <h2 id="devices-h">{t('dashboard.devicesTitle')}</h2>
        <button type="button" className="secondary" onClick={() => void load()}>
          {t('dashboard.devicesRefresh')}
        </button>
      </div>
      <p className="muted">{t('dashboard.devicesIntro')}</p>
      <p role="status" className="cfg-notice" data-testid="device-notice">
        {notice}
      </p>
      {error && (
        <p role="alert" className="cfg-error">
          {error}
        </p>
      )}
      {devices?.length === 0 && <p>{t('dashboard.devicesNone')}</p>}
      {devices && devices.length > 0 && (
        <div className="table-scroll">
          <table className="device-keys">
            <ColumnHeads
              heads={[
                t('dashboard.deviceCol_name'),
                t('dashboard.deviceCol_role'),
                t('dashboard.deviceCol_connection'),
                t('dashboard.deviceCol_lastSeen'),
                t('dashboard.deviceCol_expiry'),
                t('dashboard.deviceCol_state'),
                t('dashboard.deviceCol_actions'),
              ]}
            />
            <tbody>
              {devices.map((d) => (
                <tr key={d.id} data-device={d.id} className={`device-${d.state}`}>
                  <th scope="row">
                    <bdi>{d.name}</bdi>
                    <bdi className="muted device-id" dir="ltr">
                      {d.id}
                    </bdi>
                  </th>
                  <td>{t(`dashboard.deviceRole_${d.role}`)}</td>
                  <td>
                    <span className={d.online ? 'conn conn-online' : 'conn conn-offline'}>
                      {t(d.online ? 'dashboard.deviceOnline' : 'dashboard.deviceOffline')}
                    </span>
                  </td>
                  <td>
                    <LastSeen at={d.lastSeenAt} now={now} />
                  </td>
                  <td>
                    <Moment
                      at={d.expiresAt}
                      none={t('dashboard.deviceNoExpiry')}
                      shown={(at) => formatDate(at, style)}
                    />
                  </td>
                  <td>
                    <span className={`key-state key-${d.state}`} data-testid="device-state">
                      {t(`dashboard.deviceState_${d.state}`)}
                    </span>
                    {d.state === 'revoked' && d.revokedAt !== null && (
                      <>
                        <span className="key-detail">
                          {t('dashboard.deviceRevokedDetail', {
                            when: formatDateTime(d.revokedAt, style),
                            who: (d.revokedBy && props.staffNames.get(d.revokedBy)) ?? d.revokedBy ?? '',
                          })}
                        </span>
                        {d.revokeReason && (
                          <span className="key-detail">
                            {t('dashboard.deviceRevokedReason', { reason: d.revokeReason })}
                          </span>
                        )}
                      </>
                    )}
                    {d.state !== 'revoked' && d.keyRotatedAt !== null && (
                      <span className="key-detail">
                        {t('dashboard.deviceKeyRotated', { when: formatDateTime(d.keyRotatedAt, style) })}
                      </span>
                    )}
                  </td>
                  <td>
                    {d.state !== 'revoked' && (
                      <div className="row-actions">
                        {deviceButton(d, t('dashboard.deviceNewKey'), undefined, () => void rekey(d))}
                        {deviceButton(d, t('dashboard.deviceSetExpiry'), 'secondary', () =>
                          openDialog('expiry', d),
                        )}
                        {deviceButton(d, t('dashboard.deviceRevoke'), 'danger', () =>
                          openDialog('revoke', d),
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === 'revoke' && (
        <RevokeDialog device={open.device} onRevoke={revoke(open.device)} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'expiry' && (
        <ExpiryDialog device={open.device} onSave={setExpiry(open.device)} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'rekey' && <RekeyDialog code={open.code} onClose={() => setOpen(null)} />}
    </section>
  );
}
